/**
 * Perovskite QD Lab — the public physics and chemistry library.
 *
 * Pure TypeScript (no DOM, three, svelte or d3): course authors and notebooks may import these. The names
 * below are stable (issue #3); each function documents its equation and source where it is defined.
 *
 *   import { toleranceFactor, brusGap, sqLimit } from './src/lib';
 */

// Structure: Goldschmidt tolerance factor, octahedral factor, Bartel τ, the verdict.
export {
  toleranceFactor,
  octahedralFactor,
  bartelTau,
  perovskiteVerdict,
  T_PEROVSKITE_MIN,
  T_PEROVSKITE_MAX,
  T_CUBIC_MIN,
  T_CUBIC_MAX,
  MU_MIN,
  MU_MAX,
  TAU_THRESHOLD,
  type PerovskitePhase,
  type PerovskiteVerdict,
  type VerdictReason,
} from './physics/tolerance';
export {
  parseFormula,
  formatFormula,
  effectiveRadii,
  compositionVerdict,
  type Composition,
  type FormulaError,
} from './physics/composition';
export { radiusAngstrom, RADIUS_SETS, type IonId, type RadiusSetId } from './data/ionicRadii';

// Quantum confinement: Brus effective-mass model, Moreels sizing curve (PbS), the inverse, λ ↔ E.
export { brusGap, confinementEnergy, coulombEnergy, confinementOnlyGap, brusTurningPointNm } from './physics/brus';
export { moreelsGap } from './physics/moreels';
export { diameterForGap, validDiameterRangeNm, type GapModel } from './physics/inverse';
export { wavelengthFromGap, gapFromWavelength } from './physics/units';
export { sizeDispersionSpectrum } from './physics/broadening';
export { MATERIALS, type ConfinementMaterial, type MaterialParameters } from './data/materials';

// Solar cells: Shockley–Queisser detailed-balance limit under AM1.5G.
export { sqLimit, sqCurve, type SqResult } from './physics/sq';

// Lattice geometry: unit cells, supercells, nanocrystals, CIF.
export { buildUnitCell, cellParameterAngstrom, tiltAngleDeg, type StructureKind, type UnitCell } from './geometry/perovskite';
export { buildSupercell, buildOctahedra, buildBonds, type Supercell } from './geometry/supercell';
export { buildNanocubeCrystal } from './geometry/nanocrystal';
export { toCif, parseCif } from './geometry/cif';

// Powder X-ray diffraction: the peak list of a unit cell, and the Debye-equation pattern of a finite crystal.
export {
  powderXrd,
  crystalFromUnitCell,
  crystalFromCif,
  CU_KALPHA1_ANGSTROM,
  type XrdPattern,
  type XrdPeak,
  type XrdOptions,
  type ScatteringCrystal,
  type SiteSpeciesMap,
} from './physics/xrd';
export {
  debyePattern,
  pairHistogram,
  blockPairHistogram,
  blockAtoms,
  type DebyeCurve,
  type DebyeAtoms,
  type PairHistogram,
} from './physics/debye';
export { scherrerFwhmDeg, scherrerBroadenedCurve, SCHERRER_K_CUBE } from './physics/scherrer';
export { atomicFormFactor, WAASMAIER_KIRFEL } from './data/formFactors';
