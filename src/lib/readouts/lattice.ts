/**
 * What the lattice view shows, computed from the validated URL state through the core — one pure
 * function shared by the view (so the page and the embed API never disagree) and by `latticeReadouts`.
 *
 * - Composition: `comp` parsed by lib/physics/composition.ts; site radii are composition-weighted
 *   averages of the chosen radius set (`radii`), r_site = Σ xᵢ rᵢ (review §4, Vegard-like), unless
 *   overridden by `rA`/`rB`/`rX` (Å).
 * - t, μ, τ and the verdict: lib/physics/tolerance.ts perovskiteVerdict (review Eq. 1–2 and §2.1
 *   windows; Bartel et al., Sci. Adv. 5 (2019) eaav0693 for τ < 4.18).
 * - Structure: `phase=auto` follows the verdict — cubic Pm-3m for 0.9 ≤ t ≤ 1.0 (and, drawn as the
 *   idealised reference, for t > 1.0 where the review calls the A cation too large), orthorhombic Pnma
 *   for t < 0.9 (octahedral tilting, review §2.1), and "non-perovskite" when t or μ leave the review's
 *   ranges (t < 0.813 or t > 1.107, μ outside 0.442–0.895); `cubic`/`orthorhombic`/`delta` force a structure
 *   (`delta`: the yellow non-perovskite δ-CsPbI₃, lib/data/publishedStructures.ts).
 * - τ always from the Shannon/Kieslich radii (plus overrides): its 4.18 threshold is calibrated on them
 *   (Bartel et al. 2019); t and μ use the chosen set.
 * - The orthorhombic structure: lib/geometry/structureModel.ts (published for CsPbBr₃ and CsPbI₃, else
 *   modelled from t).
 * - Tilt angle and pseudo-cubic cell parameter: lib/geometry/perovskite.ts (tiltAngleDeg(t),
 *   cellParameterAngstrom(r_B, r_X)).
 *
 * Pure TypeScript: no DOM.
 */
import type { UrlState } from '../state/schema';
import { isPbsFormula, type Composition, type EffectiveRadii, type FormulaError } from '../physics/composition';
import type { PerovskitePhase, PerovskiteVerdict } from '../physics/tolerance';
import { latticeVerdictModel, type KnownCompound, type LatticeStructure } from './latticeVerdict';
import {
  buildPnmaCell,
  cellParameterAngstrom,
  pnmaBridgingAnglesDeg,
  tiltAngleDeg,
} from '../geometry/perovskite';
import { pnmaStructureFor, type PnmaChoice } from '../geometry/structureModel';
import { pbsDotSummary } from '../geometry/pbsDot';
import { orNull } from './orNull';

export { FALLBACK_FORMULA, latticeVerdictModel, type KnownCompound, type LatticeStructure, type LatticeVerdictModel } from './latticeVerdict';

export interface LatticeModel {
  /** Canonical formula of the composition used (the fallback when `comp` could not be read). */
  formula: string;
  composition: Composition;
  /** Why `comp` could not be used (then the fallback formula is shown), else null. */
  formulaError: FormulaError | null;
  /** Table radii of the composition in the chosen set, Å. */
  tableRadii: EffectiveRadii;
  /** Radii used: overrides where given, table otherwise, Å. */
  radii: EffectiveRadii;
  overridden: { rA: boolean; rB: boolean; rX: boolean };
  /** At least half of the X site is iodide (the δ-phase case, review §2.1). */
  iodide: boolean;
  verdict: PerovskiteVerdict;
  /** Structure the verdict predicts (what `phase=auto` shows). */
  predicted: LatticeStructure;
  /** Structure shown: `predicted` under auto, else the forced one. */
  structure: LatticeStructure;
  /**
   * Kind handed to the 3D canvas. For 'non-perovskite' the canvas is dimmed behind a message and draws the
   * perovskite the radii would give (orthorhombic below t = 0.9, cubic above), labelled as not forming.
   */
  drawnKind: 'cubic' | 'orthorhombic' | 'delta';
  /** Pure CsPbCl₃/CsPbBr₃/CsPbI₃ (any radius set, no override), else null. */
  knownCompound: KnownCompound | null;
  /**
   * The Pnma structure of this composition (published for CsPbBr₃/CsPbI₃, else modelled from t), used
   * when the orthorhombic phase is drawn and as the end point of the tilt animation.
   */
  pnma: PnmaChoice;
  /** Mean of the two tilts of `pnma`, degrees (the canvas animates towards it). */
  pnmaTiltDeg: number;
  /** Both tilts of `pnma`, degrees. */
  pnmaTilts: { antiPhaseDeg: number; inPhaseDeg: number };
  /** Pb–X–Pb angles of `pnma`, degrees: equatorial (X1) and apical (X2). */
  pnmaAnglesDeg: { equatorialDeg: number; apicalDeg: number };
  /** The black perovskite phase is known to be metastable at room temperature (CsPbI₃; Sutton 2018). */
  blackPhaseMetastable: boolean;
  /** Radii τ was computed with: Shannon/Kieslich table values (plus overrides), Å. */
  tauRadii: EffectiveRadii;
  /** Octahedral tilt of the drawn structure, degrees (0 for cubic). */
  drawnTiltDeg: number;
  /** Tilt of the shown structure, degrees: 0 for cubic, the model's angle for orthorhombic, null for none. */
  tiltDeg: number | null;
  /** Tilt the geometric model gives for this t, degrees (whatever is drawn), or null when undefined. */
  modelTiltDeg: number | null;
  /** Pseudo-cubic cell parameter from the radii, Å. */
  aPseudoCubicAngstrom: number;
}

/** Everything the lattice view derives from the state. Never throws for a validated state. */
export function latticeModel(state: UrlState): LatticeModel {
  const { formula, composition, formulaError, tableRadii, radii, iodide, tauRadii, verdict, predicted, structure, drawnKind, knownCompound } =
    latticeVerdictModel(state);
  const aPseudoCubicAngstrom = cellParameterAngstrom(radii.rB, radii.rX);
  const pnma = pnmaStructureFor(
    knownCompound === 'CsPbBr3' || knownCompound === 'CsPbI3' ? knownCompound : null,
    verdict.t,
    aPseudoCubicAngstrom,
  );
  const pnmaCell = orNull(() => buildPnmaCell(pnma.sites));
  const pnmaTilts = pnmaCell?.tilts ?? { antiPhaseDeg: 0, inPhaseDeg: 0 };
  const pnmaTiltDeg = pnmaCell?.tiltDeg ?? 0;
  const pnmaAnglesDeg = pnmaCell ? pnmaBridgingAnglesDeg(pnmaCell) : { equatorialDeg: 180, apicalDeg: 180 };
  const modelTiltDeg = orNull(() => tiltAngleDeg(verdict.t));
  const drawnTiltDeg = drawnKind === 'orthorhombic' ? pnmaTiltDeg : 0;
  const tiltDeg = structure === 'non-perovskite' || structure === 'delta' ? null : drawnTiltDeg;
  return {
    formula,
    composition,
    formulaError,
    tableRadii,
    radii,
    overridden: { rA: state.rA !== null, rB: state.rB !== null, rX: state.rX !== null },
    iodide,
    verdict,
    predicted,
    structure,
    drawnKind,
    knownCompound,
    pnma,
    pnmaTiltDeg,
    pnmaTilts,
    pnmaAnglesDeg,
    blackPhaseMetastable: knownCompound === 'CsPbI3',
    tauRadii,
    drawnTiltDeg,
    tiltDeg,
    modelTiltDeg,
    aPseudoCubicAngstrom,
  };
}

export interface LatticeReadouts {
  [key: string]: number | string | boolean | null;
  /** Goldschmidt t (unitless); NaN for PbS (rock salt: no perovskite criteria). */
  toleranceFactor: number;
  /** Octahedral factor μ = r_B/r_X (unitless); NaN for PbS. */
  octahedralFactor: number;
  /** Bartel τ (unitless) from Shannon/Kieslich radii (as Bartel calibrated it), null when r_A ≤ r_B. */
  bartelTau: number | null;
  /** perovskiteVerdict phase: cubic | tilted | a-too-large | non-perovskite. */
  verdict: PerovskitePhase;
  /** Structure shown: cubic | orthorhombic | delta | non-perovskite. */
  structure: LatticeStructure;
  /** Octahedral tilt of the shown structure, degrees (null when no perovskite is shown). */
  tiltDeg: number | null;
  /** Pseudo-cubic cell parameter, Å. */
  aPseudoCubicAngstrom: number;
  /** Anti-phase (about a) and in-phase (about b) tilts of the orthorhombic structure, degrees. */
  tiltAntiPhaseDeg: number;
  tiltInPhaseDeg: number;
  /** Pb–X–Pb angles of the orthorhombic structure, degrees. */
  bxbEquatorialDeg: number;
  bxbApicalDeg: number;
  /** 'published' (CsPbBr₃, CsPbI₃) or 'modelled' (from t). */
  structureSource: 'published' | 'modelled';
  /** The black perovskite phase is metastable at room temperature (CsPbI₃). */
  blackPhaseMetastable: boolean;
  rAAngstrom: number;
  rBAngstrom: number;
  rXAngstrom: number;
  /** Canonical formula used ('PbS' for the rock-salt dot). */
  formula: string;
  /**
   * PbS only (comp=PbS, issue #19), else null. The faceted dot of diameter d (lib/geometry/pbsDot.ts):
   * facet100Share = share of its facet surface atoms on (100) facets, counted (0–1); facet100ShareModel =
   * the facet-share model's (100) area share for d (lib/physics/pbsFacets.ts); pbsDotAtoms = its atoms.
   * For PbS, toleranceFactor and octahedralFactor are NaN, bartelTau and tiltDeg null: perovskite criteria
   * do not apply to rock salt.
   */
  facet100Share: number | null;
  facet100ShareModel: number | null;
  pbsDotAtoms: number | null;
  /** t and μ inside the review's windows. */
  goldschmidtPerovskite: boolean;
  /** τ < 4.18 (null when τ undefined). */
  tauPerovskite: boolean | null;
  /** Goldschmidt and τ agree. */
  criteriaAgree: boolean;
}

/** The lattice view's numbers for the embed API (see the module docblock for the equations). */
export function latticeReadouts(state: UrlState): LatticeReadouts {
  const m = latticeModel(state);
  const pbs = isPbsFormula(state.comp) ? pbsDotSummary(state.d) : null;
  const base: LatticeReadouts = {
    toleranceFactor: m.verdict.t,
    octahedralFactor: m.verdict.mu,
    bartelTau: m.verdict.tau,
    verdict: m.verdict.phase,
    structure: m.structure,
    tiltDeg: m.tiltDeg,
    aPseudoCubicAngstrom: m.aPseudoCubicAngstrom,
    tiltAntiPhaseDeg: m.pnmaTilts.antiPhaseDeg,
    tiltInPhaseDeg: m.pnmaTilts.inPhaseDeg,
    bxbEquatorialDeg: m.pnmaAnglesDeg.equatorialDeg,
    bxbApicalDeg: m.pnmaAnglesDeg.apicalDeg,
    structureSource: m.pnma.source,
    blackPhaseMetastable: m.blackPhaseMetastable,
    rAAngstrom: m.radii.rA,
    rBAngstrom: m.radii.rB,
    rXAngstrom: m.radii.rX,
    formula: m.formula,
    goldschmidtPerovskite: m.verdict.goldschmidtPerovskite,
    tauPerovskite: m.verdict.tauPerovskite,
    criteriaAgree: m.verdict.criteriaAgree,
    facet100Share: pbs ? pbs.share100Atoms : null,
    facet100ShareModel: pbs ? pbs.share100Model : null,
    pbsDotAtoms: pbs ? pbs.atoms : null,
  };
  if (!pbs) return base;
  return { ...base, formula: 'PbS', toleranceFactor: Number.NaN, octahedralFactor: Number.NaN, bartelTau: null, tiltDeg: null };
}
