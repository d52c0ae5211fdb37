/**
 * Default CsPbX₃ confinement model: the lowest exciton of a CUBE of edge L (nm), valid from strong to weak
 * confinement. Energies in eV. Sercel, Lyons, Bernstein & Efros, J. Chem. Phys. 151 (2019) 234106 derive a
 * non-parabolic effective-mass model for these dots "valid for the full size range"; its closed form and
 * parameters could not be read, so this is our own model built from the same ingredients:
 *
 * 1. Individual-particle (strong) confinement. Electron and hole each sit in the ground state of an
 *    infinitely deep cube, ψ = (2/L)^{3/2} Π sin(πx_i/L), so k² = 3π²/L² for each carrier (the sphere's
 *    π²/R² is not used). Two-band Kane model with mirror bands: the 2×2 Hamiltonian [[E_g, Pk],[Pk, 0]]
 *    gives bands E = E_g/2 ± √(E_g²/4 + P²k²); electron and hole at the same k make a pair of energy
 *        E_pair(k) = √(E_g² + E_g ħ²k²/μ),   P² = E_g ħ²/(4μ)  (μ = m/2 for m_e = m_h = m),
 *    whose parabolic limit (ħ²k² ≪ μE_g) is E_g + ħ²k²/(2μ) (kanePairEnergy; unit-tested). For unequal
 *    masses the same form is used with the reduced mass μ. The electron–hole attraction is first-order in
 *    these states: E_C = A_cube e²/(4πε₀ε L) with A_cube = ⟨L/|r_e − r_h|⟩ = 3.0477870 (CUBE_COULOMB_COEFFICIENT,
 *    computed here by scripts/cspbx3-confinement.py; the sphere's analogue is Brus's 1.786 with R = d/2).
 *        E_strong(L) = E_pair(√3 π/L) − A_cube e²/(4πε₀ε L)
 * 2. Exciton centre-of-mass (weak) confinement, L ≫ a_B: the bound exciton moves as one particle of mass
 *    M = m_e + m_h in the cube:  E_weak(L) = E_g − E_b + 3ħ²π²/(2ML²)  →  E_g − E_b for L → ∞.
 * 3. Join: Kayanuma, Phys. Rev. B 38 (1988) 9797 (abstract) puts individual-particle confinement at
 *    R/a_B ≲ 2 and exciton confinement at R/a_B ≳ 4. With R = L/2 (half the edge) and the hydrogenic Bohr
 *    radius a_B = a₀ ε/μ of the same parameters, E = (1 − w) E_strong + w E_weak with
 *    w = s((R/a_B − 2)/2), s(t) = 3t² − 2t³ clamped to 0…1 (w = 0 below R/a_B = 2, 1 above 4).
 *
 * Limits: absorption-like lowest exciton (no Stokes shift), infinite walls, no dielectric mismatch with the
 * ligand shell, first-order Coulomb in the strong regime (binding underestimated near R/a_B ≈ 2), isotropic
 * masses. Materials from data/materials.ts; the view says which values were checked.
 */
import { BOHR_RADIUS_M, COULOMB_EV_NM, HBAR2_OVER_2M0_EV_NM2, RYDBERG_EV } from './constants';
import { materialParameters, type ConfinementMaterial, type MaterialParameters } from '../data/materials';

/**
 * ⟨L/|r_e − r_h|⟩ for electron and hole in the ground state of an infinite cube of edge L.
 * Computed here: scripts/cspbx3-confinement.py (quadrature, error < 1e-10; Monte Carlo 3.048 ± 0.002).
 */
export const CUBE_COULOMB_COEFFICIENT = 3.047787003;

/** Kayanuma's regime bounds in R/a_B (R = L/2): individual-particle ≲ 2, exciton (centre of mass) ≳ 4. */
export const STRONG_REGIME_MAX_R_OVER_AB = 2;
export const WEAK_REGIME_MIN_R_OVER_AB = 4;

type Input = ConfinementMaterial | MaterialParameters;

function params(material: Input): MaterialParameters {
  const p = typeof material === 'string' ? materialParameters(material) : material;
  for (const v of [p.electronMassRatio, p.holeMassRatio, p.dielectricConstant, p.bulkGapEv]) {
    if (typeof v !== 'number' || !Number.isFinite(v) || v <= 0) throw new RangeError(`Material parameters must be positive finite numbers; got ${String(v)}`);
  }
  return p;
}

function assertEdge(edgeNm: number): void {
  if (typeof edgeNm !== 'number' || !Number.isFinite(edgeNm) || edgeNm <= 0) {
    throw new RangeError(`Edge length must be a positive finite number of nm; got ${String(edgeNm)}`);
  }
}

/** Reduced mass μ = m_e m_h/(m_e + m_h), in m₀. */
export function reducedMass(material: Input): number {
  const p = params(material);
  return (p.electronMassRatio * p.holeMassRatio) / (p.electronMassRatio + p.holeMassRatio);
}

/** Exciton binding energy used by the model, eV: the material's published E_b, else hydrogenic Ry·μ/ε². */
export function excitonBindingEv(material: Input): number {
  const p = params(material);
  if (p.excitonBindingEnergyMeV !== null) return p.excitonBindingEnergyMeV / 1000;
  return (RYDBERG_EV * reducedMass(p)) / (p.dielectricConstant * p.dielectricConstant);
}

/** Hydrogenic exciton Bohr radius a_B = a₀ ε/μ, nm (the regime scale of the join). */
export function cubeBohrRadiusNm(material: Input): number {
  const p = params(material);
  return ((BOHR_RADIUS_M * 1e9) * p.dielectricConstant) / reducedMass(p);
}

/**
 * Electron + hole energy of the two-band Kane model with mirror bands at wave number k (k² in nm⁻²), eV:
 * E_pair = √(E_g² + E_g ħ²k²/μ). Parabolic limit E_g + ħ²k²/(2μ).
 */
export function kanePairEnergy(bulkGapEv: number, reducedMassRatio: number, k2PerNm2: number): number {
  const hbar2kOverMu = (2 * HBAR2_OVER_2M0_EV_NM2 * k2PerNm2) / reducedMassRatio; // ħ²k²/μ in eV
  return Math.sqrt(bulkGapEv * bulkGapEv + bulkGapEv * hbar2kOverMu);
}

/** k² = 3π²/L² of the cube ground state (nm⁻²). */
export function cubeK2(edgeNm: number): number {
  assertEdge(edgeNm);
  return (3 * Math.PI * Math.PI) / (edgeNm * edgeNm);
}

/** Non-parabolic kinetic (confinement) energy of the pair in the cube, E_pair(k) − E_g, eV. */
export function cubeKineticEnergy(material: Input, edgeNm: number): number {
  const p = params(material);
  return kanePairEnergy(p.bulkGapEv, reducedMass(p), cubeK2(edgeNm)) - p.bulkGapEv;
}

/** First-order electron–hole attraction in the cube, A_cube e²/(4πε₀ε L), eV (positive; subtracted). */
export function cubeCoulombEnergy(material: Input, edgeNm: number): number {
  const p = params(material);
  assertEdge(edgeNm);
  return (CUBE_COULOMB_COEFFICIENT * COULOMB_EV_NM) / (p.dielectricConstant * edgeNm);
}

/** Individual-particle (strong-confinement) estimate, eV. */
export function strongConfinementGap(material: Input, edgeNm: number): number {
  const p = params(material);
  return p.bulkGapEv + cubeKineticEnergy(p, edgeNm) - cubeCoulombEnergy(p, edgeNm);
}

/** Exciton centre-of-mass (weak-confinement) estimate E_g − E_b + 3ħ²π²/(2ML²), eV. */
export function excitonCentreOfMassGap(material: Input, edgeNm: number): number {
  const p = params(material);
  const totalMass = p.electronMassRatio + p.holeMassRatio;
  return p.bulkGapEv - excitonBindingEv(p) + (HBAR2_OVER_2M0_EV_NM2 * cubeK2(edgeNm)) / totalMass;
}

/** Weight of the exciton (weak) estimate, 0…1, from R/a_B with R = L/2 (file header, step 3). */
export function weakWeight(material: Input, edgeNm: number): number {
  assertEdge(edgeNm);
  const x = edgeNm / 2 / cubeBohrRadiusNm(material);
  const t = Math.min(1, Math.max(0, (x - STRONG_REGIME_MAX_R_OVER_AB) / (WEAK_REGIME_MIN_R_OVER_AB - STRONG_REGIME_MAX_R_OVER_AB)));
  return t * t * (3 - 2 * t);
}

/** Confinement regime of a cube by Kayanuma's bounds. */
export type Regime = 'strong' | 'intermediate' | 'weak';
export function cubeRegime(material: Input, edgeNm: number): Regime {
  const x = edgeNm / 2 / cubeBohrRadiusNm(material);
  return x <= STRONG_REGIME_MAX_R_OVER_AB ? 'strong' : x >= WEAK_REGIME_MIN_R_OVER_AB ? 'weak' : 'intermediate';
}

/**
 * Lowest exciton of a CsPbX₃ cube of edge L, eV (the default model; file header).
 * @throws RangeError for L ≤ 0, NaN, ∞ or bad parameters
 */
export function cubeGap(material: Input, edgeNm: number): number {
  const p = params(material);
  const w = weakWeight(p, edgeNm);
  const strong = w < 1 ? strongConfinementGap(p, edgeNm) : 0;
  const weak = w > 0 ? excitonCentreOfMassGap(p, edgeNm) : 0;
  return (1 - w) * strong + w * weak;
}

/** Bulk limit of the model, E_g − E_b, eV (reached for L → ∞). */
export function cubeBulkLimitEv(material: Input): number {
  const p = params(material);
  return p.bulkGapEv - excitonBindingEv(p);
}
