/**
 * B–X neighbour search, per-octahedron instance matrices and B–X bond segments of flat atom arrays (a
 * supercell, a nanocrystal): the polyhedral and ball-and-stick styles of the 3D view. Pure TypeScript;
 * arrays follow three.js layouts. Split out of supercell.ts (issue #16), which re-exports these names.
 */

import type { Mat3 } from './perovskite';
import { ELEMENT_CODE, computeBounds, type AtomArrays } from './atomArrays';

// ───────────────────────────────────── B–X neighbour search ──────────────────────────────────────

export interface BondPairs {
  /** Number of B–X pairs. */
  count: number;
  /** Index of the B atom of each pair. */
  bIndex: Uint32Array;
  /** Index of the X atom of each pair. */
  xIndex: Uint32Array;
}

/**
 * All B–X pairs closer than `cutoffAngstrom` (default 1.25 × bondLengthAngstrom: every rigid-octahedron
 * bond is exactly bondLengthAngstrom, and the next X shell of a B is ≥ √5/2 a_pc ≈ 2.2 bond lengths away).
 * Uniform-grid hashing with counting sort: O(count), no per-pair allocation. Pairs are ordered by B.
 */
export function findBXPairs(atoms: AtomArrays, cutoffAngstrom?: number): BondPairs {
  const cutoff = cutoffAngstrom ?? 1.25 * atoms.bondLengthAngstrom;
  if (!Number.isFinite(cutoff) || cutoff <= 0) {
    throw new RangeError(`cutoffAngstrom must be a positive finite length; got ${String(cutoff)}`);
  }
  const { count, positions, element } = atoms;
  const xCode = ELEMENT_CODE.X;
  const bCode = ELEMENT_CODE.B;
  if (count === 0) return { count: 0, bIndex: new Uint32Array(0), xIndex: new Uint32Array(0) };
  const { min, max } = computeBounds(positions, count);
  const nx = Math.max(1, Math.floor((max[0] - min[0]) / cutoff) + 1);
  const ny = Math.max(1, Math.floor((max[1] - min[1]) / cutoff) + 1);
  const nz = Math.max(1, Math.floor((max[2] - min[2]) / cutoff) + 1);
  const cellOf = (i: number): number => {
    const gx = Math.min(nx - 1, Math.floor((positions[3 * i] - min[0]) / cutoff));
    const gy = Math.min(ny - 1, Math.floor((positions[3 * i + 1] - min[1]) / cutoff));
    const gz = Math.min(nz - 1, Math.floor((positions[3 * i + 2] - min[2]) / cutoff));
    return gx + nx * (gy + ny * gz);
  };
  // Counting sort of the X atoms into grid cells.
  const start = new Uint32Array(nx * ny * nz + 1);
  let xCount = 0;
  for (let i = 0; i < count; i++) {
    if (element[i] === xCode) {
      start[cellOf(i) + 1]++;
      xCount++;
    }
  }
  for (let g = 0; g < nx * ny * nz; g++) start[g + 1] += start[g];
  const fill = start.slice(0, nx * ny * nz);
  const sorted = new Uint32Array(xCount);
  for (let i = 0; i < count; i++) if (element[i] === xCode) sorted[fill[cellOf(i)]++] = i;

  let bIndex = new Uint32Array(Math.max(16, 6 * xCount));
  let xIndex = new Uint32Array(bIndex.length);
  let pairs = 0;
  const cutoff2 = cutoff * cutoff;
  for (let i = 0; i < count; i++) {
    if (element[i] !== bCode) continue;
    const px = positions[3 * i], py = positions[3 * i + 1], pz = positions[3 * i + 2];
    const gx = Math.min(nx - 1, Math.floor((px - min[0]) / cutoff));
    const gy = Math.min(ny - 1, Math.floor((py - min[1]) / cutoff));
    const gz = Math.min(nz - 1, Math.floor((pz - min[2]) / cutoff));
    for (let z = Math.max(0, gz - 1); z <= Math.min(nz - 1, gz + 1); z++)
      for (let y = Math.max(0, gy - 1); y <= Math.min(ny - 1, gy + 1); y++)
        for (let x = Math.max(0, gx - 1); x <= Math.min(nx - 1, gx + 1); x++) {
          const g = x + nx * (y + ny * z);
          for (let s = start[g]; s < start[g + 1]; s++) {
            const j = sorted[s];
            const dx = positions[3 * j] - px, dy = positions[3 * j + 1] - py, dz = positions[3 * j + 2] - pz;
            if (dx * dx + dy * dy + dz * dz > cutoff2) continue;
            if (pairs === bIndex.length) {
              const grownB = new Uint32Array(2 * pairs);
              grownB.set(bIndex);
              bIndex = grownB;
              const grownX = new Uint32Array(2 * pairs);
              grownX.set(xIndex);
              xIndex = grownX;
            }
            bIndex[pairs] = i;
            xIndex[pairs] = j;
            pairs++;
          }
        }
  }
  return { count: pairs, bIndex: bIndex.slice(0, pairs), xIndex: xIndex.slice(0, pairs) };
}

// ───────────────────────────────────────── octahedra ─────────────────────────────────────────────

export interface OctahedraOptions {
  /**
   * false (default): one octahedron per B atom, drawn whole even where its X lie outside the drawn set
   * (the usual polyhedral picture). true: only B atoms with all 6 X present in `atoms`.
   */
  completeOnly?: boolean;
  /** Matrix buffer to reuse when it holds ≥ 16 × count floats (then returned as `matrices`). */
  out?: Float32Array;
}

export interface Octahedra {
  count: number;
  /**
   * 16 floats per octahedron: a column-major 4 × 4 matrix in three.js Matrix4.elements layout
   * (elements[4·col + row]) = T(B position) · R(octahedron rotation) · S(bond length). Apply it to a unit
   * octahedron with vertices (±1,0,0), (0,±1,0), (0,0,±1) — three's `new OctahedronGeometry(1, 0)` — in
   * one InstancedMesh: `mesh.instanceMatrix.array.set(matrices.subarray(0, 16 * count))`.
   */
  matrices: Float32Array;
  /** Index of the B atom of each octahedron. */
  atomIndex: Uint32Array;
}

const IDENTITY_ROTATION: Mat3 = [1, 0, 0, 0, 1, 0, 0, 0, 1];

function writeMatrix(
  target: Float32Array,
  offset: number,
  r: Mat3,
  sx: number,
  sy: number,
  sz: number,
  tx: number,
  ty: number,
  tz: number,
): void {
  // Column-major: column j holds the image of basis vector j = (row-major) r[3*i + j] for i = 0..2.
  target[offset] = r[0] * sx;
  target[offset + 1] = r[3] * sx;
  target[offset + 2] = r[6] * sx;
  target[offset + 3] = 0;
  target[offset + 4] = r[1] * sy;
  target[offset + 5] = r[4] * sy;
  target[offset + 6] = r[7] * sy;
  target[offset + 7] = 0;
  target[offset + 8] = r[2] * sz;
  target[offset + 9] = r[5] * sz;
  target[offset + 10] = r[8] * sz;
  target[offset + 11] = 0;
  target[offset + 12] = tx;
  target[offset + 13] = ty;
  target[offset + 14] = tz;
  target[offset + 15] = 1;
}

/**
 * Instance matrices of the BX₆ octahedra of a supercell or nanocrystal (see Octahedra.matrices).
 * The rotation of each B comes from its unit-cell atom (`unitCell.atoms[cellAtom[i]].rotation`, identity
 * when absent); the scale is bondLengthAngstrom, so vertex k of the unit octahedron lands on X_k exactly.
 */
export function buildOctahedra(atoms: AtomArrays, options: OctahedraOptions = {}): Octahedra {
  const { count, positions, element, cellAtom, unitCell } = atoms;
  const bCode = ELEMENT_CODE.B;
  let include: Uint8Array | null = null;
  if (options.completeOnly) {
    const pairs = findBXPairs(atoms);
    const xPerB = new Uint8Array(count);
    for (let p = 0; p < pairs.count; p++) xPerB[pairs.bIndex[p]]++;
    include = new Uint8Array(count);
    for (let i = 0; i < count; i++) include[i] = element[i] === bCode && xPerB[i] >= 6 ? 1 : 0;
  }
  let n = 0;
  for (let i = 0; i < count; i++) if (element[i] === bCode && (!include || include[i])) n++;
  const matrices = options.out && options.out.length >= 16 * n ? options.out : new Float32Array(16 * n);
  const atomIndex = new Uint32Array(n);
  const s = atoms.bondLengthAngstrom;
  let k = 0;
  for (let i = 0; i < count; i++) {
    if (element[i] !== bCode || (include && !include[i])) continue;
    const r = unitCell.atoms[cellAtom[i]]?.rotation ?? IDENTITY_ROTATION;
    const o = unitCell.atoms[cellAtom[i]]?.octahedronCentre;
    writeMatrix(
      matrices,
      16 * k,
      r,
      s,
      s,
      s,
      positions[3 * i] + (o ? o[0] : 0),
      positions[3 * i + 1] + (o ? o[1] : 0),
      positions[3 * i + 2] + (o ? o[2] : 0),
    );
    atomIndex[k] = i;
    k++;
  }
  return { count: n, matrices, atomIndex };
}

// ─────────────────────────────────────────── bonds ───────────────────────────────────────────────

export interface BondOptions {
  /** Pair cutoff, Å (default 1.25 × bondLengthAngstrom). */
  cutoffAngstrom?: number;
  /** Scale of the cylinder's x and z axes (default 1: give the geometry its real radius). */
  radiusAngstrom?: number;
  /**
   * B–X pairs to reuse (e.g. the previous Bonds), skipping the neighbour search. Valid while the atom
   * list keeps its topology: same unit-cell kind and repeats (supercells) or same n and termination
   * (nanocrystals), when only radii or tilt changed.
   */
  pairs?: BondPairs;
  /** Arrays to write into when large enough (e.g. the previous Bonds); otherwise new ones are allocated. */
  out?: { start: Float32Array; end: Float32Array; matrices: Float32Array };
}

export interface Bonds extends BondPairs {
  /** 3 floats per bond: the B end (x, y, z), Å. */
  start: Float32Array;
  /** 3 floats per bond: the X end (x, y, z), Å. */
  end: Float32Array;
  /**
   * 16 floats per bond, column-major three.js Matrix4 layout, for a UNIT CYLINDER ALONG +Y, HEIGHT 1,
   * CENTRED ON THE ORIGIN — three's `new CylinderGeometry(r, r, 1)`: translation = bond midpoint, local +Y
   * → B→X direction scaled by the bond length, local x/z scaled by radiusAngstrom (default 1, i.e. the
   * geometry's own radius r is used). Use either start/end (e.g. LineSegments) or the matrices.
   */
  matrices: Float32Array;
}

/**
 * B–X bonds of a supercell or nanocrystal: every pair from findBXPairs (both atoms in the drawn set),
 * as segments and as unit-cylinder instance matrices (see Bonds). For slider updates pass the previous
 * result as both `pairs` and `out`: no search, no allocation.
 * @throws RangeError for a bad radius/cutoff or `pairs` that index beyond `atoms.count`
 */
export function buildBonds(atoms: AtomArrays, options: BondOptions = {}): Bonds {
  const radius = options.radiusAngstrom ?? 1;
  if (!Number.isFinite(radius) || radius <= 0) {
    throw new RangeError(`radiusAngstrom must be a positive finite length; got ${String(radius)}`);
  }
  const pairs = options.pairs
    ? { count: options.pairs.count, bIndex: options.pairs.bIndex, xIndex: options.pairs.xIndex }
    : findBXPairs(atoms, options.cutoffAngstrom);
  for (let p = 0; p < pairs.count && options.pairs; p++) {
    if (pairs.bIndex[p] >= atoms.count || pairs.xIndex[p] >= atoms.count) {
      throw new RangeError('options.pairs does not fit this atom list (index beyond count)');
    }
  }
  const { positions } = atoms;
  const out = options.out;
  const reuse =
    out && out.start.length >= 3 * pairs.count && out.end.length >= 3 * pairs.count && out.matrices.length >= 16 * pairs.count;
  const start = reuse ? out.start : new Float32Array(3 * pairs.count);
  const end = reuse ? out.end : new Float32Array(3 * pairs.count);
  const matrices = reuse ? out.matrices : new Float32Array(16 * pairs.count);
  for (let p = 0; p < pairs.count; p++) {
    const i = pairs.bIndex[p];
    const j = pairs.xIndex[p];
    const ax = positions[3 * i], ay = positions[3 * i + 1], az = positions[3 * i + 2];
    const bx = positions[3 * j], by = positions[3 * j + 1], bz = positions[3 * j + 2];
    start[3 * p] = ax;
    start[3 * p + 1] = ay;
    start[3 * p + 2] = az;
    end[3 * p] = bx;
    end[3 * p + 1] = by;
    end[3 * p + 2] = bz;
    const dx = bx - ax, dy = by - ay, dz = bz - az;
    const len = Math.sqrt(dx * dx + dy * dy + dz * dz);
    // Orthonormal right-handed basis (e1, v, e3) with v = bond direction; the cylinder is symmetric
    // about its axis, so any e1 ⟂ v will do. Helper axis: the Cartesian axis least parallel to v.
    const vx = dx / len, vy = dy / len, vz = dz / len;
    let hx = 0, hy = 0, hz = 0;
    const ax2 = Math.abs(vx), ay2 = Math.abs(vy), az2 = Math.abs(vz);
    if (ax2 <= ay2 && ax2 <= az2) hx = 1;
    else if (ay2 <= az2) hy = 1;
    else hz = 1;
    // e3 = normalize(h × v)... choose e1 = normalize(v × h), e3 = e1 × v (so e1 × v = e3, det = +1).
    let e1x = vy * hz - vz * hy, e1y = vz * hx - vx * hz, e1z = vx * hy - vy * hx;
    const e1n = Math.sqrt(e1x * e1x + e1y * e1y + e1z * e1z);
    e1x /= e1n;
    e1y /= e1n;
    e1z /= e1n;
    const e3x = e1y * vz - e1z * vy, e3y = e1z * vx - e1x * vz, e3z = e1x * vy - e1y * vx;
    const r: Mat3 = [e1x, vx, e3x, e1y, vy, e3y, e1z, vz, e3z];
    writeMatrix(matrices, 16 * p, r, radius, len, radius, (ax + bx) / 2, (ay + by) / 2, (az + bz) / 2);
  }
  return { ...pairs, start, end, matrices };
}
