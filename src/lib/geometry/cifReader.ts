/**
 * A small CIF reader (split out of cif.ts, issue #16; cif.ts re-exports it). parseCif reads the first
 * data block that has a cell: numbers with standard uncertainties "5.874(2)", quoted strings, semicolon
 * text fields, comments; it expands the atom list with the _symmetry_equiv_pos_as_xyz /
 * _space_group_symop_operation_xyz operators when present. It never throws: garbage gives
 * { ok: false, error }.
 */

import type { Vec3 } from './perovskite';

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
