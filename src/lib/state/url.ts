/**
 * URL ↔ validated state. Pure functions over the schema in `schema.ts`; no DOM, no throwing.
 *
 * - `parseQuery(query)` reads any string (a whole URL, `?a=b`, or `a=b`) and returns a complete, valid state
 *   plus polite warnings naming every parameter it ignored or clamped.
 * - `serializeState(state)` writes only the values that differ from the defaults, in schema order, so
 *   `parseQuery(serializeState(s)).state` equals `s` for every valid `s` (checked by a fast-check test).
 * - `coerceValue(key, raw)` validates one value from a URL, an attribute or a `pqd:set` message.
 *
 * Warnings are codes with the values they name, never sentences (this folder is locale-free): the shell
 * words them from the message catalogue (src/i18n/warningText.ts) and renders them as text, never
 * as HTML.
 */
import { KEYS, SCHEMA, defaultState, type Key, type Spec, type UrlState, type ValueReason } from './schema';

/** Why a value was refused: a code plus what its message names. Shown as "“key=value” was ignored (…)". */
export type RefusalReason =
  /** Not one of the enum's values (`values`: the allowed ones, comma-separated). */
  | { code: 'one_of'; values: string }
  | { code: 'bool' }
  | { code: 'number' }
  | { code: 'finite' }
  | { code: 'list' }
  /** A list item that is not allowed (`values`: the allowed ones, comma-separated). */
  | { code: 'list_of'; values: string }
  | { code: 'empty' }
  | { code: 'text' }
  | { code: 'too_long'; maxLength: number }
  /** The key's own validator failed unexpectedly. */
  | { code: 'unreadable' }
  /** The key's own validator refused it (schema.ts). */
  | ValueReason;

/**
 * A polite notice about one outside value (URL parameter, attribute, `pqd:set` entry). `key` names the
 * parameter (for an unknown one, its name as given, shortened); `value` is the given value, shortened and
 * stripped of control characters.
 */
export type Warning =
  /** An unknown parameter was ignored. */
  | { code: 'unknown'; key: string }
  /** A parameter given twice: the first value was used. */
  | { code: 'repeated'; key: Key }
  /** A number outside the schema's range, clamped to `used` (`unit` as in the schema). */
  | { code: 'clamped'; key: Key; value: string; min: number; max: number; unit?: string; used: number }
  /** A value that could not be used: the default is kept. */
  | { code: 'refused'; key: Key; value: string; reason: RefusalReason }
  /** The whole address could not be read: defaults are shown. */
  | { code: 'unreadable_address'; key: '' };
export type WarningCode = Warning['code'];
export interface ParseResult {
  state: UrlState;
  warnings: Warning[];
}

/** Longest value echoed back in a warning (hostile input can be huge). */
const ECHO_MAX = 24;
function echo(raw: string): string {
  // Strip control characters; the result is rendered as text, never as HTML.
  const clean = raw.replace(/[\u0000-\u001f\u007f]/g, '');
  return clean.length > ECHO_MAX ? `${clean.slice(0, ECHO_MAX)}…` : clean;
}

const NUMBER_RE = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/** A number clamped into the schema's range. */
export interface Clamped {
  min: number;
  max: number;
  unit?: string;
  used: number;
}
type Coerced = { ok: true; value: unknown; clamped?: Clamped } | { ok: false; reason: RefusalReason };

function coerceWith(spec: Spec, raw: unknown): Coerced {
  switch (spec.kind) {
    case 'enum': {
      if (typeof raw === 'string' && (spec.values as readonly string[]).includes(raw)) return { ok: true, value: raw };
      return { ok: false, reason: { code: 'one_of', values: spec.values.join(', ') } };
    }
    case 'bool': {
      if (raw === true || raw === '1' || raw === 'true') return { ok: true, value: true };
      if (raw === false || raw === '0' || raw === 'false' || raw === '') return { ok: true, value: false };
      return { ok: false, reason: { code: 'bool' } };
    }
    case 'number': {
      if (raw === null || raw === '') {
        return spec.default === null ? { ok: true, value: null } : { ok: false, reason: { code: 'number' } };
      }
      let x: number;
      if (typeof raw === 'number') x = raw;
      else if (typeof raw === 'string' && NUMBER_RE.test(raw.trim())) x = Number(raw.trim());
      else return { ok: false, reason: { code: 'number' } };
      if (!Number.isFinite(x)) return { ok: false, reason: { code: 'finite' } };
      if (spec.integer && !Number.isInteger(x)) x = Math.round(x);
      if (x < spec.min || x > spec.max) {
        const clamped = Math.min(spec.max, Math.max(spec.min, x));
        return { ok: true, value: clamped, clamped: { min: spec.min, max: spec.max, ...(spec.unit ? { unit: spec.unit } : {}), used: clamped } };
      }
      // Normalise -0 so that serialising and parsing again gives the same state.
      return { ok: true, value: x === 0 ? 0 : x };
    }
    case 'list': {
      let items: unknown[];
      if (Array.isArray(raw)) items = raw;
      else if (typeof raw === 'string') items = raw === '' ? [] : raw.split(',');
      else return { ok: false, reason: { code: 'list' } };
      const allowed = spec.values as readonly string[];
      const bad = items.filter((v) => typeof v !== 'string' || !allowed.includes(v));
      if (bad.length > 0) return { ok: false, reason: { code: 'list_of', values: allowed.join(', ') } };
      // Canonical order and no repeats: the schema's order.
      const set = new Set(items as string[]);
      const value = allowed.filter((v) => set.has(v));
      if (value.length === 0 && !spec.allowEmpty) return { ok: false, reason: { code: 'empty' } };
      return { ok: true, value };
    }
    case 'string': {
      if (typeof raw !== 'string') return { ok: false, reason: { code: 'text' } };
      if (raw.length > spec.maxLength) return { ok: false, reason: { code: 'too_long', maxLength: spec.maxLength } };
      let reason: RefusalReason | null;
      try {
        reason = spec.validate(raw);
      } catch {
        reason = { code: 'unreadable' };
      }
      if (reason) return { ok: false, reason };
      return { ok: true, value: spec.normalize ? spec.normalize(raw) : raw };
    }
  }
}

/**
 * Validates one value for `key` from any outside source. Returns the accepted value (with how it was
 * clamped, if it was), or the reason it was refused. Never throws.
 */
export function coerceValue<K extends Key>(
  key: K,
  raw: unknown,
): { ok: true; value: UrlState[K]; clamped?: Clamped } | { ok: false; reason: RefusalReason } {
  return coerceWith(SCHEMA[key], raw) as { ok: true; value: UrlState[K]; clamped?: Clamped } | { ok: false; reason: RefusalReason };
}

export function isKey(name: string): name is Key {
  return Object.prototype.hasOwnProperty.call(SCHEMA, name);
}

/**
 * Applies a partial record (from URL parameters, element attributes or a message) on top of `base`.
 * Unknown keys and bad values are reported, never thrown. The first occurrence of a repeated key wins.
 */
export function applyPartial(base: UrlState, entries: Iterable<[string, unknown]>): ParseResult {
  const state = { ...base } as Record<string, unknown>;
  const warnings: Warning[] = [];
  const seen = new Set<string>();
  for (const [name, raw] of entries) {
    if (!isKey(name)) {
      if (name !== '') warnings.push({ code: 'unknown', key: echo(name) });
      continue;
    }
    if (seen.has(name)) {
      warnings.push({ code: 'repeated', key: name });
      continue;
    }
    seen.add(name);
    const r = coerceValue(name, raw);
    if (r.ok) {
      state[name] = r.value;
      if (r.clamped) warnings.push({ code: 'clamped', key: name, value: echo(String(raw)), ...r.clamped });
    } else {
      const shown = typeof raw === 'string' ? echo(raw) : typeof raw;
      warnings.push({ code: 'refused', key: name, value: shown, reason: r.reason });
    }
  }
  return { state: state as UrlState, warnings };
}

/** Reads a query string (or a whole URL) into a complete, valid state. Never throws. */
export function parseQuery(query: string): ParseResult {
  let search = query;
  const q = search.indexOf('?');
  if (q >= 0) search = search.slice(q + 1);
  const hash = search.indexOf('#');
  if (hash >= 0) search = search.slice(0, hash);
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return { state: defaultState(), warnings: [{ code: 'unreadable_address', key: '' }] };
  }
  return applyPartial(defaultState(), params.entries());
}

function serializeValue(spec: Spec, value: unknown): string {
  if (spec.kind === 'bool') return value ? '1' : '0';
  if (spec.kind === 'list') return (value as readonly string[]).join(',');
  if (spec.kind === 'number') return value === null ? '' : String(value);
  return String(value);
}

function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => v === b[i]);
  return a === b;
}

/**
 * Writes the state as a query string (without `?`), only the keys that differ from their defaults.
 * `keys` restricts which keys are written (e.g. only the shown view's keys for a short share link).
 */
export function serializeState(state: UrlState, keys: readonly Key[] = KEYS): string {
  const params = new URLSearchParams();
  for (const k of keys) {
    const spec = SCHEMA[k];
    const v = state[k];
    if (sameValue(v, spec.default)) continue;
    params.set(k, serializeValue(spec, v));
  }
  // URLSearchParams encodes ',' as %2C; keep lists readable.
  return params.toString().replace(/%2C/g, ',');
}

/** Keys that belong to one view (plus the app-wide ones), for share links and embed snippets. */
export function keysForView(view: UrlState['view']): Key[] {
  return KEYS.filter((k) => SCHEMA[k].scope === 'app' || SCHEMA[k].scope === view);
}
