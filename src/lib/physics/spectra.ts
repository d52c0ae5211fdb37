/**
 * Absorption and emission spectra of a dot ENSEMBLE: a Gaussian size distribution (mean d̄, standard
 * deviation σ) mapped through the material's default confinement model, each dot contributing its optical
 * transitions, each line broadened by the single-dot (homogeneous) width. Energies in eV, sizes in nm
 * (cube edge L for CsPbX₃, sphere diameter d for PbS).
 *
 * 1. Transitions of one dot.
 *    CsPbX₃ (cube model, cubeExciton.ts). Electron and hole in an infinitely deep cube have the states
 *    ψ_n ∝ Π sin(n_i π x_i/L), n_i = 1, 2, …, with k² = (n_x² + n_y² + n_z²) π²/L² = s π²/L². Because the
 *    electron and hole envelopes are the same functions, light couples only equal states (overlap
 *    ⟨ψ_n|ψ_n'⟩ = δ_nn'), so each state n gives one transition, all of the same strength (the Bloch part is
 *    common): a shell s has the strength of its degeneracy g_s (number of (n_x, n_y, n_z) with that s; e.g.
 *    s = 3 (1,1,1): g = 1; s = 6 (1,1,2)×3: g = 3; s = 9 (1,2,2)×3; s = 11 (1,1,3)×3; s = 12 (2,2,2): g = 1;
 *    s = 14 (1,2,3)×6). Oscillator strengths could not be sourced; these degeneracy-weighted equal strengths are
 *    the envelope-overlap result of this same model, not a measurement.
 *      - lowest transition: the model's lowest exciton E₁ = cubeGap(L) (Kane pair + Coulomb, joined to the
 *        centre-of-mass limit E_g − E_b for large L);
 *      - higher shells s = 6 … 27: E_s = E_pair(k_s) − (1 − w) E_C with the same Kane pair energy
 *        E_pair(k) = √(E_g² + E_g ħ²k²/μ), the first-order attraction E_C = A e²/(4πε₀εL) of the LOWEST pair
 *        (not computed per state) and the model's weak-confinement weight w(L): in strong confinement (w = 0)
 *        every pair keeps the attraction; in weak confinement (w = 1) the higher pairs are unbound (free
 *        electron + hole, E ≥ E_g) while the exciton sits E_b below E_g. The exciton's centre-of-mass
 *        excitations, which barely absorb, and its size-dependent ("giant") oscillator strength are left out.
 *    PbS (Moreels curve, moreels.ts). The empirical curve gives the first exciton only: E₁ = E₀(d), strength 1.
 *
 * 2. Bulk-like continuum. Above the listed transitions the states are counted smoothly, with Weyl's law for
 *    a box with hard walls: N(k) = V k³/(6π²) − A k²/(16π) (+ the cube's edge term 3kL/(4π)), V and A the
 *    dot's volume and surface area (cube: N(s) = (π/6)s^{3/2} − (3π/8)s + (3/4)s^{1/2}; sphere, x = kR:
 *    N = 2x³/(9π) − x²/4). Each state absorbs with the same strength as above, so the continuum grows like the
 *    bulk joint density of states, V k² dk/dE ∝ √(E − E_edge) near its edge, and scales with the dot's volume.
 *    It takes over at the k where the smooth count equals the number of transitions already listed one by one.
 *    Energies of continuum states: CsPbX₃ E(k) = E_pair(k) − (1 − w)E_C (as the higher shells); PbS: a state of
 *    wave number k gets the Moreels energy of the dot whose ground state has that k, E₀(2π/k) (our assumption:
 *    the empirical curve used as the dispersion, since the PbS masses and a non-parabolic model were not read).
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
import { HC_EV_NM, HBAR2_OVER_2M0_EV_NM2 } from './constants';
import { cubeBohrRadiusNm, cubeBulkLimitEv, cubeCoulombEnergy, cubeGap, excitonBindingEv, kanePairEnergy, reducedMass, weakWeight } from './cubeExciton';
import { moreelsDiameter, moreelsGap, MOREELS_BULK_GAP_EV } from './moreels';
import { materialParameters, type ConfinementMaterial, type MaterialParameters } from '../data/materials';

/**
 * A material id, or the parameter object of a mixed-halide dot (physics/mixedHalide.ts, issue #18): its
 * cube states use those parameters; no Stokes shift (no source for a mix) and the homogeneous width of
 * the end member in `id` (the nearest one).
 */
export type SpectraMaterial = ConfinementMaterial | MaterialParameters;

function spectraParameters(material: SpectraMaterial): MaterialParameters {
  return typeof material === 'string' ? materialParameters(material) : material;
}
import { HOMOGENEOUS_LINEWIDTH, STOKES_SERIES, type LinewidthSourceCode } from '../data/spectraSources';

/** Largest cube shell s = n_x² + n_y² + n_z² listed one by one (above: smooth continuum). */
export const CUBE_MAX_SHELL_S = 27;
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

export type SpectraModel = 'cube' | 'moreels';

/** The default model of each material (the same as the confinement readout's). */
export function spectraModel(material: SpectraMaterial): SpectraModel {
  return (typeof material === 'string' ? material : material.id) === 'PbS' ? 'moreels' : 'cube';
}

// ---------------------------------------------------------------- cube states

export interface CubeShell {
  /** s = n_x² + n_y² + n_z² (k² = s π²/L²). */
  s: number;
  /** Number of states (n_x, n_y, n_z) with this s. */
  degeneracy: number;
  /** The distinct sorted triples n_x ≤ n_y ≤ n_z in the shell, e.g. [[1,1,2]]. */
  triples: [number, number, number][];
}

/** Shells of the infinite cube with s ≤ maxS, ascending (degeneracy counts every permutation). */
export function cubeShells(maxS: number): CubeShell[] {
  if (!Number.isFinite(maxS) || maxS < 3) throw new RangeError(`maxS must be ≥ 3; got ${String(maxS)}`);
  const map = new Map<number, CubeShell>();
  const nMax = Math.floor(Math.sqrt(maxS - 2));
  for (let a = 1; a <= nMax; a++) {
    for (let b = 1; b <= nMax; b++) {
      for (let c = 1; c <= nMax; c++) {
        const s = a * a + b * b + c * c;
        if (s > maxS) continue;
        let shell = map.get(s);
        if (!shell) {
          shell = { s, degeneracy: 0, triples: [] };
          map.set(s, shell);
        }
        shell.degeneracy++;
        if (a <= b && b <= c) shell.triples.push([a, b, c]);
      }
    }
  }
  return [...map.values()].sort((x, y) => x.s - y.s);
}

/** Smooth (Weyl) number of cube states with n_x² + n_y² + n_z² ≤ s: (π/6)s^{3/2} − (3π/8)s + (3/4)√s. */
export function cubeWeylCount(s: number): number {
  if (s <= 0) return 0;
  const r = Math.sqrt(s);
  return (Math.PI / 6) * s * r - ((3 * Math.PI) / 8) * s + 0.75 * r;
}

/** Smooth (Weyl) number of sphere states with kR ≤ x: 2x³/(9π) − x²/4 (≥ 0). */
export function sphereWeylCount(x: number): number {
  if (x <= 0) return 0;
  return Math.max(0, (2 * x * x * x) / (9 * Math.PI) - (x * x) / 4);
}

/** Solves an increasing count(x) = target by bisection on [lo, hi]. */
function solveIncreasing(count: (x: number) => number, target: number, lo: number, hi: number): number {
  let a = lo;
  let b = hi;
  while (count(b) < target) b *= 2;
  for (let i = 0; i < 100; i++) {
    const mid = 0.5 * (a + b);
    if (count(mid) < target) a = mid;
    else b = mid;
  }
  return 0.5 * (a + b);
}

const CUBE_SHELLS = cubeShells(CUBE_MAX_SHELL_S);
const CUBE_LABELS = CUBE_SHELLS.map((sh) => sh.triples.map((t) => `(${t[0]},${t[1]},${t[2]})`).join(' '));
const CUBE_LISTED_STATES = CUBE_SHELLS.reduce((n, sh) => n + sh.degeneracy, 0);
/** s where the smooth cube count reaches the number of listed states (the continuum starts there). */
export const CUBE_CONTINUUM_START_S = solveIncreasing(cubeWeylCount, CUBE_LISTED_STATES, 3, 64);
/** x = kR where the smooth sphere count reaches 1 (the 1S transition is listed). */
export const SPHERE_CONTINUUM_START_X = solveIncreasing(sphereWeylCount, 1, Math.PI, 8);

// ---------------------------------------------------------------- one dot

export interface Transition {
  /** Cube shell s (k² = sπ²/L²); 0 for the PbS first exciton. */
  s: number;
  /** Label of the states, e.g. "(1,1,2)" or "1S". */
  label: string;
  degeneracy: number;
  /** Relative strength: the degeneracy; the first transition 1, or up to V/(π a_B³) in weak confinement. */
  strength: number;
  energyEv: number;
}

interface DotModel {
  transitions: Transition[];
  /** Number of continuum states with energy ≤ E (0 below the continuum start). */
  continuumCount: (energyEv: number) => number;
  /** Energy where the continuum starts, eV. */
  continuumStartEv: number;
}

function assertSize(sizeNm: number): void {
  if (typeof sizeNm !== 'number' || !Number.isFinite(sizeNm) || sizeNm <= 0) {
    throw new RangeError(`Size must be a positive finite number of nm; got ${String(sizeNm)}`);
  }
}

function cubeDot(material: SpectraMaterial, edgeNm: number): DotModel {
  const p = spectraParameters(material);
  const mu = reducedMass(material);
  const eg = p.bulkGapEv;
  const w = weakWeight(material, edgeNm);
  const shift = (1 - w) * cubeCoulombEnergy(material, edgeNm);
  const k2PerS = (Math.PI * Math.PI) / (edgeNm * edgeNm);
  const pairAt = (s: number) => kanePairEnergy(eg, mu, s * k2PerS) - shift;
  const transitions: Transition[] = CUBE_SHELLS.map((sh, i) => ({
    s: sh.s,
    label: CUBE_LABELS[i],
    degeneracy: sh.degeneracy,
    strength: sh.degeneracy,
    energyEv: i === 0 ? cubeGap(material, edgeNm) : pairAt(sh.s),
  }));
  // Weak confinement: the bound exciton collects the strength of V/(π a_B³) pair states (file header, 1).
  const aB = cubeBohrRadiusNm(material);
  transitions[0].strength = (1 - w) + (w * edgeNm * edgeNm * edgeNm) / (Math.PI * aB * aB * aB);
  // Inverse of E(s) = √(E_g² + E_g ħ²k²/μ) − shift: ħ²k²/μ = ((E + shift)² − E_g²)/E_g, s = k²/k2PerS.
  const sOfEnergy = (e: number) => {
    const ep = e + shift;
    if (ep <= eg) return 0;
    const hbar2kOverMu = (ep * ep - eg * eg) / eg;
    const k2 = (hbar2kOverMu * mu) / (2 * HBAR2_OVER_2M0_EV_NM2);
    return k2 / k2PerS;
  };
  const start = CUBE_CONTINUUM_START_S;
  const nStart = cubeWeylCount(start);
  return {
    transitions,
    continuumCount: (e) => {
      const s = sOfEnergy(e);
      return s <= start ? 0 : cubeWeylCount(s) - nStart;
    },
    continuumStartEv: pairAt(start),
  };
}

function moreelsDot(diameterNm: number): DotModel {
  const e1 = moreelsGap(diameterNm);
  // A state of wave number k has the first-exciton energy of the dot whose ground state has that k:
  // ground state of a sphere of diameter d': k = 2π/d', so E(k) = E₀(2π/k) and x = kR = π d / d'.
  const xOfEnergy = (e: number) => (e <= MOREELS_BULK_GAP_EV ? 0 : (Math.PI * diameterNm) / moreelsDiameter(e));
  const start = SPHERE_CONTINUUM_START_X;
  const nStart = sphereWeylCount(start);
  return {
    transitions: [{ s: 0, label: '1S', degeneracy: 1, strength: 1, energyEv: e1 }],
    continuumCount: (e) => {
      const x = xOfEnergy(e);
      return x <= start ? 0 : sphereWeylCount(x) - nStart;
    },
    continuumStartEv: moreelsGap((Math.PI * diameterNm) / start),
  };
}

function dotModel(material: SpectraMaterial, sizeNm: number): DotModel {
  return spectraModel(material) === 'moreels' ? moreelsDot(sizeNm) : cubeDot(material, sizeNm);
}

/**
 * The optical transitions of ONE dot of the given size in the material's default model (file header, step 1),
 * ascending in energy, with where its smooth continuum starts.
 * @throws RangeError for a size ≤ 0, NaN or ∞
 */
export function dotTransitions(material: SpectraMaterial, sizeNm: number): { transitions: Transition[]; continuumStartEv: number } {
  assertSize(sizeNm);
  const d = dotModel(material, sizeNm);
  return { transitions: d.transitions, continuumStartEv: d.continuumStartEv };
}

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
