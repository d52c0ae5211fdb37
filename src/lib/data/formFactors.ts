/**
 * X-ray atomic form factors f₀(s) of the neutral atoms the app draws, s = sin θ / λ (Å⁻¹):
 *
 *     f₀(s) = c + Σᵢ₌₁⁵ aᵢ exp(−bᵢ s²)        (electrons; f₀(0) ≈ Z)
 *
 * Source: D. Waasmaier & A. Kirfel, "New analytical scattering-factor functions for free atoms and ions",
 * Acta Cryst. A51 (1995) 416 — five-Gaussian fits to the International Tables for Crystallography
 * Vol. C (1992) Table 6.1.1.1 (neutral atoms), valid for 0 ≤ s ≤ 6 Å⁻¹.
 * Copied (only these 14 elements, unchanged) from the DABAX file f0_WaasKirf.dat as distributed in
 * github.com/pkienzle/periodictable, path periodictable/xsf/f0_WaasKirf.dat, repository commit
 * b36d7bf9def086c1e5a7a62d29e25d8e79f5a8f2 (file last changed in 62b8b8dc548616c534dd273905364bbe7d85a5f2).
 * Column order there: a1 a2 a3 a4 a5 c b1 b2 b3 b4 b5 (b in Å²).
 *
 * Neutral atoms, no anomalous dispersion (f′, f″ = 0) and no thermal motion (Debye–Waller B = 0): the
 * same simplifications as pymatgen's XRDCalculator default.
 *
 * Molecular A cations (MA⁺ CH₃NH₃⁺, FA⁺ HC(NH₂)₂⁺, GA⁺ C(NH₂)₃⁺) are scattered as the sum of their C, N
 * and H atoms all placed at the cavity centre (MOLECULAR_CATION_ATOMS): at Cu Kα angles their ~18
 * electrons spread over ~1.3 Å act almost like one point scatterer, and the molecules are orientationally
 * disordered in the cubic and tetragonal phases. A documented approximation, not a refinement.
 */

/** Elements with form-factor coefficients here. */
export type FormFactorElement = 'H' | 'C' | 'N' | 'F' | 'S' | 'Cl' | 'K' | 'Ge' | 'Br' | 'Rb' | 'Sn' | 'I' | 'Cs' | 'Pb';

export interface FormFactorCoefficients {
  /** Atomic number Z. */
  z: number;
  /** a₁…a₅, electrons. */
  a: readonly [number, number, number, number, number];
  /** b₁…b₅, Å². */
  b: readonly [number, number, number, number, number];
  /** c, electrons. */
  c: number;
}

/**
 * Waasmaier–Kirfel (1995) coefficients, neutral atoms; periodictable f0_WaasKirf.dat (commit above),
 * rows '#S 1 H' … '#S 82 Pb', copied digit for digit.
 */
export const WAASMAIER_KIRFEL: Readonly<Record<FormFactorElement, FormFactorCoefficients>> = {
  H: { z: 1, a: [0.413048, 0.294953, 0.187491, 0.080701, 0.023736], c: 0.000049, b: [15.569946, 32.398468, 5.711404, 61.889874, 1.334118] },
  C: { z: 6, a: [2.657506, 1.078079, 1.490909, -4.24107, 0.713791], c: 4.297983, b: [14.780758, 0.776775, 42.086842, -0.000294, 0.239535] },
  N: { z: 7, a: [11.89378, 3.277479, 1.858092, 0.858927, 0.912985], c: -11.804902, b: [0.000158, 10.232723, 30.34469, 0.656065, 0.217287] },
  F: { z: 9, a: [3.511943, 2.772244, 0.678385, 0.915159, 1.089261], c: 0.032557, b: [10.687859, 4.380466, 0.093982, 27.255203, 0.313066] },
  S: { z: 16, a: [6.372157, 5.154568, 1.473732, 1.635073, 1.209372], c: 0.154722, b: [1.514347, 22.092527, 0.061373, 55.445175, 0.646925] },
  Cl: { z: 17, a: [1.446071, 6.870609, 6.151801, 1.750347, 0.634168], c: 0.146773, b: [0.052357, 1.193165, 18.343416, 46.398396, 0.401005] },
  K: { z: 19, a: [8.163991, 7.146945, 1.07014, 0.877316, 1.486434], c: 0.253614, b: [12.816323, 0.808945, 210.327011, 39.597652, 0.052821] },
  Ge: { z: 32, a: [16.540613, 1.5679, 3.727829, 3.345098, 6.785079], c: 0.018726, b: [2.866618, 0.012198, 13.432163, 58.866047, 0.210974] },
  Br: { z: 35, a: [17.55057, 5.411882, 3.93718, 3.880645, 6.707793], c: -2.492088, b: [2.119226, 16.557184, 0.002481, 42.164009, 0.162121] },
  Rb: { z: 37, a: [8.123134, 2.138042, 6.761702, 1.156051, 17.679546], c: 1.139548, b: [15.142385, 33.542667, 0.129372, 224.132507, 1.713368] },
  Sn: { z: 50, a: [19.325171, 6.281571, 4.498866, 1.856934, 17.917318], c: 0.119024, b: [6.118104, 0.036915, 32.529045, 95.037186, 0.565651] },
  I: { z: 53, a: [19.884502, 6.736593, 8.110516, 1.170953, 17.548716], c: -0.448811, b: [4.628591, 0.027754, 31.849096, 84.406387, 0.46355] },
  Cs: { z: 55, a: [17.418674, 8.314444, 10.323193, 1.383834, 19.876251], c: -2.322802, b: [0.399828, 0.016872, 25.605827, 233.339676, 3.826915] },
  Pb: { z: 82, a: [16.419567, 32.73859, 6.530247, 2.342742, 19.916475], c: 4.049824, b: [0.105499, 1.055049, 25.02589, 80.906593, 6.664449] },
};

/** Atoms of each molecular A cation (chemical formulas: MA⁺ CH₆N⁺, FA⁺ CH₅N₂⁺, GA⁺ CH₆N₃⁺). */
export const MOLECULAR_CATION_ATOMS: Readonly<Record<'MA' | 'FA' | 'GA', Readonly<Partial<Record<FormFactorElement, number>>>>> = {
  MA: { C: 1, N: 1, H: 6 },
  FA: { C: 1, N: 2, H: 5 },
  GA: { C: 1, N: 3, H: 6 },
};

export function isFormFactorElement(symbol: string): symbol is FormFactorElement {
  return Object.prototype.hasOwnProperty.call(WAASMAIER_KIRFEL, symbol);
}

/**
 * f₀(s) in electrons for s = sin θ / λ in Å⁻¹ (Waasmaier–Kirfel, see the file header).
 * @throws RangeError for an element without coefficients or s outside [0, 6] Å⁻¹ (the fit's range)
 */
export function atomicFormFactor(symbol: FormFactorElement, sPerAngstrom: number): number {
  const coefficients = WAASMAIER_KIRFEL[symbol];
  if (!coefficients) throw new RangeError(`no form-factor coefficients for '${String(symbol)}'`);
  if (!Number.isFinite(sPerAngstrom) || sPerAngstrom < 0 || sPerAngstrom > 6) {
    throw new RangeError(`s = sin(theta)/lambda must lie in [0, 6] 1/Å; got ${String(sPerAngstrom)}`);
  }
  const s2 = sPerAngstrom * sPerAngstrom;
  let f = coefficients.c;
  for (let i = 0; i < 5; i++) f += coefficients.a[i] * Math.exp(-coefficients.b[i] * s2);
  return f;
}
