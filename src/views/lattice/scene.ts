/**
 * The lattice canvas's three.js scene, composed of small parts under ./stage (as Mol*'s canvas3d hands
 * the camera and picking to helpers, and Threlte builds its context from small pieces):
 *
 *  - stage/stage.ts         renderer, resize, render on demand, tweens, context loss/restore, pause/resume;
 *  - stage/cameraRig.ts     camera, OrbitControls, presets, the `view3d` orbit, clipping and depth cue;
 *  - stage/axesInset.ts     the a/b/c orientation inset;
 *  - stage/structureBatches.ts  impostor atoms, octahedra, bonds and cell box, updated in place;
 *  - stage/picking.ts       the ray–sphere pick and the selection rings / measurement line;
 *  - stage/glBudget.ts      the page-wide WebGL context budget this scene joins (pause when told to yield).
 *
 * Who creates a GPU object disposes it (STYLE.md §3): the materials and the shared bond geometry here,
 * batches in StructureBatches, rings in SelectionOverlay, the inset's in AxesInset; the renderer last.
 * No Svelte here and no DOM outside the container it is given, so tests can drive it with a fake renderer
 * (`setRendererFactory`).
 * At about 470 lines it stays one file on purpose: it is the one facade LatticeCanvas talks to (structure,
 * style, camera, picking, theme, PNG, pause/resume), and each method is a few lines handing over to a part.
 */
import { Color, Scene, Vector2, type Mesh, type Object3D, type PerspectiveCamera, type ShaderMaterial, type Vector3 } from 'three';
import type { OrbitControls } from 'three/examples/jsm/controls/OrbitControls.js';
import { createImpostorMaterial, type SharedUniforms } from './impostor';
import { Stage } from './stage/stage';
import { CameraRig } from './stage/cameraRig';
import { AxesInset } from './stage/axesInset';
import { StructureBatches } from './stage/structureBatches';
import { SelectionOverlay, pickAtom } from './stage/picking';
import { createBondGeometry, createSolidMaterial, displayRadiusAngstrom } from './stage/materials';
import { glBudget, joinGlBudget, type BudgetMember } from './stage/glBudget';
import { SPECIES, type CameraPreset, type LatticeStructure, type LatticeStyle, type PickResult, type RendererLike, type Species, type ThemeColors } from './stage/types';

export * from './stage/types';
export { displayRadiusAngstrom, BOND_RADIUS_ANGSTROM, createOctahedronGeometry, createBondGeometry } from './stage/materials';
export { presetDirection, fitDistance } from './stage/cameraRig';

export interface LatticeSceneOptions {
  antialias?: boolean;
  /** Skip tweens (prefers-reduced-motion). */
  reducedMotion?: () => boolean;
  /** Called after every rendered frame (overlay labels, stats). */
  onFrame?: () => void;
  /** Called when the user starts moving the camera (mouse, touch, wheel, keys). */
  onUserCamera?: () => void;
  /** Context changes: 'lost' by the browser, 'paused' on purpose (page-wide budget), 'restored'. */
  onContext?: (state: 'lost' | 'paused' | 'restored') => void;
  /** Over the budget while in view: the still image is up, and `resume` is what a resume button calls. */
  onEvicted?: (evicted: boolean) => void;
  /** Join the page-wide WebGL context budget (default true). */
  budget?: boolean;
}

export class LatticeScene {
  readonly scene = new Scene();
  private readonly stage: Stage;
  private readonly rig: CameraRig;
  private readonly inset: AxesInset;
  private readonly batches: StructureBatches;
  private readonly selection: SelectionOverlay;
  private readonly member: BudgetMember | null;
  private readonly opts: LatticeSceneOptions;

  private readonly shared: SharedUniforms = {
    uBackground: { value: new Color(1, 1, 1) },
    uFog: { value: new Vector2(0, 1) },
    uFogAmount: { value: 0 },
    uFacing: { value: 63 },
  };
  private colors: ThemeColors | null = null;

  // Materials and the shared cylinder: created once (theme changes update their colour uniforms).
  private readonly speciesMaterials: Record<Species, ShaderMaterial>;
  private readonly ringMaterial: ShaderMaterial;
  private readonly octaMaterial: ShaderMaterial;
  private readonly bondMaterial: ShaderMaterial;
  private readonly cellMaterial: ShaderMaterial;
  private readonly measureMaterial: ShaderMaterial;
  private readonly bondGeometry = createBondGeometry();

  private style: LatticeStyle = 'poly';
  private radii = { rA: 1.88, rB: 1.19, rX: 1.96 };
  private showCell = true;
  private showAxes = true;

  constructor(container: HTMLElement, canvas: HTMLCanvasElement, opts: LatticeSceneOptions = {}) {
    this.opts = opts;
    this.stage = new Stage(container, canvas, {
      antialias: opts.antialias,
      // Inside a widget (its gate covers the canvas) the host page may read the canvas at any time.
      preserveDrawingBuffer: opts.budget !== false && glBudget().covers(canvas),
      reducedMotion: opts.reducedMotion,
      draw: () => this.draw(),
      onFrame: opts.onFrame,
      onResize: (w, h) => this.rig?.setAspect(w, h),
      releaseGpu: () => this.releaseGpuObjects(),
      // three's restore re-creates its background state with the default clear colour (black): set ours again.
      onRestored: () => {
        if (this.colors) this.renderer.setClearColor(this.colors.background, 1);
      },
      // The budget decides again once the context is really gone or back: the browser's context-lost event
      // may come after the pause that asked for it resolved (the member then still looked live), and a view
      // that came into sight meanwhile must be resumed (a widget started just as it scrolled into view).
      onContext: (state) => {
        opts.onContext?.(state);
        if (this.member) glBudget().reconcile();
      },
    });
    const aa = opts.antialias;
    this.speciesMaterials = {
      A: createImpostorMaterial({ color: new Color(), shared: this.shared, alphaToCoverage: aa }),
      B: createImpostorMaterial({ color: new Color(), shared: this.shared, alphaToCoverage: aa }),
      X: createImpostorMaterial({ color: new Color(), shared: this.shared, alphaToCoverage: aa }),
    };
    this.ringMaterial = createImpostorMaterial({ color: new Color(), shared: this.shared, ring: true, radiusScale: 1.22 });
    this.octaMaterial = createSolidMaterial(this.shared, { color: new Color(), edgeColor: new Color(), opacity: 0.55, flat: true, edges: true, baryFromVertexId: true, specular: 0.25 });
    this.bondMaterial = createSolidMaterial(this.shared, { color: new Color(), color2: new Color(), twoTone: true, specular: 0.15 });
    this.cellMaterial = createSolidMaterial(this.shared, { color: new Color(), specular: 0.05 });
    this.measureMaterial = createSolidMaterial(this.shared, { color: new Color(), specular: 0.1 });
    this.measureMaterial.depthTest = false;
    this.measureMaterial.depthWrite = false;

    this.batches = new StructureBatches(
      this.scene,
      { species: this.speciesMaterials, octahedra: this.octaMaterial, bonds: this.bondMaterial, cell: this.cellMaterial },
      this.bondGeometry,
    );
    this.rig = new CameraRig(canvas, this.batches.bounds);
    this.rig.controls.addEventListener('change', this.onControlsChange);
    this.rig.controls.addEventListener('start', this.onControlsStart);
    this.selection = new SelectionOverlay(this.scene, this.ringMaterial, this.bondGeometry, this.measureMaterial);
    this.inset = new AxesInset(this.shared);
    this.stage.start(container);
    this.member =
      opts.budget === false
        ? null
        : joinGlBudget({
            element: canvas,
            live: () => !this.stage.contextLost && !this.stage.isDisposed,
            pause: () => this.stage.pause(),
            resume: () => this.stage.resume(),
            evicted: (e) => this.opts.onEvicted?.(e),
          });
  }

  get renderer(): RendererLike {
    return this.stage.renderer;
  }

  get camera(): PerspectiveCamera {
    return this.rig.camera;
  }

  get controls(): OrbitControls {
    return this.rig.controls;
  }

  /** Bounding sphere of the drawn structure (world, Å). */
  get bounds(): StructureBatches['bounds'] {
    return this.batches.bounds;
  }

  // ───────────────────────────── frames ─────────────────────────────

  requestRender(): void {
    this.stage.requestRender();
  }

  /** Renders synchronously (also used by savePng and tests). */
  renderNow(): void {
    this.stage.renderNow();
  }

  private draw(): void {
    const { width, height } = this.stage.size;
    this.rig.updateClipping(this.shared);
    this.updateFacing();
    this.renderer.render(this.scene, this.rig.camera);
    if (this.showAxes) this.inset.render(this.renderer, this.rig.camera, this.rig.controls.target, width, height);
  }

  /** Runs `step(progress)` over `durationMs` (progress 0→1, eased), or jumps to 1 under reduced motion. */
  animate(durationMs: number, step: (progress: number) => void, key?: string): void {
    this.stage.animate(durationMs, step, key);
  }

  /** Stops the running tween of `key` where it is (its step is not called again). */
  cancelAnimation(key: string): void {
    this.stage.cancelTween(key);
  }

  get animating(): boolean {
    return this.stage.animating;
  }

  get frameCount(): number {
    return this.stage.frameCount;
  }

  get contextLost(): boolean {
    return this.stage.contextLost;
  }

  setSize(width: number, height: number): void {
    this.stage.setSize(width, height);
  }

  get size(): { width: number; height: number } {
    return this.stage.size;
  }

  /** Gives the WebGL context back behind a still image (the page-wide budget does this by itself). */
  pause(): Promise<void> {
    return this.stage.pause();
  }

  /** Takes a context again and draws; resolves true once a frame was drawn. */
  resume(): Promise<boolean> {
    return this.stage.resume();
  }

  /** The user asked for this view's 3D again (resume button): the budget lets it draw, another may yield. */
  activate(): void {
    if (this.member) this.member.activate();
    else void this.stage.resume();
  }

  /** The user touched the view: the budget keeps the most recently used views live. */
  touch(): void {
    this.member?.touch();
  }

  private readonly onControlsChange = (): void => this.requestRender();
  private readonly onControlsStart = (): void => {
    this.stage.cancelTween('camera');
    this.opts.onUserCamera?.();
  };

  /**
   * Which faces of the crystal's box the camera sees (bit k as in LatticeStructure.nearFaces): face −x
   * is seen when the camera is beyond it (x < min x), and so on. Space-filling only; elsewhere, or with
   * the camera inside the box, every atom is drawn (mask 63).
   */
  private updateFacing(): void {
    const c = this.rig.camera.position;
    const lo = this.batches.boxMin;
    const hi = this.batches.boxMax;
    let mask = 0;
    if (c.x < lo.x) mask |= 1;
    if (c.x > hi.x) mask |= 2;
    if (c.y < lo.y) mask |= 4;
    if (c.y > hi.y) mask |= 8;
    if (c.z < lo.z) mask |= 16;
    if (c.z > hi.z) mask |= 32;
    const cull = this.style === 'space' && mask !== 0 && this.batches.structure?.nearFaces !== undefined;
    this.shared.uFacing.value = cull ? mask : 63;
  }

  // ───────────────────────────── theme and style ─────────────────────────────

  setTheme(colors: ThemeColors): void {
    this.colors = colors;
    this.renderer.setClearColor(colors.background, 1);
    this.shared.uBackground.value.copy(colors.background);
    for (const s of SPECIES) (this.speciesMaterials[s].uniforms.uColor.value as Color).copy(colors[s]);
    for (const s of SPECIES) (this.speciesMaterials[s].uniforms.uRimColor.value as Color).setRGB(1, 1, 1);
    (this.ringMaterial.uniforms.uColor.value as Color).copy(colors.accent);
    // Octahedra: the B colour, lightened so the translucent faces stay light and the Pb shows inside.
    const octa = colors.B.clone().lerp(colors.dark ? new Color(0.2, 0.25, 0.32) : new Color(0.5, 0.6, 0.74), 0.6);
    (this.octaMaterial.uniforms.uColor.value as Color).copy(octa);
    (this.octaMaterial.uniforms.uEdgeColor.value as Color).copy(colors.B.clone().multiplyScalar(colors.dark ? 1.2 : 0.6));
    (this.bondMaterial.uniforms.uColor.value as Color).copy(colors.B);
    (this.bondMaterial.uniforms.uColor2.value as Color).copy(colors.X);
    this.inset.setColors(colors.axisA, colors.axisB, colors.axisC);
    (this.cellMaterial.uniforms.uColor.value as Color).copy(colors.line);
    (this.measureMaterial.uniforms.uColor.value as Color).copy(colors.accent);
    this.requestRender();
  }

  setStyle(style: LatticeStyle, radii: { rA: number; rB: number; rX: number }): void {
    if (style === this.style && radii.rA === this.radii.rA && radii.rB === this.radii.rB && radii.rX === this.radii.rX && this.batches.atoms) return;
    this.style = style;
    this.radii = { ...radii };
    this.applyStyle();
    this.requestRender();
  }

  setHelpers(showCell: boolean, showAxes: boolean): void {
    this.showCell = showCell;
    this.showAxes = showAxes;
    this.batches.setCellVisible(showCell);
    this.requestRender();
  }

  private applyStyle(): void {
    this.batches.applyStyle(this.style, this.radii);
    this.refreshSelection();
  }

  // ───────────────────────────── structure ─────────────────────────────

  /**
   * Draws `structure`: same topology → positions, matrices and flags written in place into the existing
   * GPU buffers; otherwise the batches are rebuilt (and the selection cleared). Returns true when it rebuilt.
   */
  setStructure(structure: LatticeStructure): boolean {
    const rebuilt = this.batches.set(structure, this.style);
    if (rebuilt) this.selection.clear();
    this.applyStyle();
    this.batches.updateCellBox(this.showCell);
    this.requestRender();
    return rebuilt;
  }

  // ───────────────────────────── axes inset ─────────────────────────────

  /** Size of the orientation inset, CSS px. */
  get gizmoSize(): number {
    return AxesInset.size(this.stage.size.width, this.stage.size.height);
  }

  /** Screen position (CSS px in the canvas) of the tip label of axis i (0 = a, 1 = b, 2 = c) in the inset. */
  axisLabelPosition(i: 0 | 1 | 2): { x: number; y: number } {
    return this.inset.labelPosition(i, this.stage.size.width, this.stage.size.height);
  }

  // ───────────────────────────── camera ─────────────────────────────

  /**
   * Points the camera along `preset` (or the default oblique view for 'free'), framing the structure.
   * Tweens unless reduced motion or `instant`.
   */
  setView(preset: CameraPreset, instant = false): void {
    const step = this.rig.viewStep(preset, this.batches.structure?.dir111 ?? [1, 1, 1]);
    if (instant) {
      step(1);
      this.requestRender();
    } else {
      this.animate(450, step, 'camera');
    }
  }

  /** The camera as a share link stores it (`view3d`; CameraRig.getOrbit). */
  getOrbit(): { azimuthDeg: number; elevationDeg: number; zoom: number } {
    return this.rig.getOrbit();
  }

  /** Puts the camera at a stored orbit (see `getOrbit`), looking at the structure's centre; no tween. */
  setOrbit(o: { azimuthDeg: number; elevationDeg: number; zoom: number }): void {
    this.stage.cancelTween('camera');
    this.rig.setOrbit(o);
    this.requestRender();
  }

  /** Rotates the view by keyboard: yaw/pitch in radians; zoom factor > 1 zooms in. */
  nudge(yawRad: number, pitchRad: number, zoom = 1): void {
    this.rig.nudge(yawRad, pitchRad, zoom);
    this.requestRender();
  }

  /** Screen position (CSS px, relative to the canvas) of a world point; `visible` false when behind. */
  project(p: Vector3): { x: number; y: number; visible: boolean } {
    return this.rig.project(p, this.stage.size.width, this.stage.size.height);
  }

  // ───────────────────────────── picking and selection ─────────────────────────────

  /** The atom under a canvas point (CSS px relative to the canvas), or null (stage/picking.ts). */
  pick(x: number, y: number): PickResult | null {
    return pickAtom(this.batches.atoms, this.rig.camera, x, y, this.stage.size.width, this.stage.size.height);
  }

  /** Atom position (world, Å) by species and index, or null. */
  atomPosition(species: Species, index: number): Vector3 | null {
    return this.batches.atomPosition(species, index);
  }

  atomCount(species: Species): number {
    return this.batches.atomCount(species);
  }

  setHover(p: PickResult | null): void {
    this.selection.setHover(p);
    this.refreshSelection();
    this.requestRender();
  }

  /** Sets the selected atoms (0–2); with two, the measurement line joins them. */
  setSelection(sel: PickResult[]): void {
    this.selection.setSelection(sel);
    this.refreshSelection();
    this.requestRender();
  }

  clearSelection(): void {
    this.selection.clear();
    this.refreshSelection();
  }

  /** Current selection (positions refreshed). */
  get selected(): readonly PickResult[] {
    return this.selection.selected;
  }

  private refreshSelection(): void {
    this.selection.refresh(
      (s, i) => this.batches.atomPosition(s, i),
      (s) => displayRadiusAngstrom(this.style, s, this.radii),
      Math.max(0.05, this.batches.bounds.radius * 0.003),
    );
  }

  // ───────────────────────────── export ─────────────────────────────

  /**
   * Renders at `scale` × the CSS size and returns a PNG. The drawing buffer is read in the same task as
   * the render (no preserveDrawingBuffer needed), then the normal size is restored.
   */
  async toPng(scale: number): Promise<Blob> {
    if (!(scale > 0) || !Number.isFinite(scale) || scale > 8) throw new RangeError(`scale must be in (0, 8]; got ${scale}`);
    if (this.stage.contextLost || this.stage.isDisposed) throw new Error('WebGL context is not available');
    const { width, height } = this.stage.size;
    const ratio = this.renderer.getPixelRatio();
    this.renderer.setPixelRatio(scale);
    this.renderer.setSize(width, height, false);
    this.renderNow();
    const blob = new Promise<Blob>((resolve, reject) => {
      this.stage.canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png');
    });
    this.renderer.setPixelRatio(ratio);
    this.renderer.setSize(width, height, false);
    this.requestRender();
    return blob;
  }

  // ───────────────────────────── stats / teardown ─────────────────────────────

  stats(): { frames: number; geometries: number; textures: number; programs: number; calls: number; triangles: number } {
    const info = this.renderer.info;
    return {
      frames: this.stage.frameCount,
      geometries: info.memory.geometries,
      textures: info.memory.textures,
      programs: info.programs?.length ?? 0,
      calls: info.render.calls,
      triangles: info.render.triangles,
    };
  }

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
    this.inset.scene.traverse(release);
  }

  /** Frees every GPU object, the controls and the renderer (last), and loses the context. */
  dispose(): void {
    if (this.stage.isDisposed) return;
    this.member?.leave();
    this.stage.dispose();
    this.rig.controls.removeEventListener('change', this.onControlsChange);
    this.rig.controls.removeEventListener('start', this.onControlsStart);
    this.rig.dispose();
    this.batches.disposeBatches();
    this.selection.dispose();
    this.inset.dispose();
    this.bondGeometry.dispose();
    for (const s of SPECIES) this.speciesMaterials[s].dispose();
    this.ringMaterial.dispose();
    this.octaMaterial.dispose();
    this.bondMaterial.dispose();
    this.cellMaterial.dispose();
    this.measureMaterial.dispose();
    this.scene.clear();
    this.stage.disposeRenderer();
  }
}
