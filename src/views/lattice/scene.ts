/**
 * three.js glue of the lattice canvas: renderer, camera, OrbitControls, render on demand, and the GPU
 * batches that draw a perovskite structure (sphere impostors per species, instanced octahedra, instanced
 * bond cylinders, unit-cell box, axes, measurement line, selection rings).
 *
 * Patterns (shared/design STYLE.md §3): whoever creates a GPU object disposes it (`dispose()` here, called
 * from the component's $effect teardown, renderer last); one batch per species; render on demand
 * (`requestRender()` sets a flag, one rAF renders, OrbitControls 'change' and ResizeObserver trigger it;
 * a loop runs only while an animation is active); context loss stops drawing and restore rebuilds.
 * As seen in threlte `scheduler.svelte.ts` ('on-demand', invalidate) and molstar `canvas3d.ts`.
 *
 * No Svelte here and no DOM outside the container it is given, so tests can drive it with a fake renderer
 * (`setRendererFactory`).
 */
import {
  BufferAttribute,
  BufferGeometry,
  Color,
  CylinderGeometry,
  ConeGeometry,
  GLSL3,
  InstancedBufferAttribute,
  InstancedMesh,
  Matrix4,
  Mesh,
  PerspectiveCamera,
  Quaternion,
  Ray,
  Scene,
  ShaderMaterial,
  Sphere,
  Vector2,
  Vector3,
  WebGLRenderer,
  type Camera,
  type Object3D,
} from 'three';
import { OrbitControls } from 'three/examples/jsm/controls/OrbitControls.js';
import {
  ImpostorBatch,
  createImpostorMaterial,
  type SharedUniforms,
} from './impostor';
import { SOLID_FRAGMENT, SOLID_VERTEX } from './solid.glsl';

// ───────────────────────────────────────────── types ─────────────────────────────────────────────

export type Species = 'A' | 'B' | 'X';
export const SPECIES: readonly Species[] = ['A', 'B', 'X'];
export type LatticeStyle = 'ball' | 'space' | 'poly';
export type CameraPreset = 'free' | 'a' | 'b' | 'c' | '111';

/**
 * What the canvas draws, in world coordinates (Å; x ∥ a, y ∥ b, z ∥ c of the cell).
 * `topologyKey` names the topology (kind, repeats, shape): equal keys mean equal counts and order, so the
 * scene updates positions in place instead of rebuilding.
 */
export interface LatticeStructure {
  topologyKey: string;
  positions: Record<Species, Float32Array>;
  /** Per-atom FLAG_* (impostor.ts); null = all normal. */
  flags: Record<Species, Uint8Array> | null;
  /** One column-major 4×4 matrix (16 floats) per BX₆ octahedron: unit octahedron → actual one. */
  octahedra: Float32Array;
  /** Per-octahedron FLAG_*; null = all normal. */
  octahedronFlags: Uint8Array | null;
  /** Six floats per B–X bond: B xyz then X xyz. */
  bonds: Float32Array;
  /** The unit cell whose box is drawn, Å, with its origin (world). */
  cell: { a: number; b: number; c: number; origin: [number, number, number] };
  /** Direction of the pseudo-cubic [111] in world coordinates (unit vector). */
  dir111: [number, number, number];
  /**
   * Per species, the number of atoms near the surface, listed first in `positions`: the opaque
   * space-filling style draws only those (the rest are hidden behind them). Absent = draw all.
   */
  shellCounts?: Record<Species, number>;
  /**
   * Per atom, the faces of the crystal's box it lies near (bit k: 0 −x, 1 +x, 2 −y, 3 +y, 4 −z, 5 +z);
   * in space-filling an atom near only faces turned away from the camera is hidden and skipped.
   */
  nearFaces?: Record<Species, Uint8Array>;
}

export interface ThemeColors {
  background: Color;
  A: Color;
  B: Color;
  X: Color;
  /** Unit-cell box, measurement line. */
  line: Color;
  /** Selection rings. */
  accent: Color;
  /** Axes a, b, c. */
  axisA: Color;
  axisB: Color;
  axisC: Color;
  dark: boolean;
}

export interface PickResult {
  species: Species;
  index: number;
  /** World position, Å. */
  position: Vector3;
  /** Distance from the camera along the ray, Å. */
  distance: number;
}

/** The subset of WebGLRenderer this module uses (tests inject a fake). */
export interface RendererLike {
  readonly domElement: HTMLCanvasElement;
  readonly info: {
    memory: { geometries: number; textures: number };
    programs: unknown[] | null;
    render: { calls: number; triangles: number; frame: number };
  };
  setPixelRatio(ratio: number): void;
  getPixelRatio(): number;
  setSize(width: number, height: number, updateStyle?: boolean): void;
  setClearColor(color: Color, alpha?: number): void;
  render(scene: Object3D, camera: Camera): void;
  autoClear: boolean;
  clearDepth(): void;
  setViewport(x: number, y: number, width: number, height: number): void;
  setScissor(x: number, y: number, width: number, height: number): void;
  setScissorTest(enable: boolean): void;
  setAnimationLoop(callback: null): void;
  dispose(): void;
  forceContextLoss(): void;
}

export type RendererFactory = (canvas: HTMLCanvasElement, options: { antialias: boolean }) => RendererLike;

const defaultFactory: RendererFactory = (canvas, { antialias }) =>
  new WebGLRenderer({ canvas, antialias, alpha: false, powerPreference: 'high-performance', preserveDrawingBuffer: false });

let rendererFactory: RendererFactory = defaultFactory;
/** Replaces how renderers are created (component tests: jsdom has no WebGL). `null` restores the default. */
export function setRendererFactory(factory: RendererFactory | null): void {
  rendererFactory = factory ?? defaultFactory;
}

// ─────────────────────────────────────── display radii ───────────────────────────────────────────

/**
 * Drawn sphere radius (Å) of a species in a style, from the ionic radii (Å).
 *  - 'space': the ionic radius itself (to scale: a too-small A rattles in its cage);
 *  - 'ball': 0.36 × ionic radius (bonds stay visible: Pb–Br 2.94 Å minus 0.43 + 0.71 Å of spheres);
 *  - 'poly': A 0.5 r_A (the cation in its cage), X 0.24 r_X (octahedron corners), B 0.3 r_B (seen through
 *    the translucent octahedron).
 * Proportions chosen by eye (screenshots in the PR); sizes stay ordered like the ionic radii, so the
 * legend's sizes match the picture.
 */
export function displayRadiusAngstrom(style: LatticeStyle, species: Species, radii: { rA: number; rB: number; rX: number }): number {
  const r = species === 'A' ? radii.rA : species === 'B' ? radii.rB : radii.rX;
  if (!(r > 0) || !Number.isFinite(r)) throw new RangeError(`radius of ${species} must be a positive finite number (Å); got ${r}`);
  if (style === 'space') return r;
  if (style === 'ball') return 0.36 * r;
  return species === 'A' ? 0.5 * r : species === 'X' ? 0.24 * r : 0.3 * r;
}

/** Bond cylinder radius in ball-and-stick, Å. */
export const BOND_RADIUS_ANGSTROM = 0.16;

// ───────────────────────────────────── static geometries ─────────────────────────────────────────

/** Unit octahedron (vertices at ±1 on each axis), 8 flat faces, non-indexed, with barycentrics. */
export function createOctahedronGeometry(): BufferGeometry {
  const v = [
    [1, 0, 0], [-1, 0, 0], [0, 1, 0], [0, -1, 0], [0, 0, 1], [0, 0, -1],
  ];
  const faces: [number, number, number][] = [
    [0, 2, 4], [2, 1, 4], [1, 3, 4], [3, 0, 4],
    [2, 0, 5], [1, 2, 5], [3, 1, 5], [0, 3, 5],
  ];
  const pos = new Float32Array(faces.length * 9);
  const bary = new Float32Array(faces.length * 9);
  const nrm = new Float32Array(faces.length * 9);
  faces.forEach((f, i) => {
    const n = new Vector3(...v[f[0]]).add(new Vector3(...v[f[1]])).add(new Vector3(...v[f[2]])).normalize();
    for (let k = 0; k < 3; k++) {
      pos.set(v[f[k]], i * 9 + k * 3);
      bary[i * 9 + k * 3 + k] = 1;
      nrm.set([n.x, n.y, n.z], i * 9 + k * 3);
    }
  });
  const g = new BufferGeometry();
  g.setAttribute('position', new BufferAttribute(pos, 3));
  g.setAttribute('normal', new BufferAttribute(nrm, 3));
  g.setAttribute('barycentric', new BufferAttribute(bary, 3));
  return g;
}

/** Open cylinder of radius 1 from y = 0 to y = 1 (6 sides: 12 triangles per bond). */
export function createBondGeometry(): BufferGeometry {
  const g = new CylinderGeometry(1, 1, 1, 8, 1, true);
  g.translate(0, 0.5, 0);
  return g;
}

function createSolidMaterial(shared: SharedUniforms, opts: {
  color: Color;
  color2?: Color;
  edgeColor?: Color;
  opacity?: number;
  flat?: boolean;
  edges?: boolean;
  twoTone?: boolean;
  specular?: number;
}): ShaderMaterial {
  const defines: Record<string, number> = {};
  if (opts.flat) defines.FLAT = 1;
  if (opts.edges) defines.EDGES = 1;
  if (opts.twoTone) defines.TWO_TONE = 1;
  const transparent = (opts.opacity ?? 1) < 1;
  return new ShaderMaterial({
    glslVersion: GLSL3,
    vertexShader: SOLID_VERTEX,
    fragmentShader: SOLID_FRAGMENT,
    defines,
    uniforms: {
      ...shared,
      uColor: { value: opts.color },
      uColor2: { value: opts.color2 ?? opts.color },
      uEdgeColor: { value: opts.edgeColor ?? new Color(0, 0, 0) },
      uOpacity: { value: opts.opacity ?? 1 },
      uSpecular: { value: opts.specular ?? 0.2 },
    },
    transparent,
    depthWrite: !transparent,
  });
}

// ─────────────────────────────────────── camera helpers ──────────────────────────────────────────

/** Default oblique view direction (from the target towards the camera): a, b and c all visible. */
const DEFAULT_VIEW_DIR = new Vector3(0.62, 0.42, 0.95).normalize();
const FOV_DEG = 30;

/** Direction from the target to the camera for a preset, and the screen-up hint. */
export function presetDirection(preset: Exclude<CameraPreset, 'free'>, dir111: [number, number, number]): { dir: Vector3; up: Vector3 } {
  switch (preset) {
    case 'a':
      return { dir: new Vector3(1, 0, 0), up: new Vector3(0, 1, 0) };
    case 'b':
      // Looking down y (= world up): nudge so that c points up on screen.
      return { dir: new Vector3(0, 1, -1e-4).normalize(), up: new Vector3(0, 0, -1) };
    case 'c':
      return { dir: new Vector3(0, 0, 1), up: new Vector3(0, 1, 0) };
    case '111':
      return { dir: new Vector3(...dir111).normalize(), up: new Vector3(0, 1, 0) };
  }
}

/** Camera distance so that a sphere of radius `radius` fits the view (vertical fov, aspect w/h). */
export function fitDistance(radius: number, fovDeg: number, aspect: number): number {
  const vHalf = (fovDeg * Math.PI) / 360;
  const hHalf = Math.atan(Math.tan(vHalf) * aspect);
  const half = Math.min(vHalf, hHalf);
  return radius / Math.sin(half);
}

// ─────────────────────────────────────────── scene ───────────────────────────────────────────────

export interface LatticeSceneOptions {
  antialias?: boolean;
  /** Skip tweens (prefers-reduced-motion). */
  reducedMotion?: () => boolean;
  /** Called after every rendered frame (overlay labels, stats). */
  onFrame?: () => void;
  /** Called when the user starts moving the camera (mouse, touch, wheel, keys). */
  onUserCamera?: () => void;
  /** Called on webglcontextlost / webglcontextrestored. */
  onContext?: (state: 'lost' | 'restored') => void;
}

interface Tween {
  update(nowMs: number): boolean; // true while running
}

export class LatticeScene {
  readonly renderer: RendererLike;
  readonly camera: PerspectiveCamera;
  readonly controls: OrbitControls;
  readonly scene = new Scene();
  private readonly canvas: HTMLCanvasElement;
  private readonly opts: LatticeSceneOptions;

  private readonly shared: SharedUniforms = {
    uBackground: { value: new Color(1, 1, 1) },
    uFog: { value: new Vector2(0, 1) },
    uFogAmount: { value: 0 },
    uFacing: { value: 63 },
  };
  private colors: ThemeColors | null = null;

  // Materials (created once; theme changes update their colour uniforms).
  private readonly speciesMaterials: Record<Species, ShaderMaterial>;
  private readonly ringMaterial: ShaderMaterial;
  private readonly octaMaterial: ShaderMaterial;
  private readonly bondMaterial: ShaderMaterial;
  private readonly axisMaterials: ShaderMaterial[];
  private readonly cellMaterial: ShaderMaterial;
  private readonly measureMaterial: ShaderMaterial;

  // Static geometries.
  private readonly bondGeometry = createBondGeometry();
  private readonly axisShaft = new CylinderGeometry(1, 1, 1, 12, 1, false).translate(0, 0.5, 0);
  private readonly axisHead = new ConeGeometry(1, 1, 16, 1, false).translate(0, 0.5, 0);

  // Per-structure objects.
  private batches: Record<Species, ImpostorBatch> | null = null;
  private octahedra: InstancedMesh | null = null;
  private octaFlagAttr: InstancedBufferAttribute | null = null;
  private bonds: InstancedMesh | null = null;
  private cellBox: InstancedMesh | null = null;
  private readonly axes: Mesh[] = [];
  /** Orientation gizmo: the a, b, c arrows in their own little scene, drawn in a corner inset. */
  private readonly gizmoScene = new Scene();
  private readonly gizmoCamera = new PerspectiveCamera(30, 1, 0.1, 100);
  private readonly rings: ImpostorBatch;
  /** The measured distance: a thin cylinder drawn over everything. */
  private readonly measureLine: Mesh;

  private structure: LatticeStructure | null = null;
  private style: LatticeStyle = 'poly';
  private radii = { rA: 1.88, rB: 1.19, rX: 1.96 };
  private showCell = true;
  private showAxes = true;
  private hover: PickResult | null = null;
  private selection: PickResult[] = [];

  /** Bounding sphere of the drawn structure (world, Å), for framing, clipping and depth cue. */
  readonly bounds = new Sphere(new Vector3(), 1);

  private dirty = false;
  private raf = 0;
  private tweens: Tween[] = [];
  private lost = false;
  private disposed = false;
  private frames = 0;
  private resizeObserver: ResizeObserver | null = null;
  private width = 1;
  private height = 1;
  /**
   * Context loss (a widget scrolled away, glGate.ts, or a GPU reset): every GPU object is released NOW, while
   * the context is lost — GL calls on a lost context are silent no-ops — so that three's bookkeeping of the
   * old context (buffers, vertex arrays, programs; its dispose listeners) is empty before the restore. On
   * restore three builds fresh GL state (WebGLRenderer.initGLContext) and every geometry, instance buffer
   * and material re-uploads from its CPU copy on the next render: the same picture, and no call ever
   * touches an object of the old context ("object does not belong to this context"). Issue #14.
   */
  private readonly onLost = (e: Event): void => {
    e.preventDefault();
    this.lost = true;
    if (this.raf) cancelAnimationFrame(this.raf);
    this.raf = 0;
    this.releaseGpuObjects();
    this.opts.onContext?.('lost');
  };
  private readonly onRestored = (): void => {
    this.lost = false;
    // three's restore re-creates its background state with the default clear colour (black): set ours again.
    if (this.colors) this.renderer.setClearColor(this.colors.background, 1);
    this.opts.onContext?.('restored');
    this.dirty = true;
    this.requestRender();
  };

  /** Fires `dispose` on every geometry, material and instanced mesh of both scenes (they stay usable). */
  private releaseGpuObjects(): void {
    const seen = new Set<unknown>();
    const release = (o: Object3D): void => {
      const mesh = o as Partial<Mesh> & { isInstancedMesh?: boolean; dispose?: () => void };
      if (mesh.isInstancedMesh && typeof mesh.dispose === 'function') mesh.dispose();
      for (const part of [mesh.geometry, ...(Array.isArray(mesh.material) ? mesh.material : [mesh.material])]) {
        if (!part || seen.has(part)) continue;
        seen.add(part);
        (part as { dispose?: () => void }).dispose?.();
      }
    };
    this.scene.traverse(release);
    this.gizmoScene.traverse(release);
  }

  constructor(container: HTMLElement, canvas: HTMLCanvasElement, opts: LatticeSceneOptions = {}) {
    this.canvas = canvas;
    this.opts = opts;
    // May throw (no WebGL 2): the caller shows the notice.
    this.renderer = rendererFactory(canvas, { antialias: opts.antialias ?? false });
    this.renderer.setPixelRatio(Math.min(globalThis.devicePixelRatio || 1, 2));

    this.camera = new PerspectiveCamera(FOV_DEG, 1, 0.1, 1000);
    this.camera.position.copy(DEFAULT_VIEW_DIR).multiplyScalar(30);
    this.controls = new OrbitControls(this.camera, canvas);
    this.controls.enableDamping = false;
    this.controls.rotateSpeed = 0.9;
    this.controls.zoomSpeed = 1.1;
    this.controls.screenSpacePanning = true;
    this.controls.addEventListener('change', this.onControlsChange);
    this.controls.addEventListener('start', this.onControlsStart);

    this.speciesMaterials = {
      A: createImpostorMaterial({ color: new Color(), shared: this.shared, alphaToCoverage: opts.antialias }),
      B: createImpostorMaterial({ color: new Color(), shared: this.shared, alphaToCoverage: opts.antialias }),
      X: createImpostorMaterial({ color: new Color(), shared: this.shared, alphaToCoverage: opts.antialias }),
    };
    this.ringMaterial = createImpostorMaterial({ color: new Color(), shared: this.shared, ring: true, radiusScale: 1.22 });
    this.octaMaterial = createSolidMaterial(this.shared, { color: new Color(), edgeColor: new Color(), opacity: 0.55, flat: true, edges: true, specular: 0.25 });
    this.bondMaterial = createSolidMaterial(this.shared, { color: new Color(), color2: new Color(), twoTone: true, specular: 0.15 });
    this.axisMaterials = [0, 1, 2].map(() => createSolidMaterial(this.shared, { color: new Color(), specular: 0.2 }));
    this.cellMaterial = createSolidMaterial(this.shared, { color: new Color(), specular: 0.05 });
    this.measureMaterial = createSolidMaterial(this.shared, { color: new Color(), specular: 0.1 });
    this.measureMaterial.depthTest = false;
    this.measureMaterial.depthWrite = false;

    this.rings = new ImpostorBatch(3, this.ringMaterial);
    this.rings.count = 0;
    this.rings.mesh.renderOrder = 10;
    this.scene.add(this.rings.mesh);

    this.measureLine = new Mesh(this.bondGeometry, this.measureMaterial);
    this.measureLine.visible = false;
    this.measureLine.renderOrder = 11;
    this.measureLine.frustumCulled = false;
    this.scene.add(this.measureLine);

    const dirs = [new Vector3(1, 0, 0), new Vector3(0, 1, 0), new Vector3(0, 0, 1)];
    for (let i = 0; i < 3; i++) {
      const q = new Quaternion().setFromUnitVectors(LatticeScene.Y, dirs[i]);
      const shaft = new Mesh(this.axisShaft, this.axisMaterials[i]);
      const head = new Mesh(this.axisHead, this.axisMaterials[i]);
      shaft.quaternion.copy(q);
      shaft.scale.set(0.06, 0.72, 0.06);
      head.quaternion.copy(q);
      head.position.copy(dirs[i]).multiplyScalar(0.7);
      head.scale.set(0.15, 0.3, 0.15);
      this.axes.push(shaft, head);
      this.gizmoScene.add(shaft, head);
    }

    canvas.addEventListener('webglcontextlost', this.onLost);
    canvas.addEventListener('webglcontextrestored', this.onRestored);

    if (typeof ResizeObserver !== 'undefined') {
      this.resizeObserver = new ResizeObserver((entries) => {
        const box = entries[entries.length - 1]?.contentRect;
        if (box) this.setSize(box.width, box.height);
      });
      this.resizeObserver.observe(container);
    }
    const rect = container.getBoundingClientRect();
    this.setSize(rect.width || 640, rect.height || 480);
  }

  // ───────────────────────────── render on demand ─────────────────────────────

  /** Marks the frame dirty; one rAF renders it. */
  requestRender(): void {
    if (this.disposed || this.lost) return;
    this.dirty = true;
    if (this.raf === 0) this.raf = requestAnimationFrame(this.frame);
  }

  private readonly frame = (now: number): void => {
    this.raf = 0;
    if (this.disposed || this.lost) return;
    if (this.tweens.length > 0) {
      this.tweens = this.tweens.filter((t) => t.update(now));
      this.dirty = true;
      if (this.tweens.length > 0) this.raf = requestAnimationFrame(this.frame);
    }
    if (this.dirty) this.renderNow();
  };

  /** Renders synchronously (also used by savePng and tests). */
  renderNow(): void {
    if (this.disposed || this.lost) return;
    this.dirty = false;
    this.updateClipping();
    this.renderer.render(this.scene, this.camera);
    this.renderGizmo();
    this.frames++;
    this.opts.onFrame?.();
  }

  /** Runs `step(progress)` over `durationMs` (progress 0→1, eased), or jumps to 1 under reduced motion. */
  animate(durationMs: number, step: (progress: number) => void, key?: string): void {
    const reduced = this.opts.reducedMotion?.() ?? false;
    if (key) this.tweens = this.tweens.filter((t) => (t as Tween & { key?: string }).key !== key);
    if (reduced || durationMs <= 0) {
      step(1);
      this.requestRender();
      return;
    }
    // From now, not from the first frame: the first frame after a slider move already shows motion.
    const start = performance.now();
    const tween: Tween & { key?: string } = {
      key,
      update: (now: number) => {
        const x = Math.min(1, (now - start) / durationMs);
        const eased = x < 0.5 ? 4 * x * x * x : 1 - (-2 * x + 2) ** 3 / 2; // easeInOutCubic
        step(eased);
        return x < 1;
      },
    };
    this.tweens.push(tween);
    this.requestRender();
  }

  /** True while a tween runs. */
  get animating(): boolean {
    return this.tweens.length > 0;
  }

  get frameCount(): number {
    return this.frames;
  }

  get contextLost(): boolean {
    return this.lost;
  }

  private readonly onControlsChange = (): void => this.requestRender();
  private readonly onControlsStart = (): void => {
    this.tweens = this.tweens.filter((t) => (t as Tween & { key?: string }).key !== 'camera');
    this.opts.onUserCamera?.();
  };

  setSize(width: number, height: number): void {
    const w = Math.max(1, Math.floor(width));
    const h = Math.max(1, Math.floor(height));
    if (w === this.width && h === this.height) return;
    this.width = w;
    this.height = h;
    this.renderer.setSize(w, h, false);
    this.camera.aspect = w / h;
    this.camera.updateProjectionMatrix();
    this.requestRender();
  }

  get size(): { width: number; height: number } {
    return { width: this.width, height: this.height };
  }

  /** Near/far planes and depth cue follow the camera distance to the structure. */
  private updateClipping(): void {
    const dist = this.camera.position.distanceTo(this.bounds.center);
    const r = this.bounds.radius;
    const near = Math.max(0.05, dist - r * 1.3);
    const far = dist + r * 1.3 + 1;
    if (Math.abs(near - this.camera.near) > 1e-3 || Math.abs(far - this.camera.far) > 1e-3) {
      this.camera.near = near;
      this.camera.far = far;
      this.camera.updateProjectionMatrix();
    }
    (this.shared.uFog.value as Vector2).set(Math.max(0, dist - r * 0.4), dist + r);
    this.updateFacing();
    // Deep supercells get more depth cue; one cell almost none.
    this.shared.uFogAmount.value = Math.min(0.5, 0.08 + r / 60);
  }

  /** Box of the atom centres (world, Å), for the facing test. */
  private readonly boxMin = new Vector3();
  private readonly boxMax = new Vector3();

  /**
   * Which faces of the crystal's box the camera sees (bit k as in LatticeStructure.nearFaces): face −x
   * is seen when the camera is beyond it (x < min x), and so on. Space-filling only; elsewhere, or with
   * the camera inside the box, every atom is drawn (mask 63).
   */
  private updateFacing(): void {
    const c = this.camera.position;
    let mask = 0;
    const lo = this.boxMin;
    const hi = this.boxMax;
    if (c.x < lo.x) mask |= 1;
    if (c.x > hi.x) mask |= 2;
    if (c.y < lo.y) mask |= 4;
    if (c.y > hi.y) mask |= 8;
    if (c.z < lo.z) mask |= 16;
    if (c.z > hi.z) mask |= 32;
    const cull = this.style === 'space' && mask !== 0 && this.structure?.nearFaces !== undefined;
    this.shared.uFacing.value = cull ? mask : 63;
  }

  // ───────────────────────────── theme and style ─────────────────────────────

  setTheme(colors: ThemeColors): void {
    this.colors = colors;
    this.renderer.setClearColor(colors.background, 1);
    this.shared.uBackground.value.copy(colors.background);
    for (const s of SPECIES) (this.speciesMaterials[s].uniforms.uColor.value as Color).copy(colors[s]);
    const rim = colors.dark ? new Color(1, 1, 1) : new Color(1, 1, 1);
    for (const s of SPECIES) (this.speciesMaterials[s].uniforms.uRimColor.value as Color).copy(rim);
    (this.ringMaterial.uniforms.uColor.value as Color).copy(colors.accent);
    // Octahedra: the B colour, lightened so the translucent faces stay light and the Pb shows inside.
    const octa = colors.B.clone().lerp(colors.dark ? new Color(0.2, 0.25, 0.32) : new Color(0.5, 0.6, 0.74), 0.6);
    (this.octaMaterial.uniforms.uColor.value as Color).copy(octa);
    (this.octaMaterial.uniforms.uEdgeColor.value as Color).copy(colors.B.clone().multiplyScalar(colors.dark ? 1.2 : 0.6));
    (this.bondMaterial.uniforms.uColor.value as Color).copy(colors.B);
    (this.bondMaterial.uniforms.uColor2.value as Color).copy(colors.X);
    const axis = [colors.axisA, colors.axisB, colors.axisC];
    this.axisMaterials.forEach((m, i) => (m.uniforms.uColor.value as Color).copy(axis[i]));
    (this.cellMaterial.uniforms.uColor.value as Color).copy(colors.line);
    (this.measureMaterial.uniforms.uColor.value as Color).copy(colors.accent);
    this.requestRender();
  }

  setStyle(style: LatticeStyle, radii: { rA: number; rB: number; rX: number }): void {
    if (style === this.style && radii.rA === this.radii.rA && radii.rB === this.radii.rB && radii.rX === this.radii.rX && this.batches) return;
    this.style = style;
    this.radii = { ...radii };
    this.applyStyle();
    this.requestRender();
  }

  setHelpers(showCell: boolean, showAxes: boolean): void {
    this.showCell = showCell;
    this.showAxes = showAxes;
    if (this.cellBox) this.cellBox.visible = showCell;
    this.requestRender();
  }

  private applyStyle(): void {
    if (!this.batches) return;
    const shell = this.style === 'space' ? this.structure?.shellCounts : undefined;
    for (const s of SPECIES) {
      const batch = this.batches[s];
      const r = displayRadiusAngstrom(this.style, s, this.radii);
      if (batch.radii[0] !== Math.fround(r)) batch.fillRadius(r); // no re-upload while only positions move
      batch.count = shell ? shell[s] : batch.capacity;
      batch.mesh.visible = batch.count > 0;
    }
    if (this.octahedra) this.octahedra.visible = this.style === 'poly' && this.octahedra.count > 0;
    if (this.bonds) this.bonds.visible = this.style === 'ball' && this.bonds.count > 0;
    if (this.style === 'ball') this.updateBondMatrices();
    this.updateBounds();
    this.refreshRings();
  }

  // ───────────────────────────── structure ─────────────────────────────

  /**
   * Draws `structure`. Same topologyKey and counts as before: positions, matrices and flags are copied
   * into the existing GPU buffers (no reallocation). Otherwise the batches are rebuilt.
   * Returns true when it rebuilt.
   */
  setStructure(structure: LatticeStructure): boolean {
    const prev = this.structure;
    const same =
      prev !== null &&
      this.batches !== null &&
      prev.topologyKey === structure.topologyKey &&
      SPECIES.every((s) => this.batches![s].capacity === structure.positions[s].length / 3) &&
      (this.octahedra?.count ?? 0) === structure.octahedra.length / 16 &&
      (this.bonds?.count ?? 0) === structure.bonds.length / 6;
    this.structure = structure;
    if (!same) this.rebuild(structure);
    else
      this.updateInPlace(
        structure,
        prev.flags !== structure.flags || prev.octahedronFlags !== structure.octahedronFlags || prev.nearFaces !== structure.nearFaces,
      );
    this.applyStyle();
    this.updateCellBox(structure);
    this.requestRender();
    return !same;
  }

  private disposeStructure(): void {
    if (this.batches) {
      for (const s of SPECIES) {
        this.scene.remove(this.batches[s].mesh);
        this.batches[s].dispose();
      }
      this.batches = null;
    }
    if (this.octahedra) {
      this.scene.remove(this.octahedra);
      this.octahedra.geometry.dispose();
      this.octahedra.dispose(); // instanceMatrix buffer
      this.octahedra = null;
    }
    if (this.bonds) {
      this.scene.remove(this.bonds);
      this.bonds.dispose();
      this.bonds = null;
    }
    if (this.cellBox) {
      this.scene.remove(this.cellBox);
      this.cellBox.dispose();
      this.cellBox = null;
    }
  }

  private rebuild(s: LatticeStructure): void {
    this.disposeStructure();
    this.clearSelection();
    const batches = {} as Record<Species, ImpostorBatch>;
    for (const sp of SPECIES) {
      const n = s.positions[sp].length / 3;
      const batch = new ImpostorBatch(n, this.speciesMaterials[sp]);
      batch.mesh.renderOrder = 0;
      batches[sp] = batch;
      this.scene.add(batch.mesh);
    }
    this.batches = batches;

    const nOct = s.octahedra.length / 16;
    // Each octahedron mesh gets its own (24-vertex) geometry so its per-instance flag attribute is
    // disposed with it.
    const octaGeom = createOctahedronGeometry();
    this.octaFlagAttr = new InstancedBufferAttribute(new Float32Array(Math.max(nOct, 1)), 1);
    octaGeom.setAttribute('instanceFlag', this.octaFlagAttr);
    this.octahedra = new InstancedMesh(octaGeom, this.octaMaterial, Math.max(nOct, 1));
    this.octahedra.count = nOct;
    this.octahedra.frustumCulled = false;
    this.octahedra.renderOrder = 2; // after opaque atoms
    this.scene.add(this.octahedra);

    const nBond = s.bonds.length / 6;
    this.bonds = new InstancedMesh(this.bondGeometry, this.bondMaterial, Math.max(nBond, 1));
    this.bonds.count = nBond;
    this.bonds.frustumCulled = false;
    this.bonds.renderOrder = 1;
    this.scene.add(this.bonds);

    this.updateInPlace(s, true);
  }

  private readonly scratchM = new Matrix4();
  private readonly scratchQ = new Quaternion();
  private readonly scratchV = new Vector3();
  private readonly scratchS = new Vector3();
  private readonly scratchP = new Vector3();
  private static readonly Y = new Vector3(0, 1, 0);

  private updateInPlace(s: LatticeStructure, flagsChanged: boolean): void {
    if (!this.batches || !this.octahedra || !this.bonds) return;
    for (const sp of SPECIES) {
      const b = this.batches[sp];
      b.centers.set(s.positions[sp]);
      if (flagsChanged) {
        // instanceFlag = FLAG_* + 4 × near-face mask (impostor.ts decodes both).
        const f = s.flags?.[sp];
        const faces = s.nearFaces?.[sp];
        for (let i = 0; i < b.capacity; i++) b.flags[i] = (f ? f[i] : 0) + 4 * (faces ? faces[i] : 0);
      }
      b.markChanged({ centers: true, flags: flagsChanged });
    }
    const nOct = s.octahedra.length / 16;
    (this.octahedra.instanceMatrix.array as Float32Array).set(s.octahedra);
    this.octahedra.instanceMatrix.needsUpdate = true;
    if (flagsChanged && this.octaFlagAttr) {
      const arr = this.octaFlagAttr.array as Float32Array;
      if (s.octahedronFlags) for (let i = 0; i < nOct; i++) arr[i] = s.octahedronFlags[i];
      else arr.fill(0);
      this.octaFlagAttr.needsUpdate = true;
    }
    // Bond matrices only matter in ball-and-stick: computed now if shown, else when the style switches.
    this.bondsStale = true;
    if (this.style === 'ball') this.updateBondMatrices();
    this.refreshRings();
  }

  private bondsStale = true;

  /** Bonds: T(B) · R(ŷ → X − B) · S(r, |X − B|, r), one matrix per bond. */
  private updateBondMatrices(): void {
    const s = this.structure;
    if (!s || !this.bonds || !this.bondsStale) return;
    this.bondsStale = false;
    const nBond = s.bonds.length / 6;
    const m = this.scratchM;
    const arr = this.bonds.instanceMatrix.array as Float32Array;
    for (let i = 0; i < nBond; i++) {
      const o = i * 6;
      this.scratchP.set(s.bonds[o], s.bonds[o + 1], s.bonds[o + 2]);
      this.scratchV.set(s.bonds[o + 3] - s.bonds[o], s.bonds[o + 4] - s.bonds[o + 1], s.bonds[o + 5] - s.bonds[o + 2]);
      const len = this.scratchV.length();
      this.scratchQ.setFromUnitVectors(LatticeScene.Y, this.scratchV.multiplyScalar(1 / (len || 1)));
      this.scratchS.set(BOND_RADIUS_ANGSTROM, len, BOND_RADIUS_ANGSTROM);
      m.compose(this.scratchP, this.scratchQ, this.scratchS);
      m.toArray(arr, i * 16);
    }
    this.bonds.instanceMatrix.needsUpdate = true;
  }

  private updateBounds(): void {
    const s = this.structure;
    if (!s) return;
    const min = new Vector3(Infinity, Infinity, Infinity);
    const max = new Vector3(-Infinity, -Infinity, -Infinity);
    let rMax = 0;
    for (const sp of SPECIES) {
      const p = s.positions[sp];
      if (p.length === 0) continue;
      rMax = Math.max(rMax, displayRadiusAngstrom(this.style, sp, this.radii));
      for (let i = 0; i < p.length; i += 3) {
        if (p[i] < min.x) min.x = p[i];
        if (p[i + 1] < min.y) min.y = p[i + 1];
        if (p[i + 2] < min.z) min.z = p[i + 2];
        if (p[i] > max.x) max.x = p[i];
        if (p[i + 1] > max.y) max.y = p[i + 1];
        if (p[i + 2] > max.z) max.z = p[i + 2];
      }
    }
    if (!Number.isFinite(min.x)) {
      this.bounds.set(new Vector3(), 1);
      return;
    }
    // Polyhedra around boundary B stick out by one bond length (their outer X are not drawn).
    let extra = rMax;
    if (this.style === 'poly' && s.octahedra.length >= 16) extra = Math.max(extra, Math.hypot(s.octahedra[0], s.octahedra[1], s.octahedra[2]));
    this.boxMin.copy(min);
    this.boxMax.copy(max);
    this.bounds.center.copy(min).add(max).multiplyScalar(0.5);
    this.bounds.radius = min.distanceTo(max) / 2 + extra;
  }

  /** The outlined unit cell as 12 thin cylinders (WebGL lines are 1 px: too faint on a projector). */
  private updateCellBox(s: LatticeStructure): void {
    const { a, b, c, origin } = s.cell;
    const o = new Vector3(...origin);
    const corners = [
      [0, 0, 0], [a, 0, 0], [a, b, 0], [0, b, 0],
      [0, 0, c], [a, 0, c], [a, b, c], [0, b, c],
    ].map(([x, y, z]) => new Vector3(x, y, z).add(o));
    const edges = [0, 1, 1, 2, 2, 3, 3, 0, 4, 5, 5, 6, 6, 7, 7, 4, 0, 4, 1, 5, 2, 6, 3, 7];
    if (!this.cellBox) {
      this.cellBox = new InstancedMesh(this.bondGeometry, this.cellMaterial, 12);
      this.cellBox.frustumCulled = false;
      this.cellBox.renderOrder = 1;
      this.scene.add(this.cellBox);
    }
    // Thin, but at least ~1.5 px at the framing distance of big supercells.
    const radius = Math.max(0.05, this.bounds.radius * 0.0022);
    for (let e = 0; e < 12; e++) {
      const p = corners[edges[2 * e]];
      const q = corners[edges[2 * e + 1]];
      const d = q.clone().sub(p);
      const len = d.length();
      this.scratchQ.setFromUnitVectors(LatticeScene.Y, d.multiplyScalar(1 / len));
      this.scratchM.compose(p, this.scratchQ, this.scratchS.set(radius, len, radius));
      this.cellBox.setMatrixAt(e, this.scratchM);
    }
    this.cellBox.instanceMatrix.needsUpdate = true;
    this.cellBox.visible = this.showCell;
  }

  /** Size of the orientation inset, CSS px. */
  get gizmoSize(): number {
    return Math.round(Math.min(120, Math.max(72, Math.min(this.width, this.height) * 0.2)));
  }

  /** Screen position (CSS px in the canvas) of the tip label of axis i (0 = a, 1 = b, 2 = c) in the inset. */
  axisLabelPosition(i: 0 | 1 | 2): { x: number; y: number } {
    const d = [new Vector3(1, 0, 0), new Vector3(0, 1, 0), new Vector3(0, 0, 1)][i].multiplyScalar(1.22);
    const v = d.project(this.gizmoCamera);
    const size = this.gizmoSize;
    const x0 = this.width - size - 6;
    const y0 = this.height - size - 6;
    return { x: x0 + (v.x * 0.5 + 0.5) * size, y: y0 + (-v.y * 0.5 + 0.5) * size };
  }

  private renderGizmo(): void {
    if (!this.showAxes) return;
    const size = this.gizmoSize;
    // Same orientation as the main camera, fixed distance: the inset turns with the crystal.
    const dir = this.camera.position.clone().sub(this.controls.target).normalize();
    this.gizmoCamera.position.copy(dir).multiplyScalar(5.6);
    this.gizmoCamera.quaternion.copy(this.camera.quaternion);
    this.gizmoCamera.updateMatrixWorld();
    const fog = this.shared.uFogAmount.value;
    this.shared.uFogAmount.value = 0;
    const x = this.width - size - 6;
    const y = 6; // WebGL viewport origin is bottom-left
    this.renderer.autoClear = false;
    this.renderer.clearDepth();
    this.renderer.setScissorTest(true);
    this.renderer.setScissor(x, y, size, size);
    this.renderer.setViewport(x, y, size, size);
    this.renderer.render(this.gizmoScene, this.gizmoCamera);
    this.renderer.setScissorTest(false);
    this.renderer.setViewport(0, 0, this.width, this.height);
    this.renderer.autoClear = true;
    this.shared.uFogAmount.value = fog;
  }

  // ───────────────────────────── camera ─────────────────────────────

  /**
   * Points the camera along `preset` (or the default oblique view for 'free'), framing the structure.
   * Tweens unless reduced motion or `instant`.
   */
  setView(preset: CameraPreset, instant = false): void {
    const dir111 = this.structure?.dir111 ?? [1, 1, 1];
    const { dir, up } = preset === 'free' ? { dir: DEFAULT_VIEW_DIR.clone(), up: new Vector3(0, 1, 0) } : presetDirection(preset, dir111);
    void up; // OrbitControls keeps world y up; 'b' is nudged in presetDirection so c points up on screen.
    const target = this.bounds.center.clone();
    const dist = fitDistance(this.bounds.radius * 1.04, FOV_DEG, this.camera.aspect);
    const endPos = target.clone().addScaledVector(dir, dist);
    const startPos = this.camera.position.clone();
    const startTarget = this.controls.target.clone();
    const startOffset = startPos.clone().sub(startTarget);
    const endOffset = endPos.clone().sub(target);
    const startLen = startOffset.length() || 1;
    const endLen = endOffset.length();
    const step = (p: number): void => {
      // Slerp the direction, lerp the distance and target: the camera swings around the crystal.
      const qa = new Quaternion().setFromUnitVectors(new Vector3(0, 0, 1), startOffset.clone().normalize());
      const qb = new Quaternion().setFromUnitVectors(new Vector3(0, 0, 1), endOffset.clone().normalize());
      const d = new Vector3(0, 0, 1).applyQuaternion(qa.slerp(qb, p));
      const len = startLen + (endLen - startLen) * p;
      this.controls.target.lerpVectors(startTarget, target, p);
      this.camera.position.copy(this.controls.target).addScaledVector(d, len);
      this.camera.lookAt(this.controls.target);
      this.controls.update();
    };
    if (instant) {
      step(1);
      this.requestRender();
    } else {
      this.animate(450, step, 'camera');
    }
  }

  /**
   * The camera as a share link stores it (`view3d`, src/lib/state/schema.ts): azimuth about the vertical
   * (world y) axis from +z towards +x and elevation above the horizontal plane, both in degrees, and the zoom
   * as the framing distance over the actual distance (1 = the structure just fits; 2 = twice as close).
   */
  getOrbit(): { azimuthDeg: number; elevationDeg: number; zoom: number } {
    const off = this.camera.position.clone().sub(this.controls.target);
    const len = off.length() || 1;
    const fit = fitDistance(this.bounds.radius * 1.04, FOV_DEG, this.camera.aspect);
    return {
      azimuthDeg: (Math.atan2(off.x, off.z) * 180) / Math.PI,
      elevationDeg: (Math.asin(Math.max(-1, Math.min(1, off.y / len))) * 180) / Math.PI,
      zoom: fit / len,
    };
  }

  /** Puts the camera at a stored orbit (see `getOrbit`), looking at the structure's centre; no tween. */
  setOrbit(o: { azimuthDeg: number; elevationDeg: number; zoom: number }): void {
    const az = (o.azimuthDeg * Math.PI) / 180;
    const el = (o.elevationDeg * Math.PI) / 180;
    const dir = new Vector3(Math.cos(el) * Math.sin(az), Math.sin(el), Math.cos(el) * Math.cos(az));
    const fit = fitDistance(this.bounds.radius * 1.04, FOV_DEG, this.camera.aspect);
    this.tweens = this.tweens.filter((t) => (t as Tween & { key?: string }).key !== 'camera');
    this.controls.target.copy(this.bounds.center);
    this.camera.position.copy(this.bounds.center).addScaledVector(dir, fit / Math.max(1e-3, o.zoom));
    this.camera.lookAt(this.controls.target);
    this.controls.update();
    this.requestRender();
  }

  /** Rotates the view by keyboard: yaw/pitch in radians; zoom factor > 1 zooms in. */
  nudge(yawRad: number, pitchRad: number, zoom = 1): void {
    if (yawRad) this.controls.rotateLeft(yawRad);
    if (pitchRad) this.controls.rotateUp(pitchRad);
    // OrbitControls multiplies the distance by the dolly factor: dollyIn(s < 1) moves closer.
    if (zoom > 1) this.controls.dollyIn(1 / zoom);
    else if (zoom < 1) this.controls.dollyOut(zoom);
    this.controls.update();
    this.requestRender();
  }

  /** Screen position (CSS px, relative to the canvas) of a world point; `visible` false when behind. */
  project(p: Vector3): { x: number; y: number; visible: boolean } {
    const v = p.clone().project(this.camera);
    return { x: (v.x * 0.5 + 0.5) * this.width, y: (-v.y * 0.5 + 0.5) * this.height, visible: v.z > -1 && v.z < 1 };
  }

  // ───────────────────────────── picking ─────────────────────────────

  /**
   * The atom under a canvas point (CSS px relative to the canvas): CPU ray–sphere test over every drawn
   * atom, |o + t d − c|² = r², nearest hit wins. O(N) per call; 40,000 atoms take about a millisecond.
   */
  pick(x: number, y: number): PickResult | null {
    if (!this.batches) return null;
    const ndc = new Vector2((x / this.width) * 2 - 1, -(y / this.height) * 2 + 1);
    this.camera.updateMatrixWorld();
    const ray = new Ray();
    ray.origin.setFromMatrixPosition(this.camera.matrixWorld);
    ray.direction.set(ndc.x, ndc.y, 0.5).unproject(this.camera).sub(ray.origin).normalize();
    const o = ray.origin;
    const d = ray.direction;
    let best: PickResult | null = null;
    for (const sp of SPECIES) {
      const b = this.batches[sp];
      if (!b.mesh.visible) continue;
      const r = b.radii[0] ?? 0;
      const r2 = r * r;
      const c = b.centers;
      for (let i = 0; i < b.count; i++) {
        const ox = o.x - c[i * 3];
        const oy = o.y - c[i * 3 + 1];
        const oz = o.z - c[i * 3 + 2];
        const bb = ox * d.x + oy * d.y + oz * d.z;
        const cc = ox * ox + oy * oy + oz * oz - r2;
        const disc = bb * bb - cc;
        if (disc < 0) continue;
        const t = -bb - Math.sqrt(disc);
        if (t <= 0) continue;
        if (!best || t < best.distance) best = { species: sp, index: i, position: new Vector3(c[i * 3], c[i * 3 + 1], c[i * 3 + 2]), distance: t };
      }
    }
    return best;
  }

  /** Atom position (world, Å) by species and index, or null. */
  atomPosition(species: Species, index: number): Vector3 | null {
    const b = this.batches?.[species];
    if (!b || index < 0 || index >= b.count) return null;
    return new Vector3(b.centers[index * 3], b.centers[index * 3 + 1], b.centers[index * 3 + 2]);
  }

  atomCount(species: Species): number {
    return this.batches?.[species].count ?? 0;
  }

  setHover(p: PickResult | null): void {
    this.hover = p;
    this.refreshRings();
    this.requestRender();
  }

  /** Sets the selected atoms (0–2); with two, the measurement line joins them. */
  setSelection(sel: PickResult[]): void {
    this.selection = sel.slice(0, 2);
    this.refreshRings();
    this.requestRender();
  }

  clearSelection(): void {
    this.selection = [];
    this.hover = null;
    this.refreshRings();
  }

  /** Re-reads ring positions from the current atom positions (they move with tilt and radii). */
  private refreshRings(): void {
    const list = [...this.selection];
    if (this.hover && !list.some((p) => p.species === this.hover!.species && p.index === this.hover!.index)) list.push(this.hover);
    let n = 0;
    for (const p of list) {
      const pos = this.atomPosition(p.species, p.index);
      if (!pos) continue;
      p.position.copy(pos);
      this.rings.centers.set([pos.x, pos.y, pos.z], n * 3);
      this.rings.radii[n] = displayRadiusAngstrom(this.style, p.species, this.radii);
      n++;
    }
    this.rings.count = n;
    this.rings.markChanged({ centers: true, radii: true });
    this.rings.mesh.visible = n > 0;
    if (this.selection.length === 2) {
      const a = this.selection[0].position;
      const b = this.selection[1].position;
      const d = b.clone().sub(a);
      const len = d.length();
      const r = Math.max(0.05, this.bounds.radius * 0.003);
      this.measureLine.position.copy(a);
      this.measureLine.quaternion.setFromUnitVectors(LatticeScene.Y, d.multiplyScalar(1 / (len || 1)));
      this.measureLine.scale.set(r, len, r);
      this.measureLine.visible = true;
    } else {
      this.measureLine.visible = false;
    }
  }

  /** Current selection (positions refreshed). */
  get selected(): readonly PickResult[] {
    return this.selection;
  }

  // ───────────────────────────── export ─────────────────────────────

  /**
   * Renders at `scale` × the CSS size and returns a PNG. The drawing buffer is read in the same task as
   * the render (no preserveDrawingBuffer needed), then the normal size is restored.
   */
  async toPng(scale: number): Promise<Blob> {
    if (!(scale > 0) || !Number.isFinite(scale) || scale > 8) throw new RangeError(`scale must be in (0, 8]; got ${scale}`);
    if (this.lost || this.disposed) throw new Error('WebGL context is not available');
    const ratio = this.renderer.getPixelRatio();
    this.renderer.setPixelRatio(scale);
    this.renderer.setSize(this.width, this.height, false);
    this.renderNow();
    const blob = new Promise<Blob>((resolve, reject) => {
      this.canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png');
    });
    this.renderer.setPixelRatio(ratio);
    this.renderer.setSize(this.width, this.height, false);
    this.requestRender();
    return blob;
  }

  // ───────────────────────────── stats / teardown ─────────────────────────────

  stats(): { frames: number; geometries: number; textures: number; programs: number; calls: number; triangles: number } {
    const info = this.renderer.info;
    return {
      frames: this.frames,
      geometries: info.memory.geometries,
      textures: info.memory.textures,
      programs: info.programs?.length ?? 0,
      calls: info.render.calls,
      triangles: info.render.triangles,
    };
  }

  /** Frees every GPU object, the controls and the renderer (last), and loses the context. */
  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    if (this.raf) cancelAnimationFrame(this.raf);
    this.raf = 0;
    this.tweens = [];
    this.resizeObserver?.disconnect();
    this.resizeObserver = null;
    this.canvas.removeEventListener('webglcontextlost', this.onLost);
    this.canvas.removeEventListener('webglcontextrestored', this.onRestored);
    this.controls.removeEventListener('change', this.onControlsChange);
    this.controls.removeEventListener('start', this.onControlsStart);
    this.controls.dispose();
    this.disposeStructure();
    this.rings.dispose();
    this.bondGeometry.dispose();
    this.axisShaft.dispose();
    this.axisHead.dispose();
    for (const s of SPECIES) this.speciesMaterials[s].dispose();
    this.ringMaterial.dispose();
    this.octaMaterial.dispose();
    this.bondMaterial.dispose();
    for (const m of this.axisMaterials) m.dispose();
    this.cellMaterial.dispose();
    this.gizmoScene.clear();
    this.measureMaterial.dispose();
    this.scene.clear();
    this.renderer.setAnimationLoop(null);
    this.renderer.dispose();
    // Release the context now instead of waiting for GC (browsers cap live contexts at ~16).
    this.renderer.forceContextLoss();
  }
}

