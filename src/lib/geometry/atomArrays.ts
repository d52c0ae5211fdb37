/**
 * Flat per-atom arrays shared by supercells (supercell.ts), nanocrystals (nanocrystal.ts) and the PbS dot
 * (pbsDot.ts), with the element codes and the bounding box. Split out of supercell.ts (issue #16) so the
 * octahedra and bond builders (polyhedra.ts) read them without a cycle; supercell.ts re-exports them.
 */

import type { AtomElement, UnitCell, Vec3 } from './perovskite';

/** Element codes in `element` arrays. */
export const ELEMENT_CODE: Readonly<Record<AtomElement, number>> = { A: 0, B: 1, X: 2 };

export interface Bounds {
  /** Smallest x, y, z over the atoms, Å. */
  min: Vec3;
  /** Largest x, y, z over the atoms, Å. */
  max: Vec3;
  /** Largest distance of an atom from the origin, Å (for camera framing). */
  radius: number;
}

/** Flat per-atom arrays shared by supercells and nanocrystals. */
export interface AtomArrays {
  /** Number of atoms. Only the first `count` entries of each array are meaningful (buffers may be larger when reused). */
  count: number;
  /** 3 floats per atom: x, y, z in Å, centred on the origin. */
  positions: Float32Array;
  /** Element code per atom: 0 = A (Cs), 1 = B (Pb), 2 = X (halide). See ELEMENT_CODE. */
  element: Uint8Array;
  /** Site index per atom, into `siteLabels`. */
  site: Uint16Array;
  /** Site labels, e.g. ['Pb1', 'X1', 'Cs1'] (cubic) or ['Pb1', 'X1', 'X2', 'Cs1'] (orthorhombic). */
  siteLabels: string[];
  /** Index of each atom's generating atom in `unitCell.atoms` (gives the octahedron rotation of a B). */
  cellAtom: Uint16Array;
  /** The unit cell the atoms were generated from. */
  unitCell: UnitCell;
  /** Nominal B–X bond length, Å (rigid octahedra: aPseudoCubic/2). */
  bondLengthAngstrom: number;
  bounds: Bounds;
}

/** Bounding box and radius of the first `count` positions. */
export function computeBounds(positions: Float32Array, count: number): Bounds {
  if (count === 0) return { min: [0, 0, 0], max: [0, 0, 0], radius: 0 };
  let minX = Infinity, minY = Infinity, minZ = Infinity;
  let maxX = -Infinity, maxY = -Infinity, maxZ = -Infinity;
  let r2 = 0;
  for (let i = 0; i < count; i++) {
    const x = positions[3 * i], y = positions[3 * i + 1], z = positions[3 * i + 2];
    if (x < minX) minX = x;
    if (y < minY) minY = y;
    if (z < minZ) minZ = z;
    if (x > maxX) maxX = x;
    if (y > maxY) maxY = y;
    if (z > maxZ) maxZ = z;
    const d2 = x * x + y * y + z * z;
    if (d2 > r2) r2 = d2;
  }
  return { min: [minX, minY, minZ], max: [maxX, maxY, maxZ], radius: Math.sqrt(r2) };
}
