/**
 * Size ↔ gap for the three sizing models, and the inverse d(E).
 *
 * Models (E in eV; size d in nm = cube edge length L for CsPbX₃, sphere diameter for PbS):
 * - 'cube':        the default CsPbX₃ model (cubeExciton.ts): non-parabolic Kane pair energy in a cube of
 *                  edge L, cube Coulomb term, joined to exciton centre-of-mass confinement (→ E_g − E_b).
 *                  CsPbX₃ only.
 * - 'brus':        E = E_g + A/R² − B/R, R = d/2                     (brus.ts, Brus 1984)
 * - 'confinement': E = E_g + A/R²                                     (brus.ts, kinetic term only)
 * - 'moreels':     E = 0.41 + 1/(0.0252 d² + 0.283 d), PbS only       (moreels.ts, PbS paper Eq. 1)
 *
 * Each model is solved on its monotonically DECREASING branch in d. 'cube' decreases for all L > 0 towards
 * E_g − E_b (unit-tested on a fine grid for the three CsPbX₃ materials). 'confinement' and 'moreels'
 * decrease for all d > 0 (gaps above E_g, resp. 0.41 eV). The Brus curve is not monotonic: the
 * Coulomb term ~1/R outlasts the kinetic term ~1/R², so E(d) falls to a minimum E_g − B²/(4A) at
 * d* = 4A/B and then climbs back towards E_g from below. Its physical branch is 0 < d ≤ d*, and
 * the inverse is bracketed there ([tiny d, d*]) and solved by bisection to 1e-13 relative in d.
 */
import {
  assertDiameter,
  brusCoefficients,
  brusGap,
  brusMinimumGapEv,
  brusTurningPointNm,
  confinementOnlyGap,
  resolveMaterial,
  type MaterialInput,
} from './brus';
import {
  moreelsDiameter,
  moreelsGap,
  MOREELS_BULK_GAP_EV,
  MOREELS_LINEAR_PER_EV_NM,
  MOREELS_QUADRATIC_PER_EV_NM2,
} from './moreels';
import { cubeBulkLimitEv, cubeGap } from './cubeExciton';

export type GapModel = 'cube' | 'brus' | 'confinement' | 'moreels';

/** The sizing models, in menu order. */
export const GAP_MODELS: readonly GapModel[] = ['cube', 'brus', 'confinement', 'moreels'];

/** True when `value` is a known model id. */
export function isGapModel(value: unknown): value is GapModel {
  return value === 'cube' || value === 'brus' || value === 'confinement' || value === 'moreels';
}

/**
 * True when the model applies to the material: Moreels is a PbS-only empirical curve, the cube model is for
 * the CsPbX₃ cubes only.
 */
export function modelAppliesTo(material: MaterialInput, model: GapModel): boolean {
  const id = resolveMaterial(material).id;
  if (model === 'moreels') return id === 'PbS';
  if (model === 'cube') return id !== 'PbS';
  return true;
}

function assertModel(material: MaterialInput, model: GapModel): void {
  if (!isGapModel(model)) throw new RangeError(`Unknown sizing model '${String(model)}'`);
  if (!modelAppliesTo(material, model)) {
    // Developer-facing (the views never call it so; the marker picks an applicable model).
    throw new RangeError(
      model === 'cube'
        ? // English on purpose: developer-facing RangeError (never shown by the views)
          'The cube model is for CsPbX3 nanocubes, not PbS (use the Moreels curve)'
        : // English on purpose: developer-facing RangeError (never shown by the views)
          `The Moreels sizing curve is an empirical fit for PbS dots only, not ${resolveMaterial(material).id}`,
    );
  }
}

/**
 * Gap (eV) of a dot of diameter d (nm) in the chosen model. Does not restrict d to the monotonic
 * branch (use validDiameterRangeNm for that).
 * @throws RangeError for d ≤ 0, NaN, ∞, an unknown model, or 'moreels' with a material other than PbS
 */
export function gapForDiameter(material: MaterialInput, model: GapModel, diameterNm: number): number {
  assertModel(material, model);
  assertDiameter(diameterNm);
  if (model === 'cube') return cubeGap(resolveMaterial(material), diameterNm);
  if (model === 'brus') return brusGap(material, diameterNm);
  if (model === 'confinement') return confinementOnlyGap(material, diameterNm);
  return moreelsGap(diameterNm);
}

export interface DiameterRange {
  /** Exclusive lower end, nm (always 0: every model is defined for all d > 0). */
  minNm: number;
  /** Inclusive upper end of the monotonic branch, nm (Infinity when the model is monotonic for all d). */
  maxNm: number;
  /** Brus turning point d* = 4A/B (curve minimum), nm; null for the monotonic models. */
  turningPointNm: number | null;
}

/**
 * Diameters on the model's monotonic (physical) branch: (0, d*] for 'brus', (0, ∞) otherwise.
 * A view should clamp its diameter axis to maxNm.
 * @throws RangeError for an unknown model or 'moreels' with a material other than PbS
 */
export function validDiameterRangeNm(material: MaterialInput, model: GapModel): DiameterRange {
  assertModel(material, model);
  if (model === 'brus') {
    const d = brusTurningPointNm(material);
    return { minNm: 0, maxNm: d, turningPointNm: d };
  }
  return { minNm: 0, maxNm: Number.POSITIVE_INFINITY, turningPointNm: null };
}

/**
 * Gaps reachable on the monotonic branch: [E_min, ∞) for 'brus' (E_min = E_g − B²/4A, at d*),
 * (E_g, ∞) for 'confinement', (0.41, ∞) for 'moreels'. `minInclusive` says whether minEv itself is
 * reached.
 */
export function validGapRangeEv(
  material: MaterialInput,
  model: GapModel,
): { minEv: number; maxEv: number; minInclusive: boolean } {
  assertModel(material, model);
  if (model === 'brus') return { minEv: brusMinimumGapEv(material), maxEv: Number.POSITIVE_INFINITY, minInclusive: true };
  if (model === 'cube') return { minEv: cubeBulkLimitEv(resolveMaterial(material)), maxEv: Number.POSITIVE_INFINITY, minInclusive: false };
  if (model === 'confinement') {
    return { minEv: resolveMaterial(material).bulkGapEv, maxEv: Number.POSITIVE_INFINITY, minInclusive: false };
  }
  return { minEv: MOREELS_BULK_GAP_EV, maxEv: Number.POSITIVE_INFINITY, minInclusive: false };
}

/** Smallest diameter the bracket search goes down to, nm (gaps there are ~10⁴–10⁶ eV). */
const BRACKET_FLOOR_NM = 1e-4;
/** Largest diameter the bracket search goes up to for the monotonic models, nm. */
const BRACKET_CEILING_NM = 1e7;
/** Bisection stops when the bracket is this small relative to d. */
const RELATIVE_TOLERANCE = 1e-13;

/**
 * Diameter (nm) whose gap in the chosen model equals gapEv, on the model's monotonic branch
 * (bisection on a sign-changing bracket, relative precision ≈ 1e-13 in d).
 * @throws RangeError when gapEv is NaN/∞/≤ 0, or no diameter on the branch gives it: at or below the
 *   bulk gap ('confinement'), below the Brus minimum E_g − B²/4A ('brus'), at or below 0.41 eV
 *   ('moreels'), or 'moreels' with a material other than PbS.
 */
export function diameterForGap(material: MaterialInput, model: GapModel, gapEv: number): number {
  assertModel(material, model);
  if (typeof gapEv !== 'number' || !Number.isFinite(gapEv) || gapEv <= 0) {
    throw new RangeError(`Gap must be a positive finite number of eV; got ${String(gapEv)}`);
  }
  const p = resolveMaterial(material);
  const range = validGapRangeEv(p, model);
  const below = range.minInclusive ? gapEv < range.minEv : gapEv <= range.minEv;
  if (below) {
    // Developer-facing: users see the code-based refusal of lib/readouts/confinement.ts solveTarget, which
    // tests reachability the same way before calling here.
    if (model === 'brus') {
      throw new RangeError(`No ${p.id} dot has a Brus gap of ${gapEv.toFixed(4)} eV: the Brus curve's lowest gap is ${range.minEv.toFixed(4)} eV (at d = ${brusTurningPointNm(p).toFixed(1)} nm; bulk gap ${p.bulkGapEv} eV).`);
    }
    const floor = model === 'moreels' ? 'the E∞ of the Moreels curve' : model === 'cube' ? 'E_g − E_b (bulk exciton)' : 'the bulk gap';
    throw new RangeError(`No ${p.id} dot has a gap of ${gapEv.toFixed(4)} eV in the ${model} model: gaps must be above ${range.minEv} eV (${floor}).`);
  }

  const f = (d: number) => gapForDiameter(p, model, d) - gapEv; // decreasing on the branch
  let hi: number;
  if (model === 'brus') {
    hi = brusTurningPointNm(p);
    if (f(hi) >= 0) return hi; // gapEv == E_min within rounding
  } else {
    hi = 1;
    while (f(hi) > 0) {
      hi *= 2;
      if (hi > BRACKET_CEILING_NM) {
        throw new RangeError(`Gap ${gapEv} eV is too close to ${range.minEv} eV: the diameter exceeds ${BRACKET_CEILING_NM} nm.`);
      }
    }
  }
  let lo = Math.min(1, hi / 2);
  while (f(lo) < 0) {
    lo /= 2;
    if (lo < BRACKET_FLOOR_NM) {
      throw new RangeError(`Gap ${gapEv} eV is too large: the diameter would be below ${BRACKET_FLOOR_NM} nm.`);
    }
  }
  // Invariant: f(lo) ≥ 0 ≥ f(hi)
  for (let i = 0; i < 200 && hi - lo > RELATIVE_TOLERANCE * hi; i++) {
    const mid = 0.5 * (lo + hi);
    if (f(mid) >= 0) lo = mid;
    else hi = mid;
  }
  return 0.5 * (lo + hi);
}

function safeDiameter(p: MaterialInput, model: GapModel, e: number): number {
  try {
    return diameterForGap(p, model, e);
  } catch {
    return Number.NaN;
  }
}

/** Fast size ↔ gap mapping of one model with its coefficients resolved once (no input checks). */
export interface SizeGapMap {
  model: GapModel;
  /** E(d), eV. */
  gapEv(diameterNm: number): number;
  /** dE/dd, eV/nm (negative on the monotonic branch). */
  slopeEvPerNm(diameterNm: number): number;
  /**
   * Closed-form inverse d(E) on the monotonic branch, nm; NaN when E is not reachable:
   * brus: 1/R = (B + √(B² + 4AΔ))/(2A), Δ = E − E_g (the larger root = small-R branch);
   * confinement: R = √(A/Δ); moreels: see moreelsDiameter.
   */
  diameterNm(gapEv: number): number;
  /** Upper end of the monotonic branch, nm (Infinity for confinement and moreels). */
  maxDiameterNm: number;
}

/**
 * Build the size ↔ gap map of a model for repeated evaluation (broadening, plots). Equations as in
 * brus.ts / moreels.ts; the closed-form inverse agrees with diameterForGap to ~1e-12 (tested).
 * @throws RangeError for an unknown model/material or 'moreels' with a material other than PbS
 */
export function sizeGapMap(material: MaterialInput, model: GapModel): SizeGapMap {
  assertModel(material, model);
  const p = resolveMaterial(material);
  if (model === 'moreels') {
    return {
      model,
      gapEv: (d) => moreelsGap(d),
      slopeEvPerNm: (d) => {
        const q = MOREELS_QUADRATIC_PER_EV_NM2 * d * d + MOREELS_LINEAR_PER_EV_NM * d;
        return -(2 * MOREELS_QUADRATIC_PER_EV_NM2 * d + MOREELS_LINEAR_PER_EV_NM) / (q * q);
      },
      diameterNm: (e) => (e > MOREELS_BULK_GAP_EV && Number.isFinite(e) ? moreelsDiameter(e) : Number.NaN),
      maxDiameterNm: Number.POSITIVE_INFINITY,
    };
  }
  if (model === 'cube') {
    const floor = cubeBulkLimitEv(p);
    const gap = (d: number) => cubeGap(p, d);
    return {
      model,
      gapEv: gap,
      // Central difference (the model is smooth except for the C¹ join at R/a_B = 2 and 4).
      slopeEvPerNm: (d) => {
        const h = Math.max(1e-6, d * 1e-5);
        return (gap(d + h) - gap(Math.max(d - h, d / 2))) / (d + h - Math.max(d - h, d / 2));
      },
      diameterNm: (e) => (Number.isFinite(e) && e > floor ? safeDiameter(p, model, e) : Number.NaN),
      maxDiameterNm: Number.POSITIVE_INFINITY,
    };
  }
  const { kineticEvNm2: a, coulombEvNm: bFull } = brusCoefficients(p);
  const b = model === 'brus' ? bFull : 0;
  const eg = p.bulkGapEv;
  // With d = 2R: E = E_g + 4A/d² − 2B/d, dE/dd = −8A/d³ + 2B/d².
  return {
    model,
    gapEv: (d) => eg + (4 * a) / (d * d) - (2 * b) / d,
    slopeEvPerNm: (d) => (-8 * a) / (d * d * d) + (2 * b) / (d * d),
    diameterNm: (e) => {
      const delta = e - eg;
      const disc = b * b + 4 * a * delta;
      if (!(disc >= 0) || (b === 0 && delta <= 0)) return Number.NaN;
      const inverseRadius = (b + Math.sqrt(disc)) / (2 * a);
      return 2 / inverseRadius;
    },
    maxDiameterNm: model === 'brus' ? (4 * a) / b : Number.POSITIVE_INFINITY,
  };
}
