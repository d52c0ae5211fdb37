/**
 * A faceted PbS dot cut from the rock-salt lattice: the truncated octahedron of the facet-share model
 * (lib/physics/pbsFacets.ts: octahedron |x|+|y|+|z| ≤ R, {111} faces, truncated by the cube |x|,|y|,|z| ≤ h,
 * {100} faces; h/R = truncationRatio(d) — 1 below 3 nm, ½ (cuboctahedron) above 5 nm, Choi et al. 2013),
 * with every surface atom tagged as sitting on a {111} facet (Pb only), a {100} facet (Pb and S) or an
 * edge/corner where both meet. The counted facet shares are then set beside the model's area share.
 *
 * Lattice. Half-cell integer coordinates h = (i, j, k), position r = h · a/2; Pb where i+j+k is even
 * (Pb at the centre), S where it is odd (rock salt: lib/geometry/rocksalt.ts).
 * Cut. Keep every site with |i|+|j|+|k| ≤ N and max(|i|,|j|,|k|) ≤ H, where
 *   N = the even integer nearest to R/(a/2)  — even, so all eight outer {111} planes are Pb planes
 *       ({111} planes of rock salt alternate Pb-only and S-only, and i±j±k has the parity of i+j+k);
 *   H = round((h/R) · N)                     — the {100} planes |i| = H hold Pb and S alternately.
 * Size. d is the diameter of the sphere with the dot's volume (the same number of PbS units):
 *   V = (4/3)R³ − 6·(2/3)(R−h)³  (octahedron minus six square-pyramid corners, valid for h/R ≥ ½)
 *   (π/6)d³ = V  ⇒  R = d · (π / (8 − 12(1 − h/R)³))^⅓.
 * Surface. An atom is at the surface when it has fewer than 6 Pb–S neighbours (at a/2) in the dot. Every
 * such atom lies on an outer plane (a site off every outer plane has all six neighbours inside): on a
 * {111} plane only → '111'; on a {100} plane only → '100'; on both → 'edge' (the rims where the facets
 * meet, and the corners). Outer {111} Pb have 3 neighbours (2 on a ridge between two {111} facets), {100}
 * atoms 5.
 * Shares. share100Atoms = n100/(n100 + n111) counts atoms (edges left out). To compare with the model's
 * AREA share, each count is divided by its plane's atom density: a rock-salt (100) plane holds 4 ions per
 * a² (2 Pb + 2 S), a Pb {111} plane 4/(√3 a²) Pb per unit area (its fcc sublattice), so a facet's area
 * is about n100 · a²/4 or n111 · √3a²/4, and
 *   share100Area = n100 / (n100 + √3 · n111).
 * Size cap: at most MAX_PBS_DOT_ATOMS atoms (the nanocube's cap); larger dots are clamped (flag `clamped`).
 * Pure TypeScript: no DOM.
 */
import { PBS_LATTICE_A_ANGSTROM } from '../data/pbs';
import { truncationRatio, truncatedOctahedronAreas, pbsFacetShare, type FacetModelOptions } from '../physics/pbsFacets';
import { buildRockSaltCell } from './rocksalt';
import { computeBounds, ELEMENT_CODE, type AtomArrays } from './supercell';

/** Largest dot drawn, atoms (the nanocube cap of lib/geometry/nanocrystal.ts, MAX_NANOCRYSTAL_ATOMS). */
export const MAX_PBS_DOT_ATOMS = 40_000;

/** Facet code per atom. */
export const FACET_NONE = 0;
export const FACET_111 = 1;
export const FACET_100 = 2;
export const FACET_EDGE = 3;

export interface PbsDot extends AtomArrays {
  /** Per atom: FACET_NONE (inside), FACET_111, FACET_100 or FACET_EDGE. */
  facet: Uint8Array;
  /** Per atom: number of Pb–S neighbours (at a/2) inside the dot, 0..6. */
  coordination: Uint8Array;
  /** Half-cell integer extents of the cut: |i|+|j|+|k| ≤ N, max|i| ≤ H. */
  n: number;
  h: number;
  /** Truncation ratio of the model for d, and the one of the cut (H/N). */
  modelRatio: number;
  cutRatio: number;
  /** Diameter asked for and the equal-volume diameter of the cut (from its atom count), nm. */
  requestedDiameterNm: number;
  diameterNm: number;
  /** True when the request was over MAX_PBS_DOT_ATOMS and N was lowered. */
  clamped: boolean;
  counts: {
    Pb: number;
    S: number;
    surface: number;
    /** Surface atoms by facet, and by element on each facet. */
    facet111: number;
    facet100: number;
    edge: number;
    facet111Pb: number;
    facet111S: number;
    facet100Pb: number;
    facet100S: number;
  };
  /** n100 / (n100 + n111): the (100) share of the facet atoms (edges left out), 0..1. */
  share100Atoms: number;
  /** n100 / (n100 + √3·n111): the same counts turned into an area share (file header), 0..1. */
  share100Area: number;
  /** The model's {100} area share for the requested d (pbsFacets.ts). */
  share100Model: number;
}

/** R/d for a truncation ratio s = h/R (equal-volume sphere, file header). */
export function circumRadiusPerDiameter(s: number): number {
  const u = 1 - s;
  return Math.cbrt(Math.PI / (8 - 12 * u * u * u));
}

/** Number of sites with |i|+|j|+|k| ≤ n and max|·| ≤ h (both parities). */
function siteCount(n: number, h: number): number {
  let total = 0;
  for (let i = -h; i <= h; i++) {
    for (let j = -h; j <= h; j++) {
      const rest = n - Math.abs(i) - Math.abs(j);
      if (rest < 0) continue;
      total += 2 * Math.min(h, rest) + 1;
    }
  }
  return total;
}

function cutFor(diameterNm: number, ratio: number, aAngstrom: number): { n: number; h: number } {
  const rAngstrom = 10 * diameterNm * circumRadiusPerDiameter(ratio);
  const n = Math.max(2, 2 * Math.round(rAngstrom / aAngstrom)); // even, in half cells (a/2): R/(a/2) = 2R/a
  return { n, h: Math.max(1, Math.round(ratio * n)) };
}

/**
 * The PbS dot of diameter d (nm): the truncated octahedron of the facet-share model cut from rock salt,
 * positions in Å centred on the central Pb, with facet tags and counts (file header).
 * @throws RangeError for d ≤ 0 / not finite (as truncationRatio) or a bad lattice parameter
 */
export function buildPbsDot(
  diameterNm: number,
  options: FacetModelOptions & { aAngstrom?: number } = {},
): PbsDot {
  const a = options.aAngstrom ?? PBS_LATTICE_A_ANGSTROM;
  const unitCell = buildRockSaltCell(a);
  const ratio = truncationRatio(diameterNm, options);
  let { n, h } = cutFor(diameterNm, ratio, a);
  let clamped = false;
  while (n > 2 && siteCount(n, h) > MAX_PBS_DOT_ATOMS) {
    n -= 2;
    h = Math.max(1, Math.round(ratio * n));
    clamped = true;
  }
  const count = siteCount(n, h);
  const positions = new Float32Array(3 * count);
  const element = new Uint8Array(count);
  const site = new Uint16Array(count);
  const cellAtom = new Uint16Array(count);
  const facet = new Uint8Array(count);
  const coordination = new Uint8Array(count);
  const half = a / 2;
  const inside = (i: number, j: number, k: number): boolean =>
    Math.abs(i) + Math.abs(j) + Math.abs(k) <= n && Math.abs(i) <= h && Math.abs(j) <= h && Math.abs(k) <= h;
  const c = {
    Pb: 0, S: 0, surface: 0, facet111: 0, facet100: 0, edge: 0,
    facet111Pb: 0, facet111S: 0, facet100Pb: 0, facet100S: 0,
  };
  let q = 0;
  for (let i = -h; i <= h; i++) {
    for (let j = -h; j <= h; j++) {
      for (let k = -h; k <= h; k++) {
        if (!inside(i, j, k)) continue;
        const pb = ((i + j + k) & 1) === 0;
        positions[3 * q] = i * half;
        positions[3 * q + 1] = j * half;
        positions[3 * q + 2] = k * half;
        element[q] = pb ? ELEMENT_CODE.B : ELEMENT_CODE.X;
        site[q] = pb ? 0 : 1;
        cellAtom[q] = pb ? 0 : 4;
        let z = 0;
        if (inside(i + 1, j, k)) z++;
        if (inside(i - 1, j, k)) z++;
        if (inside(i, j + 1, k)) z++;
        if (inside(i, j - 1, k)) z++;
        if (inside(i, j, k + 1)) z++;
        if (inside(i, j, k - 1)) z++;
        coordination[q] = z;
        if (pb) c.Pb++;
        else c.S++;
        if (z < 6) {
          const on111 = Math.abs(i) + Math.abs(j) + Math.abs(k) === n;
          const on100 = Math.abs(i) === h || Math.abs(j) === h || Math.abs(k) === h;
          const f = on111 && on100 ? FACET_EDGE : on111 ? FACET_111 : on100 ? FACET_100 : FACET_NONE;
          facet[q] = f;
          c.surface++;
          if (f === FACET_111) {
            c.facet111++;
            if (pb) c.facet111Pb++;
            else c.facet111S++;
          } else if (f === FACET_100) {
            c.facet100++;
            if (pb) c.facet100Pb++;
            else c.facet100S++;
          } else if (f === FACET_EDGE) c.edge++;
        }
        q++;
      }
    }
  }
  const facetAtoms = c.facet100 + c.facet111;
  const areaDen = c.facet100 + Math.sqrt(3) * c.facet111;
  // Equal-volume diameter of the cut: one PbS unit (2 ions) per a³/4.
  const volumeNm3 = (count / 2) * ((a / 10) ** 3 / 4);
  return {
    count,
    positions,
    element,
    site,
    siteLabels: ['Pb1', 'S1'],
    cellAtom,
    unitCell,
    bondLengthAngstrom: half,
    bounds: computeBounds(positions, count),
    facet,
    coordination,
    n,
    h,
    modelRatio: ratio,
    cutRatio: h / n,
    requestedDiameterNm: diameterNm,
    diameterNm: Math.cbrt((6 * volumeNm3) / Math.PI),
    clamped,
    counts: c,
    share100Atoms: facetAtoms > 0 ? c.facet100 / facetAtoms : 0,
    share100Area: areaDen > 0 ? c.facet100 / areaDen : 0,
    share100Model: pbsFacetShare(diameterNm, options).share100,
  };
}

/** The model's {100} area share for the cut's own truncation H/N (what the drawn shape would give exactly). */
export function modelShareOfCut(dot: Pick<PbsDot, 'cutRatio'>): number {
  const s = Math.min(1, Math.max(1 / 3, dot.cutRatio));
  const { area100, area111 } = truncatedOctahedronAreas(s);
  return area100 / (area100 + area111);
}

let lastSummary: { key: string; value: PbsDotSummary } | null = null;

/** The numbers of a dot without its arrays (readouts, captions). */
export interface PbsDotSummary {
  diameterNm: number;
  requestedDiameterNm: number;
  atoms: number;
  counts: PbsDot['counts'];
  share100Atoms: number;
  share100Area: number;
  share100Model: number;
  modelRatio: number;
  cutRatio: number;
  clamped: boolean;
}

/** buildPbsDot(d) reduced to its numbers; the last result is kept (views and readouts ask for the same d). */
export function pbsDotSummary(diameterNm: number): PbsDotSummary {
  const key = String(diameterNm);
  if (lastSummary?.key === key) return lastSummary.value;
  const dot = buildPbsDot(diameterNm);
  const value: PbsDotSummary = {
    diameterNm: dot.diameterNm,
    requestedDiameterNm: dot.requestedDiameterNm,
    atoms: dot.count,
    counts: dot.counts,
    share100Atoms: dot.share100Atoms,
    share100Area: dot.share100Area,
    share100Model: dot.share100Model,
    modelRatio: dot.modelRatio,
    cutRatio: dot.cutRatio,
    clamped: dot.clamped,
  };
  lastSummary = { key, value };
  return value;
}
