/**
 * The light part of the lattice view's model (readouts/lattice.ts latticeModel): the composition, its radii,
 * t, μ, τ, the verdict and the structure it predicts — no geometry. The chain strip of every view needs only
 * this (its phase link), so the views other than the lattice do not load lib/geometry for it (issue #15).
 * Moved here unchanged from lattice.ts, whose header gives the equations and sources; latticeModel adds the
 * Pnma structure, tilts and cell parameter on top of it.
 *
 * Pure TypeScript: no DOM.
 */
import type { UrlState } from '../state/schema';
import { SCHEMA } from '../state/schema';
import {
  effectiveRadii,
  formatFormula,
  iodideFraction,
  parseFormula,
  type Composition,
  type EffectiveRadii,
  type FormulaError,
} from '../physics/composition';
import { perovskiteVerdict, type PerovskiteVerdict } from '../physics/tolerance';

/** Formula used when `comp` is not a valid ABX₃ formula: the schema default (schema.ts SCHEMA.comp.default). */
export const FALLBACK_FORMULA: string = SCHEMA.comp.default;

/** The structure the view shows: a perovskite kind, or the plain statement that none forms. */
export type LatticeStructure = 'cubic' | 'orthorhombic' | 'delta' | 'non-perovskite';

/** Pure compounds whose structures the view knows (lib/data/publishedStructures.ts). */
export type KnownCompound = 'CsPbCl3' | 'CsPbBr3' | 'CsPbI3';

/** The verdict part of the lattice model (file header). */
export interface LatticeVerdictModel {
  /** Canonical formula of the composition used (the fallback when `comp` could not be read). */
  formula: string;
  composition: Composition;
  /** Why `comp` could not be used (then the fallback formula is shown), else null. */
  formulaError: FormulaError | null;
  /** Table radii of the composition in the chosen set, Å. */
  tableRadii: EffectiveRadii;
  /** Radii used: overrides where given, table otherwise, Å. */
  radii: EffectiveRadii;
  /** At least half of the X site is iodide (the δ-phase case, review §2.1). */
  iodide: boolean;
  /** Radii τ was computed with: Shannon/Kieslich table values (plus overrides), Å. */
  tauRadii: EffectiveRadii;
  verdict: PerovskiteVerdict;
  /** Structure the verdict predicts (what `phase=auto` shows). */
  predicted: LatticeStructure;
  /** Structure shown: `predicted` under auto, else the forced one. */
  structure: LatticeStructure;
  /** Kind handed to the 3D canvas (see LatticeModel.drawnKind). */
  drawnKind: 'cubic' | 'orthorhombic' | 'delta';
  /** Pure CsPbCl₃/CsPbBr₃/CsPbI₃ (any radius set, no override), else null. */
  knownCompound: KnownCompound | null;
  /** The black perovskite phase is known to be metastable at room temperature (CsPbI₃; Sutton 2018). */
  blackPhaseMetastable: boolean;
}

function kindForT(t: number): 'cubic' | 'orthorhombic' {
  return t < 0.9 ? 'orthorhombic' : 'cubic';
}

function predictedStructure(v: PerovskiteVerdict): LatticeStructure {
  // 'a-too-large' inside the t window (1.0 < t ≤ 1.107) is still drawn as the cubic reference; above
  // 1.107 or with μ outside its window classifyPhase/isGoldschmidtPerovskite say non-perovskite.
  if (!v.goldschmidtPerovskite) return 'non-perovskite';
  if (v.phase === 'non-perovskite') return 'non-perovskite';
  return v.phase === 'tilted' ? 'orthorhombic' : 'cubic';
}

/** Composition, radii, verdict and structure of the state (file header). Never throws for a validated state. */
export function latticeVerdictModel(state: UrlState): LatticeVerdictModel {
  let parsed = parseFormula(state.comp);
  let formulaError: FormulaError | null = null;
  if (!parsed.ok) {
    formulaError = parsed.detail;
    parsed = parseFormula(FALLBACK_FORMULA);
  }
  if (!parsed.ok) throw new Error('fallback formula does not parse'); // cannot happen: CsPbBr3
  const composition = parsed.composition;
  const formula = formatFormula(composition);
  const tableRadii = effectiveRadii(composition, state.radii);
  const radii: EffectiveRadii = {
    rA: state.rA ?? tableRadii.rA,
    rB: state.rB ?? tableRadii.rB,
    rX: state.rX ?? tableRadii.rX,
  };
  const iodide = iodideFraction(composition) >= 0.5;
  const shannon = effectiveRadii(composition, 'shannon');
  const tauRadii: EffectiveRadii = {
    rA: state.rA ?? shannon.rA,
    rB: state.rB ?? shannon.rB,
    rX: state.rX ?? shannon.rX,
  };
  const verdict = perovskiteVerdict(radii.rA, radii.rB, radii.rX, { iodide, tauRadii });
  const predicted = predictedStructure(verdict);
  const structure: LatticeStructure = state.phase === 'auto' ? predicted : state.phase;
  const drawnKind = structure === 'non-perovskite' ? kindForT(verdict.t) : structure;
  const knownCompound = knownCompoundOf(composition, state.rA === null && state.rB === null && state.rX === null);
  return {
    formula,
    composition,
    formulaError,
    tableRadii,
    radii,
    iodide,
    tauRadii,
    verdict,
    predicted,
    structure,
    drawnKind,
    knownCompound,
    blackPhaseMetastable: knownCompound === 'CsPbI3',
  };
}

function knownCompoundOf(c: Composition, tableRadii: boolean): KnownCompound | null {
  if (!tableRadii || c.A.length !== 1 || c.B.length !== 1 || c.X.length !== 1) return null;
  if (c.A[0].ion !== 'Cs' || c.B[0].ion !== 'Pb') return null;
  const x = c.X[0].ion;
  return x === 'Cl' ? 'CsPbCl3' : x === 'Br' ? 'CsPbBr3' : x === 'I' ? 'CsPbI3' : null;
}
