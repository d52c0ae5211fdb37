/**
 * CIF 1.1 export and a small CIF reader for perovskite unit cells.
 *
 * toCif writes the cell in space group P 1 with every atom listed (no symmetry to get wrong), using the
 * core CIF dictionary tags VESTA, Mercury and ASE read: _cell_length_a/b/c, _cell_angle_alpha/beta/gamma,
 * _cell_volume, _symmetry_space_group_name_H-M 'P 1' (+ the newer _space_group_name_H-M_alt),
 * a _symmetry_equiv_pos_as_xyz loop with 'x, y, z', and an _atom_site_ loop (label, type_symbol,
 * fract_x/y/z, occupancy). Reference: CIF 1.1 syntax and the core dictionary (IUCr, cif_core.dic).
 *
 * Mixed sites are written as several atoms at the same position whose _atom_site_occupancy values add to
 * ≤ 1 (e.g. Cs 0.5 + FA 0.5 on the A site). Molecular A cations are written atom by atom (C, N, H with
 * fractional occupancies on schematic points round the cavity centre) so that readers get the right
 * formula; see MOLECULAR_CATION_ATOMS. (MOLECULAR_CATION_CIF, the older one-pseudo-atom convention,
 * is kept for callers that want a single marker atom.)
 *
 * parseCif reads the first data block that has a cell: numbers with standard uncertainties "5.874(2)",
 * quoted strings, semicolon text fields, comments; it expands the atom list with the
 * _symmetry_equiv_pos_as_xyz / _space_group_symop_operation_xyz operators when present. It never
 * throws: garbage gives { ok: false, error }.
 */

import type { AtomElement, UnitCell, Vec3 } from './perovskite';

// The reader lives in cifReader.ts (issue #16: writer and reader apart); re-exported here.
export { parseCif, type CifAtom, type CifData, type CifError, type CifParseResult } from './cifReader';

/** One species on a site: CIF type symbol, occupancy in (0, 1], optional label prefix. */
export interface CifSpecies {
  /** CIF type symbol (element symbol), e.g. 'Cs', 'Pb', 'Br', or 'C'/'N' for a molecular pseudo-atom. */
  symbol: string;
  /** Site occupancy fraction, 0 < occupancy ≤ 1. Default 1. */
  occupancy?: number;
  /** Prefix of _atom_site_label (default: the symbol), e.g. 'FA' → labels 'FA1', 'FA2', … */
  labelPrefix?: string;
  /** Atoms of this element per ion (molecular cations: H6 of CH₃NH₃⁺ → 6). Default 1. */
  count?: number;
  /**
   * Schematic points (Cartesian offsets from the site, Å) the `count` atoms are spread over, each with
   * occupancy occupancy·count/points.length (orientation-averaged molecule). Default: the site itself.
   */
  points?: readonly Vec3[];
  /** Name of the molecular ion this atom belongs to: its atoms count once toward the site's occupancy. */
  molecule?: string;
}

const S3 = 1 / Math.sqrt(3);
/** Four points ±r along the cell axes a and c (occupancies 1/4, 2/4, 3/4: exact decimals). */
const axisPoints = (r: number): Vec3[] => [
  [r, 0, 0], [-r, 0, 0], [0, 0, r], [0, 0, -r],
];
/** Eight points r along the ±[111] body diagonals. */
const diagonalPoints = (r: number): Vec3[] => {
  const out: Vec3[] = [];
  for (const x of [-1, 1]) for (const y of [-1, 1]) for (const z of [-1, 1]) out.push([x * r * S3, y * r * S3, z * r * S3]);
  return out;
};

/**
 * Molecular A cations written atom by atom, so CIF readers get the right formula (MA⁺ = CH₃NH₃⁺ =
 * CH₆N⁺, FA⁺ = HC(NH₂)₂⁺ = CH₅N₂⁺, GA⁺ = C(NH₂)₃⁺ = CH₆N₃⁺). The molecules tumble (orientational
 * disorder), so their atoms are spread SCHEMATICALLY over symmetric points round the cavity centre:
 * C and N over four points 0.7 Å out along ±a and ±c, H over eight points 1.2 Å out along the body
 * diagonals, with fractional occupancies. These positions are a drawing convention chosen here (they keep
 * every point's occupancy ≤ 1), not refined coordinates; only the composition is meaningful.
 */
export const MOLECULAR_CATION_ATOMS: Readonly<Record<'MA' | 'FA' | 'GA', readonly { symbol: string; count: number }[]>> = {
  MA: [
    { symbol: 'C', count: 1 },
    { symbol: 'N', count: 1 },
    { symbol: 'H', count: 6 },
  ],
  FA: [
    { symbol: 'C', count: 1 },
    { symbol: 'N', count: 2 },
    { symbol: 'H', count: 5 },
  ],
  GA: [
    { symbol: 'C', count: 1 },
    { symbol: 'N', count: 3 },
    { symbol: 'H', count: 6 },
  ],
};

/** CIF species of one molecular cation with site fraction `fraction` (see MOLECULAR_CATION_ATOMS). */
export function molecularCationSpecies(ion: 'MA' | 'FA' | 'GA', fraction = 1): CifSpecies[] {
  return MOLECULAR_CATION_ATOMS[ion].map((a) => ({
    symbol: a.symbol,
    occupancy: fraction,
    count: a.count,
    labelPrefix: `${ion}${a.symbol}`,
    points: a.symbol === 'H' ? diagonalPoints(1.2) : axisPoints(0.7),
    molecule: ion,
  }));
}

/**
 * Pseudo-atom convention for molecular A cations (see file header): type symbol of the central heavy
 * atom (FA, GA: C; MA: N, the C–N midpoint having no atom), label prefix = cation name.
 */
export const MOLECULAR_CATION_CIF: Readonly<Record<'MA' | 'FA' | 'GA', Required<Pick<CifSpecies, 'symbol' | 'labelPrefix'>>>> = {
  MA: { symbol: 'N', labelPrefix: 'MA' },
  FA: { symbol: 'C', labelPrefix: 'FA' },
  GA: { symbol: 'C', labelPrefix: 'GA' },
};

export interface ToCifOptions {
  /** Chemical formula per formula unit for _chemical_formula_sum, e.g. 'Cs Pb Br3'. Default: from `species`. */
  formula?: string;
  /** Free-text title (_publ_section_title). */
  title?: string;
  /** What sits on each site; default A: Cs, B: Pb, X: Br. A bare string means that symbol with occupancy 1. */
  species?: Partial<Record<AtomElement, string | readonly CifSpecies[]>>;
}

const DEFAULT_SPECIES: Record<AtomElement, readonly CifSpecies[]> = {
  A: [{ symbol: 'Cs' }],
  B: [{ symbol: 'Pb' }],
  X: [{ symbol: 'Br' }],
};

function normaliseSpecies(value: string | readonly CifSpecies[] | undefined, fallback: readonly CifSpecies[]): CifSpecies[] {
  const list = value === undefined ? fallback : typeof value === 'string' ? [{ symbol: value }] : value;
  if (list.length === 0) throw new RangeError('each site needs at least one species');
  let total = 0;
  const molecules = new Set<string>();
  const out = list.map((s) => {
    const occupancy = s.occupancy ?? 1;
    if (!/^[A-Z][a-z]?$/.test(s.symbol)) throw new RangeError(`CIF type symbol must be an element symbol like 'Pb'; got '${s.symbol}'`);
    if (!Number.isFinite(occupancy) || occupancy <= 0 || occupancy > 1) {
      throw new RangeError(`occupancy must lie in (0, 1]; got ${String(occupancy)}`);
    }
    if (s.labelPrefix !== undefined && !/^[A-Za-z][A-Za-z0-9]*$/.test(s.labelPrefix)) {
      throw new RangeError(`labelPrefix must be alphanumeric; got '${s.labelPrefix}'`);
    }
    const count = s.count ?? 1;
    if (!Number.isFinite(count) || count <= 0) throw new RangeError(`count must be positive; got ${String(count)}`);
    if (s.points && (occupancy * count) / s.points.length > 1 + 1e-9) {
      throw new RangeError(`occupancy per point exceeds 1 for ${s.symbol}`);
    }
    if (!s.molecule || !molecules.has(s.molecule)) total += occupancy;
    if (s.molecule) molecules.add(s.molecule);
    return {
      symbol: s.symbol,
      occupancy,
      labelPrefix: s.labelPrefix ?? s.symbol,
      count,
      ...(s.points ? { points: s.points } : {}),
      ...(s.molecule ? { molecule: s.molecule } : {}),
    };
  });
  if (total > 1 + 1e-9) throw new RangeError(`occupancies on one site add to ${total} > 1`);
  return out;
}

function formatNumber(value: number, decimals: number): string {
  const s = value.toFixed(decimals);
  return s === `-${(0).toFixed(decimals)}` ? (0).toFixed(decimals) : s;
}

function formatOccupancy(value: number): string {
  return Number.parseFloat(value.toFixed(6)).toString();
}

function wrapUnit(x: number): number {
  const w = x - Math.floor(x);
  return w >= 1 - 5e-9 ? 0 : w;
}

/**
 * CIF 1.1 text (P 1, all atoms listed, fractional coordinates wrapped into [0, 1), 8 decimals; cell
 * lengths 6 decimals, Å; angles 90°) for an orthogonal UnitCell. See the file header for mixed sites and
 * molecular cations.
 * @throws RangeError for a bad species list (symbol not like 'Pb', occupancy outside (0, 1], sum > 1)
 */
export function toCif(unitCell: UnitCell, options: ToCifOptions = {}): string {
  const species: Record<AtomElement, CifSpecies[]> = {
    A: normaliseSpecies(options.species?.A, DEFAULT_SPECIES.A),
    B: normaliseSpecies(options.species?.B, DEFAULT_SPECIES.B),
    X: normaliseSpecies(options.species?.X, DEFAULT_SPECIES.X),
  };
  const formulaUnits = unitCell.atoms.filter((atom) => atom.element === 'B').length;
  const perFormulaUnit = (element: AtomElement): Map<string, number> => {
    const count = unitCell.atoms.filter((atom) => atom.element === element).length / Math.max(1, formulaUnits);
    const m = new Map<string, number>();
    for (const s of species[element]) m.set(s.symbol, (m.get(s.symbol) ?? 0) + count * (s.occupancy ?? 1) * (s.count ?? 1));
    return m;
  };
  const formula =
    options.formula ??
    (['A', 'B', 'X'] as const)
      .flatMap((element) =>
        [...perFormulaUnit(element)].map(([symbol, n]) => {
          const rounded = Number.parseFloat(n.toFixed(4));
          return rounded === 1 ? symbol : `${symbol}${rounded}`;
        }),
      )
      .join(' ');
  const blockName = `${formula.replace(/\s+/g, '')}_${unitCell.kind}`.replace(/[^A-Za-z0-9_.-]/g, '_');
  const volume = unitCell.a * unitCell.b * unitCell.c;

  const lines: string[] = [];
  lines.push('#\\#CIF_1.1');
  lines.push('# Written by Perovskite QD Lab (src/lib/geometry/cif.ts): geometric teaching model, not a refinement.');
  lines.push(`# Model: ${unitCell.kind}, a_pc = ${formatNumber(unitCell.aPseudoCubic, 4)} A, tilt = ${formatNumber(unitCell.tiltDeg, 2)} deg.`);
  if (Object.values(species).some((list) => list.some((x) => x.points))) {
    lines.push('# Molecular cations: atoms spread over schematic points round the cavity centre (orientation-averaged);');
    lines.push('# only their composition is meaningful, not their positions.');
  }
  lines.push(`data_${blockName}`);
  if (options.title !== undefined) {
    lines.push('_publ_section_title');
    lines.push(';');
    for (const line of options.title.split(/\r?\n/)) lines.push(line.startsWith(';') ? ` ${line}` : line);
    lines.push(';');
  }
  lines.push(`_chemical_formula_sum '${formula.replace(/'/g, '')}'`);
  lines.push(`_cell_length_a ${formatNumber(unitCell.a, 6)}`);
  lines.push(`_cell_length_b ${formatNumber(unitCell.b, 6)}`);
  lines.push(`_cell_length_c ${formatNumber(unitCell.c, 6)}`);
  lines.push('_cell_angle_alpha 90');
  lines.push('_cell_angle_beta 90');
  lines.push('_cell_angle_gamma 90');
  lines.push(`_cell_volume ${formatNumber(volume, 6)}`);
  lines.push(`_cell_formula_units_Z ${formulaUnits}`);
  lines.push("_symmetry_space_group_name_H-M 'P 1'");
  lines.push('_symmetry_Int_Tables_number 1');
  lines.push("_space_group_name_H-M_alt 'P 1'");
  lines.push('_space_group_IT_number 1');
  lines.push('loop_');
  lines.push('_symmetry_equiv_pos_as_xyz');
  lines.push("'x, y, z'");
  lines.push('loop_');
  lines.push('_atom_site_label');
  lines.push('_atom_site_type_symbol');
  lines.push('_atom_site_fract_x');
  lines.push('_atom_site_fract_y');
  lines.push('_atom_site_fract_z');
  lines.push('_atom_site_occupancy');
  const counters = new Map<string, number>();
  for (const atom of unitCell.atoms) {
    const f = atom.frac.map(wrapUnit);
    for (const s of species[atom.element]) {
      const prefix = s.labelPrefix ?? s.symbol;
      const points = s.points ?? [[0, 0, 0] as Vec3];
      const occ = s.points ? ((s.occupancy ?? 1) * (s.count ?? 1)) / s.points.length : (s.occupancy ?? 1);
      for (const p of points) {
        const n = (counters.get(prefix) ?? 0) + 1;
        counters.set(prefix, n);
        const g = [
          wrapUnit(f[0] + p[0] / unitCell.a),
          wrapUnit(f[1] + p[1] / unitCell.b),
          wrapUnit(f[2] + p[2] / unitCell.c),
        ];
        lines.push(`${prefix}${n} ${s.symbol} ${g.map((v) => formatNumber(v, 8)).join(' ')} ${formatOccupancy(occ)}`);
      }
    }
  }
  lines.push('');
  return lines.join('\n');
}
