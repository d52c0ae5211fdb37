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
  /** Plain-English sentences with the numbers and the ranges. */
  reasons: string[];
}

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
}

const f3 = (x: number) => x.toFixed(3);
const f2 = (x: number) => x.toFixed(2);

/**
 * Goldschmidt + octahedral + Bartel verdict for radii r_A, r_B, r_X (Å), with reasons in plain English.
 * Uses the review's windows (see classifyPhase) and Bartel's τ < 4.18.
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
  const tau = bartelTau(rA, rB, rX, 1);
  const phase = classifyPhase(t, mu);
  const goldschmidtPerovskite = isGoldschmidtPerovskite(t, mu);
  const tauPerovskite = tau === null ? null : tau < TAU_THRESHOLD;
  const criteriaAgree = tauPerovskite === null ? true : tauPerovskite === goldschmidtPerovskite;
  const iodide = options.iodide ?? rX >= IODIDE_RICH_RX_ANGSTROM;
  const reasons: string[] = [];

  // t window
  if (t < T_PEROVSKITE_MIN) {
    reasons.push(
      `The tolerance factor t = ${f3(t)} is below ${T_PEROVSKITE_MIN}, the lower end of the perovskite range ${T_PEROVSKITE_MIN}–${T_PEROVSKITE_MAX}: the A cation is too small to hold the corner-sharing octahedral framework.`,
    );
  } else if (t > T_PEROVSKITE_MAX) {
    reasons.push(
      `The tolerance factor t = ${f3(t)} is above ${T_PEROVSKITE_MAX}, the upper end of the perovskite range ${T_PEROVSKITE_MIN}–${T_PEROVSKITE_MAX}: the A cation is far too large for the cage.`,
    );
  } else {
    reasons.push(
      `The tolerance factor t = ${f3(t)} lies inside the perovskite range ${T_PEROVSKITE_MIN}–${T_PEROVSKITE_MAX}.`,
    );
  }

  // μ window
  if (mu < MU_MIN) {
    reasons.push(
      `The octahedral factor μ = ${f3(mu)} is below ${MU_MIN} (stable range ${MU_MIN}–${MU_MAX}): the B cation is too small for a stable BX₆ octahedron.`,
    );
  } else if (mu > MU_MAX) {
    reasons.push(
      `The octahedral factor μ = ${f3(mu)} is above ${MU_MAX} (stable range ${MU_MIN}–${MU_MAX}): the B cation is too large for a stable BX₆ octahedron.`,
    );
  } else {
    reasons.push(`The octahedral factor μ = ${f3(mu)} lies inside the stable range ${MU_MIN}–${MU_MAX}.`);
  }

  // phase within the window
  if (phase === 'cubic') {
    reasons.push(
      `t = ${f3(t)} is within ${T_CUBIC_MIN}–${T_CUBIC_MAX}, the range in which the review expects the cubic (α) structure.`,
    );
  } else if (phase === 'tilted') {
    reasons.push(
      `t = ${f3(t)} is below ${T_CUBIC_MIN}: the BX₆ octahedra tilt, giving a distorted (tetragonal or orthorhombic) perovskite rather than the cubic one.`,
    );
  } else if (phase === 'a-too-large') {
    reasons.push(
      `t = ${f3(t)} is above ${T_CUBIC_MAX}: the review says the A cation is then too large for the cubic perovskite cage (hexagonal or layered structures compete).`,
    );
  }

  // Bartel τ
  if (tau === null) {
    reasons.push(
      `Bartel's τ is undefined because r_A = ${f2(rA)} Å is not larger than r_B = ${f2(rB)} Å (τ needs r_A > r_B).`,
    );
  } else if (tauPerovskite) {
    reasons.push(`Bartel's τ = ${f2(tau)} is below ${TAU_THRESHOLD}, so τ predicts a perovskite.`);
  } else {
    reasons.push(`Bartel's τ = ${f2(tau)} is not below ${TAU_THRESHOLD}, so τ predicts a non-perovskite.`);
  }

  if (!criteriaAgree) {
    reasons.push(
      goldschmidtPerovskite
        ? `The two criteria disagree: t and μ are inside the review's ranges, but τ = ${f2(tau as number)} ≥ ${TAU_THRESHOLD} predicts a non-perovskite; such compounds are often perovskite only at high temperature or metastable at room temperature.`
        : `The two criteria disagree: τ = ${f2(tau as number)} < ${TAU_THRESHOLD} predicts a perovskite, but t and μ fall outside the review's ranges.`,
    );
  }

  if (iodide && phase === 'non-perovskite') {
    reasons.push(
      'For an iodide this corresponds to the yellow non-perovskite δ-phase (edge-sharing octahedra), the phase CsPbI₃ forms at room temperature (review §2.1).',
    );
  } else if (iodide && tauPerovskite === false) {
    reasons.push(
      'This is the CsPbI₃ situation: the black perovskite phases (α cubic, β tetragonal, γ orthorhombic) are reached only at high temperature or kept metastable, and the yellow non-perovskite δ-phase is thermodynamically stable at room temperature (review §2.1).',
    );
  }

  return { t, mu, tau, phase, goldschmidtPerovskite, tauPerovskite, criteriaAgree, reasons };
}
