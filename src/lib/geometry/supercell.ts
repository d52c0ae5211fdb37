/**
 * Supercells of a perovskite unit cell as flat typed arrays for instanced rendering, plus per-octahedron
 * instance matrices and B–X bond segments. Pure TypeScript (no three.js): the arrays follow three.js
 * layouts so a view can copy them straight into InstancedMesh buffers.
 *
 * Conventions
 *  - Positions in Å, Cartesian frame x ∥ a, y ∥ b, z ∥ c of the unit cell (for Pnma: y = the long,
 *    in-phase tilt axis), centred on the origin: the centre of the na × nb × nc box is (0, 0, 0).
 *  - Closed box: an atom is drawn in every image whose IDEAL (zero-tilt) fractional supercell coordinate
 *    u satisfies 0 ≤ u ≤ n on each axis. An atom on a cell face (ideal u = 0 within 1e-6) therefore also
 *    appears at u = n, so a 1 × 1 × 1 cubic cell shows its 8 corner B, 12 edge X and 1 A (21 atoms);
 *    nothing appears twice. Counts for the cubic n_a × n_b × n_c box:
 *        B (n_a+1)(n_b+1)(n_c+1),  X n_a(n_b+1)(n_c+1) + (n_a+1)n_b(n_c+1) + (n_a+1)(n_b+1)n_c,  A n_a n_b n_c.
 *  - No O(n²) dedupe is needed: the unit cell's atoms are deduplicated once on integer keys
 *    (round(frac·10⁶)), and every (atom, image) pair is generated exactly once by construction.
 *  - Because inclusion uses ideal coordinates, the atom count and order depend only on
 *    (unit-cell kind, na, nb, nc) — not on the radii or the tilt. A view can therefore keep its buffers:
 *    pass the previous result as `options.out` and the positions are rewritten in place (see SupercellOptions).
 */

import {
  buildUnitCell,
  type StructureKind,
  type UnitCell,
  type Vec3,
} from './perovskite';
import { ELEMENT_CODE, computeBounds, type AtomArrays } from './atomArrays';

// The shared atom arrays (atomArrays.ts) and the octahedra and bonds built from them (polyhedra.ts) are
// re-exported, so importers of supercell.ts are unchanged.
export { ELEMENT_CODE, computeBounds, type AtomArrays, type Bounds } from './atomArrays';
export {
  findBXPairs,
  buildOctahedra,
  buildBonds,
  type BondPairs,
  type OctahedraOptions,
  type Octahedra,
  type BondOptions,
  type Bonds,
} from './polyhedra';

/** Largest repeat per axis accepted by buildSupercell (30 × 30 × 30 cubic = 140 k atoms). */
export const SUPERCELL_MAX_REPEAT = 30;

/** Tolerance on ideal fractional coordinates for "on a cell face" and for the unit-cell dedupe. */
const FRAC_TOLERANCE = 1e-6;

export interface Supercell extends AtomArrays {
  /** Unit-cell lengths, Å. */
  cell: { a: number; b: number; c: number };
  /** Repeats along a, b, c. */
  repeats: [number, number, number];
}

/** Reusable buffers (e.g. a previous Supercell). Arrays must hold at least `count` atoms to be reused. */
export interface AtomBuffers {
  positions: Float32Array;
  element: Uint8Array;
  site: Uint16Array;
  cellAtom: Uint16Array;
}

export interface SupercellOptions {
  /** When `structure` is a kind: pseudo-cubic cell parameter, Å (default 5.874, cubic CsPbBr₃). */
  aPseudoCubic?: number;
  /** When `structure` is a kind: tilt φ, degrees (see buildUnitCell; ignored for cubic). */
  tiltDeg?: number;
  /**
   * Buffers to write into. If every array is large enough, the result uses these very arrays (same
   * object identity; lengths unchanged, possibly longer than needed — use `count`); otherwise new exact
   * arrays are allocated. Typical use when only radii or tilt change: `sc = buildSupercell(kind, n, n, n,
   * { aPseudoCubic, tiltDeg, out: sc })`, then upload `sc.positions` and set `needsUpdate`.
   */
  out?: AtomBuffers;
}

function assertRepeat(value: number, name: string): void {
  if (!Number.isInteger(value) || value < 1 || value > SUPERCELL_MAX_REPEAT) {
    throw new RangeError(`${name} must be an integer in 1..${SUPERCELL_MAX_REPEAT}; got ${String(value)}`);
  }
}

function wrapFrac(x: number): number {
  let w = x - Math.floor(x);
  if (w > 1 - FRAC_TOLERANCE) w = 0;
  if (w < FRAC_TOLERANCE) w = 0;
  return w;
}

interface PreparedAtom {
  /** Index in unitCell.atoms. */
  index: number;
  element: number;
  site: number;
  /** Ideal fractional position in [0, 1). */
  ideal: Vec3;
  /** Actual − ideal, fractional. */
  delta: Vec3;
  /** Closing image along each axis (ideal coordinate 0 → also drawn at n). */
  closes: [boolean, boolean, boolean];
}

/**
 * Unit-cell atoms with ideal positions wrapped into [0, 1), duplicates (same ideal position within 1e-6)
 * removed via integer keys, and the site-label table.
 */
function prepareAtoms(cell: UnitCell): { atoms: PreparedAtom[]; siteLabels: string[] } {
  const siteLabels: string[] = [];
  const siteIndex = new Map<string, number>();
  const seen = new Set<string>();
  const atoms: PreparedAtom[] = [];
  cell.atoms.forEach((atom, index) => {
    const raw = atom.idealFrac ?? atom.frac;
    const ideal: Vec3 = [wrapFrac(raw[0]), wrapFrac(raw[1]), wrapFrac(raw[2])];
    const key = ideal.map((v) => Math.round(v / FRAC_TOLERANCE)).join(',');
    if (seen.has(key)) return;
    seen.add(key);
    // delta = actual − ideal. Wrapping moves the ideal position by a lattice vector; measuring delta
    // from the unwrapped ideal position moves the actual one with it. Without idealFrac the wrapped
    // actual position is used as is.
    const delta: Vec3 = atom.idealFrac
      ? [atom.frac[0] - raw[0], atom.frac[1] - raw[1], atom.frac[2] - raw[2]]
      : [0, 0, 0];
    let site = siteIndex.get(atom.site);
    if (site === undefined) {
      site = siteLabels.length;
      siteLabels.push(atom.site);
      siteIndex.set(atom.site, site);
    }
    atoms.push({
      index,
      element: ELEMENT_CODE[atom.element],
      site,
      ideal,
      delta,
      closes: [ideal[0] === 0, ideal[1] === 0, ideal[2] === 0],
    });
  });
  return { atoms, siteLabels };
}

function imageCount(atom: PreparedAtom, na: number, nb: number, nc: number): number {
  return (na + (atom.closes[0] ? 1 : 0)) * (nb + (atom.closes[1] ? 1 : 0)) * (nc + (atom.closes[2] ? 1 : 0));
}

function resolveCell(structure: StructureKind | UnitCell, options: SupercellOptions): UnitCell {
  if (typeof structure === 'string') {
    return buildUnitCell(structure, {
      ...(options.aPseudoCubic !== undefined ? { aPseudoCubic: options.aPseudoCubic } : {}),
      ...(options.tiltDeg !== undefined ? { tiltDeg: options.tiltDeg } : {}),
    });
  }
  if (!structure || !Array.isArray(structure.atoms)) throw new RangeError('structure must be a StructureKind or a UnitCell');
  for (const len of [structure.a, structure.b, structure.c]) {
    if (!Number.isFinite(len) || len <= 0) throw new RangeError(`unit-cell lengths must be positive finite Å; got ${len}`);
  }
  return structure;
}

/**
 * Number of atoms buildSupercell would return (closed-box convention), without building. Use it to
 * allocate buffers for the largest supercell a view will show.
 * @throws RangeError as buildSupercell
 */
export function supercellAtomCount(
  structure: StructureKind | UnitCell,
  na: number,
  nb: number,
  nc: number,
): number {
  assertRepeat(na, 'na');
  assertRepeat(nb, 'nb');
  assertRepeat(nc, 'nc');
  const cell = resolveCell(structure, {});
  return prepareAtoms(cell).atoms.reduce((sum, atom) => sum + imageCount(atom, na, nb, nc), 0);
}

function ensureBuffers(count: number, out: AtomBuffers | undefined): AtomBuffers {
  if (
    out &&
    out.positions.length >= 3 * count &&
    out.element.length >= count &&
    out.site.length >= count &&
    out.cellAtom.length >= count
  ) {
    return out;
  }
  return {
    positions: new Float32Array(3 * count),
    element: new Uint8Array(count),
    site: new Uint16Array(count),
    cellAtom: new Uint16Array(count),
  };
}

/**
 * na × nb × nc supercell of `structure` (a kind, built with buildUnitCell(kind, options), or a ready
 * UnitCell with orthogonal axes) in the closed-box convention of the file header.
 *
 * Position of atom k in image (i, j, l): r = ((i + f_k,x) a − na a/2, (j + f_k,y) b − nb b/2,
 * (l + f_k,z) c − nc c/2), f_k = actual fractional coordinates.
 * Cost: one pass over the atoms with direct typed-array writes (20 × 20 × 20 cubic, 43 721 atoms: ~3 ms
 * warm in Node 20 on the shared test machine; the first, cold call is slower: JIT and allocation).
 * @throws RangeError unless na, nb, nc are integers in 1..30; for bad aPseudoCubic/tiltDeg (see buildUnitCell)
 */
export function buildSupercell(
  structure: StructureKind | UnitCell,
  na: number,
  nb: number,
  nc: number,
  options: SupercellOptions = {},
): Supercell {
  assertRepeat(na, 'na');
  assertRepeat(nb, 'nb');
  assertRepeat(nc, 'nc');
  const cell = resolveCell(structure, options);
  const { atoms, siteLabels } = prepareAtoms(cell);
  let count = 0;
  for (const atom of atoms) count += imageCount(atom, na, nb, nc);
  const buffers = ensureBuffers(count, options.out);
  const { positions, element, site, cellAtom } = buffers;

  const { a, b, c } = cell;
  const halfX = (na * a) / 2;
  const halfY = (nb * b) / 2;
  const halfZ = (nc * c) / 2;
  let n = 0;
  for (const atom of atoms) {
    const fx = atom.ideal[0] + atom.delta[0];
    const fy = atom.ideal[1] + atom.delta[1];
    const fz = atom.ideal[2] + atom.delta[2];
    const ia = na + (atom.closes[0] ? 1 : 0);
    const ib = nb + (atom.closes[1] ? 1 : 0);
    const ic = nc + (atom.closes[2] ? 1 : 0);
    for (let i = 0; i < ia; i++) {
      const x = (i + fx) * a - halfX;
      for (let j = 0; j < ib; j++) {
        const y = (j + fy) * b - halfY;
        for (let l = 0; l < ic; l++) {
          const p = 3 * n;
          positions[p] = x;
          positions[p + 1] = y;
          positions[p + 2] = (l + fz) * c - halfZ;
          element[n] = atom.element;
          site[n] = atom.site;
          cellAtom[n] = atom.index;
          n++;
        }
      }
    }
  }

  return {
    count,
    positions,
    element,
    site,
    cellAtom,
    siteLabels,
    unitCell: cell,
    bondLengthAngstrom: cell.bondLengthAngstrom,
    bounds: computeBounds(positions, count),
    cell: { a, b, c },
    repeats: [na, nb, nc],
  };
}
