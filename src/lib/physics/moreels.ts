/**
 * Empirical PbS sizing curve (Moreels et al., ACS Nano 3 (2009) 3023; PbS paper Eq. 1):
 *
 *   E₀(d) = 0.41 + 1 / (0.0252 d² + 0.283 d)   eV,  d = dot diameter in nm
 *
 * Checked in the project's PbS paper (Liao et al., EES Sol. 2025, 1, 1148), Eq. (1), which uses it
 * to relate 4.1 nm dots to their 1180 nm first exciton. Fitted to PbS dots of roughly 2.5–9 nm
 * (range from memory, (b)); PbS only.
 */
import { assertDiameter } from './brus';

/** E∞ of the Moreels curve (bulk PbS gap), eV. PbS paper Eq. 1; Moreels 2009. */
export const MOREELS_BULK_GAP_EV = 0.41;
/** Quadratic coefficient, eV⁻¹ nm⁻². PbS paper Eq. 1; Moreels 2009. */
export const MOREELS_QUADRATIC_PER_EV_NM2 = 0.0252;
/** Linear coefficient, eV⁻¹ nm⁻¹. PbS paper Eq. 1; Moreels 2009. */
export const MOREELS_LINEAR_PER_EV_NM = 0.283;

/**
 * PbS first-exciton (optical) gap from the Moreels sizing curve, eV:
 * E₀ = 0.41 + 1/(0.0252 d² + 0.283 d).
 * @throws RangeError for d ≤ 0, NaN or ∞
 */
export function moreelsGap(diameterNm: number): number {
  assertDiameter(diameterNm);
  return (
    MOREELS_BULK_GAP_EV +
    1 / (MOREELS_QUADRATIC_PER_EV_NM2 * diameterNm * diameterNm + MOREELS_LINEAR_PER_EV_NM * diameterNm)
  );
}

/**
 * Closed-form inverse of the Moreels curve: 0.0252 d² + 0.283 d = 1/(E − 0.41), positive root
 * d = 2k / (0.283 + √(0.283² + 4·0.0252·k)), k = 1/(E − 0.41) (written without cancellation).
 * @throws RangeError when gapEv ≤ 0.41 eV (no finite diameter), NaN or ∞
 */
export function moreelsDiameter(gapEv: number): number {
  if (typeof gapEv !== 'number' || !Number.isFinite(gapEv) || gapEv <= MOREELS_BULK_GAP_EV) {
    throw new RangeError(`The Moreels curve gives gaps above ${MOREELS_BULK_GAP_EV} eV only; got ${String(gapEv)} eV`);
  }
  const k = 1 / (gapEv - MOREELS_BULK_GAP_EV);
  const b = MOREELS_LINEAR_PER_EV_NM;
  return (2 * k) / (b + Math.sqrt(b * b + 4 * MOREELS_QUADRATIC_PER_EV_NM2 * k));
}
