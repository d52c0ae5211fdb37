/**
 * Rock-salt (NaCl-type, Fm-3m No. 225) PbS: the conventional cubic unit cell and closed-box supercells in
 * the flat typed-array form of the perovskite builders (supercell.ts AtomArrays), so the lattice canvas,
 * the bond search and the CIF writer take them as they are. Pure TypeScript: no DOM, no three.js.
 *
 * Cell (lib/data/pbs.ts): a = 5.936 Å; Pb on 4a (0,0,0) (0,½,½) (½,0,½) (½,½,0); S on 4b (½,½,½) (½,0,0)
 * (0,½,0) (0,0,½). Each ion has six counter-ions at a/2 (octahedral), twelve like ions at a/√2.
 *
 * Element codes: the arrays share the perovskite codes (supercell.ts ELEMENT_CODE): Pb is stored with the
 * B code (1), S with the X code (2), and there is no A. Codes, not chemistry: every Pb–S pair is found by
 * the same B–X neighbour search (findBXPairs), with bond length a/2.
 *
 * Closed box (supercell.ts): an n × n × n box draws every ion with 0 ≤ u ≤ n on each axis, so the
 * 1 × 1 × 1 cell shows 14 Pb (8 corners + 6 faces) and 13 S (12 edges + 1 centre): 27 ions.
 * Counts for n_a × n_b × n_c: Pb = sites (i,j,k), 0 ≤ i ≤ 2n_a…, with i+j+k even; S with i+j+k odd
 * (half-cell integer coordinates), i.e. Pb + S = (2n_a+1)(2n_b+1)(2n_c+1).
 */
import { PBS_LATTICE_A_ANGSTROM } from '../data/pbs';
import { toCif } from './cif';
import type { UnitCell, UnitCellAtom, Vec3 } from './perovskite';
import { buildSupercell, type AtomBuffers, type Supercell } from './supercell';

/** 4a positions of Fm-3m (the F-centring translations of (0,0,0)). */
export const FCC_TRANSLATIONS: readonly Vec3[] = [
  [0, 0, 0],
  [0, 0.5, 0.5],
  [0.5, 0, 0.5],
  [0.5, 0.5, 0],
];

/**
 * The conventional rock-salt cell: 4 Pb (site 'Pb1', B code) + 4 S (site 'S1', X code).
 * `kind` is 'cubic' (an orthogonal cubic cell; the supercell builder reads only lengths and atoms);
 * bondLengthAngstrom = a/2 (the Pb–S distance), aPseudoCubic = a.
 * @throws RangeError unless 3 ≤ a ≤ 10 Å
 */
export function buildRockSaltCell(aAngstrom: number = PBS_LATTICE_A_ANGSTROM): UnitCell {
  if (!Number.isFinite(aAngstrom) || aAngstrom < 3 || aAngstrom > 10) {
    throw new RangeError(`rock-salt a must be between 3 and 10 Å; got ${String(aAngstrom)}`);
  }
  const atoms: UnitCellAtom[] = [];
  for (const t of FCC_TRANSLATIONS) {
    const f: Vec3 = [t[0], t[1], t[2]];
    atoms.push({ element: 'B', site: 'Pb1', frac: f, idealFrac: [...f] as Vec3 });
  }
  for (const t of FCC_TRANSLATIONS) {
    const f: Vec3 = [(t[0] + 0.5) % 1, (t[1] + 0.5) % 1, (t[2] + 0.5) % 1];
    atoms.push({ element: 'X', site: 'S1', frac: f, idealFrac: [...f] as Vec3 });
  }
  return { kind: 'cubic', a: aAngstrom, b: aAngstrom, c: aAngstrom, atoms, bondLengthAngstrom: aAngstrom / 2, aPseudoCubic: aAngstrom, tiltDeg: 0 };
}

/** Number of Pb and S in the closed n_a × n_b × n_c box (file header), without building it. */
export function rockSaltBoxCounts(na: number, nb: number, nc: number): { Pb: number; S: number } {
  const total = (2 * na + 1) * (2 * nb + 1) * (2 * nc + 1);
  // Pb has the even parity; the corner (0,0,0) is Pb, so Pb holds the extra site of the odd total.
  const pb = (total + 1) / 2;
  return { Pb: pb, S: total - pb };
}

/**
 * Closed-box rock-salt supercell (buildSupercell of buildRockSaltCell(a)): positions in Å centred on the
 * origin; element codes B = Pb, X = S. Pass the previous result as `out` to reuse its buffers.
 * @throws RangeError as buildSupercell (repeats 1..30) or buildRockSaltCell
 */
export function buildRockSaltSupercell(
  na: number,
  nb: number,
  nc: number,
  options: { aAngstrom?: number; out?: AtomBuffers } = {},
): Supercell {
  return buildSupercell(buildRockSaltCell(options.aAngstrom), na, nb, nc, options.out ? { out: options.out } : {});
}

/**
 * CIF 1.1 text of the conventional rock-salt PbS cell (toCif: P 1 with all 8 atoms listed, which symmetry
 * finders such as spglib/pymatgen recognise as Fm-3m; scripts/pbs-cif-check.py checks it) and its file name.
 */
export function rockSaltCif(aAngstrom: number = PBS_LATTICE_A_ANGSTROM): { text: string; filename: string } {
  const cell = buildRockSaltCell(aAngstrom);
  const title = `PbS rock salt (galena type), Fm-3m, a ${aAngstrom.toFixed(4)} A; Pb 4a (0,0,0), S 4b (1/2,1/2,1/2); Perovskite QD Lab teaching model`;
  const text = toCif(cell, { formula: 'Pb S', title, species: { B: [{ symbol: 'Pb' }], X: [{ symbol: 'S' }] } });
  return { text, filename: 'PbS-rocksalt.cif' };
}
