/**
 * Brus effective-mass model of the lowest exciton of a spherical quantum dot of radius R = d/2:
 *
 *   E(d) = E_g + ħ²π²/(2R²) · (1/m_e* + 1/m_h*) − 1.786 e²/(4π ε₀ ε R)
 *
 * (L. E. Brus, J. Chem. Phys. 80 (1984) 4403, Eq. for the lowest excited state with infinite
 * barriers; the 1.786 Coulomb coefficient is the first-order electron–hole attraction for the 1s–1s
 * state, also Kayanuma, Phys. Rev. B 38 (1988) 9797 — coefficient quoted from memory, (b)).
 * Material parameters from data/materials.ts (mostly (b), unverified). m* in units of m₀; ε is the
 * material's dielectric constant as listed there (optical ε∞). Energies in eV, sizes in nm.
 *
 * Validity: the model is the strong-confinement limit (R ≲ exciton Bohr radius); for large R the
 * Coulomb term ~1/R outlasts the kinetic term ~1/R², so E(d) dips below E_g, reaching a minimum
 * E_g − B²/(4A) at d* = 4A/B (see brusTurningPointNm) and returning to E_g from below. Only d < d*
 * is the physical (monotonic) branch; inverse.ts solves there.
 */
import {
  BOHR_RADIUS_M,
  ELECTRON_MASS_KG,
  ELEMENTARY_CHARGE_C,
  HBAR_J_S,
  RYDBERG_EV,
  VACUUM_PERMITTIVITY_F_M,
} from './constants';
import {
  materialParameters,
  type ConfinementMaterial,
  type MaterialParameters,
} from '../data/materials';

/** Coulomb coefficient of the Brus equation (1s electron–1s hole, infinite sphere). Brus 1984; (b) from memory. */
export const BRUS_COULOMB_COEFFICIENT = 1.786;

/** A material id or a full parameter object (for "what-if" parameters). */
export type MaterialInput = ConfinementMaterial | MaterialParameters;

/** Resolve a material id or parameter object; validates the numbers. */
export function resolveMaterial(material: MaterialInput): MaterialParameters {
  const p = typeof material === 'string' ? materialParameters(material) : material;
  if (!p || typeof p !== 'object') throw new RangeError('Material must be an id or a parameter object');
  for (const [name, v] of [
    ['electronMassRatio', p.electronMassRatio],
    ['holeMassRatio', p.holeMassRatio],
    ['dielectricConstant', p.dielectricConstant],
  ] as const) {
    if (typeof v !== 'number' || !Number.isFinite(v) || v <= 0) {
      throw new RangeError(`${name} must be a positive finite number; got ${String(v)}`);
    }
  }
  if (typeof p.bulkGapEv !== 'number' || !Number.isFinite(p.bulkGapEv)) {
    throw new RangeError(`bulkGapEv must be finite; got ${String(p.bulkGapEv)}`);
  }
  return p;
}

/** @throws RangeError unless diameterNm is a positive finite number */
export function assertDiameter(diameterNm: number): void {
  if (typeof diameterNm !== 'number' || !Number.isFinite(diameterNm) || diameterNm <= 0) {
    throw new RangeError(`Diameter must be a positive finite number of nm; got ${String(diameterNm)}`);
  }
}

/**
 * Coefficients of E(R) = E_g + A/R² − B/R with R in nm:
 * A = ħ²π²/2 · (1/m_e + 1/m_h) in eV·nm², B = 1.786 e²/(4π ε₀ ε) in eV·nm.
 */
export function brusCoefficients(material: MaterialInput): { kineticEvNm2: number; coulombEvNm: number } {
  const p = resolveMaterial(material);
  const invMass = 1 / (p.electronMassRatio * ELECTRON_MASS_KG) + 1 / (p.holeMassRatio * ELECTRON_MASS_KG);
  const kineticJm2 = ((HBAR_J_S * HBAR_J_S * Math.PI * Math.PI) / 2) * invMass; // J·m²
  const coulombJm =
    (BRUS_COULOMB_COEFFICIENT * ELEMENTARY_CHARGE_C * ELEMENTARY_CHARGE_C) /
    (4 * Math.PI * VACUUM_PERMITTIVITY_F_M * p.dielectricConstant); // J·m
  return {
    kineticEvNm2: (kineticJm2 / ELEMENTARY_CHARGE_C) * 1e18,
    coulombEvNm: (coulombJm / ELEMENTARY_CHARGE_C) * 1e9,
  };
}

/**
 * Kinetic (confinement) energy of electron + hole in an infinite spherical well, eV:
 * ΔE_conf = ħ²π²/(2R²) · (1/m_e* + 1/m_h*), R = d/2 (Brus 1984).
 * @throws RangeError for d ≤ 0, NaN, ∞ or an unknown material
 */
export function confinementEnergy(material: MaterialInput, diameterNm: number): number {
  assertDiameter(diameterNm);
  const radiusNm = diameterNm / 2;
  return brusCoefficients(material).kineticEvNm2 / (radiusNm * radiusNm);
}

/**
 * Electron–hole Coulomb attraction, eV, returned as a POSITIVE number that brusGap subtracts:
 * E_coul = 1.786 e²/(4π ε₀ ε R), R = d/2 (Brus 1984).
 * @throws RangeError for d ≤ 0, NaN, ∞ or an unknown material
 */
export function coulombEnergy(material: MaterialInput, diameterNm: number): number {
  assertDiameter(diameterNm);
  return brusCoefficients(material).coulombEvNm / (diameterNm / 2);
}

/**
 * Brus gap E(d) = E_g + ΔE_conf − E_coul, eV (lowest exciton of the dot).
 * @throws RangeError for d ≤ 0, NaN, ∞ or an unknown material
 */
export function brusGap(material: MaterialInput, diameterNm: number): number {
  const p = resolveMaterial(material);
  return p.bulkGapEv + confinementEnergy(p, diameterNm) - coulombEnergy(p, diameterNm);
}

/**
 * Gap with the confinement term only (no Coulomb): E(d) = E_g + ΔE_conf.
 * @throws RangeError for d ≤ 0, NaN, ∞ or an unknown material
 */
export function confinementOnlyGap(material: MaterialInput, diameterNm: number): number {
  const p = resolveMaterial(material);
  return p.bulkGapEv + confinementEnergy(p, diameterNm);
}

/**
 * Diameter where the Brus curve turns: dE/dR = 0 at R* = 2A/B, i.e. d* = 4A/B (nm), where
 * E(d*) = E_g − B²/(4A) is the curve's MINIMUM (for d > d* the Coulomb term wins and E climbs back
 * towards E_g from below: unphysical for this strong-confinement model).
 */
export function brusTurningPointNm(material: MaterialInput): number {
  const { kineticEvNm2: a, coulombEvNm: b } = brusCoefficients(material);
  return (4 * a) / b;
}

/** Minimum of the Brus curve, E_g − B²/(4A), eV (reached at brusTurningPointNm). */
export function brusMinimumGapEv(material: MaterialInput): number {
  const p = resolveMaterial(material);
  const { kineticEvNm2: a, coulombEvNm: b } = brusCoefficients(p);
  return p.bulkGapEv - (b * b) / (4 * a);
}

/**
 * Hydrogenic (Wannier–Mott) exciton of the bulk from the same parameters, for comparison with the
 * tabulated values: μ = m_e m_h/(m_e + m_h); E_b = Ry · μ/ε²; a_B = a₀ ε/μ (review §2.3 gives
 * a_B = ε (m₀/μ) a₀). Returns binding energy in meV and Bohr RADIUS in nm.
 */
export function hydrogenicExciton(material: MaterialInput): {
  reducedMassRatio: number;
  bindingEnergyMeV: number;
  bohrRadiusNm: number;
} {
  const p = resolveMaterial(material);
  const mu = (p.electronMassRatio * p.holeMassRatio) / (p.electronMassRatio + p.holeMassRatio);
  return {
    reducedMassRatio: mu,
    bindingEnergyMeV: ((RYDBERG_EV * mu) / (p.dielectricConstant * p.dielectricConstant)) * 1000,
    bohrRadiusNm: ((BOHR_RADIUS_M * p.dielectricConstant) / mu) * 1e9,
  };
}
