/**
 * The confinement marker without its solar-cell limit and spectra (issue #15): the dot, the model, the size
 * (from `d` or the colour target), the gap, λ and the numbers beside them. Moved here unchanged from
 * readouts/confinement.ts (whose header gives every equation and source), so the chain strip of the other
 * views can take the dot's gap without loading the AM1.5G table and the spectra code; confinementModel
 * there adds `sq`, `spectrum` and `spectra` on top of this.
 *
 * Pure TypeScript: no DOM.
 */
import type { MaterialId, UrlState } from '../state/schema';
import { SCHEMA, parseTarget } from '../state/schema';
import { MATERIALS } from '../data/materials';
import { brusTurningPointNm, confinementEnergy } from '../physics/brus';
import { cubeBohrRadiusNm, cubeKineticEnergy, cubeRegime, type Regime } from '../physics/cubeExciton';
import type { SizeKind } from '../data/materials';
import {
  diameterForGap,
  gapForDiameter,
  modelAppliesTo,
  validDiameterRangeNm,
  validGapRangeEv,
  type GapModel,
} from '../physics/inverse';
import { MOREELS_BULK_GAP_EV } from '../physics/moreels';
import { gapFromWavelength, wavelengthFromGap } from '../physics/units';
import { formatFormula, parseFormula } from '../physics/composition';
import { dotBulk, type DotBulk, type MixedSeries, type NotModelledCode } from '../physics/mixedHalide';
import { resolveMaterial, type MaterialInput } from '../physics/brus';
import type { MaterialParameters } from '../data/materials';
import { orNull } from './orNull';

/** Unicode subscripts for a formula's counts ("CsPbBr1.5I1.5" → "CsPbBr₁.₅I₁.₅"), for SVG labels. */
export function subscriptFormula(formula: string): string {
  const sub = '₀₁₂₃₄₅₆₇₈₉';
  return formula.replace(/\d/g, (c) => sub[Number(c)]);
}

/** The dot the confinement view draws (file header, Material). */
export interface ConfinementDot {
  /** Canonical formula of `comp` ('PbS' for a PbS dot). */
  formula: string;
  /** Formula with subscripts, for labels. */
  label: string;
  /** A two-halide mix drawn with its own parameters (not an end member). */
  mixed: boolean;
  series: MixedSeries | 'pbs' | null;
  /** Heavier-halide share of a mix, else null. */
  x: number | null;
  /** Why the composition is not modelled (the view then shows `sel`), else null. */
  notModelled: NotModelledCode | 'formula' | null;
  /** Two halides: segregates under light. */
  segregatesUnderLight: boolean;
  /** Some value of the parameters was not read in its primary source. */
  unchecked: boolean;
  /** What the models are given: the end member's id, or the mix's parameter object. */
  input: MaterialId | MaterialParameters;
  /** The parameters in force. */
  params: MaterialParameters;
}

/** The dot of the state (file header): comp through mixedHalide.ts dotBulk, or PbS. */
export function confinementDot(state: UrlState): ConfinementDot {
  const sel = state.sel;
  const endMember = (notModelled: ConfinementDot['notModelled'], formula: string, b: DotBulk | null): ConfinementDot => ({
    formula,
    label: subscriptFormula(formula),
    mixed: false,
    series: sel === 'PbS' ? 'pbs' : b && b.ok ? b.series : null,
    x: null,
    notModelled,
    segregatesUnderLight: false,
    unchecked: !(MATERIALS[sel].checked.bulkGap && MATERIALS[sel].checked.masses && MATERIALS[sel].checked.dielectric),
    input: sel,
    params: MATERIALS[sel],
  });
  if (sel === 'PbS') return endMember(null, 'PbS', null);
  const parsed = parseFormula(state.comp);
  if (!parsed.ok) return endMember('formula', sel, null);
  const formula = formatFormula(parsed.composition);
  const b = dotBulk(parsed.composition, subscriptFormula(formula));
  if (!b.ok) return endMember(b.code, formula, b);
  if (b.series === 'end-member') return endMember(null, formula, b);
  return {
    formula,
    label: subscriptFormula(formula),
    mixed: true,
    series: b.series,
    x: b.x,
    notModelled: null,
    segregatesUnderLight: b.segregatesUnderLight,
    unchecked: b.unchecked,
    input: b.params,
    params: b.params,
  };
}

/** Range of diameters the marker can take: the URL schema's range of `d` (schema.ts SCHEMA.d), nm. */
export const MARKER_MIN_NM: number = SCHEMA.d.min;
export const MARKER_MAX_NM: number = SCHEMA.d.max;

/** The default model of each material: the one the marker, the inverse and the embed readouts use. */
export const DEFAULT_MODEL: Readonly<Record<MaterialId, GapModel>> = {
  CsPbCl3: 'cube',
  CsPbBr3: 'cube',
  CsPbI3: 'cube',
  PbS: 'moreels',
};

/**
 * The model the marker follows for `material`: always its default model (file header). `models` (what is
 * drawn) is accepted for old callers and ignored, so the numbers never depend on which overlays are on.
 */
export function markerModel(material: MaterialId, _models?: readonly string[]): GapModel {
  return DEFAULT_MODEL[material];
}

/**
 * Why a colour target has no diameter (the view turns each code into a sentence, views/confinement/text.ts):
 * - 'outside-view': a diameter exists but lies outside the marker's range (MARKER_MIN_NM–MARKER_MAX_NM);
 * - 'below-brus-minimum': the gap is below the Brus curve's minimum E_g − B²/4A, reached at d* (inverse.ts);
 * - 'below-model-minimum': the gap is at or below the bulk gap (confinement only) or the Moreels E∞ (0.41 eV);
 * - 'no-diameter': the core found none for another reason.
 */
export type TargetError =
  | { code: 'outside-view'; material: MaterialId; diameterNm: number; minNm: number; maxNm: number }
  | {
      code: 'below-brus-minimum';
      material: MaterialId;
      gapEv: number;
      minGapEv: number;
      turningPointNm: number;
      bulkGapEv: number;
    }
  | { code: 'below-model-minimum'; material: MaterialId; model: 'confinement' | 'moreels' | 'cube'; gapEv: number; minGapEv: number }
  | { code: 'no-diameter' };
export type TargetErrorCode = TargetError['code'];

export interface TargetResult {
  /** The target as given, e.g. "520nm". */
  text: string;
  /** Target gap, eV (from the wavelength when a wavelength was given). */
  gapEv: number;
  /** Target wavelength, nm. */
  wavelengthNm: number;
  /** Diameter that gives the target in the marker's model, nm; null when none does. */
  diameterNm: number | null;
  /** Why no diameter is given (a code and its numbers; the view words it), else null. */
  error: TargetError | null;
}

/**
 * Solves the inverse problem for a `target` string ("520nm" or "2.4eV"); null for an empty or unreadable
 * target (the URL layer has already warned about an unreadable one).
 */
export function solveTarget(target: string, material: MaterialId, model: GapModel, input: MaterialInput = material): TargetResult | null {
  const t = parseTarget(target);
  if (!t) return null;
  const gapEv = 'gapEv' in t ? t.gapEv : gapFromWavelength(t.wavelengthNm);
  const wavelengthNm = 'wavelengthNm' in t ? t.wavelengthNm : wavelengthFromGap(t.gapEv);
  let diameterNm: number | null = null;
  let error: TargetError | null = null;
  try {
    // The same reachability test as diameterForGap, so a refusal carries its reason as a code.
    const range = validGapRangeEv(input, model);
    const below = range.minInclusive ? gapEv < range.minEv : gapEv <= range.minEv;
    if (below && model === 'brus') {
      error = {
        code: 'below-brus-minimum',
        material,
        gapEv,
        minGapEv: range.minEv,
        turningPointNm: brusTurningPointNm(input),
        bulkGapEv: resolveMaterial(input).bulkGapEv,
      };
    } else if (below) {
      error = { code: 'below-model-minimum', material, model: model === 'brus' ? 'confinement' : model, gapEv, minGapEv: range.minEv };
    } else {
      const d = diameterForGap(input, model, gapEv);
      if (d < MARKER_MIN_NM || d > MARKER_MAX_NM) {
        error = { code: 'outside-view', material, diameterNm: d, minNm: MARKER_MIN_NM, maxNm: MARKER_MAX_NM };
      } else diameterNm = d;
    }
  } catch {
    error = { code: 'no-diameter' };
  }
  return { text: target, gapEv, wavelengthNm, diameterNm, error };
}

/** The marker's numbers without the solar-cell limit and the spectra (file header). */
export interface ConfinementMarker {
  /** The nearest end member (`sel`): colour and comparison curves. */
  material: MaterialId;
  /** The dot whose numbers these are (its composition; file header). */
  dot: ConfinementDot;
  model: GapModel;
  /** Marker size, nm: cube edge length L (CsPbX₃) or sphere diameter d (PbS), see `sizeKind`. */
  diameterNm: number;
  sizeKind: SizeKind;
  /** Confinement regime (Kayanuma's bounds on R/a_B) of a cube; null for PbS. */
  regime: Regime | null;
  /** True when the diameter comes from the target (inverse problem), not from `d`. */
  fromTarget: boolean;
  target: TargetResult | null;
  gapEv: number | null;
  wavelengthNm: number | null;
  bulkGapEv: number;
  confinementEnergyMeV: number | null;
  gapShiftMeV: number | null;
  radiusOverBohr: number;
  bohrDiameterNm: number;
}

/** The marker's size, gap and the numbers beside them, from the validated state (readouts/confinement.ts header). */
export function confinementMarker(state: UrlState): ConfinementMarker {
  const material = state.sel;
  const dot = confinementDot(state);
  const input = dot.input;
  const model = markerModel(material, state.models);
  const target = solveTarget(state.target, material, model, input);
  const fromTarget = target !== null && target.diameterNm !== null;
  const diameterNm = fromTarget && target.diameterNm !== null ? target.diameterNm : state.d;
  const p = dot.params;
  const onBranch = modelAppliesTo(input, model) && diameterNm <= validDiameterRangeNm(input, model).maxNm;
  const gapEv = onBranch ? orNull(() => gapForDiameter(input, model, diameterNm)) : null;
  const bulkForShift = model === 'moreels' ? MOREELS_BULK_GAP_EV : p.bulkGapEv;
  const isCube = model === 'cube';
  const bohrRadiusNm = isCube ? cubeBohrRadiusNm(input) : p.excitonBohrRadiusNm;
  return {
    material,
    dot,
    model,
    diameterNm,
    sizeKind: p.sizeKind,
    regime: isCube ? cubeRegime(input, diameterNm) : null,
    fromTarget,
    target,
    gapEv,
    wavelengthNm: gapEv !== null && gapEv > 0 ? wavelengthFromGap(gapEv) : null,
    bulkGapEv: p.bulkGapEv,
    confinementEnergyMeV: orNull(() => (isCube ? cubeKineticEnergy(input, diameterNm) : confinementEnergy(input, diameterNm)) * 1000),
    gapShiftMeV: gapEv === null ? null : (gapEv - bulkForShift) * 1000,
    radiusOverBohr: diameterNm / 2 / bohrRadiusNm,
    bohrDiameterNm: 2 * bohrRadiusNm,
  };
}
