/**
 * Peak widths of a small crystal by the Scherrer equation — the quick estimate the diffraction panel draws
 * beside the Debye curve (physics/debye.ts), which needs no such formula.
 *
 * Scherrer estimate (P. Scherrer, Göttinger Nachrichten 1918, 98): β = K λ / (L cos θ), β the full width
 * at half maximum in radians of 2θ, L the crystal size. K = SCHERRER_K_CUBE = 0.8859, computed here: a
 * cube of edge L diffracting from its {h00} planes has the line profile sin²(π L Δs)/(π L Δs)² in
 * s = 2 sin θ/λ (the shape transform along the face normal), whose FWHM is Δs = 2 x½/(π L) with
 * sin² x½ / x½² = ½, x½ = 1.39156; Δs = (2 cos θ/λ) Δθ and β = 2Δθ give K = 2 x½/π. (The often quoted
 * K ≈ 0.9 is this number rounded.)
 */
import { CU_KALPHA1_ANGSTROM } from './xrd';

/** x½ with sin²x/x² = ½, solved by bisection (dimensionless). */
export const SINC_SQUARED_HALF_WIDTH: number = (() => {
  let lo = 1;
  let hi = 2;
  for (let i = 0; i < 80; i++) {
    const mid = (lo + hi) / 2;
    const v = (Math.sin(mid) / mid) ** 2;
    if (v > 0.5) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
})();

/** Scherrer constant of a cube's {h00} reflections for the FWHM: K = 2 x½ / π ≈ 0.8859 (file header). */
export const SCHERRER_K_CUBE: number = (2 * SINC_SQUARED_HALF_WIDTH) / Math.PI;

/**
 * Scherrer FWHM of a peak, degrees of 2θ: β = K λ / (L cos θ) (file header).
 * @throws RangeError for a size, wavelength or K ≤ 0, or 2θ outside (0, 180)
 */
export function scherrerFwhmDeg(
  sizeNm: number,
  twoThetaDeg: number,
  options: { wavelengthAngstrom?: number; k?: number } = {},
): number {
  const wavelength = options.wavelengthAngstrom ?? CU_KALPHA1_ANGSTROM;
  const k = options.k ?? SCHERRER_K_CUBE;
  for (const [value, name] of [[sizeNm, 'sizeNm'], [wavelength, 'wavelengthAngstrom'], [k, 'k']] as const) {
    if (!Number.isFinite(value) || value <= 0) throw new RangeError(`${name} must be positive and finite; got ${String(value)}`);
  }
  if (!Number.isFinite(twoThetaDeg) || twoThetaDeg <= 0 || twoThetaDeg >= 180) {
    throw new RangeError(`2θ must lie in (0, 180)°; got ${String(twoThetaDeg)}`);
  }
  const theta = ((twoThetaDeg / 2) * Math.PI) / 180;
  return ((k * wavelength) / (sizeNm * 10 * Math.cos(theta)) * 180) / Math.PI;
}

/**
 * Sum of Gaussian peaks on a 2θ grid: each peak of area ∝ its intensity, FWHM from the Scherrer equation
 * for a crystal of `sizeNm` (the quick estimate beside the Debye curve), scaled so the highest sample is 100.
 */
export function scherrerBroadenedCurve(
  peaks: readonly { twoThetaDeg: number; intensity: number }[],
  sizeNm: number,
  options: { wavelengthAngstrom?: number; twoThetaMinDeg?: number; twoThetaMaxDeg?: number; stepDeg?: number } = {},
): { twoThetaDeg: Float64Array; intensity: Float64Array } {
  const minDeg = options.twoThetaMinDeg ?? 10;
  const maxDeg = options.twoThetaMaxDeg ?? 60;
  const step = options.stepDeg ?? 0.05;
  if (!(minDeg < maxDeg) || !(step > 0) || (maxDeg - minDeg) / step > 20000) throw new RangeError('bad 2θ grid');
  const samples = Math.floor((maxDeg - minDeg) / step + 1e-9) + 1;
  const twoTheta = Float64Array.from({ length: samples }, (_, i) => minDeg + i * step);
  const intensity = new Float64Array(samples);
  for (const peak of peaks) {
    const fwhm = scherrerFwhmDeg(sizeNm, peak.twoThetaDeg, { wavelengthAngstrom: options.wavelengthAngstrom });
    const sigma = fwhm / (2 * Math.sqrt(2 * Math.LN2));
    const height = peak.intensity / (sigma * Math.sqrt(2 * Math.PI));
    const lo = Math.max(0, Math.floor((peak.twoThetaDeg - 6 * sigma - minDeg) / step));
    const hi = Math.min(samples - 1, Math.ceil((peak.twoThetaDeg + 6 * sigma - minDeg) / step));
    for (let i = lo; i <= hi; i++) {
      const d = (twoTheta[i] - peak.twoThetaDeg) / sigma;
      intensity[i] += height * Math.exp(-0.5 * d * d);
    }
  }
  let max = 0;
  for (const v of intensity) max = Math.max(max, v);
  if (max > 0) for (let i = 0; i < samples; i++) intensity[i] = (100 * intensity[i]) / max;
  return { twoThetaDeg: twoTheta, intensity };
}
