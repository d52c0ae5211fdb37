/**
 * Glue between the lattice view's model and the diffraction library (lib/physics/xrd.ts, debye.ts): the
 * scattering crystal of the structure on screen, the block of cells of a nanocrystal of edge L, CSV text.
 * Pure (no DOM), so it runs in the page, in the Debye worker and in unit tests alike.
 */
import type { Composition } from '../../../lib/physics/composition';
import type { LatticeModel } from '../../../lib/readouts/lattice';
import { crystalFromUnitCell, type ScatteringCrystal, type SiteSpecies, type SiteSpeciesMap, type XrdPeak } from '../../../lib/physics/xrd';
import { toCsv } from '../../../lib/export/csv';
import { scherrerFwhmDeg } from '../../../lib/physics/scherrer';
import { drawnUnitCell } from '../exportCif';

/** Size of the sharp comparison crystal, nm (issue #17: "a 50 nm crystal's sharp ones"). */
export const LARGE_CRYSTAL_NM = 50;

/** 2θ sampling of the curves, degrees (≥ 8 samples across the narrowest, 50 nm, peak at 2θ = 10°: FWHM 0.16°). */
export const CURVE_STEP_DEG = 0.02;

/**
 * 2θ step of the nanocrystal's Debye curve, degrees: an eighth of the narrowest Scherrer width it can have
 * (at 2θ = 10°), between 0.02° and 0.1° — fine enough for its peaks and size fringes, and the cost of the
 * Debye sum falls with the sample count (0.1° for a 10 nm cube, 0.05° for 20 nm).
 */
export function debyeStepDeg(edgeNm: number): number {
  const step = scherrerFwhmDeg(Math.max(0.1, edgeNm), 10) / 8;
  return Math.min(0.1, Math.max(CURVE_STEP_DEG, Math.round(step * 1000) / 1000));
}

/** Linear interpolation of a sampled curve at x (0 outside its range). */
export function sampleAt(xs: ArrayLike<number>, ys: ArrayLike<number>, x: number): number {
  const n = xs.length;
  if (n === 0 || x < xs[0] || x > xs[n - 1]) return 0;
  let lo = 0;
  let hi = n - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (xs[mid] <= x) lo = mid;
    else hi = mid;
  }
  if (hi === lo) return ys[lo];
  const t = (x - xs[lo]) / (xs[hi] - xs[lo] || 1);
  return ys[lo] + t * (ys[hi] - ys[lo]);
}

/** What scatters on each site: the composition's ions with their fractions (molecular cations by name). */
export function scatteringSpecies(composition: Composition): SiteSpeciesMap {
  const site = (shares: Composition['A']): SiteSpecies[] =>
    shares.map((share) => ({ symbol: share.ion as SiteSpecies['symbol'], occupancy: share.fraction }));
  return { A: site(composition.A), B: site(composition.B), X: site(composition.X) };
}

/** The crystal the 3D view draws, with its ions, ready for powderXrd / blockPairHistogram. */
export function drawnCrystal(model: LatticeModel): ScatteringCrystal {
  return crystalFromUnitCell(drawnUnitCell(model), scatteringSpecies(model.composition));
}

/** Whole cells along a, b, c of a crystal about `edgeNm` on each side (at least 1). */
export function cellsForEdge(crystal: Pick<ScatteringCrystal, 'a' | 'b' | 'c'>, edgeNm: number): [number, number, number] {
  const n = (length: number): number => Math.max(1, Math.round((edgeNm * 10) / length));
  return [n(crystal.a), n(crystal.b), n(crystal.c)];
}

/** Edge lengths of that block, nm. */
export function blockEdgesNm(crystal: Pick<ScatteringCrystal, 'a' | 'b' | 'c'>, cells: readonly [number, number, number]): [number, number, number] {
  return [(cells[0] * crystal.a) / 10, (cells[1] * crystal.b) / 10, (cells[2] * crystal.c) / 10];
}

/** Miller indices as text, negative ones with a leading minus: '2 0 0', '1 -2 1'. */
export function hklText(hkl: readonly number[]): string {
  return hkl.map((x) => (Number.isInteger(x) ? String(x) : `${x < 0 ? '-' : ''}${Math.abs(2 * x)}/2`)).join(' ');
}

/** Pseudo-cubic indices with halves as ½: '½ ½ 3/2' style → '½ ½ 1½'. */
export function pseudoCubicText(hkl: readonly number[]): string {
  return hkl
    .map((x) => {
      const whole = Math.trunc(x);
      const half = Math.abs(x - whole) > 0.25;
      const sign = x < 0 ? '-' : '';
      if (!half) return String(x);
      return `${sign}${Math.abs(whole) === 0 ? '' : Math.abs(whole)}½`;
    })
    .join(' ');
}

/**
 * The peak whose width the panel compares: the strongest peak (≥ 10) with no other peak above a quarter of
 * its height within two Scherrer widths for a crystal of `sizeNm` (so the nanocrystal's broad peak is that
 * one peak, not several merged); the strongest peak, flagged not isolated, when none is.
 */
export function referencePeak<P extends { twoThetaDeg: number; intensity: number }>(
  peaks: readonly P[],
  sizeNm: number,
): { peak: P; isolated: boolean } | null {
  if (peaks.length === 0) return null;
  const byHeight = [...peaks].sort((p, q) => q.intensity - p.intensity);
  for (const p of byHeight) {
    if (p.intensity < 10) break;
    const reach = 2 * scherrerFwhmDeg(sizeNm, p.twoThetaDeg);
    if (peaks.every((q) => q === p || Math.abs(q.twoThetaDeg - p.twoThetaDeg) > reach || q.intensity < 0.25 * p.intensity)) {
      return { peak: p, isolated: true };
    }
  }
  return { peak: byHeight[0], isolated: false };
}

/**
 * Full width at half maximum (degrees) of a sampled curve's highest maximum — or, with `near`, of the highest
 * maximum within near.centreDeg ± near.halfWindowDeg — by linear interpolation of the half-height points;
 * null when the curve does not fall to half height on both sides.
 */
export function curveFwhmDeg(
  twoThetaDeg: ArrayLike<number>,
  intensity: ArrayLike<number>,
  near?: { centreDeg: number; halfWindowDeg: number },
): { centreDeg: number; fwhmDeg: number } | null {
  const n = intensity.length;
  if (n < 3) return null;
  let iMax = -1;
  for (let i = 0; i < n; i++) {
    if (near && Math.abs(twoThetaDeg[i] - near.centreDeg) > near.halfWindowDeg) continue;
    if (iMax < 0 || intensity[i] > intensity[iMax]) iMax = i;
  }
  if (iMax < 0) return null;
  const half = intensity[iMax] / 2;
  let l = iMax;
  while (l > 0 && intensity[l] > half) l--;
  let r = iMax;
  while (r < n - 1 && intensity[r] > half) r++;
  if (intensity[l] > half || intensity[r] > half) return null;
  const xl = twoThetaDeg[l] + ((half - intensity[l]) / (intensity[l + 1] - intensity[l])) * (twoThetaDeg[l + 1] - twoThetaDeg[l]);
  const xr = twoThetaDeg[r - 1] + ((half - intensity[r - 1]) / (intensity[r] - intensity[r - 1])) * (twoThetaDeg[r] - twoThetaDeg[r - 1]);
  return { centreDeg: twoThetaDeg[iMax], fwhmDeg: xr - xl };
}

/** Everything the CSV holds. `header` and `comments` come from the catalogue (the view words them). */
export interface DiffractionCsvInput {
  comments: string[];
  peaks: readonly XrdPeak[];
  /** The large crystal's curve on its grid; the nanocrystal's on its own (interpolated onto the first). */
  curves: {
    twoThetaDeg: ArrayLike<number>;
    large: ArrayLike<number>;
    nano: { twoThetaDeg: ArrayLike<number>; intensity: ArrayLike<number> } | null;
  };
}

/**
 * Two tables in one file: the peak list (2θ, d, h k l, intensity, multiplicity, superlattice) and the sampled
 * curves (2θ, large crystal, nanocrystal interpolated onto the same 2θ). Machine-readable numbers (plain decimals, no locale).
 */
export function diffractionCsv(input: DiffractionCsvInput): string {
  const peaks = toCsv({
    comments: input.comments,
    header: ['two_theta_deg', 'd_angstrom', 'h', 'k', 'l', 'intensity_rel', 'multiplicity', 'superlattice'],
    rows: input.peaks.map((p) => [
      Number(p.twoThetaDeg.toFixed(4)),
      Number(p.dSpacingAngstrom.toFixed(5)),
      p.hkl[0],
      p.hkl[1],
      p.hkl[2],
      Number(p.intensity.toFixed(3)),
      p.multiplicity,
      p.superlattice ? 1 : 0,
    ]),
  });
  const rows: (number | null)[][] = [];
  for (let i = 0; i < input.curves.twoThetaDeg.length; i++) {
    rows.push([
      Number(input.curves.twoThetaDeg[i].toFixed(3)),
      Number(input.curves.large[i].toFixed(4)),
      input.curves.nano
        ? Number(sampleAt(input.curves.nano.twoThetaDeg, input.curves.nano.intensity, input.curves.twoThetaDeg[i]).toFixed(4))
        : null,
    ]);
  }
  const curves = toCsv({ header: ['two_theta_deg', 'large_crystal_rel', 'nanocrystal_rel'], rows });
  return `${peaks}\n${curves}`;
}
