/**
 * Photon wavelength ↔ photon energy: λ = hc/E.
 *
 * λ(nm) = HC_EV_NM / E(eV), with HC_EV_NM = 1239.841984 eV nm (CODATA 2018 h, c, e; see constants.ts).
 * Both directions throw RangeError for 0, negative, NaN or infinite input.
 */
import { HC_EV_NM } from './constants';

function assertPositiveFinite(value: number, name: string, unit: string): void {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
    throw new RangeError(`${name} must be a positive finite number of ${unit}; got ${String(value)}`);
  }
}

/**
 * Photon wavelength for a photon (or gap) energy: λ = hc/E.
 * @param gapEv photon energy in eV (> 0, finite)
 * @returns wavelength in nm
 * @throws RangeError for gapEv ≤ 0, NaN or ±∞
 */
export function wavelengthFromGap(gapEv: number): number {
  assertPositiveFinite(gapEv, 'Energy', 'eV');
  return HC_EV_NM / gapEv;
}

/**
 * Photon energy for a wavelength: E = hc/λ.
 * @param wavelengthNm wavelength in nm (> 0, finite)
 * @returns energy in eV
 * @throws RangeError for wavelengthNm ≤ 0, NaN or ±∞
 */
export function gapFromWavelength(wavelengthNm: number): number {
  assertPositiveFinite(wavelengthNm, 'Wavelength', 'nm');
  return HC_EV_NM / wavelengthNm;
}
