/**
 * Absorption and emission spectra of a dot ENSEMBLE: a Gaussian size distribution (mean d̄, standard
 * deviation σ) mapped through the material's default confinement model, each dot contributing its optical
 * transitions, each line broadened by the single-dot (homogeneous) width. Energies in eV, sizes in nm
 * (cube edge L for CsPbX₃, sphere diameter d for PbS).
 *
 * 1.–2. Transitions of one dot and its bulk-like continuum: physics/dotTransitions.ts (header there).
 *
 * 3. Ensemble. Sizes d in [max(d̄ − 4σ, 0.2 d̄), d̄ + 4σ] on a uniform grid (121 samples, 1/15 σ apart), weighted by the
 *    Gaussian (renormalised to the window); σ = 0 is one size. The smooth continuum is counted on every 8th
 *    size (groups of 8 samples at their weighted mean size). Every dot absorbs with its transitions and its
 *    continuum (per dot: so large dots absorb more in the continuum); every dot emits from its lowest
 *    transition only, all dots equally (same excitation, same yield — a stated simplification).
 *    All lines are deposited on a uniform energy grid and convolved once with a Gaussian of the homogeneous
 *    FWHM Γ (data/spectraSources.ts: 70 meV CsPbBr₃ single dots, Rainò 2022; 100 meV single PbS dots;
 *    CsPbCl₃/CsPbI₃ borrow the CsPbBr₃ value). The same Γ broadens the absorption lines (assumption).
 *
 * 4. Stokes shift: only CsPbBr₃, only where the ensemble absorption peak lies inside the measured
 *    2.429–2.570 eV of Energies 14 (2021) 275 (shift 38–101 meV, linear in between); otherwise none.
 *
 * Readouts: absorption peak = the first local maximum of the total absorption from the red side that belongs
 * to the first transition (if the first band is only a shoulder of the next ones, the first band's own maximum
 * is reported and `absorptionPeakIsShoulder` is true); emission peak and FWHM from the emission curve (half
 * maximum crossings by linear interpolation; FWHM in nm = hc/E_low − hc/E_high). Curves are not re-weighted
 * when drawn against wavelength.
 */
import { HC_EV_NM } from './constants';
import { cubeBulkLimitEv, excitonBindingEv } from './cubeExciton';
import { MOREELS_BULK_GAP_EV } from './moreels';
import type { ConfinementMaterial } from '../data/materials';
import { HOMOGENEOUS_LINEWIDTH, STOKES_SERIES, type LinewidthSourceCode } from '../data/spectraSources';
import { assertSize, dotModel, spectraModel, spectraParameters, type SpectraMaterial, type SpectraModel, type Transition } from './dotTransitions';

/** Number of size samples across the Gaussian window (σ > 0). */
export const ENSEMBLE_SIZE_SAMPLES = 121;
/** Half-width of the size window in σ. */
export const ENSEMBLE_SPAN_SIGMAS = 4;
/** Size samples grouped into one for the (smooth) continuum. */
export const CONTINUUM_SIZE_GROUP = 8;
/** Energy grid step, eV (3 meV: a tenth of the Gaussian σ of the narrowest line used, 70 meV / 2.355). */
export const SPECTRUM_STEP_EV = 0.003;
/** 2√(2 ln 2): Gaussian FWHM / σ. */
const FWHM_PER_SIGMA = 2 * Math.sqrt(2 * Math.LN2);

// ---------------------------------------------------------------- Stokes shift

/**
 * Stokes shift (eV) for an ensemble whose absorption peak is at `absorptionPeakEv`: linear between the two
 * measured ends of the material's series, null outside them or where no source gives one (file header, 4).
 */
export function stokesShiftEv(material: ConfinementMaterial, absorptionPeakEv: number): number | null {
  const series = STOKES_SERIES[material];
  if (!series || series.length < 2 || !Number.isFinite(absorptionPeakEv)) return null;
  const [a, b] = series[0].absorptionEv < series[1].absorptionEv ? [series[0], series[1]] : [series[1], series[0]];
  if (absorptionPeakEv < a.absorptionEv || absorptionPeakEv > b.absorptionEv) return null;
  const t = (absorptionPeakEv - a.absorptionEv) / (b.absorptionEv - a.absorptionEv);
  const sa = a.absorptionEv - a.emissionEv;
  const sb = b.absorptionEv - b.emissionEv;
  return sa + t * (sb - sa);
}

// ---------------------------------------------------------------- ensemble

export interface EnsembleSpectraOptions {
  /** Energy grid, eV (default: from the spectrum itself, see `defaultEnergyRange`). */
  energyMinEv?: number;
  energyMaxEv?: number;
  /** Homogeneous FWHM override, eV (default: data/spectraSources.ts). 0 = no homogeneous broadening. */
  homogeneousFwhmEv?: number;
}

export interface EnsembleSpectra {
  material: ConfinementMaterial;
  model: SpectraModel;
  meanSizeNm: number;
  sigmaNm: number;
  /** Bin-centre energies, eV, ascending, step SPECTRUM_STEP_EV. */
  energiesEv: Float64Array;
  /** Total absorption, normalised to 1 at the first excitonic peak (continuum may exceed 1). */
  absorption: Float64Array;
  /** The first transition's band alone, same normalisation as `absorption`. */
  firstBand: Float64Array;
  /** The bulk-like continuum alone, same normalisation. */
  continuum: Float64Array;
  /** Emission (lowest transition, Stokes-shifted where a source gives a shift), maximum 1. */
  emission: Float64Array;
  /** Transitions of a dot of the mean size (for labels). */
  transitions: Transition[];
  /** Where the continuum starts for a dot of the mean size, eV. */
  continuumStartEv: number;
  absorptionPeakEv: number;
  absorptionPeakNm: number;
  /** True when the first band is only a shoulder (no local maximum of its own). */
  absorptionPeakIsShoulder: boolean;
  emissionPeakEv: number;
  emissionPeakNm: number;
  emissionFwhmEv: number;
  emissionFwhmMeV: number;
  emissionFwhmNm: number;
  /** Stokes shift applied, eV; null when no source gives one here. */
  stokesShiftEv: number | null;
  homogeneousFwhmEv: number;
  homogeneousSource: LinewidthSourceCode;
  homogeneousBorrowed: boolean;
}

function assertSigma(sigmaNm: number): void {
  if (typeof sigmaNm !== 'number' || !Number.isFinite(sigmaNm) || sigmaNm < 0) {
    throw new RangeError(`Size spread σ must be a finite number ≥ 0 nm; got ${String(sigmaNm)}`);
  }
}

/** Size samples and normalised weights of the ensemble (file header, step 3). */
export function ensembleSizes(meanNm: number, sigmaNm: number): { sizesNm: Float64Array; weights: Float64Array } {
  assertSize(meanNm);
  assertSigma(sigmaNm);
  if (sigmaNm === 0) return { sizesNm: Float64Array.of(meanNm), weights: Float64Array.of(1) };
  const lo = Math.max(meanNm - ENSEMBLE_SPAN_SIGMAS * sigmaNm, 0.2 * meanNm);
  const hi = meanNm + ENSEMBLE_SPAN_SIGMAS * sigmaNm;
  const n = ENSEMBLE_SIZE_SAMPLES;
  const sizesNm = new Float64Array(n);
  const weights = new Float64Array(n);
  let total = 0;
  for (let i = 0; i < n; i++) {
    const d = lo + ((i + 0.5) * (hi - lo)) / n;
    const z = (d - meanNm) / sigmaNm;
    sizesNm[i] = d;
    weights[i] = Math.exp(-0.5 * z * z);
    total += weights[i];
  }
  for (let i = 0; i < n; i++) weights[i] /= total;
  return { sizesNm, weights };
}

/**
 * Default energy window of the spectra: from 0.35 eV below the smallest first transition of the ensemble
 * (room for a Stokes shift and the red tail) to 0.8 eV above the mean dot's first transition, eV.
 */
export function defaultEnergyRange(material: SpectraMaterial, meanNm: number, sigmaNm: number): [number, number] {
  const { sizesNm } = ensembleSizes(meanNm, sigmaNm);
  const largest = sizesNm[sizesNm.length - 1];
  const eLow = dotModel(material, largest).transitions[0].energyEv;
  const eMean = dotModel(material, meanNm).transitions[0].energyEv;
  return [Math.max(0.3, eLow - 0.35), eMean + 0.8];
}

/** Adds `weight` at energy e to the bins (linear split between the two nearest bin centres). */
function deposit(target: Float64Array, e0: number, step: number, e: number, weight: number): void {
  const x = (e - e0) / step;
  const i = Math.floor(x);
  const f = x - i;
  if (i >= 0 && i < target.length) target[i] += weight * (1 - f);
  if (i + 1 >= 0 && i + 1 < target.length) target[i + 1] += weight * f;
}

/** Convolution with a unit-area Gaussian of FWHM `fwhmEv` (truncated at ±5σ); returns a new array. */
function gaussianBlur(sticks: Float64Array, step: number, fwhmEv: number): Float64Array {
  if (fwhmEv <= 0) return Float64Array.from(sticks, (v) => v / step);
  const sigma = fwhmEv / FWHM_PER_SIGMA;
  const half = Math.max(1, Math.ceil((5 * sigma) / step));
  const kernel = new Float64Array(2 * half + 1);
  let sum = 0;
  for (let j = -half; j <= half; j++) {
    const z = (j * step) / sigma;
    kernel[j + half] = Math.exp(-0.5 * z * z);
    sum += kernel[j + half];
  }
  for (let j = 0; j < kernel.length; j++) kernel[j] /= sum * step;
  const out = new Float64Array(sticks.length);
  for (let i = 0; i < sticks.length; i++) {
    const v = sticks[i];
    if (v === 0) continue;
    const a = Math.max(0, i - half);
    const b = Math.min(sticks.length - 1, i + half);
    for (let k = a; k <= b; k++) out[k] += v * kernel[k - i + half];
  }
  return out;
}

/** Peak position refined by a parabola through the highest sample and its neighbours. */
function refinedPeak(energies: Float64Array, y: Float64Array, i: number): number {
  if (i <= 0 || i >= y.length - 1) return energies[i];
  const c = y[i - 1] - 2 * y[i] + y[i + 1];
  if (c >= 0) return energies[i];
  return energies[i] + ((0.5 * (y[i - 1] - y[i + 1])) / c) * (energies[1] - energies[0]);
}

function argmax(y: Float64Array): number {
  let k = 0;
  for (let i = 1; i < y.length; i++) if (y[i] > y[k]) k = i;
  return k;
}

/** Half-maximum crossings around index `peak` (linear interpolation), eV; the grid end when not reached. */
function halfMaximum(energies: Float64Array, y: Float64Array, peak: number): { low: number; high: number } {
  const half = 0.5 * y[peak];
  const step = energies[1] - energies[0];
  let i = peak;
  while (i > 0 && y[i - 1] >= half) i--;
  const low = i === 0 ? energies[0] : energies[i - 1] + ((half - y[i - 1]) / (y[i] - y[i - 1])) * step;
  i = peak;
  while (i < y.length - 1 && y[i + 1] >= half) i++;
  const high = i === y.length - 1 ? energies[y.length - 1] : energies[i] + ((y[i] - half) / (y[i] - y[i + 1])) * step;
  return { low, high };
}

/**
 * Absorption and emission of an ensemble of dots (file header).
 * @throws RangeError for a mean size ≤ 0 / NaN / ∞, σ < 0 / NaN / ∞, or a bad energy window
 */
export function ensembleSpectra(
  material: SpectraMaterial,
  meanSizeNm: number,
  sigmaNm: number,
  options: EnsembleSpectraOptions = {},
): EnsembleSpectra {
  assertSize(meanSizeNm);
  assertSigma(sigmaNm);
  const p = spectraParameters(material);
  const model = spectraModel(material);
  const lw = HOMOGENEOUS_LINEWIDTH[p.id];
  const gamma = options.homogeneousFwhmEv ?? lw.fwhmEv;
  if (!Number.isFinite(gamma) || gamma < 0) throw new RangeError(`Homogeneous FWHM must be ≥ 0 eV; got ${String(gamma)}`);
  const [autoLo, autoHi] = defaultEnergyRange(material, meanSizeNm, sigmaNm);
  const eMin = options.energyMinEv ?? autoLo;
  const eMax = options.energyMaxEv ?? autoHi;
  if (!Number.isFinite(eMin) || !Number.isFinite(eMax) || eMin <= 0 || eMax - eMin < 20 * SPECTRUM_STEP_EV) {
    throw new RangeError(`Bad energy window ${String(eMin)}–${String(eMax)} eV`);
  }
  const step = SPECTRUM_STEP_EV;
  const n = Math.round((eMax - eMin) / step) + 1;
  const energiesEv = new Float64Array(n);
  for (let i = 0; i < n; i++) energiesEv[i] = eMin + i * step;

  const firstSticks = new Float64Array(n);
  const higherSticks = new Float64Array(n);
  const contSticks = new Float64Array(n);
  const { sizesNm, weights } = ensembleSizes(meanSizeNm, sigmaNm);
  for (let j = 0; j < sizesNm.length; j++) {
    const w = weights[j];
    const t = dotModel(material, sizesNm[j]).transitions;
    deposit(firstSticks, eMin, step, t[0].energyEv, w * t[0].strength);
    for (let k = 1; k < t.length; k++) deposit(higherSticks, eMin, step, t[k].energyEv, w * t[k].strength);
  }
  // Continuum: smooth in size, so counted on a coarser size grid (groups of CONTINUUM_SIZE_GROUP samples, each
  // at its weighted mean size with the group's weight); states between bin edges (bin i covers E_i ± step/2).
  for (let j0 = 0; j0 < sizesNm.length; j0 += CONTINUUM_SIZE_GROUP) {
    let w = 0;
    let dw = 0;
    for (let j = j0; j < Math.min(sizesNm.length, j0 + CONTINUUM_SIZE_GROUP); j++) {
      w += weights[j];
      dw += weights[j] * sizesNm[j];
    }
    if (w <= 0) continue;
    const dot = dotModel(material, dw / w);
    const i0 = Math.max(0, Math.floor((dot.continuumStartEv - eMin) / step) - 1);
    let prev = dot.continuumCount(eMin + (i0 - 0.5) * step);
    for (let i = i0; i < n; i++) {
      const next = dot.continuumCount(energiesEv[i] + 0.5 * step);
      if (next > prev) contSticks[i] += w * (next - prev);
      prev = next;
    }
  }

  const first = gaussianBlur(firstSticks, step, gamma);
  const higher = gaussianBlur(higherSticks, step, gamma);
  const cont = gaussianBlur(contSticks, step, gamma);
  const total = new Float64Array(n);
  for (let i = 0; i < n; i++) total[i] = first[i] + higher[i] + cont[i];

  // First excitonic peak: the first local maximum of the total from the red side, if it lies within the
  // first band's half width of the first band's own maximum; otherwise the first band is a shoulder.
  const iFirst = argmax(first);
  const hmFirst = halfMaximum(energiesEv, first, iFirst);
  let iPeak = -1;
  const floor = 0.02 * total[argmax(total)];
  for (let i = 1; i < n - 1; i++) {
    if (total[i] >= total[i - 1] && total[i] > total[i + 1] && total[i] > floor) {
      iPeak = i;
      break;
    }
  }
  const within = iPeak >= 0 && energiesEv[iPeak] >= hmFirst.low && energiesEv[iPeak] <= hmFirst.high;
  const absorptionPeakIsShoulder = !within;
  const absorptionPeakEv = within ? refinedPeak(energiesEv, total, iPeak) : refinedPeak(energiesEv, first, iFirst);
  const norm = within ? total[iPeak] : first[iFirst];
  const absorption = total.map((v) => v / norm);
  const firstBand = first.map((v) => v / norm);
  const continuum = cont.map((v) => v / norm);

  // Emission: the first band (number-weighted), shifted to the red by the Stokes shift where sourced.
  const stokes = typeof material === 'string' ? stokesShiftEv(material, absorptionPeakEv) : null;
  const emission = new Float64Array(n);
  const maxFirst = first[iFirst];
  const shiftBins = (stokes ?? 0) / step;
  for (let i = 0; i < n; i++) {
    // emission(E) = first(E + S): sample the first band at i + S/step (linear interpolation).
    const x = i + shiftBins;
    const a = Math.floor(x);
    const f = x - a;
    const ya = a >= 0 && a < n ? first[a] : 0;
    const yb = a + 1 >= 0 && a + 1 < n ? first[a + 1] : 0;
    emission[i] = ((1 - f) * ya + f * yb) / maxFirst;
  }
  const iEm = argmax(emission);
  const emissionPeakEv = refinedPeak(energiesEv, emission, iEm);
  const hm = halfMaximum(energiesEv, emission, iEm);
  const mean = dotModel(material, meanSizeNm);
  return {
    material: p.id,
    model,
    meanSizeNm,
    sigmaNm,
    energiesEv,
    absorption,
    firstBand,
    continuum,
    emission,
    transitions: mean.transitions,
    continuumStartEv: mean.continuumStartEv,
    absorptionPeakEv,
    absorptionPeakNm: HC_EV_NM / absorptionPeakEv,
    absorptionPeakIsShoulder,
    emissionPeakEv,
    emissionPeakNm: HC_EV_NM / emissionPeakEv,
    emissionFwhmEv: hm.high - hm.low,
    emissionFwhmMeV: (hm.high - hm.low) * 1000,
    emissionFwhmNm: HC_EV_NM / hm.low - HC_EV_NM / hm.high,
    stokesShiftEv: stokes,
    homogeneousFwhmEv: gamma,
    homogeneousSource: lw.source,
    homogeneousBorrowed: lw.borrowed,
  };
}

/** Bulk limit of the first transition, eV: E_g − E_b (cube) or 0.41 eV (Moreels E∞). */
export function spectraBulkLimitEv(material: SpectraMaterial): number {
  return spectraModel(material) === 'moreels' ? MOREELS_BULK_GAP_EV : cubeBulkLimitEv(material);
}

/** The exciton binding energy the cube model uses, eV (re-exported for the view's notes). */
export { excitonBindingEv };
