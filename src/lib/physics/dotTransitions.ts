/**
 * The optical transitions of ONE dot (the first half of the ensemble spectra model, physics/spectra.ts).
 * Energies in eV, sizes in nm (cube edge L for CsPbX₃, sphere diameter d for PbS).
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
 */
import { HBAR2_OVER_2M0_EV_NM2 } from './constants';
import { cubeBohrRadiusNm, cubeCoulombEnergy, cubeGap, kanePairEnergy, reducedMass, weakWeight } from './cubeExciton';
import { moreelsDiameter, moreelsGap, MOREELS_BULK_GAP_EV } from './moreels';
import { materialParameters, type ConfinementMaterial, type MaterialParameters } from '../data/materials';

/**
 * A material id, or the parameter object of a mixed-halide dot (physics/mixedHalide.ts, issue #18): its
 * cube states use those parameters; no Stokes shift (no source for a mix) and the homogeneous width of
 * the end member in `id` (the nearest one).
 */
export type SpectraMaterial = ConfinementMaterial | MaterialParameters;

export function spectraParameters(material: SpectraMaterial): MaterialParameters {
  return typeof material === 'string' ? materialParameters(material) : material;
}

/** Largest cube shell s = n_x² + n_y² + n_z² listed one by one (above: smooth continuum). */
export const CUBE_MAX_SHELL_S = 27;

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

export interface DotModel {
  transitions: Transition[];
  /** Number of continuum states with energy ≤ E (0 below the continuum start). */
  continuumCount: (energyEv: number) => number;
  /** Energy where the continuum starts, eV. */
  continuumStartEv: number;
}

export function assertSize(sizeNm: number): void {
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

export function dotModel(material: SpectraMaterial, sizeNm: number): DotModel {
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

