/**
 * Reference structures the lattice view draws for known compounds: orthorhombic (Pnma) black phases of
 * CsPbBr₃ and CsPbI₃ and the yellow non-perovskite δ-CsPbI₃. Lengths in Å, fractional coordinates
 * in the standard Pnma setting (No. 62, b = long axis for the perovskites).
 *
 * What could and could not be checked (no experimental CIF was found in any searchable public
 * repository, nor the papers' tables; searched again for issue #11, see the final report):
 *  - Cells: the published room-temperature cells as commonly quoted (structures.ts: Stoumpos et al. 2013
 *    for CsPbBr₃; Sutton et al. 2018 for γ-CsPbI₃, 2–3 significant figures); primary tables not opened.
 *  - CsPbBr₃ atom positions: the Materials Project DFT-PBE relaxed Pnma structure (fractional
 *    coordinates), as printed in a public transcript (find_string id 65728592350, "MatBrain conversation
 *    transcript", repository not identified; also structures.json orthorhombic_RT.CsPbBr3
 *    .DFT_cell_with_coordinates). Fractional coordinates put into the measured cell.
 *  - γ-CsPbI₃ atom positions: not found. Fitted here to the cell with regular (rigid) octahedra tilted
 *    a⁻a⁻c⁺ with two independent angles (closed form, lib/geometry/perovskite.ts rigidPnmaSites). The
 *    Materials Project Pnma CsPbI₃ entry in the same transcript (a = 8.931, b = 12.758, c = 8.853 Å) was
 *    NOT used: its tilts are smaller than CsPbBr₃'s (Pb–I–Pb 155.9°/163.6°), against the trend of t, and the
 *    reference folder flagged its volume as inconsistent.
 *  - δ-CsPbI₃: the Materials Project DFT-PBE relaxed NH₄CdCl₃-type Pnma structure (cell and all five 4c
 *    sites), same transcript. DFT-PBE overestimates cells by ~1–3 %. No experimental δ cell was found.
 */

/** Asymmetric unit of an a⁻a⁻c⁺ Pnma perovskite ABX₃ (Z = 4), origin as in lib/geometry/perovskite.ts. */
export interface PnmaPerovskiteSites {
  /** Cell, Å (Pnma: b = long axis ≈ 2 a_pc). */
  a: number;
  b: number;
  c: number;
  /** A on 4c (x, ¼, z), ideal (½, ¼, ½). */
  A: readonly [number, number];
  /** Equatorial X on 8d (x, y, z), ideal (¼, 0, ¾). B is fixed on 4b (0, 0, ½). */
  X1: readonly [number, number, number];
  /** Apical X on 4c (x, ¼, z), ideal (0, ¼, ½). */
  X2: readonly [number, number];
}

export type StructureOrigin =
  /** Published cell (as commonly quoted) + DFT atom positions. */
  | 'cell-published-positions-dft'
  /** Published cell (as commonly quoted) + positions fitted to it with regular octahedra. */
  | 'cell-published-positions-fitted'
  /** Everything from a DFT calculation (no experimental structure found). */
  | 'dft';

export interface PublishedPerovskite {
  formula: 'CsPbBr3' | 'CsPbI3';
  halide: 'Br' | 'I';
  /** Phase name as in the literature. */
  phase: string;
  origin: StructureOrigin;
  temperatureK: number;
  sites: PnmaPerovskiteSites;
  /** English citation (shown with lang="en"). */
  citation: string;
  doi: string;
}

/**
 * CsPbBr₃, orthorhombic, room temperature. Cell: Stoumpos et al., Cryst. Growth Des. 13 (2013) 2722,
 * as commonly quoted (structures.json orthorhombic_RT.CsPbBr3.experimental_cell). Positions: Materials
 * Project DFT-PBE Pnma CsPbBr₃ (transcript id 65728592350): Cs 4c (0.06016347, ¾, 0.01945212) — written
 * here as its Pnma image (½ − x, ¼, ½ + z) by the operation (−x+½, −y, z+½) —, Br 8d (0.20102217,
 * 0.03170128, 0.80279189), Br 4c (0.00625945, ¼, 0.44033452).
 * In this cell: Pb–Br 2.971/3.008/2.975 Å, Pb–Br–Pb 152.96° (equatorial) and 160.97° (apical)
 * (computed here by scripts/structure-check.py and tests/unit/geometry/published.test.ts).
 */
export const CSPBBR3_PNMA: PublishedPerovskite = {
  formula: 'CsPbBr3',
  halide: 'Br',
  phase: 'γ (orthorhombic)',
  origin: 'cell-published-positions-dft',
  temperatureK: 298,
  sites: {
    a: 8.244, // Å, Stoumpos 2013 as commonly quoted
    b: 11.735, // Å
    c: 8.198, // Å
    A: [0.5 - 0.06016347, 0.5 + 0.01945212], // Materials Project DFT-PBE, Cs 4c
    X1: [0.20102217, 0.03170128, 0.80279189], // Materials Project DFT-PBE, Br 8d
    X2: [0.00625945, 0.44033452], // Materials Project DFT-PBE, Br 4c
  },
  citation: 'C. C. Stoumpos et al., Cryst. Growth Des. 13, 2722 (2013); Materials Project, DFT (PBE) Pnma CsPbBr3',
  doi: '10.1021/cg400645t',
};

/**
 * Pbnm cell of γ-CsPbI₃ as commonly quoted (Sutton et al., ACS Energy Lett. 3 (2018) 1787;
 * structures.json orthorhombic_RT.CsPbI3_gamma.experimental_cell: a' = 8.62, b' = 8.85, c' = 12.5 Å),
 * converted to Pnma (a, b, c) = (b', c', a').
 */
export const CSPBI3_GAMMA_CELL_PNMA = { a: 8.85, b: 12.5, c: 8.62 } as const;

/** Formula units per cell of every structure here. */
export const Z_PNMA = 4;

/**
 * δ-CsPbI₃ (yellow, NH₄CdCl₃ type, Pnma, edge-sharing double chains of PbI₆ octahedra along b).
 * Materials Project DFT-PBE relaxed structure (transcript id 65728592350, "Structure 3 (CsPbI3_2)";
 * structures.json orthorhombic_RT.CsPbI3_gamma.delta_phase_note gives the same cell).
 * All five sites on 4c (x, ¼ or ¾, z).
 */
export const DELTA_CSPBI3 = {
  formula: 'CsPbI3',
  origin: 'dft' as StructureOrigin,
  a: 10.65044663, // Å
  b: 4.84714164, // Å
  c: 18.03119927, // Å
  sites: [
    { element: 'A', label: 'Cs1', frac: [0.08127558, 0.75, 0.32788027] },
    { element: 'B', label: 'Pb1', frac: [0.16184885, 0.25, 0.06078324] },
    { element: 'X', label: 'I1', frac: [0.02927197, 0.25, 0.88769176] },
    { element: 'X', label: 'I2', frac: [0.16278884, 0.25, 0.49795545] },
    { element: 'X', label: 'I3', frac: [0.20368336, 0.75, 0.71269448] },
  ] as const,
  citation: 'Materials Project, DFT (PBE) δ-CsPbI3 (NH4CdCl3 type, Pnma)',
};
