/**
 * Crystal-structure reference data for CsPbX₃ (X = Cl, Br, I) perovskites and rock-salt PbS.
 *
 * Every number is copied from /work/shared/reference/structures.json (the JSON path is given in each
 * `source`). Provenance markings of that folder, kept verbatim in every `source` string:
 *   (b) from memory / well known, NOT re-verified when the folder was curated — treat as unverified;
 *   (c) read, but low-provenance or computed (DFT-PBE, Materials Project) — not experimental.
 * No experimental CIF with a traceable public path was found when the folder was curated, so nothing
 * here is marked (a). Lengths in Å (ångström), temperatures in K.
 */

/** Provenance marking of /work/shared/reference: 'b' memory/unverified, 'c' DFT / low provenance. */
export type StructureMarking = 'b' | 'c';

/** Halide of CsPbX₃. */
export type Halide = 'Cl' | 'Br' | 'I';

export interface CubicCellEntry {
  /** Formula, e.g. "CsPbBr3". */
  formula: string;
  /** Cubic (Pm-3m, α phase) cell parameter a, Å. */
  aAngstrom: number;
  /** Temperature of the measurement, K (approximate where `temperatureNote` says so). */
  temperatureK: number;
  /** Temperature as written in the reference file. */
  temperatureNote: string;
  marking: StructureMarking;
  /** Paper / reference file + field, with the marking in parentheses. */
  source: string;
}

/**
 * Experimental cubic (α, Pm-3m) cell parameters, measured above each compound's cubic transition.
 * All (b): literature values from memory, not re-verified.
 */
export const CUBIC_CELLS: Readonly<Record<Halide, CubicCellEntry>> = {
  Cl: {
    formula: 'CsPbCl3',
    aAngstrom: 5.605, // Å, structures.json cubic_Pm-3m_alpha.CsPbCl3.a_A (b)
    temperatureK: 320, // K, structures.json cubic_Pm-3m_alpha.CsPbCl3.T_K "~320" (b)
    temperatureNote: '~320 K (just above the 47 °C tetragonal→cubic transition)',
    marking: 'b',
    source:
      '(b) from memory, not re-verified ("verify against e.g. Moreira/ICSD before use"); ' +
      'structures.json cubic_Pm-3m_alpha.CsPbCl3.a_A',
  },
  Br: {
    formula: 'CsPbBr3',
    aAngstrom: 5.874, // Å, structures.json cubic_Pm-3m_alpha.CsPbBr3.a_A (b)
    temperatureK: 403, // K, structures.json cubic_Pm-3m_alpha.CsPbBr3.T_K "~403" (b)
    temperatureNote: '~403 K (cubic above ~130 °C)',
    marking: 'b',
    source:
      '(b) from memory (Hirotsu 1974 / Stoumpos 2013 high-T cubic), not re-verified; ' +
      'structures.json cubic_Pm-3m_alpha.CsPbBr3.a_A',
  },
  I: {
    formula: 'CsPbI3',
    aAngstrom: 6.2894, // Å, structures.json cubic_Pm-3m_alpha.CsPbI3.a_A (b)
    temperatureK: 634, // K, structures.json cubic_Pm-3m_alpha.CsPbI3.T_K (b)
    temperatureNote: '634 K',
    marking: 'b',
    source:
      '(b) from memory: Trots & Myagkota, J. Phys. Chem. Solids 69 (2008) 2520; Sutton et al., ACS Energy ' +
      'Lett. 2018 report ~6.29–6.30 Å above ~580 K; structures.json cubic_Pm-3m_alpha.CsPbI3.a_A',
  },
};

/**
 * Atomic positions of the ideal cubic perovskite, as written in the reference file
 * (structures.json cubic_Pm-3m_alpha.atomic_positions; standard ideal perovskite, no free parameters).
 */
export const CUBIC_ATOMIC_POSITIONS_NOTE =
  'Pm-3m, origin at B: Pb 1a (0,0,0); X 3d (1/2,0,0),(0,1/2,0),(0,0,1/2); Cs 1b (1/2,1/2,1/2)';

/**
 * DFT-PBE (Materials Project) relaxed cubic cell parameters, Å — for comparison only, NOT experimental
 * (PBE overestimates lattice constants by ~1–3 %). (c): read in a third-party transcript, repository
 * not identified. structures.json cubic_Pm-3m_alpha.DFT_comparison_MaterialsProject.
 */
export const CUBIC_CELLS_DFT_ANGSTROM: Readonly<Record<Halide, number>> = {
  Cl: 5.67984477, // Å, …DFT_comparison_MaterialsProject.CsPbCl3_a_A (c)
  Br: 5.94863082, // Å, …DFT_comparison_MaterialsProject.CsPbBr3_a_A (c)
  I: 6.27514229, // Å, …DFT_comparison_MaterialsProject.CsPbI3_a_A (c)
};

export interface OrthorhombicCellEntry {
  formula: string;
  /** Space-group setting as published. Pnma: b = long axis; Pbnm: c = long axis. */
  setting: 'Pnma' | 'Pbnm';
  aAngstrom: number;
  bAngstrom: number;
  cAngstrom: number;
  temperatureK: number;
  marking: StructureMarking;
  /** Significant figures the value can be trusted to (the reference file's own caveat). */
  precisionNote: string;
  source: string;
}

/**
 * Room-temperature orthorhombic CsPbBr₃ cell (Pnma, b = long axis). (b) from memory — Stoumpos et al.,
 * Cryst. Growth Des. 13 (2013) 2722; the paper surfaced in search only with its abstract.
 */
export const CSPBBR3_ORTHORHOMBIC_RT: OrthorhombicCellEntry = {
  formula: 'CsPbBr3',
  setting: 'Pnma',
  aAngstrom: 8.244, // Å, structures.json orthorhombic_RT.CsPbBr3.experimental_cell.a_A (b)
  bAngstrom: 11.735, // Å, …experimental_cell.b_A (b)
  cAngstrom: 8.198, // Å, …experimental_cell.c_A (b)
  temperatureK: 298, // K, …experimental_cell.T_K (b)
  marking: 'b',
  precisionNote: 'quoted to 4 significant figures; unverified',
  source:
    '(b) from memory, not re-verified: Stoumpos et al., Cryst. Growth Des. 13 (2013) 2722; ' +
    'structures.json orthorhombic_RT.CsPbBr3.experimental_cell',
};

/**
 * Room-temperature γ-CsPbI₃ cell as published in the non-standard Pbnm setting (c = long axis).
 * (b) approximate, from memory, 2–3 significant figures only: the reference file says "DO NOT use as
 * test truth without checking the paper/CIF". Sutton et al., ACS Energy Lett. 3 (2018) 1787.
 */
export const CSPBI3_GAMMA_RT: OrthorhombicCellEntry = {
  formula: 'CsPbI3',
  setting: 'Pbnm',
  aAngstrom: 8.62, // Å, structures.json orthorhombic_RT.CsPbI3_gamma.experimental_cell.a_A (b)
  bAngstrom: 8.85, // Å, …experimental_cell.b_A (b)
  cAngstrom: 12.5, // Å, …experimental_cell.c_A (b)
  temperatureK: 298, // K, …experimental_cell.T_K (b)
  marking: 'b',
  precisionNote: '2–3 significant figures, approximate; not test truth',
  source:
    '(b) approximate, from memory: Sutton et al., ACS Energy Lett. 3 (2018) 1787 (gamma-CsPbI3); ' +
    'structures.json orthorhombic_RT.CsPbI3_gamma.experimental_cell',
};

/*
 * Pnma ↔ Pbnm axis relation for the usual perovskite choice (long axis b in Pnma, c in Pbnm):
 * a' = c, b' = a, c' = b, where (a, b, c) is Pnma and (a', b', c') is Pbnm.
 * structures.json orthorhombic_RT.setting_conversion. (Kept as this note only: it was an unused English
 * string constant, PNMA_PBNM_NOTE, and lib holds no prose, issue #7.)
 */

export interface WyckoffSite {
  element: 'Cs' | 'Pb' | 'Br';
  wyckoff: string;
  /** Fractional coordinates of the representative position (Pnma, standard origin). */
  frac: readonly [number, number, number];
}

/**
 * DFT-PBE (Materials Project) relaxed Pnma CsPbBr₃: cell and asymmetric unit. (c): NOT experimental;
 * read in a third-party public transcript (repository not identified). Used only to compare octahedral
 * tilt angles with the geometric model (no experimental coordinates were found).
 * structures.json orthorhombic_RT.CsPbBr3.DFT_cell_with_coordinates.
 */
export const CSPBBR3_PNMA_DFT = {
  setting: 'Pnma',
  aAngstrom: 8.45384704, // Å, …DFT_cell_with_coordinates.a_A (c)
  bAngstrom: 11.87891123, // Å, …DFT_cell_with_coordinates.b_A (c)
  cAngstrom: 8.10107841, // Å, …DFT_cell_with_coordinates.c_A (c)
  sites: [
    { element: 'Cs', wyckoff: '4c', frac: [0.06016347, 0.75, 0.01945212] }, // …sites[0] (c)
    { element: 'Pb', wyckoff: '4b', frac: [0.0, 0.0, 0.5] }, // …sites[1] (c)
    { element: 'Br', wyckoff: '8d', frac: [0.20102217, 0.03170128, 0.80279189] }, // …sites[2] (c)
    { element: 'Br', wyckoff: '4c', frac: [0.00625945, 0.25, 0.44033452] }, // …sites[3] (c)
  ] as const satisfies readonly WyckoffSite[],
  marking: 'c' as const,
  source:
    '(c) Materials Project DFT-PBE relaxed structure, read in a third-party transcript (find_string id ' +
    '65728592350, repository not identified); PBE overestimates lattice constants by ~1–3 %; NOT ' +
    'experimental. structures.json orthorhombic_RT.CsPbBr3.DFT_cell_with_coordinates',
};

/**
 * Rock-salt PbS (Fm-3m, No. 225): Pb 4a (0,0,0), S 4b (½,½,½). (b) well known, not re-verified.
 * structures.json PbS.
 */
export const PBS_ROCK_SALT = {
  structure: 'rock salt, Fm-3m (No. 225)',
  aAngstrom: 5.936, // Å, room temperature, structures.json PbS.a_A (b)
  temperatureNote: 'RT',
  sites: 'Pb 4a (0,0,0); S 4b (1/2,1/2,1/2)',
  marking: 'b' as const,
  source: '(b) well known, not re-verified; structures.json PbS.a_A',
};
