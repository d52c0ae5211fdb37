/**
 * Which orthorhombic (Pnma) structure the lattice view draws for a composition:
 *
 *  - 'published': pure CsPbBr₃ or CsPbI₃ with table radii — the reference structures of
 *    lib/data/publishedStructures.ts (published cell; CsPbBr₃ positions from DFT, γ-CsPbI₃ positions fitted
 *    to its cell with regular octahedra).
 *  - 'modelled': anything else (CsPbCl₃, mixed halides, other A cations, radius overrides) — interpolated
 *    in the Goldschmidt t by the rule below, with the size from the radii.
 *
 * Interpolation rule (documented on screen in "How is this computed?"). Each anchor structure is
 * described by (i) the displacements of its fractional coordinates from the untilted positions and
 * (ii) its cell shape ρ = (a/√2, b/2, c/√2)/a_pc with a_pc = (V/4)^⅓. With the anchors CsPbI₃ (t_I =
 * 0.851) and CsPbBr₃ (t_Br = 0.862, both Shannon radii) and the untilted cubic structure at t = 1:
 *    t ≤ t_I:          the CsPbI₃ anchor (held; no structure with more tilt was available),
 *    t_I < t < t_Br:   linear between the CsPbI₃ and CsPbBr₃ anchors,
 *    t_Br ≤ t < 1:     linear from the CsPbBr₃ anchor to no tilt at t = 1,
 *    t ≥ 1:            no tilt.
 * The size is the pseudo-cubic a_pc from the radii (lib/geometry/perovskite.ts cellParameterAngstrom):
 * a = √2 a_pc ρ_a, b = 2 a_pc ρ_b, c = √2 a_pc ρ_c. Both ingredients are linear in t, so the structure
 * changes continuously with the sliders; the symmetry stays Pnma.
 */
import {
  CSPBBR3_PNMA,
  CSPBI3_GAMMA_CELL_PNMA,
  type PnmaPerovskiteSites,
  type PublishedPerovskite,
} from '../data/publishedStructures';
import { fitRigidTiltsToCell, rigidPnmaSites } from './perovskite';

/** t of CsPbI₃ with Shannon radii r_Cs 1.88, r_Pb 1.19, r_I 2.20 Å (ionic-radii.json, Bartel's CSV). */
export const T_CSPBI3_SHANNON = (1.88 + 2.2) / (Math.SQRT2 * (1.19 + 2.2));
/** t of CsPbBr₃ with Shannon radii r_Cs 1.88, r_Pb 1.19, r_Br 1.96 Å. */
export const T_CSPBBR3_SHANNON = (1.88 + 1.96) / (Math.SQRT2 * (1.19 + 1.96));

/** γ-CsPbI₃ fitted with regular octahedra to the published cell: d, θ, γ (closed form). */
export const CSPBI3_GAMMA_FIT = fitRigidTiltsToCell(CSPBI3_GAMMA_CELL_PNMA);

/** γ-CsPbI₃ reference: published cell, positions fitted with regular octahedra. */
export const CSPBI3_PNMA: PublishedPerovskite = {
  formula: 'CsPbI3',
  halide: 'I',
  phase: 'γ (orthorhombic)',
  origin: 'cell-published-positions-fitted',
  temperatureK: 298,
  sites: rigidPnmaSites(CSPBI3_GAMMA_FIT.d, CSPBI3_GAMMA_FIT.antiPhaseDeg, CSPBI3_GAMMA_FIT.inPhaseDeg),
  citation: 'R. J. Sutton et al., ACS Energy Lett. 3, 1787 (2018)',
  doi: '10.1021/acsenergylett.8b00672',
};

export const PUBLISHED_PNMA: Readonly<Record<'CsPbBr3' | 'CsPbI3', PublishedPerovskite>> = {
  CsPbBr3: CSPBBR3_PNMA,
  CsPbI3: CSPBI3_PNMA,
};

interface Distortion {
  A: [number, number];
  X1: [number, number, number];
  X2: [number, number];
  rho: [number, number, number];
}

const IDEAL = { A: [0.5, 0.5], X1: [0.25, 0, 0.75], X2: [0, 0.5] } as const;

function distortionOf(s: PnmaPerovskiteSites): Distortion {
  const apc = Math.cbrt((s.a * s.b * s.c) / 4);
  return {
    A: [s.A[0] - IDEAL.A[0], s.A[1] - IDEAL.A[1]],
    X1: [s.X1[0] - IDEAL.X1[0], s.X1[1] - IDEAL.X1[1], s.X1[2] - IDEAL.X1[2]],
    X2: [s.X2[0] - IDEAL.X2[0], s.X2[1] - IDEAL.X2[1]],
    rho: [s.a / Math.SQRT2 / apc, s.b / 2 / apc, s.c / Math.SQRT2 / apc],
  };
}

const ZERO: Distortion = { A: [0, 0], X1: [0, 0, 0], X2: [0, 0], rho: [1, 1, 1] };
const D_I = distortionOf(CSPBI3_PNMA.sites);
const D_BR = distortionOf(CSPBBR3_PNMA.sites);

function lerp(p: Distortion, q: Distortion, w: number): Distortion {
  const l = (x: number, y: number): number => x + (y - x) * w;
  return {
    A: [l(p.A[0], q.A[0]), l(p.A[1], q.A[1])],
    X1: [l(p.X1[0], q.X1[0]), l(p.X1[1], q.X1[1]), l(p.X1[2], q.X1[2])],
    X2: [l(p.X2[0], q.X2[0]), l(p.X2[1], q.X2[1])],
    rho: [l(p.rho[0], q.rho[0]), l(p.rho[1], q.rho[1]), l(p.rho[2], q.rho[2])],
  };
}

/** The interpolated distortion for t (see the rule in the module docblock). */
function distortionForT(t: number): Distortion {
  if (!Number.isFinite(t) || t >= 1) return ZERO;
  if (t <= T_CSPBI3_SHANNON) return D_I;
  if (t < T_CSPBBR3_SHANNON) return lerp(D_I, D_BR, (t - T_CSPBI3_SHANNON) / (T_CSPBBR3_SHANNON - T_CSPBI3_SHANNON));
  return lerp(D_BR, ZERO, (t - T_CSPBBR3_SHANNON) / (1 - T_CSPBBR3_SHANNON));
}

function sitesFrom(d: Distortion, aPc: number): PnmaPerovskiteSites {
  return {
    a: Math.SQRT2 * aPc * d.rho[0],
    b: 2 * aPc * d.rho[1],
    c: Math.SQRT2 * aPc * d.rho[2],
    A: [IDEAL.A[0] + d.A[0], IDEAL.A[1] + d.A[1]],
    X1: [IDEAL.X1[0] + d.X1[0], IDEAL.X1[1] + d.X1[1], IDEAL.X1[2] + d.X1[2]],
    X2: [IDEAL.X2[0] + d.X2[0], IDEAL.X2[1] + d.X2[1]],
  };
}

/** Pnma sites modelled from t with pseudo-cubic size aPc (Å), by the interpolation rule above. */
export function modelledPnmaSites(t: number, aPc: number): PnmaPerovskiteSites {
  return sitesFrom(distortionForT(t), aPc);
}

/** The untilted structure in the Pnma setting (√2 a_pc × 2 a_pc × √2 a_pc): the cubic perovskite. */
export function untiltedPnmaSites(aPc: number): PnmaPerovskiteSites {
  return sitesFrom(ZERO, aPc);
}

/** Sites a fraction w ∈ [0, 1] of the way from `from` to `to` (coordinates and cell linearly). */
export function blendPnmaSites(from: PnmaPerovskiteSites, to: PnmaPerovskiteSites, w: number): PnmaPerovskiteSites {
  const l = (x: number, y: number): number => x + (y - x) * w;
  return {
    a: l(from.a, to.a),
    b: l(from.b, to.b),
    c: l(from.c, to.c),
    A: [l(from.A[0], to.A[0]), l(from.A[1], to.A[1])],
    X1: [l(from.X1[0], to.X1[0]), l(from.X1[1], to.X1[1]), l(from.X1[2], to.X1[2])],
    X2: [l(from.X2[0], to.X2[0]), l(from.X2[1], to.X2[1])],
  };
}

export interface PnmaChoice {
  source: 'published' | 'modelled';
  /** The reference structure when source is 'published'. */
  reference: PublishedPerovskite | null;
  sites: PnmaPerovskiteSites;
}

/**
 * The Pnma structure for a composition: published for `known` ('CsPbBr3' | 'CsPbI3', pure compound with
 * table radii), else modelled from t with a_pc from the radii.
 */
export function pnmaStructureFor(known: 'CsPbBr3' | 'CsPbI3' | null, t: number, aPc: number): PnmaChoice {
  if (known) return { source: 'published', reference: PUBLISHED_PNMA[known], sites: PUBLISHED_PNMA[known].sites };
  return { source: 'modelled', reference: null, sites: modelledPnmaSites(t, aPc) };
}
