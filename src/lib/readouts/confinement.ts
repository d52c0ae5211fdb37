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
import type { UrlState } from '../state/schema';
import { sqLimit, type SqResult } from '../physics/sq';
import { sizeDispersionSpectrum, type SizeDispersionSpectrum } from '../physics/broadening';
import { defaultEnergyRange, ensembleSpectra, type EnsembleSpectra } from '../physics/spectra';
import { dotTransitions, type SpectraMaterial } from '../physics/dotTransitions';
import { confinementMarker, type ConfinementMarker, type TargetErrorCode } from './confinementMarker';
import type { MaterialId } from '../state/schema';
import type { GapModel } from '../physics/inverse';
import { orNull } from './orNull';

// The marker's part (moved to confinementMarker.ts, issue #15) keeps its old import path.
export * from './confinementMarker';

export interface ConfinementModel extends ConfinementMarker {
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
  const marker = confinementMarker(state);
  const { dot, model, diameterNm, gapEv } = marker;
  const input = dot.input;
  const sigmaNm = state.sigma;
  let spectrumMemo: SizeDispersionSpectrum | null | undefined;
  let spectraMemo: EnsembleSpectra | null | undefined;
  return {
    ...marker,
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
