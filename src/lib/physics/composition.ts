/**
 * ABX₃ formulas: parse ("Cs0.5FA0.5PbI3", "CsPbBr1.5I1.5"), format back, and composition-weighted
 * effective radii for the tolerance factor.
 *
 * Effective radius of a mixed site: r_site = Σᵢ xᵢ rᵢ (xᵢ = fraction of that site), as the review
 * does for mixed-cation/mixed-halide compositions (e.g. Cs₁₋ₓFAₓPbI₃, review §4 / Fig. 18d); this is
 * the usual linear (Vegard-like) average, an approximation.
 *
 * Grammar (whitespace ignored, Unicode subscript digits accepted):
 *   formula  := A-part B-part X-part
 *   part     := (ion number?)+        ions of one site, in the order written
 *   number   := digits ["." digits] | "." digits
 * A and B subscripts (default 1) must add up to 1; X subscripts (default 1) must add up to 3;
 * both within 1e-5 (relative), after which they are normalised exactly (A, B: sum 1; X fractions =
 * subscript/sum, sum 1).
 */
import {
  ION_SITE,
  isIonId,
  radiusAngstrom,
  type IonId,
  type RadiusSetId,
  type Site,
} from '../data/ionicRadii';
import { perovskiteVerdict, type PerovskiteVerdict } from './tolerance';

export interface SiteShare {
  ion: IonId;
  /** Fraction of the site occupied by this ion, 0 < fraction ≤ 1; the shares of a site sum to 1. */
  fraction: number;
}

export interface Composition {
  A: SiteShare[];
  B: SiteShare[];
  X: SiteShare[];
}

/**
 * Why a formula could not be read: a code plus what the sentence needs (no prose here: lib stays
 * locale-free, issue #7; src/i18n/formulaText.ts words them).
 * - unreadable: the parser failed unexpectedly; not-text: not a string; empty: nothing typed
 * - too-long: longer than `maxLength` characters (whitespace removed)
 * - unknown-symbol: no known ion at `at` (the next ≤ 6 characters)
 * - number-not-finite / subscript-not-positive: the number after `ion`
 * - wrong-order: `ion` of `site` written after a later site (order A, B, X)
 * - repeated-ion: `ion` written twice; missing-site: no ion of `site`
 * - subscript-sum: the subscripts of `site` (its `ions`) add up to `sum` instead of `target` (1, or 3 for X)
 */
export type FormulaError =
  | { code: 'unreadable' }
  | { code: 'not-text' }
  | { code: 'empty' }
  | { code: 'too-long'; maxLength: number }
  | { code: 'unknown-symbol'; at: string }
  | { code: 'number-not-finite'; ion: IonId }
  | { code: 'subscript-not-positive'; ion: IonId }
  | { code: 'wrong-order'; ion: IonId; site: Site }
  | { code: 'repeated-ion'; ion: IonId }
  | { code: 'missing-site'; site: Site }
  | { code: 'subscript-sum'; site: Site; ions: IonId[]; sum: number; target: number };

export type FormulaErrorCode = FormulaError['code'];

/** `error` is the code alone (a stable string for callers that only need to know it failed); `detail` has the numbers. */
export type ParseResult =
  | { ok: true; composition: Composition }
  | { ok: false; error: FormulaErrorCode; detail: FormulaError };

/** Longest formula text accepted (characters, after removing whitespace); all 13 ions with 6-decimal subscripts need ~130. */
export const MAX_FORMULA_LENGTH = 200;

/** Relative tolerance on "A and B subscripts sum to 1, X subscripts sum to 3". */
export const SUBSCRIPT_SUM_TOLERANCE = 1e-5;

// Longest symbols first so that "FA" is not read as "F" + "A".
const SYMBOLS: readonly IonId[] = ['MA', 'FA', 'GA', 'Cs', 'Rb', 'Pb', 'Sn', 'Ge', 'Cl', 'Br', 'K', 'F', 'I'];
const SITE_ORDER: Record<Site, number> = { A: 0, B: 1, X: 2 };
/** Site names for the RangeErrors thrown to developers (users see FormulaError codes, worded by the view). */
const SITE_NAME: Record<Site, string> = { A: 'A-site cation', B: 'B-site metal', X: 'X-site halide' };
const SUBSCRIPT_DIGITS = '₀₁₂₃₄₅₆₇₈₉';
const NUMBER_RE = /^(\d+(?:\.\d*)?|\.\d+)/;

function normaliseText(text: string): string {
  let out = '';
  for (const ch of text) {
    if (/\s/.test(ch)) continue;
    const k = SUBSCRIPT_DIGITS.indexOf(ch);
    out += k >= 0 ? String(k) : ch;
  }
  return out;
}

/**
 * The one non-perovskite the app draws: rock-salt PbS (issue #19). True for 'PbS', also with spaces or
 * explicit 1 subscripts ('Pb S', 'Pb1S1', 'Pb₁S₁'). Not an ABX₃ formula: parseFormula still refuses it;
 * callers ask this first.
 */
export function isPbsFormula(text: unknown): boolean {
  if (typeof text !== 'string') return false;
  const s = normaliseText(text);
  return s === 'PbS' || s === 'Pb1S1' || s === 'PbS1' || s === 'Pb1S';
}

function fail(detail: FormulaError): ParseResult {
  return { ok: false, error: detail.code, detail };
}

/**
 * Parse an ABX₃ formula. Never throws: any input (including non-strings) gives either
 * `{ ok: true, composition }` or `{ ok: false, error, detail }` saying what is wrong (FormulaError).
 */
export function parseFormula(text: string): ParseResult {
  try {
    return parseUnsafe(text);
  } catch {
    // Defensive: parseUnsafe is written not to throw; keep the "never throws" contract regardless.
    return fail({ code: 'unreadable' });
  }
}

function parseUnsafe(text: unknown): ParseResult {
  if (typeof text !== 'string') return fail({ code: 'not-text' });
  const s = normaliseText(text);
  if (s.length === 0) return fail({ code: 'empty' });
  if (s.length > MAX_FORMULA_LENGTH) return fail({ code: 'too-long', maxLength: MAX_FORMULA_LENGTH });

  const tokens: { ion: IonId; subscript: number | null }[] = [];
  let pos = 0;
  while (pos < s.length) {
    const symbol = SYMBOLS.find((sym) => s.startsWith(sym, pos));
    if (!symbol) {
      return fail({ code: 'unknown-symbol', at: s.slice(pos, pos + 6) });
    }
    pos += symbol.length;
    const m = NUMBER_RE.exec(s.slice(pos));
    let subscript: number | null = null;
    if (m) {
      subscript = Number(m[1]);
      pos += m[1].length;
      if (!Number.isFinite(subscript)) return fail({ code: 'number-not-finite', ion: symbol });
      if (subscript <= 0) return fail({ code: 'subscript-not-positive', ion: symbol });
    }
    tokens.push({ ion: symbol, subscript });
  }

  const bySite: Record<Site, { ion: IonId; subscript: number | null }[]> = { A: [], B: [], X: [] };
  let lastSite: Site = 'A';
  for (const tok of tokens) {
    const site = ION_SITE[tok.ion];
    if (SITE_ORDER[site] < SITE_ORDER[lastSite]) {
      return fail({ code: 'wrong-order', ion: tok.ion, site });
    }
    lastSite = site;
    if (bySite[site].some((t) => t.ion === tok.ion)) return fail({ code: 'repeated-ion', ion: tok.ion });
    bySite[site].push(tok);
  }

  for (const site of ['A', 'B', 'X'] as const) {
    if (bySite[site].length === 0) return fail({ code: 'missing-site', site });
  }

  const composition: Composition = { A: [], B: [], X: [] };
  for (const site of ['A', 'B', 'X'] as const) {
    const target = site === 'X' ? 3 : 1;
    const subs = bySite[site].map((t) => t.subscript ?? 1);
    const sum = subs.reduce((a, b) => a + b, 0);
    if (Math.abs(sum - target) > SUBSCRIPT_SUM_TOLERANCE * target) {
      return fail({ code: 'subscript-sum', site, ions: bySite[site].map((t) => t.ion), sum, target });
    }
    composition[site] = bySite[site].map((t, i) => ({ ion: t.ion, fraction: subs[i] / sum }));
  }
  return { ok: true, composition };
}

const FORMAT_DECIMALS = 6;
const FORMAT_UNITS = 10 ** FORMAT_DECIMALS;

/**
 * Round shares to integer millionths whose sum is exactly `scale`·10⁶ (largest-remainder
 * correction), so the written subscripts add up to 1 (or 3) exactly and formatting is idempotent.
 */
function roundShares(values: readonly number[], scale: number): number[] {
  const total = values.reduce((a, b) => a + b, 0);
  const scaled = values.map((v) => (v / total) * scale * FORMAT_UNITS);
  const ints = scaled.map((v) => Math.round(v));
  let diff = scale * FORMAT_UNITS - ints.reduce((a, b) => a + b, 0);
  const order = scaled.map((v, i) => ({ i, r: v - ints[i] }));
  // Positive diff: bump the entries rounded down the most; negative: lower those rounded up the most.
  order.sort((p, q) => (diff > 0 ? q.r - p.r : p.r - q.r));
  for (let k = 0; diff !== 0 && k < order.length * 2; k++) {
    const { i } = order[k % order.length];
    const step = diff > 0 ? 1 : -1;
    if (ints[i] + step >= 0) {
      ints[i] += step;
      diff -= step;
    }
  }
  return ints;
}

/** Integer millionths as decimal text without trailing zeros ("1500000" → "1.5"). */
function formatUnits(units: number): string {
  const whole = Math.floor(units / FORMAT_UNITS);
  const frac = String(units - whole * FORMAT_UNITS).padStart(FORMAT_DECIMALS, '0').replace(/0+$/, '');
  return frac ? `${whole}.${frac}` : String(whole);
}

function assertShares(shares: readonly SiteShare[], site: Site): SiteShare[] {
  if (!Array.isArray(shares as unknown)) throw new RangeError(`Composition site ${site} must be an array.`);
  const kept: SiteShare[] = [];
  for (const sh of shares) {
    if (!sh || !isIonId(sh.ion) || ION_SITE[sh.ion] !== site) {
      throw new RangeError(`${String(sh?.ion)} is not an ${SITE_NAME[site]}.`);
    }
    if (typeof sh.fraction !== 'number' || !Number.isFinite(sh.fraction) || sh.fraction < 0) {
      throw new RangeError(`Fraction of ${sh.ion} must be a finite number ≥ 0; got ${String(sh.fraction)}.`);
    }
    if (sh.fraction > 0) kept.push(sh);
  }
  if (kept.length === 0) throw new RangeError(`The composition has no ${SITE_NAME[site]}.`);
  return kept;
}

/**
 * Canonical formula text of a composition: ions in the stored order, A and B fractions written only
 * when the site is mixed, X written as subscripts summing to 3 ("CsPbBr1.5I1.5"), numbers with at
 * most 6 decimals, rounded so that each site's written numbers add up to exactly 1 (X: 3). Shares
 * with fraction 0 (or below 5e-7 of the site) are dropped. parseFormula(formatFormula(c)) reproduces c
 * to 1e-6 (and formatFormula is idempotent through parseFormula).
 * @throws RangeError for an empty site, a wrong-site ion, or a negative / non-finite fraction
 */
export function formatFormula(composition: Composition): string {
  let out = '';
  for (const site of ['A', 'B', 'X'] as const) {
    const shares = assertShares(composition[site], site);
    const scale = site === 'X' ? 3 : 1;
    if (shares.length === 1) {
      out += shares[0].ion + (site === 'X' ? '3' : '');
      continue;
    }
    const units = roundShares(
      shares.map((sh) => sh.fraction),
      scale,
    );
    shares.forEach((sh, i) => {
      if (units[i] > 0) out += sh.ion + formatUnits(units[i]);
    });
  }
  return out;
}

/** Composition-weighted radii of the three sites, Å. */
export interface EffectiveRadii {
  rA: number;
  rB: number;
  rX: number;
}

/**
 * Composition-weighted effective radii: r_site = Σᵢ xᵢ rᵢ / Σᵢ xᵢ with rᵢ from the chosen radius set.
 * @throws RangeError for an invalid composition
 */
export function effectiveRadii(composition: Composition, set: RadiusSetId = 'shannon'): EffectiveRadii {
  const avg = (site: Site) => {
    const shares = assertShares(composition[site], site);
    const total = shares.reduce((a, b) => a + b.fraction, 0);
    return shares.reduce((acc, sh) => acc + sh.fraction * radiusAngstrom(sh.ion, set), 0) / total;
  };
  return { rA: avg('A'), rB: avg('B'), rX: avg('X') };
}

/** Fraction of the X site occupied by iodide (0 when absent). */
export function iodideFraction(composition: Composition): number {
  const shares = assertShares(composition.X, 'X');
  const total = shares.reduce((a, b) => a + b.fraction, 0);
  return shares.filter((s) => s.ion === 'I').reduce((a, b) => a + b.fraction, 0) / total;
}

/**
 * perovskiteVerdict on the effective radii of a composition; the X site counts as iodide (δ-phase
 * sentence) when at least half of it is I⁻.
 * @throws RangeError for an invalid composition
 */
export function compositionVerdict(composition: Composition, set: RadiusSetId = 'shannon'): PerovskiteVerdict {
  const { rA, rB, rX } = effectiveRadii(composition, set);
  return perovskiteVerdict(rA, rB, rX, { iodide: iodideFraction(composition) >= 0.5 });
}
