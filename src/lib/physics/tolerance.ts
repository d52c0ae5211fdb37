/**
 * Structural-stability descriptors of ABX₃ perovskites from ionic radii (Å).
 *
 * - Goldschmidt tolerance factor  t = (r_A + r_X) / (√2 (r_B + r_X))      (review Eq. 1)
 * - Octahedral factor             μ = r_B / r_X                              (review Eq. 2)
 * - Bartel's tolerance factor     τ = r_X/r_B − n_A (n_A − (r_A/r_B)/ln(r_A/r_B))
 *   (C. J. Bartel et al., Sci. Adv. 5 (2019) eaav0693; perovskite predicted when τ < 4.18; defined
 *   only for r_A > r_B). n_A is the oxidation state of the A cation (1 for halide perovskites).
 *
 * Windows (review = Xu et al., Mater. Chem. Front. 2024, §2.1, copied from
 * /work/shared/reference/stability.json goldschmidt.ranges_from_review, marked (b) there and read
 * again in the review text): perovskite for 0.813 ≤ t ≤ 1.107 and 0.442 ≤ μ ≤ 0.895; cubic for
 * 0.9 ≤ t ≤ 1.0; octahedral tilting below 0.9; A cation too large above 1.0.
 */

/** Lower end of the review's perovskite t window (review §2.1; stability.json goldschmidt.ranges_from_review.t_perovskite[0]). */
export const T_PEROVSKITE_MIN = 0.813;
/** Upper end of the review's perovskite t window (review §2.1; stability.json …t_perovskite[1]). */
export const T_PEROVSKITE_MAX = 1.107;
/** Lower end of the cubic t window (review §2.1; stability.json …t_cubic[0]). */
export const T_CUBIC_MIN = 0.9;
/** Upper end of the cubic t window; above it the A cation is too large (review §2.1; stability.json …t_cubic[1]). */
export const T_CUBIC_MAX = 1.0;
/** Lower end of the octahedral-factor window (review §2.1; stability.json …mu_perovskite[0]). */
export const MU_MIN = 0.442;
/** Upper end of the octahedral-factor window (review §2.1; stability.json …mu_perovskite[1]). */
export const MU_MAX = 0.895;
/** τ threshold: perovskite predicted for τ < 4.18 (Bartel et al. 2019; stability.json bartel_tau.formula). */
export const TAU_THRESHOLD = 4.18;

/**
 * Radius (Å) above which the X site is treated as iodide-rich when the caller does not say:
 * midway between Shannon Br⁻ 1.96 Å and I⁻ 2.20 Å (ionic-radii.json), i.e. ≥ 50 % iodide.
 */
export const IODIDE_RICH_RX_ANGSTROM = 2.08;

/** Structural verdict from t and μ. */
export type PerovskitePhase = 'cubic' | 'tilted' | 'a-too-large' | 'non-perovskite';

export interface PerovskiteVerdict {
  /** Goldschmidt tolerance factor. */
  t: number;
  /** Octahedral factor. */
  mu: number;
  /** Bartel τ, or null when undefined (r_A ≤ r_B). */
  tau: number | null;
  phase: PerovskitePhase;
  /** 0.813 ≤ t ≤ 1.107 and 0.442 ≤ μ ≤ 0.895. */
  goldschmidtPerovskite: boolean;
  /** τ < 4.18, or null when τ is undefined. */
  tauPerovskite: boolean | null;
  /** Goldschmidt and τ give the same answer (true when τ is undefined: nothing to compare). */
  criteriaAgree: boolean;
  /**
   * Why: one entry per sentence, in reading order, as a code plus the numbers it needs. The views word
   * them (src/views/lattice/verdictText.ts reasonText), with the windows above as the ranges.
   */
  reasons: VerdictReason[];
}

/**
 * One reason of a verdict (no prose here: lib stays locale-free, issue #7). Numbers are unrounded.
 * - t-below-window / t-above-window / t-inside-window: t against 0.813–1.107
 * - mu-below-window / mu-above-window / mu-inside-window: μ against 0.442–0.895
 * - phase-cubic (0.9 ≤ t ≤ 1.0), phase-tilted (t < 0.9), phase-a-too-large (t > 1.0)
 * - tau-undefined (r_A ≤ r_B), tau-perovskite (τ < 4.18), tau-non-perovskite (τ ≥ 4.18)
 * - criteria-disagree-tau-no: t and μ inside the windows but τ ≥ 4.18;
 *   criteria-disagree-tau-yes: τ < 4.18 but t or μ outside
 * - iodide-delta-phase: an iodide outside the windows (yellow δ-phase, review §2.1);
 *   iodide-cspbi3-situation: an iodide inside the windows that τ rejects (CsPbI₃, review §2.1)
 */
export type VerdictReason =
  | { code: 't-below-window'; t: number }
  | { code: 't-above-window'; t: number }
  | { code: 't-inside-window'; t: number }
  | { code: 'mu-below-window'; mu: number }
  | { code: 'mu-above-window'; mu: number }
  | { code: 'mu-inside-window'; mu: number }
  | { code: 'phase-cubic'; t: number }
  | { code: 'phase-tilted'; t: number }
  | { code: 'phase-a-too-large'; t: number }
  | { code: 'tau-undefined'; rA: number; rB: number }
  | { code: 'tau-perovskite'; tau: number }
  | { code: 'tau-non-perovskite'; tau: number }
  | { code: 'criteria-disagree-tau-no'; tau: number }
  | { code: 'criteria-disagree-tau-yes'; tau: number }
  | { code: 'iodide-delta-phase' }
  | { code: 'iodide-cspbi3-situation' };

export type VerdictReasonCode = VerdictReason['code'];

function assertRadius(value: number, name: string): void {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
    throw new RangeError(`${name} must be a positive finite radius in Å; got ${String(value)}`);
  }
}

/**
 * Goldschmidt tolerance factor t = (r_A + r_X) / (√2 (r_B + r_X)) (review Eq. 1; Goldschmidt 1926).
 * @throws RangeError when a radius is ≤ 0, NaN or infinite
 */
export function toleranceFactor(rA: number, rB: number, rX: number): number {
  assertRadius(rA, 'rA');
  assertRadius(rB, 'rB');
  assertRadius(rX, 'rX');
  return (rA + rX) / (Math.SQRT2 * (rB + rX));
}

/**
 * Octahedral factor μ = r_B / r_X (review Eq. 2).
 * @throws RangeError when a radius is ≤ 0, NaN or infinite
 */
export function octahedralFactor(rB: number, rX: number): number {
  assertRadius(rB, 'rB');
  assertRadius(rX, 'rX');
  return rB / rX;
}

/**
 * Bartel's tolerance factor τ = r_X/r_B − n_A (n_A − (r_A/r_B)/ln(r_A/r_B))
 * (Bartel et al., Sci. Adv. 5 (2019) eaav0693, Eq. 2; code PredictPerovskites.py in
 * CJBartel/perovskite-stability). Perovskite is predicted for τ < 4.18.
 *
 * @param nA oxidation state of the A cation (1 for A⁺B²⁺X⁻₃ halide perovskites)
 * @returns τ, or `null` when r_A ≤ r_B: ln(r_A/r_B) ≤ 0 and Bartel et al. leave τ undefined there
 *          (their code returns NaN).
 * @throws RangeError when a radius is ≤ 0, NaN or infinite, or nA is not a positive finite number
 */
export function bartelTau(rA: number, rB: number, rX: number, nA = 1): number | null {
  assertRadius(rA, 'rA');
  assertRadius(rB, 'rB');
  assertRadius(rX, 'rX');
  if (typeof nA !== 'number' || !Number.isFinite(nA) || nA <= 0) {
    throw new RangeError(`nA (A-site oxidation state) must be a positive finite number; got ${String(nA)}`);
  }
  if (rA <= rB) return null;
  const ratio = rA / rB;
  return rX / rB - nA * (nA - ratio / Math.log(ratio));
}

/**
 * Phase class from t and μ with the review's windows (boundaries inclusive as written in the review:
 * "in the range of 0.813 to 1.107", "between 0.9 and 1.0", μ "between 0.442 and 0.895"):
 * - μ outside [0.442, 0.895] or t < 0.813 → 'non-perovskite'
 * - t > 1.0 → 'a-too-large' (for 1.0 < t ≤ 1.107 the t window still counts it as perovskite-forming,
 *   but the review says the A cation is too large for the cubic cage above 1; above 1.107 it is
 *   outside the window as well)
 * - 0.9 ≤ t ≤ 1.0 → 'cubic'
 * - 0.813 ≤ t < 0.9 → 'tilted' (octahedral tilting: tetragonal/orthorhombic)
 * @throws RangeError for a non-finite t or μ
 */
export function classifyPhase(t: number, mu: number): PerovskitePhase {
  if (!Number.isFinite(t) || !Number.isFinite(mu)) {
    throw new RangeError(`t and μ must be finite; got t=${String(t)}, μ=${String(mu)}`);
  }
  if (mu < MU_MIN || mu > MU_MAX) return 'non-perovskite';
  if (t < T_PEROVSKITE_MIN) return 'non-perovskite';
  if (t > T_CUBIC_MAX) return 'a-too-large';
  if (t >= T_CUBIC_MIN) return 'cubic';
  return 'tilted';
}

/** True when 0.813 ≤ t ≤ 1.107 and 0.442 ≤ μ ≤ 0.895 (review §2.1). */
export function isGoldschmidtPerovskite(t: number, mu: number): boolean {
  return t >= T_PEROVSKITE_MIN && t <= T_PEROVSKITE_MAX && mu >= MU_MIN && mu <= MU_MAX;
}

export interface VerdictOptions {
  /**
   * Whether the X site is (mostly) iodide, for the δ-phase sentence. When omitted it is inferred as
   * rX ≥ IODIDE_RICH_RX_ANGSTROM (2.08 Å).
   */
  iodide?: boolean;
  /**
   * Radii for Bartel's τ when they differ from those of t and μ, Å. τ's threshold 4.18 is calibrated on
   * Shannon radii (Bartel et al. 2019), so the lattice view always passes the Shannon/Kieslich radii
   * here, whichever set t and μ use.
   */
  tauRadii?: { rA: number; rB: number; rX: number };
}

/**
 * Goldschmidt + octahedral + Bartel verdict for radii r_A, r_B, r_X (Å), with the reasons as codes
 * (see VerdictReason). Uses the review's windows (see classifyPhase) and Bartel's τ < 4.18.
 * @throws RangeError when a radius is ≤ 0, NaN or infinite
 */
export function perovskiteVerdict(
  rA: number,
  rB: number,
  rX: number,
  options: VerdictOptions = {},
): PerovskiteVerdict {
  const t = toleranceFactor(rA, rB, rX);
  const mu = octahedralFactor(rB, rX);
  const tr = options.tauRadii ?? { rA, rB, rX };
  const tau = bartelTau(tr.rA, tr.rB, tr.rX, 1);
  const phase = classifyPhase(t, mu);
  const goldschmidtPerovskite = isGoldschmidtPerovskite(t, mu);
  const tauPerovskite = tau === null ? null : tau < TAU_THRESHOLD;
  const criteriaAgree = tauPerovskite === null ? true : tauPerovskite === goldschmidtPerovskite;
  const iodide = options.iodide ?? rX >= IODIDE_RICH_RX_ANGSTROM;
  const reasons: VerdictReason[] = [];

  // t window
  if (t < T_PEROVSKITE_MIN) reasons.push({ code: 't-below-window', t });
  else if (t > T_PEROVSKITE_MAX) reasons.push({ code: 't-above-window', t });
  else reasons.push({ code: 't-inside-window', t });

  // μ window
  if (mu < MU_MIN) reasons.push({ code: 'mu-below-window', mu });
  else if (mu > MU_MAX) reasons.push({ code: 'mu-above-window', mu });
  else reasons.push({ code: 'mu-inside-window', mu });

  // phase within the window
  if (phase === 'cubic') reasons.push({ code: 'phase-cubic', t });
  else if (phase === 'tilted') reasons.push({ code: 'phase-tilted', t });
  else if (phase === 'a-too-large') reasons.push({ code: 'phase-a-too-large', t });

  // Bartel τ
  if (tau === null) reasons.push({ code: 'tau-undefined', rA: tr.rA, rB: tr.rB });
  else if (tauPerovskite) reasons.push({ code: 'tau-perovskite', tau });
  else reasons.push({ code: 'tau-non-perovskite', tau });

  if (!criteriaAgree && tau !== null) {
    reasons.push({ code: goldschmidtPerovskite ? 'criteria-disagree-tau-no' : 'criteria-disagree-tau-yes', tau });
  }

  if (iodide && phase === 'non-perovskite') reasons.push({ code: 'iodide-delta-phase' });
  else if (iodide && tauPerovskite === false) reasons.push({ code: 'iodide-cspbi3-situation' });

  return { t, mu, tau, phase, goldschmidtPerovskite, tauPerovskite, criteriaAgree, reasons };
}
