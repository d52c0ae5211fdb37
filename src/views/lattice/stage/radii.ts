/**
 * Drawn sizes of the lattice picture, without three.js (the 3D view's materials and the static poster of
 * the stage both draw with them; stage/materials.ts re-exports them).
 */
import type { LatticeStyle, Species } from './species';

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
