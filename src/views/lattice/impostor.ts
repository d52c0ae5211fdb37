/**
 * Sphere impostors: one billboard (an octagon, 6 triangles) per atom, shaded as a sphere in the fragment shader.
 *
 * Technique (as in Mol* `mol-gl/shader/spheres` and 3Dmol.js `ImposterShader`): each atom is a billboard
 * facing the camera; the fragment shader casts the view ray through the pixel, intersects it with the
 * sphere |p − c|² = r² (t = −b − √(b² − (|o − c|² − r²)), b = (o − c)·d), discards misses, shades with the
 * true normal N = (p − c)/r and writes the true depth of p (gl_FragDepth = ½ + ½ z_clip/w_clip), so atoms
 * intersect each other and the octahedra exactly as real spheres would.
 *
 * Perspective: the silhouette of a sphere of radius r whose centre is at distance d from the eye is the
 * cone of half-angle asin(r/d); a billboard perpendicular to the eye→centre ray, through the centre,
 * covers it when its inscribed radius is d·tan(asin(r/d)) = r·d/√(d² − r²). Orthographic: r.
 *
 * A 16×12-segment sphere costs 384 triangles per atom (about 3.2 s per frame for 40,000 atoms in
 * SwiftShader, shared/design/chromium.md); an impostor costs 6 triangles plus its fill.
 */
import {
  BufferAttribute,
  BufferGeometry,
  DynamicDrawUsage,
  GLSL3,
  Mesh,
  ShaderMaterial,
  Color,
  type IUniform,
  type Vector2,
} from 'three';
import { SHADING_GLSL } from './shading.glsl';

/** Flag values of the per-atom `instanceFlag` attribute (stage/flags.ts, free of three.js). */
export { FLAG_NORMAL, FLAG_SURFACE, FLAG_INTERIOR, FLAG_FACET100 } from './stage/flags';

/** Uniforms shared by every lattice material (one object, so a theme change updates all of them). */
export interface SharedUniforms {
  uBackground: IUniform<Color>;
  uFog: IUniform<Vector2>;
  uFogAmount: IUniform<number>;
  /** Faces of the crystal's box seen by the camera (bit mask, 63 = draw every atom). */
  uFacing: IUniform<number>;
  [name: string]: IUniform;
}

const VERTEX = /* glsl */ `
in vec3 instanceCenter;
in float instanceRadius;
in float instanceFlag;
uniform float uRadiusScale;
uniform int uFacing;
out vec3 vViewCenter;
out vec3 vViewPos;
out vec2 vQuad;
out float vRadius;
out float vFlag;

void main() {
  // instanceFlag = FLAG_* + 4 × near-face mask. An atom near only faces turned away is hidden behind the
  // crystal (space-filling): skip it. Atoms with mask 0 are not drawn in that style at all (count).
  int faces = int(instanceFlag) / 4;
  vFlag = instanceFlag - 4.0 * float(faces);
  if (uFacing != 63 && faces != 0 && (faces & uFacing) == 0) {
    gl_Position = vec4(2.0, 2.0, 2.0, 1.0);
    return;
  }
  vec4 c = modelViewMatrix * vec4(instanceCenter, 1.0);
  float r = instanceRadius * uRadiusScale;
  vec3 pos;
  if (isOrthographic) {
    pos = c.xyz + vec3(position.xy * r * 1.02, 0.0);
  } else {
    float d = length(c.xyz);
    if (d <= r * 1.001 || r <= 0.0) {
      // Eye inside the sphere (or a zero radius): draw nothing.
      gl_Position = vec4(2.0, 2.0, 2.0, 1.0);
      return;
    }
    vec3 w = -c.xyz / d;
    vec3 up = abs(w.y) < 0.99 ? vec3(0.0, 1.0, 0.0) : vec3(1.0, 0.0, 0.0);
    vec3 u = normalize(cross(up, w));
    vec3 v = cross(w, u);
    float h = r * d / sqrt(d * d - r * r) * 1.02;
    pos = c.xyz + (u * position.x + v * position.y) * h;
  }
  vViewCenter = c.xyz;
  vViewPos = pos;
  vQuad = position.xy;
  vRadius = r;
  gl_Position = projectionMatrix * vec4(pos, 1.0);
}
`;

const FRAGMENT = /* glsl */ `
precision highp float;
uniform mat4 projectionMatrix;
uniform vec3 uColor;
uniform vec3 uRimColor;
uniform float uSpecular;
in vec3 vViewCenter;
in vec3 vViewPos;
in vec2 vQuad;
in float vRadius;
in float vFlag;
out vec4 fragColor;
${SHADING_GLSL}

void main() {
#ifdef RING
  // Selection / hover ring: an annulus in quad space, drawn over everything.
  // About 3 px wide whatever the zoom, just outside the sphere.
  float s = length(vQuad);
  float px = fwidth(s);
  float outer = 0.985;
  float inner = outer - 3.0 * px;
  float ring = smoothstep(inner - px, inner, s) * (1.0 - smoothstep(outer - px, outer, s));
  if (ring < 0.02) discard;
  fragColor = vec4(linearToOutputTexel(vec4(uColor, 1.0)).rgb, ring);
#else
  vec3 ro = isOrthographic ? vec3(vViewPos.xy, 0.0) : vec3(0.0);
  vec3 rd = isOrthographic ? vec3(0.0, 0.0, -1.0) : normalize(vViewPos);
  vec3 oc = ro - vViewCenter;
  float b = dot(oc, rd);
  float perp2 = max(dot(oc, oc) - b * b, 0.0);
  float perp = sqrt(perp2);
  float edgeWidth = max(fwidth(perp), 1e-5);
#ifdef ALPHA_TO_COVERAGE
  // MSAA context: partial coverage at the silhouette becomes sample coverage (smooth edges).
  float coverage = clamp((vRadius - perp) / edgeWidth + 0.5, 0.0, 1.0);
  if (coverage <= 0.0) discard;
#else
  // No MSAA: a hard edge (an alpha < 1 would let the page show through the canvas).
  if (perp > vRadius) discard;
  float coverage = 1.0;
#endif
  float disc = max(vRadius * vRadius - perp2, 0.0);
  float t = -b - sqrt(disc);
  vec3 hit = ro + t * rd;
  vec3 N = normalize(hit - vViewCenter);
  vec3 V = -rd;

  vec4 clip = projectionMatrix * vec4(hit, 1.0);
  gl_FragDepth = 0.5 + 0.5 * clip.z / clip.w;

  vec3 albedo = uColor;
  float ndv = max(dot(N, V), 0.0);
  if (vFlag > 1.5 && vFlag < 2.5) {
    // Interior of a nanocrystal: muted so the surface layer reads first.
    float g = dot(albedo, vec3(0.2126, 0.7152, 0.0722));
    albedo = mix(albedo, vec3(g), 0.7) * 0.55;
  }
  vec3 col = shade(albedo, N, V, uSpecular);
  // Soft dark outline at the silhouette separates touching spheres.
  col *= 1.0 - 0.5 * (1.0 - smoothstep(0.0, 0.38, ndv));
  if (vFlag > 0.5 && vFlag < 1.5) {
    // Surface layer: a light rim just inside the outline.
    float rim = smoothstep(0.18, 0.30, ndv) * (1.0 - smoothstep(0.30, 0.46, ndv));
    // Fade the rim out on spheres only a few pixels across, where it would alias into a fringe.
    float pixels = vRadius / edgeWidth;
    col = mix(col, uRimColor, rim * 0.7 * smoothstep(5.0, 12.0, pixels));
  }
  if (vFlag > 2.5) {
    // (100) facet of a PbS dot: a wide rim in the Okabe–Ito bluish green #009E73 (linear 0, 0.34, 0.17).
    float rim = 1.0 - smoothstep(0.30, 0.55, ndv);
    col = mix(col, vec3(0.0, 0.341, 0.168), rim * 0.9);
  }
  col = depthCue(col, -hit.z);
  fragColor = vec4(linearToOutputTexel(vec4(col, 1.0)).rgb, coverage);
#endif
}
`;

/**
 * The billboard: a regular octagon circumscribing the unit circle (vertex radius 1/cos 22.5°), as a fan of
 * 6 triangles. Its area is 8 tan 22.5° = 3.31 against π = 3.14 for the circle, where a square wastes
 * 4 − π: 17 % fewer fragments for 4 more triangles per atom — fill, not triangles, is what costs in
 * software WebGL (shared/design/chromium.md) and, at high zoom, on GPUs too.
 */
export const BILLBOARD_VERTEX_RADIUS = 1 / Math.cos(Math.PI / 8);

export interface ImpostorOptions {
  /** Linear working-space colour (THREE.Color). */
  color: Color;
  /** Colour of the surface-layer rim. */
  rimColor?: Color;
  /** Multiplies every radius (ring meshes use > 1). */
  radiusScale?: number;
  /** Strength of the specular highlight, 0–1. */
  specular?: number;
  /** Draw a selection ring instead of a sphere. */
  ring?: boolean;
  /** MSAA alpha-to-coverage for smooth silhouettes (only useful with an antialiased context). */
  alphaToCoverage?: boolean;
  shared: SharedUniforms;
}

/** A ShaderMaterial that draws sphere impostors (or rings) from the instance attributes. */
export function createImpostorMaterial(opts: ImpostorOptions): ShaderMaterial {
  const material = new ShaderMaterial({
    glslVersion: GLSL3,
    vertexShader: VERTEX,
    fragmentShader: FRAGMENT,
    defines: opts.ring ? { RING: 1 } : {},
    uniforms: {
      ...opts.shared,
      uColor: { value: opts.color },
      uRimColor: { value: opts.rimColor ?? new Color(1, 1, 1) },
      uRadiusScale: { value: opts.radiusScale ?? 1 },
      uSpecular: { value: opts.specular ?? 0.28 },
    },
    transparent: opts.ring === true,
    depthTest: opts.ring !== true,
    depthWrite: opts.ring !== true,
    alphaToCoverage: opts.ring !== true && opts.alphaToCoverage === true,
  });
  return material;
}

/** Corners and triangles of one atom's billboard (the octagon above, as a fan). */
const CORNERS = 8;
const FAN = [0, 1, 2, 0, 2, 3, 0, 3, 4, 0, 4, 5, 0, 5, 6, 0, 6, 7];

/**
 * One species' impostors: ONE non-instanced Mesh whose vertices carry their atom's centre, radius and flag
 * (8 octagon corners per atom, 6 triangles), with per-atom typed arrays as the CPU copy.
 *
 * Why not instancing: SwiftShader (the software WebGL of machines without a GPU, and of this project's
 * tests and bench) draws an instanced call instance by instance, with a fixed cost per instance that
 * dwarfs a 6-triangle billboard: the 42,104 atoms and 9,261 octahedra of a 20×20×20 supercell took
 * 1.5–2.2 s per frame instanced and about 0.45 s merged (stage/octahedra.ts likewise), same shaders, the
 * same pixels (issue #15; a scratch page timing both forms on one loaded 2-core machine). GPUs draw both
 * forms alike; the merged form costs 8× the vertex memory (32 bytes per corner plus 72 bytes of indices per
 * atom: 13.8 MB at 42,104 atoms) and a slider step writes 8 copies of each centre (about 4 MB at 20³).
 */
export class ImpostorBatch {
  readonly mesh: Mesh<BufferGeometry, ShaderMaterial>;
  readonly capacity: number;
  /** xyz per atom, Å, world space (CPU copy; `markChanged` copies it into the vertices). */
  readonly centers: Float32Array;
  readonly radii: Float32Array;
  readonly flags: Float32Array;
  private readonly centerAttr: BufferAttribute;
  private readonly radiusAttr: BufferAttribute;
  private readonly flagAttr: BufferAttribute;
  private drawn: number;

  constructor(capacity: number, material: ShaderMaterial) {
    if (!Number.isInteger(capacity) || capacity < 0) throw new RangeError(`capacity must be a non-negative integer, got ${capacity}`);
    this.capacity = capacity;
    const n = Math.max(capacity, 1);
    this.centers = new Float32Array(n * 3);
    this.radii = new Float32Array(n);
    this.flags = new Float32Array(n);
    const geometry = new BufferGeometry();
    // Static: the octagon's corners, repeated per atom, and the fan's indices.
    const corner = new Float32Array(CORNERS * 3);
    for (let k = 0; k < CORNERS; k++) {
      const a = Math.PI / 8 + (k * Math.PI) / 4;
      corner[3 * k] = BILLBOARD_VERTEX_RADIUS * Math.cos(a);
      corner[3 * k + 1] = BILLBOARD_VERTEX_RADIUS * Math.sin(a);
    }
    const pos = new Float32Array(n * CORNERS * 3);
    for (let i = 0; i < n; i++) pos.set(corner, i * CORNERS * 3);
    const index = n * CORNERS > 65535 ? new Uint32Array(n * FAN.length) : new Uint16Array(n * FAN.length);
    for (let i = 0; i < n; i++) for (let k = 0; k < FAN.length; k++) index[i * FAN.length + k] = i * CORNERS + FAN[k];
    geometry.setAttribute('position', new BufferAttribute(pos, 3));
    geometry.setIndex(new BufferAttribute(index, 1));
    this.centerAttr = new BufferAttribute(new Float32Array(n * CORNERS * 3), 3).setUsage(DynamicDrawUsage);
    this.radiusAttr = new BufferAttribute(new Float32Array(n * CORNERS), 1);
    this.flagAttr = new BufferAttribute(new Float32Array(n * CORNERS), 1);
    geometry.setAttribute('instanceCenter', this.centerAttr);
    geometry.setAttribute('instanceRadius', this.radiusAttr);
    geometry.setAttribute('instanceFlag', this.flagAttr);
    this.drawn = capacity;
    geometry.setDrawRange(0, capacity * FAN.length);
    this.mesh = new Mesh(geometry, material);
    // Bounds change with every update and the scene is small: skip culling instead of recomputing them.
    this.mesh.frustumCulled = false;
  }

  /** Atoms drawn (the first `count`). */
  get count(): number {
    return this.drawn;
  }
  set count(n: number) {
    this.drawn = Math.max(0, Math.min(this.capacity, Math.floor(n)));
    this.mesh.geometry.setDrawRange(0, this.drawn * FAN.length);
  }

  /** Call after writing `centers`, `radii` or `flags`: copies them into every corner of their atoms. */
  markChanged(which: { centers?: boolean; radii?: boolean; flags?: boolean }): void {
    if (which.centers) {
      const src = this.centers;
      const dst = this.centerAttr.array as Float32Array;
      for (let i = 0, o = 0; i < this.capacity; i++) {
        const x = src[3 * i];
        const y = src[3 * i + 1];
        const z = src[3 * i + 2];
        for (let k = 0; k < CORNERS; k++, o += 3) {
          dst[o] = x;
          dst[o + 1] = y;
          dst[o + 2] = z;
        }
      }
      this.centerAttr.needsUpdate = true;
    }
    if (which.radii) spread(this.radii, this.radiusAttr, this.capacity);
    if (which.flags) spread(this.flags, this.flagAttr, this.capacity);
  }

  /** Sets every radius to `r` (Å). */
  fillRadius(r: number): void {
    this.radii.fill(r);
    (this.radiusAttr.array as Float32Array).fill(r);
    this.radiusAttr.needsUpdate = true;
  }

  /** Disposes the geometry (the material is owned by whoever created it). */
  dispose(): void {
    this.mesh.geometry.dispose();
  }
}

/** One value per atom → the same value on each of its corners. */
function spread(src: Float32Array, attr: BufferAttribute, atoms: number): void {
  const dst = attr.array as Float32Array;
  for (let i = 0, o = 0; i < atoms; i++) {
    const v = src[i];
    for (let k = 0; k < CORNERS; k++) dst[o++] = v;
  }
  attr.needsUpdate = true;
}
