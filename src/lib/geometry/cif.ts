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

// ─────────────────────────────────────────── reader ──────────────────────────────────────────────

export interface CifAtom {
  label: string;
  /** Element symbol (from _atom_site_type_symbol, charge stripped, else from the label). */
  symbol: string;
  frac: Vec3;
  occupancy: number;
}

export interface CifData {
  ok: true;
  /** Name after data_. */
  dataBlock: string;
  a: number;
  b: number;
  c: number;
  alpha: number;
  beta: number;
  gamma: number;
  /** Space-group symbol as written (H-M), or null. */
  spaceGroup: string | null;
  /** Atoms, expanded by the symmetry operators when the file lists them; positions wrapped to [0, 1). */
  atoms: CifAtom[];
  /** True when symmetry operators other than the identity were applied. */
  symmetryExpanded: boolean;
  /** Non-fatal problems (skipped rows, missing angles, unexpanded symmetry). */
  warnings: string[];
}

export interface CifError {
  ok: false;
  error: string;
}

export type CifParseResult = CifData | CifError;

interface Token {
  value: string;
  /** Quoted or text field: never a keyword or tag. */
  literal: boolean;
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const lines = text.split(/\r\n|\r|\n/);
  for (let li = 0; li < lines.length; li++) {
    const line = lines[li];
    if (line.startsWith(';')) {
      // Semicolon text field: until a line starting with ';'.
      const parts = [line.slice(1)];
      li++;
      while (li < lines.length && !lines[li].startsWith(';')) parts.push(lines[li++]);
      tokens.push({ value: parts.join('\n').trim(), literal: true });
      continue;
    }
    let i = 0;
    while (i < line.length) {
      const ch = line[i];
      if (ch === ' ' || ch === '\t') {
        i++;
        continue;
      }
      if (ch === '#') break;
      if (ch === "'" || ch === '"') {
        // Closing quote = same quote followed by whitespace or end of line (CIF 1.1).
        let j = i + 1;
        while (j < line.length && !(line[j] === ch && (j + 1 === line.length || /\s/.test(line[j + 1])))) j++;
        tokens.push({ value: line.slice(i + 1, j), literal: true });
        i = j + 1;
        continue;
      }
      let j = i;
      while (j < line.length && line[j] !== ' ' && line[j] !== '\t') j++;
      tokens.push({ value: line.slice(i, j), literal: false });
      i = j;
    }
  }
  return tokens;
}

interface Block {
  name: string;
  items: Map<string, string>;
  loops: { tags: string[]; rows: string[][] }[];
}

function isReserved(token: Token): boolean {
  if (token.literal) return false;
  const v = token.value.toLowerCase();
  return v === 'loop_' || v.startsWith('data_') || v.startsWith('save_') || v === 'global_' || v === 'stop_';
}

function parseBlocks(tokens: Token[]): Block[] {
  const blocks: Block[] = [];
  let block: Block | null = null;
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    const lower = t.value.toLowerCase();
    if (!t.literal && lower.startsWith('data_')) {
      block = { name: t.value.slice(5), items: new Map(), loops: [] };
      blocks.push(block);
      i++;
    } else if (!t.literal && lower === 'loop_') {
      i++;
      const tags: string[] = [];
      while (i < tokens.length && !tokens[i].literal && tokens[i].value.startsWith('_')) tags.push(tokens[i++].value.toLowerCase());
      const values: string[] = [];
      while (i < tokens.length && !isReserved(tokens[i]) && !(!tokens[i].literal && tokens[i].value.startsWith('_'))) {
        values.push(tokens[i++].value);
      }
      if (block && tags.length > 0) {
        const rows: string[][] = [];
        for (let r = 0; r + tags.length <= values.length; r += tags.length) rows.push(values.slice(r, r + tags.length));
        block.loops.push({ tags, rows });
      }
    } else if (!t.literal && t.value.startsWith('_')) {
      const next = tokens[i + 1];
      if (block && next && !isReserved(next) && !(!next.literal && next.value.startsWith('_'))) {
        block.items.set(t.value.toLowerCase(), next.value);
        i += 2;
      } else {
        i++;
      }
    } else {
      i++;
    }
  }
  return blocks;
}

/** CIF number: "5.874", "5.874(2)", "1/2" is not allowed here; '.' and '?' (unknown) → null. */
function cifNumber(value: string | undefined): number | null {
  if (value === undefined) return null;
  const m = /^([+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)(?:\(\d+\))?$/.exec(value.trim());
  if (!m) return null;
  const n = Number.parseFloat(m[1]);
  return Number.isFinite(n) ? n : null;
}

interface SymOp {
  rot: number[][];
  trans: number[];
}

/** Parse 'x, y+1/2, -z' style operators; null when not understood. */
function parseSymOp(text: string): SymOp | null {
  const parts = text.toLowerCase().replace(/\s+/g, '').split(',');
  if (parts.length !== 3) return null;
  const rot: number[][] = [];
  const trans: number[] = [];
  for (const part of parts) {
    if (part === '') return null;
    const row = [0, 0, 0];
    let t = 0;
    const terms = part.match(/[+-]?[^+-]+/g);
    if (!terms || terms.join('') !== part) return null;
    for (const term of terms) {
      const m = /^([+-]?)(\d*\.?\d*(?:\/\d+)?)\*?([xyz]?)$/.exec(term);
      if (!m) return null;
      const sign = m[1] === '-' ? -1 : 1;
      const numText = m[2];
      let coef: number;
      if (numText === '') coef = 1;
      else if (numText.includes('/')) {
        const [p, q] = numText.split('/').map(Number);
        if (!Number.isFinite(p) || !Number.isFinite(q) || q === 0) return null;
        coef = p / q;
      } else {
        coef = Number(numText);
        if (!Number.isFinite(coef)) return null;
      }
      if (m[3] === '') {
        if (numText === '') return null;
        t += sign * coef;
      } else {
        row['xyz'.indexOf(m[3])] += sign * coef;
      }
    }
    rot.push(row);
    trans.push(t);
  }
  return { rot, trans };
}

function symbolFrom(typeSymbol: string | undefined, label: string): string | null {
  const fromType = typeSymbol ? /^([A-Z][a-z]?)/.exec(typeSymbol.trim()) : null;
  if (fromType) return fromType[1];
  const fromLabel = /^([A-Za-z])([a-z]?)/.exec(label);
  if (!fromLabel) return null;
  return fromLabel[1].toUpperCase() + fromLabel[2];
}

/**
 * Read a CIF (see file header). Returns { ok: true, a, b, c, alpha, beta, gamma, atoms, … } or
 * { ok: false, error } — it never throws.
 */
export function parseCif(text: string): CifParseResult {
  try {
    if (typeof text !== 'string') return { ok: false, error: 'CIF input must be text' };
    const blocks = parseBlocks(tokenize(text));
    if (blocks.length === 0) return { ok: false, error: 'no data_ block found' };
    const block = blocks.find((b) => b.items.has('_cell_length_a')) ?? blocks[0];
    const warnings: string[] = [];
    const length = (tag: string): number | null => {
      const v = cifNumber(block.items.get(tag));
      return v !== null && v > 0 ? v : null;
    };
    const a = length('_cell_length_a');
    const b = length('_cell_length_b');
    const c = length('_cell_length_c');
    if (a === null || b === null || c === null) {
      return { ok: false, error: 'missing or invalid _cell_length_a/b/c' };
    }
    const angle = (tag: string): number | null => {
      if (!block.items.has(tag)) {
        warnings.push(`${tag} missing; assumed 90°`);
        return 90;
      }
      const v = cifNumber(block.items.get(tag));
      return v !== null && v > 0 && v < 180 ? v : null;
    };
    const alpha = angle('_cell_angle_alpha');
    const beta = angle('_cell_angle_beta');
    const gamma = angle('_cell_angle_gamma');
    if (alpha === null || beta === null || gamma === null) return { ok: false, error: 'invalid _cell_angle_alpha/beta/gamma' };

    const siteLoop = block.loops.find((l) => l.tags.includes('_atom_site_fract_x'));
    if (!siteLoop) return { ok: false, error: 'no _atom_site_fract_x loop' };
    const col = (tag: string): number => siteLoop.tags.indexOf(tag);
    const ix = col('_atom_site_fract_x');
    const iy = col('_atom_site_fract_y');
    const iz = col('_atom_site_fract_z');
    if (iy < 0 || iz < 0) return { ok: false, error: 'atom-site loop lacks _atom_site_fract_y/z' };
    const iLabel = col('_atom_site_label');
    const iType = col('_atom_site_type_symbol');
    const iOcc = col('_atom_site_occupancy');
    if (iLabel < 0 && iType < 0) return { ok: false, error: 'atom-site loop has neither _atom_site_label nor _atom_site_type_symbol' };

    const asymmetric: CifAtom[] = [];
    siteLoop.rows.forEach((row, r) => {
      const x = cifNumber(row[ix]);
      const y = cifNumber(row[iy]);
      const z = cifNumber(row[iz]);
      const label = iLabel >= 0 ? row[iLabel] : row[iType];
      const symbol = symbolFrom(iType >= 0 ? row[iType] : undefined, label);
      const occRaw = iOcc >= 0 ? row[iOcc] : undefined;
      const occ = occRaw === undefined || occRaw === '.' || occRaw === '?' ? 1 : cifNumber(occRaw);
      if (x === null || y === null || z === null || symbol === null || occ === null || occ < 0 || occ > 1 + 1e-6) {
        warnings.push(`atom-site row ${r + 1} skipped (unreadable values)`);
        return;
      }
      asymmetric.push({ label, symbol, frac: [x, y, z], occupancy: occ });
    });
    if (asymmetric.length === 0) return { ok: false, error: 'no readable atom-site rows' };

    const spaceGroup =
      block.items.get('_symmetry_space_group_name_h-m') ?? block.items.get('_space_group_name_h-m_alt') ?? null;
    const opLoop = block.loops.find(
      (l) => l.tags.includes('_symmetry_equiv_pos_as_xyz') || l.tags.includes('_space_group_symop_operation_xyz'),
    );
    let opTexts: string[] = [];
    if (opLoop) {
      const k = opLoop.tags.includes('_symmetry_equiv_pos_as_xyz')
        ? opLoop.tags.indexOf('_symmetry_equiv_pos_as_xyz')
        : opLoop.tags.indexOf('_space_group_symop_operation_xyz');
      opTexts = opLoop.rows.map((row) => row[k]);
    } else {
      const single = block.items.get('_symmetry_equiv_pos_as_xyz') ?? block.items.get('_space_group_symop_operation_xyz');
      if (single) opTexts = [single];
    }
    const ops = opTexts.map(parseSymOp);
    const isP1Name = spaceGroup === null || spaceGroup.replace(/\s+/g, '').toUpperCase() === 'P1';
    let atoms: CifAtom[];
    let symmetryExpanded = false;
    const wrap = (v: number): number => {
      const w = v - Math.floor(v);
      return w >= 1 - 1e-7 ? 0 : w;
    };
    if (ops.length > 0 && ops.every((op): op is SymOp => op !== null)) {
      const nonIdentity = ops.some(
        (op) => op.trans.some((t) => Math.abs(t - Math.round(t)) > 1e-9) || op.rot.some((row, i) => row.some((v, j) => v !== (i === j ? 1 : 0))),
      );
      atoms = [];
      const seen = new Set<string>();
      for (const atom of asymmetric) {
        for (const op of ops) {
          const f = [0, 1, 2].map((i) => wrap(op.rot[i][0] * atom.frac[0] + op.rot[i][1] * atom.frac[1] + op.rot[i][2] * atom.frac[2] + op.trans[i])) as Vec3;
          const key = `${atom.label}|${f.map((v) => Math.round(v * 1e4) % 1e4).join(',')}`;
          if (seen.has(key)) continue;
          seen.add(key);
          atoms.push({ ...atom, frac: f });
        }
      }
      symmetryExpanded = nonIdentity;
    } else {
      if (ops.length > 0) warnings.push('symmetry operators not understood; atoms listed as given');
      else if (!isP1Name) warnings.push(`space group ${spaceGroup} without operators: only the listed atoms are returned`);
      atoms = asymmetric.map((atom) => ({ ...atom, frac: atom.frac.map(wrap) as Vec3 }));
    }
    return { ok: true, dataBlock: block.name, a, b, c, alpha, beta, gamma, spaceGroup, atoms, symmetryExpanded, warnings };
  } catch (err) {
    return { ok: false, error: `unreadable CIF (${err instanceof Error ? err.message : String(err)})` };
  }
}
