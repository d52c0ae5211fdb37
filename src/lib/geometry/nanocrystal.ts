/**
 * Cube-shaped cubic-phase CsPbX₃ nanocrystal ("nanocube") cut from the ideal Pm-3m lattice, with the two
 * idealised surface terminations of the review (Xu et al., Mater. Chem. Front. 2024, §3 and Fig. 4,
 * after Bodnarchuk et al.): notation [core](inner shell){outer shell}.
 *  - 'CsX'  = [CsPbX₃](PbX₂){CsX}: the outermost layer is a CsX (AX) plane — the "upper bound" of the
 *    X/Pb ratio; the review calls it the relatively common situation (and, with ligands replacing some
 *    Cs, the one supported by solid-state NMR for CsPbBr₃).
 *  - 'PbX2' = [CsPbX₃](CsX){PbX₂}: the outermost layer is a PbX₂ (BX₂) plane — the lower X/Pb bound.
 * Ligands (the review's {CsX′} shell, X′ = X⁻ and carboxylates) are not modelled.
 *
 * Lattice. Half-cell integer coordinates h = (h_x, h_y, h_z), position r = h · a/2 (B at the origin of
 * the cubic cell): B where all three h are even, X where exactly one is odd, A where all three are odd
 * (two odd = empty). AX planes have an odd constant coordinate, BX₂ planes an even one. The crystal keeps
 * every site with p ≤ h_i ≤ p + 2n, where n = cells per edge and p is odd for 'CsX', even for 'PbX2', so
 * the six outer planes are of the chosen kind. Edge length L = n·a, measured between the atom centres of
 * opposite outer planes; n = max(1, round(L/a)). Positions are centred on the cube centre.
 * Counts: 'CsX'  B n³,      A (n+1)³, X 3n²(n+1);
 *         'PbX2' B (n+1)³,  A n³,     X 3n(n+1)².
 * Size cap: at most MAX_NANOCRYSTAL_ATOMS = 40 000 atoms, i.e. n ≤ 19 for both terminations (19 cells ≈
 * 11.2 nm for CsPbBr₃, a = 5.874 Å). Larger requests are clamped to that n and flagged `clamped: true`.
 */

import { buildUnitCell } from './perovskite';
import { computeBounds, ELEMENT_CODE, type AtomArrays } from './supercell';

export type Termination = 'CsX' | 'PbX2';

/** Atom cap of buildNanocubeCrystal (project brief: "about 40 000 atoms" for interactive rendering). */
export const MAX_NANOCRYSTAL_ATOMS = 40_000;

/** Atoms of an n-cell nanocube with the given termination (formulas in the file header). */
export function nanocubeAtomCount(cellsPerEdge: number, termination: Termination): number {
  if (!Number.isInteger(cellsPerEdge) || cellsPerEdge < 1) {
    throw new RangeError(`cellsPerEdge must be a positive integer; got ${String(cellsPerEdge)}`);
  }
  const n = cellsPerEdge;
  return termination === 'CsX' ? n ** 3 + (n + 1) ** 3 + 3 * n * n * (n + 1) : (n + 1) ** 3 + n ** 3 + 3 * n * (n + 1) ** 2;
}

/** Largest cells-per-edge whose atom count stays ≤ MAX_NANOCRYSTAL_ATOMS for both terminations (19). */
export const MAX_NANOCUBE_CELLS_PER_EDGE: number = (() => {
  let n = 1;
  while (
    nanocubeAtomCount(n + 1, 'CsX') <= MAX_NANOCRYSTAL_ATOMS &&
    nanocubeAtomCount(n + 1, 'PbX2') <= MAX_NANOCRYSTAL_ATOMS
  ) {
    n++;
  }
  return n;
})();

export interface Nanocrystal extends AtomArrays {
  /** 1 = atom in the outermost layer (one of the six outer planes), 0 = inside. */
  surface: Uint8Array;
  /** Depth of the atom's plane below the surface, in half cells: 0 = outer shell, 1 = inner shell, … (capped at 255). */
  layer: Uint8Array;
  termination: Termination;
  /** Unit cells per edge, n. */
  cellsPerEdge: number;
  /** Actual edge length n·a between outer-plane atom centres, nm. */
  edgeLengthNm: number;
  /** The edge length asked for, nm. */
  requestedEdgeLengthNm: number;
  /** True when the request exceeded MAX_NANOCUBE_CELLS_PER_EDGE and n was clamped. */
  clamped: boolean;
  /** Number of A, B and X atoms. */
  composition: { A: number; B: number; X: number };
}

export interface NanocrystalOptions {
  /** Buffers to reuse when large enough (as in buildSupercell's `out`), including surface and layer. */
  out?: {
    positions: Float32Array;
    element: Uint8Array;
    site: Uint16Array;
    cellAtom: Uint16Array;
    surface: Uint8Array;
    layer: Uint8Array;
  };
}

/**
 * Cube-shaped cubic-phase ABX₃ nanocrystal of edge ≈ edgeLengthNm with a CsX or PbX₂ outer layer
 * (review §3, Fig. 4); see the file header for the lattice, counts and the 40 000-atom cap.
 * Site labels and `cellAtom` refer to the cubic unit cell (Pb1, X1 ×3, Cs1), so buildOctahedra and
 * buildBonds work on the result unchanged (surface Pb of a 'PbX2' cube lack their outward X).
 * @throws RangeError for edgeLengthNm ≤ 0/NaN/∞, aPseudoCubic outside [3, 10] Å or an unknown termination
 */
export function buildNanocubeCrystal(
  edgeLengthNm: number,
  aPseudoCubic: number,
  termination: Termination,
  options: NanocrystalOptions = {},
): Nanocrystal {
  if (typeof edgeLengthNm !== 'number' || !Number.isFinite(edgeLengthNm) || edgeLengthNm <= 0) {
    throw new RangeError(`edgeLengthNm must be a positive finite length in nm; got ${String(edgeLengthNm)}`);
  }
  if (termination !== 'CsX' && termination !== 'PbX2') {
    throw new RangeError(`termination must be 'CsX' or 'PbX2'; got ${String(termination)}`);
  }
  const unitCell = buildUnitCell('cubic', { aPseudoCubic }); // validates aPseudoCubic
  const a = unitCell.a;
  const wanted = Math.max(1, Math.round((edgeLengthNm * 10) / a));
  const n = Math.min(wanted, MAX_NANOCUBE_CELLS_PER_EDGE);
  const count = nanocubeAtomCount(n, termination);

  const out = options.out;
  const reuse =
    out &&
    out.positions.length >= 3 * count &&
    out.element.length >= count &&
    out.site.length >= count &&
    out.cellAtom.length >= count &&
    out.surface.length >= count &&
    out.layer.length >= count;
  const positions = reuse ? out.positions : new Float32Array(3 * count);
  const element = reuse ? out.element : new Uint8Array(count);
  const site = reuse ? out.site : new Uint16Array(count);
  const cellAtom = reuse ? out.cellAtom : new Uint16Array(count);
  const surface = reuse ? out.surface : new Uint8Array(count);
  const layer = reuse ? out.layer : new Uint8Array(count);

  // Outer coordinate p: odd → AX (CsX) outer planes, even → BX₂ (PbX₂) outer planes. Centre = p + n.
  const p = termination === 'CsX' ? -n + (n % 2 === 0 ? 1 : 0) : -n + (n % 2 === 0 ? 0 : 1);
  const q = p + 2 * n;
  const centre = p + n;
  const half = a / 2;
  // Site-label table of the cubic cell: Pb1 → 0, X1 → 1, Cs1 → 2; cellAtom indexes unitCell.atoms
  // (0 Pb1, 1 X1 along x, 2 X1 along y, 3 X1 along z, 4 Cs1).
  const siteLabels = ['Pb1', 'X1', 'Cs1'];
  const composition = { A: 0, B: 0, X: 0 };
  let k = 0;
  for (let hz = p; hz <= q; hz++) {
    const oz = hz & 1;
    const dz = Math.min(hz - p, q - hz);
    for (let hy = p; hy <= q; hy++) {
      const oy = hy & 1;
      const dy = Math.min(hy - p, q - hy);
      for (let hx = p; hx <= q; hx++) {
        const ox = hx & 1;
        const odd = ox + oy + oz;
        if (odd === 2) continue;
        const depth = Math.min(hx - p, q - hx, dy, dz);
        positions[3 * k] = (hx - centre) * half;
        positions[3 * k + 1] = (hy - centre) * half;
        positions[3 * k + 2] = (hz - centre) * half;
        if (odd === 0) {
          element[k] = ELEMENT_CODE.B;
          site[k] = 0;
          cellAtom[k] = 0;
          composition.B++;
        } else if (odd === 1) {
          element[k] = ELEMENT_CODE.X;
          site[k] = 1;
          cellAtom[k] = ox ? 1 : oy ? 2 : 3;
          composition.X++;
        } else {
          element[k] = ELEMENT_CODE.A;
          site[k] = 2;
          cellAtom[k] = 4;
          composition.A++;
        }
        layer[k] = Math.min(255, depth);
        surface[k] = depth === 0 ? 1 : 0;
        k++;
      }
    }
  }
  if (k !== count) throw new Error(`internal: generated ${k} atoms, expected ${count}`);

  return {
    count,
    positions,
    element,
    site,
    siteLabels,
    cellAtom,
    unitCell,
    bondLengthAngstrom: unitCell.bondLengthAngstrom,
    bounds: computeBounds(positions, count),
    surface,
    layer,
    termination,
    cellsPerEdge: n,
    edgeLengthNm: (n * a) / 10,
    requestedEdgeLengthNm: edgeLengthNm,
    clamped: wanted > n,
    composition,
  };
}

/**
 * Net charge of a nanocrystal in units of e, counted atom by atom with the ions' formal charges A⁺, B²⁺,
 * X⁻: q = n_A + 2 n_B − n_X. For a CsX-terminated cube of n cells per edge the counts of the file header
 * give (n+1)³ + 2n³ − 3n²(n+1) = 3n + 1; for a PbX₂-terminated one n³ + 2(n+1)³ − 3n(n+1)² = 3n + 2
 * (both checked against the counted atoms in tests/unit/geometry/nanocrystal.test.ts). A real dot is
 * neutral: its ligand shell (anionic ligands, or missing surface Cs⁺) balances this excess.
 */
export function nanocrystalNetCharge(nc: Pick<AtomArrays, 'count' | 'element'>): { charge: number; nA: number; nB: number; nX: number } {
  let nA = 0;
  let nB = 0;
  let nX = 0;
  for (let i = 0; i < nc.count; i++) {
    const e = nc.element[i];
    if (e === ELEMENT_CODE.A) nA++;
    else if (e === ELEMENT_CODE.B) nB++;
    else if (e === ELEMENT_CODE.X) nX++;
  }
  return { charge: nA + 2 * nB - nX, nA, nB, nX };
}
