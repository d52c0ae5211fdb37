/**
 * The BX₆ octahedra of a structure as ONE non-instanced mesh: 8 flat faces (24 vertices) per octahedron,
 * written from its matrix (lib/geometry/polyhedra.ts buildOctahedra: the unit octahedron's corners ±eₖ go
 * to t ± column k), face by face in the order of materials.ts createOctahedronGeometry, so the picture and
 * the blending order are those of the instanced mesh it replaces.
 *
 * Why not an InstancedMesh: SwiftShader (software WebGL: machines without a GPU, this project's tests and
 * bench) pays a fixed cost per instance that dwarfs an 8-triangle octahedron (issue #15; impostor.ts says
 * more). Vertices: position (dynamic) and a per-vertex copy of the octahedron's flag; the barycentric
 * coordinate of the edge lines comes from gl_VertexID % 3 (solid.glsl.ts BARY_FROM_VERTEX_ID), the flat
 * normal from screen-space derivatives (FLAT), so neither is stored. 16 bytes per vertex: 3.6 MB for the
 * 9,261 octahedra of a 20×20×20 supercell.
 */
import { BufferAttribute, BufferGeometry, DynamicDrawUsage, Mesh, type ShaderMaterial } from 'three';

/** Faces of the unit octahedron as corner numbers: 0 +x, 1 −x, 2 +y, 3 −y, 4 +z, 5 −z (materials.ts order). */
export const OCTAHEDRON_FACES: readonly (readonly [number, number, number])[] = [
  [0, 2, 4], [2, 1, 4], [1, 3, 4], [3, 0, 4],
  [2, 0, 5], [1, 2, 5], [3, 1, 5], [0, 3, 5],
];
const VERTS = OCTAHEDRON_FACES.length * 3;
const FACE_CORNERS = Int8Array.from(OCTAHEDRON_FACES.flat());

export class OctahedronBatch {
  readonly mesh: Mesh<BufferGeometry, ShaderMaterial>;
  readonly capacity: number;
  private readonly positionAttr: BufferAttribute;
  private readonly flagAttr: BufferAttribute;
  private drawn = 0;
  private readonly corners = new Float32Array(18);

  constructor(capacity: number, material: ShaderMaterial) {
    if (!Number.isInteger(capacity) || capacity < 0) throw new RangeError(`capacity must be a non-negative integer, got ${capacity}`);
    this.capacity = capacity;
    const n = Math.max(capacity, 1);
    const geometry = new BufferGeometry();
    this.positionAttr = new BufferAttribute(new Float32Array(n * VERTS * 3), 3).setUsage(DynamicDrawUsage);
    this.flagAttr = new BufferAttribute(new Float32Array(n * VERTS), 1);
    geometry.setAttribute('position', this.positionAttr);
    geometry.setAttribute('instanceFlag', this.flagAttr);
    this.mesh = new Mesh(geometry, material);
    this.mesh.frustumCulled = false;
    this.count = capacity;
  }

  /** Octahedra drawn (the first `count`). */
  get count(): number {
    return this.drawn;
  }
  set count(n: number) {
    this.drawn = Math.max(0, Math.min(this.capacity, Math.floor(n)));
    this.mesh.geometry.setDrawRange(0, this.drawn * VERTS);
  }

  /** Writes the vertices of the first `count` octahedra from their column-major 4×4 matrices (16 floats each). */
  setMatrices(matrices: Float32Array, count = this.capacity): void {
    const out = this.positionAttr.array as Float32Array;
    const c = this.corners;
    const n = Math.min(count, this.capacity, Math.floor(matrices.length / 16));
    for (let i = 0; i < n; i++) {
      const m = i * 16;
      // Corner 2k = t + column k, 2k + 1 = t − column k.
      for (let k = 0; k < 3; k++) {
        for (let j = 0; j < 3; j++) {
          const t = matrices[m + 12 + j];
          const col = matrices[m + 4 * k + j];
          c[6 * k + j] = t + col;
          c[6 * k + 3 + j] = t - col;
        }
      }
      let o = i * VERTS * 3;
      for (let v = 0; v < VERTS; v++, o += 3) {
        const q = FACE_CORNERS[v] * 3;
        out[o] = c[q];
        out[o + 1] = c[q + 1];
        out[o + 2] = c[q + 2];
      }
    }
    this.positionAttr.needsUpdate = true;
  }

  /** One flag per octahedron (FLAG_*, stage/flags.ts); null = all 0. */
  setFlags(flags: ArrayLike<number> | null): void {
    const out = this.flagAttr.array as Float32Array;
    for (let i = 0, o = 0; i < this.capacity; i++) {
      const f = flags ? flags[i] : 0;
      for (let v = 0; v < VERTS; v++) out[o++] = f;
    }
    this.flagAttr.needsUpdate = true;
  }

  dispose(): void {
    this.mesh.geometry.dispose();
  }
}
