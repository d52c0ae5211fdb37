/**
 * What the confinement view shows for its size marker, computed from the validated URL state through the
 * core — one pure function used by the view and by the embed API (`confinementReadouts`), so the page and
 * an embedding page never disagree.
 *
 * - Material: the dot's composition `comp` (issue #18, one dot): an end member CsPbX₃ or PbS (`sel`) uses its
 *   own parameters (data/materials.ts); a mixed halide CsPb(Br₁₋ₓIₓ)₃ or CsPb(Cl₁₋ₓBrₓ)₃ uses the parameters
 *   of physics/mixedHalide.ts dotBulk (linear between the end members) through the same models — marker,
 *   readouts, inverse and spectra; `sel` stays the nearest end member (colour, comparison curves). A
 *   composition the app does not model (MA/FA A site, Sn, Cl–I, …) falls back to `sel` and says so
 *   (`dot.notModelled`). readouts/chain.ts takes its dot gap from here (one computation).
 * - Model of the marker (`markerModel`): always the default model of the material, whatever
 *   is drawn — for CsPbX₃ the cube model (physics/cubeExciton.ts; size = cube edge length L), for PbS the
 *   empirical Moreels curve (PbS paper Eq. 1; size = sphere diameter d). Brus and confinement-only are
 *   overlays for comparison only.
 * - Size: the solution of the inverse problem when `target` is set and solvable (lib/physics/inverse.ts
 *   diameterForGap on the model's monotonic branch) and inside the URL range of `d` (1–30 nm); otherwise `d`.
 * - Gap E: inverse.ts gapForDiameter — the cube model (cubeExciton.ts cubeGap) or Moreels
 *   E = 0.41 + 1/(0.0252 d² + 0.283 d).
 * - λ = hc/E (units.ts). Confinement energy: the kinetic energy of the pair, in meV — for a cube the
 *   non-parabolic E_pair(√3π/L) − E_g (cubeKineticEnergy), for PbS the sphere's ħ²π²/(2R²)(1/m_e + 1/m_h)
 *   (brus.ts confinementEnergy). Gap shift E − E_bulk in the marker's model (E_bulk = 0.41 eV for Moreels).
 * - R/a_B: half the size over the exciton Bohr radius — for a cube (L/2)/a_B with the hydrogenic a₀ε/μ used
 *   by the model's regime join, for PbS (d/2)/a_B (data/materials.ts).
 * - SQ limit at E(d): sq.ts sqLimit (detailed balance, AM1.5G, 300 K); null outside 0.31–4.4 eV.
 * - FWHM of the ensemble peak for a Gaussian size spread σ: broadening.ts sizeDispersionSpectrum; null for
 *   σ = 0 (a single size has no size broadening in this model) or when the core cannot compute it.
 * - Optical spectra of the ensemble (issue #17): physics/spectra.ts ensembleSpectra(material, size, σ) on the
 *   energy window of spectraWindowEv (the plot range dmin–dmax, so the axis stays put while d changes):
 *   absorptionPeakNm (first excitonic peak), emissionPeakNm and emissionFwhmNm (size spread ⊗ single-dot
 *   width, Stokes-shifted only where a source gives a shift: stokesShiftMeV, else null).
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
import { sqLimit, type SqResult } from '../physics/sq';
import { sizeDispersionSpectrum, type SizeDispersionSpectrum } from '../physics/broadening';
import { defaultEnergyRange, ensembleSpectra, type EnsembleSpectra } from '../physics/spectra';
import { dotTransitions, type SpectraMaterial } from '../physics/dotTransitions';
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

export interface ConfinementModel {
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
  sq: SqResult | null;
  sigmaNm: number;
  spectrum: SizeDispersionSpectrum | null;
  /** Absorption and emission of the ensemble (physics/spectra.ts); null when the core cannot compute them. */
  spectra: EnsembleSpectra | null;
}

/**
 * Energy window of the spectra panel, eV: from 0.35 eV below the first transition of the largest dot of the
 * plot range (dmax) to 0.5 eV above that of the smallest (dmin), widened to hold the whole ensemble; never
 * below 0.5 eV (2480 nm) unless the ensemble itself lies there.
 */
export function spectraWindowEv(material: SpectraMaterial, dminNm: number, dmaxNm: number, sizeNm: number, sigmaNm: number): [number, number] {
  const lo = Math.min(dminNm, dmaxNm);
  const hi = Math.max(dminNm, dmaxNm);
  const eLarge = dotTransitions(material, hi).transitions[0].energyEv;
  const eSmall = dotTransitions(material, lo).transitions[0].energyEv;
  const [ensLo, ensHi] = defaultEnergyRange(material, sizeNm, sigmaNm);
  return [Math.min(Math.max(0.5, eLarge - 0.35), ensLo), Math.max(eSmall + 0.5, ensHi)];
}

/** Everything the marker readout shows, from the validated state (see file header for each formula). */
export function confinementModel(state: UrlState): ConfinementModel {
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
  const sigmaNm = state.sigma;
  const isCube = model === 'cube';
  const bohrRadiusNm = isCube ? cubeBohrRadiusNm(input) : p.excitonBohrRadiusNm;
  let spectrumMemo: SizeDispersionSpectrum | null | undefined;
  let spectraMemo: EnsembleSpectra | null | undefined;
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
    sq: gapEv === null ? null : sqLimit(gapEv),
    sigmaNm,
    // The two spectra cost milliseconds each: computed on first read only (the chain strip reads neither).
    get spectrum(): SizeDispersionSpectrum | null {
      if (spectrumMemo === undefined) {
        spectrumMemo = sigmaNm > 0 && gapEv !== null ? orNull(() => sizeDispersionSpectrum(input, model, diameterNm, sigmaNm)) : null;
      }
      return spectrumMemo;
    },
    get spectra(): EnsembleSpectra | null {
      if (spectraMemo === undefined) {
        spectraMemo = orNull(() => {
          const [energyMinEv, energyMaxEv] = spectraWindowEv(input, state.dmin, state.dmax, diameterNm, sigmaNm);
          return ensembleSpectra(input, diameterNm, sigmaNm, { energyMinEv, energyMaxEv });
        });
      }
      return spectraMemo;
    },
  };
}

export interface ConfinementReadouts extends Record<string, number | string | boolean | null> {
  material: MaterialId;
  model: GapModel;
  diameterNm: number;
  gapEv: number | null;
  wavelengthNm: number | null;
  confinementEnergyMeV: number | null;
  gapShiftMeV: number | null;
  radiusOverBohr: number;
  sqEfficiency: number | null;
  vocV: number | null;
  jscMAcm2: number | null;
  ff: number | null;
  fwhmNm: number | null;
  fwhmMeV: number | null;
  peakNm: number | null;
  targetDiameterNm: number | null;
  /** Ensemble first excitonic absorption peak, nm (physics/spectra.ts). */
  absorptionPeakNm: number | null;
  /** Ensemble emission peak, nm (Stokes-shifted only where a source gives a shift). */
  emissionPeakNm: number | null;
  /** Ensemble emission FWHM, nm (size spread and single-dot width). */
  emissionFwhmNm: number | null;
  /** Same, meV. */
  emissionFwhmMeV: number | null;
  /** Stokes shift applied, meV; null where no source gives one. */
  stokesShiftMeV: number | null;
  /** Why the target has no diameter, as a code (TargetErrorCode); null when it has one or there is none. */
  targetError: TargetErrorCode | null;
}

/**
 * The numbers the confinement view shows, named with units (fractions for efficiency and FF), `null`
 * where the model gives nothing. For the embed API (`pqd:readouts`) and tests.
 */
export function confinementReadouts(state: UrlState): ConfinementReadouts {
  const r = confinementModel(state);
  return {
    material: r.material,
    model: r.model,
    diameterNm: r.diameterNm,
    gapEv: r.gapEv,
    wavelengthNm: r.wavelengthNm,
    confinementEnergyMeV: r.confinementEnergyMeV,
    gapShiftMeV: r.gapShiftMeV,
    radiusOverBohr: r.radiusOverBohr,
    sqEfficiency: r.sq?.efficiency ?? null,
    vocV: r.sq?.vocV ?? null,
    jscMAcm2: r.sq?.jscMAcm2 ?? null,
    ff: r.sq?.ff ?? null,
    fwhmNm: r.spectrum?.fwhmNm ?? null,
    fwhmMeV: r.spectrum?.fwhmMeV ?? null,
    peakNm: r.spectrum?.peakNm ?? null,
    targetDiameterNm: r.target?.diameterNm ?? null,
    absorptionPeakNm: r.spectra?.absorptionPeakNm ?? null,
    emissionPeakNm: r.spectra?.emissionPeakNm ?? null,
    emissionFwhmNm: r.spectra?.emissionFwhmNm ?? null,
    emissionFwhmMeV: r.spectra?.emissionFwhmMeV ?? null,
    stokesShiftMeV: r.spectra && r.spectra.stokesShiftEv !== null ? r.spectra.stokesShiftEv * 1000 : null,
    targetError: r.target?.error?.code ?? null,
  };
}
