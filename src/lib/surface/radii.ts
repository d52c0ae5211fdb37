/**
 * Radii and lattice parameters the surface drawing uses, all in Å.
 *
 * - Cs⁺ (CN XII), Pb²⁺ (CN VI), Cl⁻/Br⁻/I⁻ (CN VI): Shannon effective ionic radii from
 *   src/lib/data/ionicRadii.ts (Shannon, Acta Cryst. A32 (1976) 751, via ionic-radii.json).
 * - S²⁻ (CN VI) 1.84 Å: Shannon 1976, (b) well known, not in /work/shared/reference/ionic-radii.json.
 * - Cubic a of CsPbX₃ and rock-salt a of PbS: src/lib/data/structures.ts (structures.json, marking (b)).
 *
 * Drawn to scale: circles have the ionic radius; in the perovskite the Pb–X distance a/2 is slightly
 * shorter than r_Pb + r_X (ionic radii are not hard spheres), so Pb and X circles overlap a little.
 */
import { radiusAngstrom } from '../data/ionicRadii';
import { CUBIC_CELLS, PBS_ROCK_SALT, type Halide } from '../data/structures';
import type { SurfaceElement } from './types';

/** S²⁻ effective ionic radius, CN VI, Å. Shannon, Acta Cryst. A32 (1976) 751 — (b) from memory, not re-verified. */
export const SULFIDE_RADIUS_ANGSTROM = 1.84;

/** Ionic radius of an element of the surface models, Å (Shannon; CN XII for Cs⁺, CN VI otherwise). */
export function elementRadiusAngstrom(element: SurfaceElement): number {
  switch (element) {
    case 'Cs':
      return radiusAngstrom('Cs', 'shannon');
    case 'Pb':
      return radiusAngstrom('Pb', 'shannon');
    case 'Cl':
    case 'Br':
    case 'I':
      return radiusAngstrom(element, 'shannon');
    case 'S':
      return SULFIDE_RADIUS_ANGSTROM;
  }
}

/** Formal ionic charge, e. */
export function elementChargeE(element: SurfaceElement): number {
  switch (element) {
    case 'Cs':
      return 1;
    case 'Pb':
      return 2;
    case 'S':
      return -2;
    default:
      return -1;
  }
}

/** Cubic (Pm-3m) lattice parameter of CsPbX₃, Å: structures.json cubic_Pm-3m_alpha.CsPbX3.a_A (b). */
export function cubicAAngstrom(halide: Halide): number {
  return CUBIC_CELLS[halide].aAngstrom;
}

/** Rock-salt lattice parameter of PbS, Å: structures.json PbS.a_A (b), room temperature. */
export const PBS_A_ANGSTROM: number = PBS_ROCK_SALT.aAngstrom;
