/**
 * The one number + unit formatter of the app (d3-format). Views never call `toFixed` on a value a user
 * sees: they call these, so a NaN, ∞ or null shows as "—" and never reaches the screen.
 *
 * Numbers follow the language's separators (2.55 in English, 2,55 in German): the shell sets them once
 * from the message catalogue's locale (src/i18n/locale.ts → setNumberSeparators). Values that a
 * machine reads back — an <input type="number">, a file — use `plainFixed`, which never changes.
 */
import { formatLocale, type FormatLocaleDefinition, type FormatLocaleObject } from 'd3-format';

/** d3-format's own default (en-US, with the typographic minus sign U+2212). */
const ENGLISH: FormatLocaleDefinition = { decimal: '.', thousands: ',', grouping: [3], currency: ['$', ''], minus: '\u2212' };
let numberLocale: FormatLocaleObject = formatLocale(ENGLISH);

/** Shown instead of a value that is undefined in the model (outside its validity range). */
export const MISSING = '—';
/** Narrow no-break space between a number and its unit (SI brochure: a space separates them). */
const UNIT_SPACE = '\u202f';

const cache = new Map<string, (n: number) => string>();
function fmt(specifier: string): (n: number) => string {
  let f = cache.get(specifier);
  if (!f) {
    f = numberLocale.format(specifier);
    cache.set(specifier, f);
  }
  return f;
}

/** The decimal mark and thousands separator of the shown language (English when never called). */
export function setNumberSeparators(separators: { decimal: string; thousands: string } | null): void {
  numberLocale = formatLocale(separators ? { ...ENGLISH, ...separators } : ENGLISH);
  cache.clear();
}

/**
 * A value for a machine: fixed decimals with "." and an ASCII minus, whatever the language — the value of
 * an <input type="number">, a number in an exported file. "" for a value that is not finite.
 */
export function plainFixed(x: number | null | undefined, decimals: number): string {
  return isShowable(x) ? x.toFixed(Math.max(0, Math.min(12, Math.round(decimals)))) : '';
}

export function isShowable(x: number | null | undefined): x is number {
  return typeof x === 'number' && Number.isFinite(x);
}

/** Fixed decimals: `fixed(0.8620, 3)` → "0.862". */
export function fixed(x: number | null | undefined, decimals: number): string {
  return isShowable(x) ? fmt(`.${Math.max(0, Math.min(12, Math.round(decimals)))}f`)(x) : MISSING;
}

/** Significant digits, trailing zeros trimmed: `sig(1180.4, 3)` → "1.18k" is avoided; plain "1180". */
export function sig(x: number | null | undefined, digits = 3): string {
  if (!isShowable(x)) return MISSING;
  const d = Math.max(1, Math.min(12, Math.round(digits)));
  if (Math.abs(x) >= 10 ** d) return fmt(',.0f')(x);
  return fmt(`.${d}~r`)(x);
}

/** A whole count with thousands separators: `count(43721)` → "43,721". */
export function count(x: number | null | undefined): string {
  return isShowable(x) ? fmt(',.0f')(x) : MISSING;
}

/** A value with its unit: `withUnit(2.41, 'eV', 2)` → "2.41 eV". Percent has no space ("33.7 %" per SI). */
export function withUnit(x: number | null | undefined, unit: string, decimals: number): string {
  const n = fixed(x, decimals);
  if (n === MISSING) return MISSING;
  return unit ? `${n}${UNIT_SPACE}${unit}` : n;
}

/** A fraction 0..1 as a percentage: `percent(0.3368, 1)` → "33.7 %". */
export function percent(fraction: number | null | undefined, decimals = 1): string {
  return isShowable(fraction) ? withUnit(fraction * 100, '%', decimals) : MISSING;
}

/** Axis tick text from a scale's tick step (d3 picks the precision). */
export function tick(x: number, specifier = '~g'): string {
  return isShowable(x) ? fmt(specifier)(x) : '';
}
