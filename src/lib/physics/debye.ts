/**
 * Powder pattern of a finite crystal by the Debye scattering equation (P. Debye, Ann. Phys. 351 (1915) 809):
 *
 *   I(q) = Σᵢ fᵢ(q)² + 2 Σ_{i<j} fᵢ(q) fⱼ(q) sin(q rᵢⱼ) / (q rᵢⱼ),   q = 4π sin θ / λ   (electrons²)
 *
 * the intensity of a randomly oriented crystal averaged over all orientations — no lattice, no Bragg's
 * law, no peak-shape assumption: the peak widths come out of the finite number of atoms. Pair distances
 * rᵢⱼ are histogrammed (bin width Δr, default 0.01 Å; the phase error q Δr/2 ≤ 0.02 rad at 2θ = 60°,
 * Cu Kα) separately for each pair of scatterer types, so the sum over pairs becomes a sum over bins.
 * The plotted curve is I(q(2θ)) × (1 + cos² 2θ)/2 (unpolarised beam). Averaging over orientations already
 * contains the powder Lorentz factor: a peak's area on the 2θ axis is ∝ m |F|² / (sin² θ cos θ), the
 * same weights as lib/physics/xrd.ts powderXrd.
 *
 * Pair histograms:
 *  - pairHistogram(atoms): every pair, O(N²) — any arrangement of atoms.
 *  - blockPairHistogram(crystal, [na, nb, nc]): a block of whole unit cells. The pairs between atom i of
 *    cell 0 and atom j of cell D = (D₁, D₂, D₃) occur (na − |D₁|)(nb − |D₂|)(nc − |D₃|) times in the block,
 *    so K² (2na − 1)(2nb − 1)(2nc − 1) distances (K atoms per cell) replace N²/2 (N = K na nb nc): a 10 nm
 *    cube of 5-atom cells takes ~1 M distances instead of 3·10⁸. Equal to pairHistogram on the same atoms
 *    (tests/unit/physics/debye.test.ts).
 *
 * The Scherrer estimate shown beside the curve: physics/scherrer.ts.
 */

import { CU_KALPHA1_ANGSTROM, siteFormFactor, type ScatteringCrystal, type SiteSpecies } from './xrd';

/** Default histogram bin width, Å (see the file header for the phase error it allows). */
export const DEBYE_BIN_WIDTH_ANGSTROM = 0.01;

/** Atoms for pairHistogram: Cartesian positions (Å) and a scatterer type per atom. */
export interface DebyeAtoms {
  /** x, y, z of each atom, Å. */
  positions: ArrayLike<number>;
  /** Index into `scatterers` of each atom. */
  types: ArrayLike<number>;
  /** What scatters for each type (an element, a molecular cation, or a mixed site). */
  scatterers: readonly (readonly SiteSpecies[])[];
}

/** Pair-distance histogram per pair of scatterer types. */
export interface PairHistogram {
  binWidthAngstrom: number;
  scatterers: readonly (readonly SiteSpecies[])[];
  /** Atoms of each type. */
  atomCounts: number[];
  /** Type pairs (t ≤ u), in the order of `counts`. */
  typePairs: [number, number][];
  /** counts[p][k]: unordered atom pairs of type pair p at distance ≈ k·Δr. */
  counts: Float64Array[];
}

export interface HistogramOptions {
  binWidthAngstrom?: number;
}

export interface DebyeOptions {
  wavelengthAngstrom?: number;
  twoThetaMinDeg?: number;
  twoThetaMaxDeg?: number;
  /** Sampling step, degrees of 2θ (default 0.05). */
  stepDeg?: number;
  /** Histogram bin width when atoms are given, Å (default 0.01). */
  binWidthAngstrom?: number;
}

export interface DebyeCurve {
  /** 2θ samples, degrees. */
  twoThetaDeg: Float64Array;
  /** I(q) × polarisation, scaled so that the highest sample is 100. */
  intensity: Float64Array;
  /** The unscaled maximum, electrons² (for comparisons between sizes). */
  maxRaw: number;
  /** Atoms in the crystal. */
  atomCount: number;
}

function checkBin(width: number): void {
  if (!Number.isFinite(width) || width <= 0 || width > 0.5) {
    throw new RangeError(`binWidthAngstrom must lie in (0, 0.5] Å; got ${String(width)}`);
  }
}

function emptyHistogram(scatterers: readonly (readonly SiteSpecies[])[], bins: number, width: number): PairHistogram {
  const typePairs: [number, number][] = [];
  for (let t = 0; t < scatterers.length; t++) for (let u = t; u < scatterers.length; u++) typePairs.push([t, u]);
  return {
    binWidthAngstrom: width,
    scatterers,
    atomCounts: new Array(scatterers.length).fill(0),
    typePairs,
    counts: typePairs.map(() => new Float64Array(bins)),
  };
}

function pairIndex(t: number, u: number, types: number): number {
  const lo = Math.min(t, u);
  const hi = Math.max(t, u);
  // Row lo starts after rows 0..lo-1 of lengths types, types-1, …
  return lo * types - (lo * (lo - 1)) / 2 + (hi - lo);
}

/**
 * Histogram of all pair distances of a set of atoms, O(N²).
 * @throws RangeError for mismatched arrays, a type out of range or a bad bin width
 */
export function pairHistogram(atoms: DebyeAtoms, options: HistogramOptions = {}): PairHistogram {
  const width = options.binWidthAngstrom ?? DEBYE_BIN_WIDTH_ANGSTROM;
  checkBin(width);
  const n = atoms.types.length;
  if (atoms.positions.length !== 3 * n) throw new RangeError('positions must hold 3 numbers per atom');
  const typeCount = atoms.scatterers.length;
  let maxR2 = 0;
  let minP = [Infinity, Infinity, Infinity];
  let maxP = [-Infinity, -Infinity, -Infinity];
  for (let i = 0; i < n; i++) {
    const t = atoms.types[i];
    if (!Number.isInteger(t) || t < 0 || t >= typeCount) throw new RangeError(`atom ${i}: type ${String(t)} out of range`);
    for (let d = 0; d < 3; d++) {
      minP[d] = Math.min(minP[d], atoms.positions[3 * i + d]);
      maxP[d] = Math.max(maxP[d], atoms.positions[3 * i + d]);
    }
  }
  if (n > 0) maxR2 = (maxP[0] - minP[0]) ** 2 + (maxP[1] - minP[1]) ** 2 + (maxP[2] - minP[2]) ** 2;
  minP = maxP = [];
  const bins = Math.ceil(Math.sqrt(maxR2) / width) + 2;
  const hist = emptyHistogram(atoms.scatterers, bins, width);
  const p = Float64Array.from(atoms.positions);
  const inv = 1 / width;
  for (let i = 0; i < n; i++) {
    const ti = atoms.types[i];
    hist.atomCounts[ti]++;
    const xi = p[3 * i];
    const yi = p[3 * i + 1];
    const zi = p[3 * i + 2];
    for (let j = i + 1; j < n; j++) {
      const dx = p[3 * j] - xi;
      const dy = p[3 * j + 1] - yi;
      const dz = p[3 * j + 2] - zi;
      const k = Math.round(Math.sqrt(dx * dx + dy * dy + dz * dz) * inv);
      hist.counts[pairIndex(ti, atoms.types[j], typeCount)][k]++;
    }
  }
  return hist;
}

/** Scatterer types of a crystal: atoms with identical occupants share a type. */
function crystalTypes(crystal: ScatteringCrystal): { types: number[]; scatterers: (readonly SiteSpecies[])[] } {
  const keys = new Map<string, number>();
  const scatterers: (readonly SiteSpecies[])[] = [];
  const types = crystal.atoms.map((atom) => {
    const key = atom.species.map((s) => `${s.symbol}:${s.occupancy ?? 1}`).join('|');
    let t = keys.get(key);
    if (t === undefined) {
      t = scatterers.length;
      keys.set(key, t);
      scatterers.push(atom.species);
    }
    return t;
  });
  return { types, scatterers };
}

/**
 * The atoms of a block of na × nb × nc whole unit cells (Cartesian, Å), for pairHistogram and tests.
 */
export function blockAtoms(crystal: ScatteringCrystal, cells: readonly [number, number, number]): DebyeAtoms {
  const { types, scatterers } = crystalTypes(crystal);
  const [na, nb, nc] = cells;
  const k = crystal.atoms.length;
  const positions = new Float64Array(3 * k * na * nb * nc);
  const out: number[] = [];
  let m = 0;
  for (let i = 0; i < na; i++)
    for (let j = 0; j < nb; j++)
      for (let l = 0; l < nc; l++)
        crystal.atoms.forEach((atom, index) => {
          positions[3 * m] = (atom.frac[0] + i) * crystal.a;
          positions[3 * m + 1] = (atom.frac[1] + j) * crystal.b;
          positions[3 * m + 2] = (atom.frac[2] + l) * crystal.c;
          out.push(types[index]);
          m++;
        });
  return { positions, types: out, scatterers };
}

function checkCells(cells: readonly [number, number, number]): void {
  for (const n of cells) {
    if (!Number.isInteger(n) || n < 1 || n > 200) throw new RangeError(`cell counts must be integers in [1, 200]; got ${String(n)}`);
  }
}

/**
 * Pair histogram of a block of na × nb × nc whole unit cells of an orthogonal crystal, by counting each
 * (atom i, atom j, cell offset D) once with weight Π(n − |D|) (file header). Same result as
 * pairHistogram(blockAtoms(crystal, cells)) up to rounding of distances that fall on a bin edge.
 */
export function blockPairHistogram(
  crystal: ScatteringCrystal,
  cells: readonly [number, number, number],
  options: HistogramOptions = {},
): PairHistogram {
  const width = options.binWidthAngstrom ?? DEBYE_BIN_WIDTH_ANGSTROM;
  checkBin(width);
  checkCells(cells);
  const [na, nb, nc] = cells;
  const { a, b, c } = crystal;
  const { types, scatterers } = crystalTypes(crystal);
  const typeCount = scatterers.length;
  const k = crystal.atoms.length;
  const maxR = Math.hypot((na + 1) * a, (nb + 1) * b, (nc + 1) * c);
  const bins = Math.ceil(maxR / width) + 2;
  const hist = emptyHistogram(scatterers, bins, width);
  const cellCount = na * nb * nc;
  for (const t of types) hist.atomCounts[t] += cellCount;
  const inv = 1 / width;
  const x = crystal.atoms.map((atom) => atom.frac[0] * a);
  const y = crystal.atoms.map((atom) => atom.frac[1] * b);
  const z = crystal.atoms.map((atom) => atom.frac[2] * c);
  // (i, j, D) and (j, i, −D) are the same pair: take j ≥ i once, with weight 1 for j > i and ½ for j = i
  // (there D and −D both occur).
  for (let i = 0; i < k; i++)
    for (let j = i; j < k; j++) {
      const counts = hist.counts[pairIndex(types[i], types[j], typeCount)];
      const factor = i === j ? 0.5 : 1;
      const rx = x[j] - x[i];
      const ry = y[j] - y[i];
      const rz = z[j] - z[i];
      for (let d1 = 1 - na; d1 < na; d1++) {
        const w1 = factor * (na - Math.abs(d1));
        const vx = rx + d1 * a;
        const vx2 = vx * vx;
        for (let d2 = 1 - nb; d2 < nb; d2++) {
          const w12 = w1 * (nb - Math.abs(d2));
          const vy = ry + d2 * b;
          const vxy2 = vx2 + vy * vy;
          for (let d3 = 1 - nc; d3 < nc; d3++) {
            const vz = rz + d3 * c;
            const r2 = vxy2 + vz * vz;
            if (r2 === 0) continue; // the atom itself (i = j, D = 0)
            counts[Math.round(Math.sqrt(r2) * inv)] += w12 * (nc - Math.abs(d3));
          }
        }
      }
    }
  return hist;
}

/**
 * The Debye-equation powder curve of a pair histogram (or of atoms, histogrammed first), sampled on a 2θ
 * grid: I(q) × (1 + cos² 2θ)/2, scaled to a maximum of 100 (file header).
 * @throws RangeError for a bad window, step or wavelength
 */
export function debyePattern(input: PairHistogram | DebyeAtoms, options: DebyeOptions = {}): DebyeCurve {
  const wavelength = options.wavelengthAngstrom ?? CU_KALPHA1_ANGSTROM;
  const minDeg = options.twoThetaMinDeg ?? 10;
  const maxDeg = options.twoThetaMaxDeg ?? 60;
  const step = options.stepDeg ?? 0.05;
  if (!Number.isFinite(wavelength) || wavelength <= 0) throw new RangeError('wavelengthAngstrom must be positive');
  if (!(minDeg > 0 && maxDeg < 180 && minDeg < maxDeg)) throw new RangeError('2θ window must satisfy 0 < min < max < 180°');
  if (!Number.isFinite(step) || step <= 0 || (maxDeg - minDeg) / step > 20000) {
    throw new RangeError(`stepDeg must be positive and give at most 20 000 samples; got ${String(step)}`);
  }
  const hist =
    'counts' in input ? input : pairHistogram(input, { binWidthAngstrom: options.binWidthAngstrom ?? DEBYE_BIN_WIDTH_ANGSTROM });

  // Σ_k n_k sin(q r_k)/(q r_k) over bins r_k = k Δr, with sin(q r_k) from the recurrence
  // sin((k+1)x) = 2 cos x · sin(kx) − sin((k−1)x) (x = q Δr): one multiply-add per bin instead of a sine.
  const pairs = hist.typePairs.length;
  const bins = hist.counts[0]?.length ?? 0;
  let lastBin = 0;
  for (let p = 0; p < pairs; p++) for (let kBin = bins - 1; kBin > lastBin; kBin--) if (hist.counts[p][kBin] !== 0) { lastBin = kBin; break; }
  // counts divided by r_k (bin 0, overlapping atoms, is handled apart: sinc(0) = 1).
  // Interleaved: weights[kBin · pairs + p].
  const weights = new Float64Array((lastBin + 1) * pairs);
  hist.counts.forEach((cnt, p) => {
    for (let kBin = 1; kBin <= lastBin; kBin++) weights[kBin * pairs + p] = cnt[kBin] / (kBin * hist.binWidthAngstrom);
  });
  const overlapping = hist.counts.map((cnt) => cnt[0] ?? 0);
  // Lattices without tilt have few distinct distances: then a sine per occupied bin is cheaper than the
  // recurrence over every bin (a sine costs roughly ten multiply-adds).
  const occupied: number[] = [];
  for (let kBin = 1; kBin <= lastBin; kBin++) {
    for (let p = 0; p < pairs; p++) {
      if (weights[kBin * pairs + p] !== 0) {
        occupied.push(kBin);
        break;
      }
    }
  }
  const sparse = occupied.length * (pairs + 10) < lastBin * (pairs + 2);
  const occupiedR = Float64Array.from(occupied, (kBin) => kBin * hist.binWidthAngstrom);

  const samples = Math.floor((maxDeg - minDeg) / step + 1e-9) + 1;
  const twoTheta = new Float64Array(samples);
  const intensity = new Float64Array(samples);
  const sums = new Float64Array(pairs);
  const f = new Float64Array(hist.scatterers.length);
  let maxRaw = 0;
  for (let iSample = 0; iSample < samples; iSample++) {
    const tt = minDeg + iSample * step;
    twoTheta[iSample] = tt;
    const theta = ((tt / 2) * Math.PI) / 180;
    const q = (4 * Math.PI * Math.sin(theta)) / wavelength;
    const s = Math.sin(theta) / wavelength;
    for (let t = 0; t < f.length; t++) f[t] = siteFormFactor(hist.scatterers[t], s);
    sums.fill(0);
    const x = q * hist.binWidthAngstrom;
    const twoCos = 2 * Math.cos(x);
    let sinPrev = 0; // sin(0·x)
    let sinK = Math.sin(x); // sin(1·x)
    if (sparse) {
      for (let m = 0; m < occupied.length; m++) {
        const sinQr = Math.sin(q * occupiedR[m]);
        const base = occupied[m] * pairs;
        for (let p = 0; p < pairs; p++) sums[p] += weights[base + p] * sinQr;
      }
    } else {
      for (let kBin = 1, base = pairs; kBin <= lastBin; kBin++, base += pairs) {
        for (let p = 0; p < pairs; p++) sums[p] += weights[base + p] * sinK;
        const next = twoCos * sinK - sinPrev;
        sinPrev = sinK;
        sinK = next;
      }
    }
    let value = 0;
    for (let t = 0; t < f.length; t++) value += hist.atomCounts[t] * f[t] * f[t];
    for (let p = 0; p < pairs; p++) {
      const [t, u] = hist.typePairs[p];
      value += 2 * f[t] * f[u] * (sums[p] / q + overlapping[p]);
    }
    const cos2t = Math.cos(2 * theta);
    value *= (1 + cos2t * cos2t) / 2;
    intensity[iSample] = value;
    if (value > maxRaw) maxRaw = value;
  }
  if (maxRaw > 0) for (let i = 0; i < samples; i++) intensity[i] = (100 * intensity[i]) / maxRaw;
  const atomCount = hist.atomCounts.reduce((sum, n) => sum + n, 0);
  return { twoThetaDeg: twoTheta, intensity, maxRaw, atomCount };
}
