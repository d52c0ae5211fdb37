/**
 * URL ↔ validated state. Pure functions over the schema in `schema.ts`; no DOM, no throwing.
 *
 * - `parseQuery(query)` reads any string (a whole URL, `?a=b`, or `a=b`) and returns a complete, valid state
 *   plus polite warnings naming every parameter it ignored or clamped.
 * - `serializeState(state)` writes only the values that differ from the defaults, in schema order, so
 *   `parseQuery(serializeState(s)).state` equals `s` for every valid `s` (checked by a fast-check test).
 * - `coerceValue(key, raw)` validates one value from a URL, an attribute or a `pqd:set` message.
 *
 * Nothing here inserts anything into HTML: warnings are plain strings rendered as text.
 */
import { KEYS, SCHEMA, defaultState, type Key, type Spec, type UrlState } from './schema';

export interface Warning {
  key: string;
  message: string;
}
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

type Coerced = { ok: true; value: unknown; note?: string } | { ok: false; reason: string };

function coerceWith(spec: Spec, raw: unknown): Coerced {
  switch (spec.kind) {
    case 'enum': {
      if (typeof raw === 'string' && (spec.values as readonly string[]).includes(raw)) return { ok: true, value: raw };
      return { ok: false, reason: `expected one of ${spec.values.join(', ')}` };
    }
    case 'bool': {
      if (raw === true || raw === '1' || raw === 'true') return { ok: true, value: true };
      if (raw === false || raw === '0' || raw === 'false' || raw === '') return { ok: true, value: false };
      return { ok: false, reason: 'expected 1 or 0' };
    }
    case 'number': {
      if (raw === null || raw === '') {
        return spec.default === null ? { ok: true, value: null } : { ok: false, reason: 'expected a number' };
      }
      let x: number;
      if (typeof raw === 'number') x = raw;
      else if (typeof raw === 'string' && NUMBER_RE.test(raw.trim())) x = Number(raw.trim());
      else return { ok: false, reason: 'expected a number' };
      if (!Number.isFinite(x)) return { ok: false, reason: 'expected a finite number' };
      if (spec.integer && !Number.isInteger(x)) x = Math.round(x);
      if (x < spec.min || x > spec.max) {
        const clamped = Math.min(spec.max, Math.max(spec.min, x));
        return {
          ok: true,
          value: clamped,
          note: `is outside ${spec.min}–${spec.max}${spec.unit ? ` ${spec.unit}` : ''}; using ${clamped}`,
        };
      }
      // Normalise -0 so that serialising and parsing again gives the same state.
      return { ok: true, value: x === 0 ? 0 : x };
    }
    case 'list': {
      let items: unknown[];
      if (Array.isArray(raw)) items = raw;
      else if (typeof raw === 'string') items = raw === '' ? [] : raw.split(',');
      else return { ok: false, reason: 'expected a comma list' };
      const allowed = spec.values as readonly string[];
      const bad = items.filter((v) => typeof v !== 'string' || !allowed.includes(v));
      if (bad.length > 0) return { ok: false, reason: `expected a comma list of ${allowed.join(', ')}` };
      // Canonical order and no repeats: the schema's order.
      const set = new Set(items as string[]);
      const value = allowed.filter((v) => set.has(v));
      if (value.length === 0 && !spec.allowEmpty) return { ok: false, reason: 'must not be empty' };
      return { ok: true, value };
    }
    case 'string': {
      if (typeof raw !== 'string') return { ok: false, reason: 'expected text' };
      if (raw.length > spec.maxLength) return { ok: false, reason: `is longer than ${spec.maxLength} characters` };
      let reason: string | null;
      try {
        reason = spec.validate(raw);
      } catch {
        reason = 'could not be read';
      }
      if (reason) return { ok: false, reason };
      return { ok: true, value: spec.normalize ? spec.normalize(raw) : raw };
    }
  }
}

/**
 * Validates one value for `key` from any outside source. Returns the accepted (possibly clamped) value and
 * an optional note, or the reason it was refused. Never throws.
 */
export function coerceValue<K extends Key>(
  key: K,
  raw: unknown,
): { ok: true; value: UrlState[K]; note?: string } | { ok: false; reason: string } {
  return coerceWith(SCHEMA[key], raw) as { ok: true; value: UrlState[K]; note?: string } | { ok: false; reason: string };
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
      if (name !== '') warnings.push({ key: echo(name), message: `Unknown parameter “${echo(name)}” was ignored.` });
      continue;
    }
    if (seen.has(name)) {
      warnings.push({ key: name, message: `Parameter “${name}” was given more than once; the first value was used.` });
      continue;
    }
    seen.add(name);
    const r = coerceValue(name, raw);
    if (r.ok) {
      state[name] = r.value;
      if (r.note) warnings.push({ key: name, message: `“${name}=${echo(String(raw))}” ${r.note}.` });
    } else {
      const shown = typeof raw === 'string' ? echo(raw) : typeof raw;
      warnings.push({
        key: name,
        message: `“${name}=${shown}” was ignored (${r.reason}); using the default.`,
      });
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
    return { state: defaultState(), warnings: [{ key: '', message: 'The address could not be read; defaults are shown.' }] };
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
