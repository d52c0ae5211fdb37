/**
 * The embed message protocol (iframe `postMessage` and the custom elements' `state`/`pqd-change`), as pure
 * functions: reading what a host page sends, and shaping what a widget publishes. No DOM, never throws.
 *
 * Host → widget (iframe; the element takes the same `state` record through its `state` property):
 *   { type: 'pqd:set', state: { comp: 'FAPbI3', phase: 'cubic' } }   keys = URL parameter names of the view
 *   { type: 'pqd:get' }                                               asks for a `pqd:state` reply
 * Widget → host:
 *   { type: 'pqd:state', version, view, state, readouts }             on load and after every change
 *   { type: 'pqd:height', version, view, height }                     preferred height in CSS px
 *   { type: 'pqd:warnings', version, view, warnings }                 values of a `pqd:set` that were refused
 *
 * A message is validated like a URL: anything that is not a plain object with a known `type` is ignored;
 * inside `state`, only the keys of the widget's view (and `theme`) are kept — `view` and `embed` can never be
 * set from outside — and every value then goes through the URL schema (`AppState.update` → `applyPartial`),
 * which clamps numbers and refuses bad values without throwing. Documented in docs/embedding.md.
 */
import { SCHEMA, type Key, type UrlState, type ViewId } from '../lib/state/schema';
import { keysForView } from '../lib/state/url';
import type { Readouts } from '../lib/readouts';

// Version of the message format, in a module of its own so the widget loader carries nothing else.
import { PROTOCOL_VERSION } from './protocol';
export { PROTOCOL_VERSION };

export const MSG_SET = 'pqd:set';
export const MSG_GET = 'pqd:get';
export const MSG_STATE = 'pqd:state';
export const MSG_HEIGHT = 'pqd:height';
export const MSG_WARNINGS = 'pqd:warnings';

/** Keys that describe the widget itself, never settable by a host page. */
const FIXED_KEYS: ReadonlySet<Key> = new Set<Key>(['view', 'embed']);
/** More keys than any view has: a bigger `state` is hostile or a mistake and is ignored whole. */
const MAX_ENTRIES = 64;
/** Longest list value accepted (the schema's lists have ≤ 4 items; `vac`/`lig` are strings). */
const MAX_LIST = 64;

export type { Readouts };
/** A widget's published state: its view's keys (and the app-wide `theme`), as the URL schema types them. */
export type PublicState = Partial<Record<Key, UrlState[Key]>>;

export interface StateMessage {
  type: typeof MSG_STATE;
  version: number;
  view: ViewId;
  state: PublicState;
  readouts: Readouts;
}
export interface HeightMessage {
  type: typeof MSG_HEIGHT;
  version: number;
  view: ViewId;
  height: number;
}
export interface WarningsMessage {
  type: typeof MSG_WARNINGS;
  version: number;
  view: ViewId;
  warnings: string[];
}

/** The keys a host may set on a widget of `view`: the view's own keys and `theme`. */
export function settableKeys(view: ViewId): Key[] {
  return keysForView(view).filter((k) => !FIXED_KEYS.has(k));
}

/** Keys published in `pqd:state` and by the element's `state` getter: the view's keys, `view` and `theme`. */
export function publishedKeys(view: ViewId): Key[] {
  return keysForView(view).filter((k) => k !== 'embed');
}

function isPlainObject(x: unknown): x is Record<string, unknown> {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return false;
  const proto = Object.getPrototypeOf(x) as unknown;
  return proto === Object.prototype || proto === null;
}

/** A value shape the schema can read: text, a finite number, a boolean, null, or a short list of text. */
function isScalarLike(v: unknown): boolean {
  if (v === null || typeof v === 'string' || typeof v === 'boolean') return true;
  if (typeof v === 'number') return Number.isFinite(v);
  return Array.isArray(v) && v.length <= MAX_LIST && v.every((x) => typeof x === 'string');
}

/**
 * A JSON value as the URL schema reads it, so that a refused value is echoed as the URL would write it
 * (issue #14: a list given for `comp` was echoed as "comp=object"): a list for a key that is not a list
 * becomes its comma-joined text ("comp=CsPbI3,FAPbI3" is refused as a formula, and says so); numbers and
 * booleans for text or choice keys become their text. Lists for list keys stay lists (copied).
 */
function asSchemaInput(key: Key, v: unknown): unknown {
  const kind = SCHEMA[key].kind;
  if (Array.isArray(v)) return kind === 'list' ? [...(v as string[])] : (v as string[]).join(',');
  if ((typeof v === 'number' || typeof v === 'boolean') && (kind === 'string' || kind === 'enum')) return String(v);
  return v;
}

/**
 * Reads a `state` record (from a `pqd:set` message or the element's `state` setter) for a widget of `view`.
 * Returns the entries worth handing to `AppState.update` — only settable keys, only value shapes the schema
 * can read — or `null` when nothing usable is left. Values are not yet validated against their ranges:
 * `update` does that and reports refusals as warnings.
 */
export function readStateRecord(record: unknown, view: ViewId): Partial<Record<Key, unknown>> | null {
  try {
    if (!isPlainObject(record)) return null;
    const names = Object.keys(record);
    if (names.length === 0 || names.length > MAX_ENTRIES) return null;
    const allowed = new Set<string>(settableKeys(view));
    const out: Partial<Record<Key, unknown>> = {};
    let n = 0;
    for (const name of names) {
      if (!allowed.has(name)) continue;
      const v = record[name];
      if (!isScalarLike(v)) continue;
      out[name as Key] = asSchemaInput(name as Key, v);
      n++;
    }
    return n > 0 ? out : null;
  } catch {
    // A getter or proxy that throws (only possible for the element's setter; messages are structured clones).
    return null;
  }
}

/** What an incoming message asks for, or `null` to ignore it. */
export type HostRequest = { kind: 'set'; state: Partial<Record<Key, unknown>> } | { kind: 'get' };

/** Reads `event.data` of a message sent to a widget of `view`. Never throws; anything unexpected is `null`. */
export function readHostMessage(data: unknown, view: ViewId): HostRequest | null {
  try {
    if (!isPlainObject(data)) return null;
    const type = data.type;
    if (type === MSG_GET) return { kind: 'get' };
    if (type !== MSG_SET) return null;
    const state = readStateRecord(data.state, view);
    return state ? { kind: 'set', state } : null;
  } catch {
    return null;
  }
}

/** Copies the published keys of `state` (arrays copied, so the message never aliases live state). */
export function publicState(state: UrlState, view: ViewId): PublicState {
  const out: PublicState = {};
  for (const k of publishedKeys(view)) {
    const v = state[k];
    (out as Record<string, unknown>)[k] = Array.isArray(v) ? [...(v as readonly string[])] : v;
  }
  return out;
}

export function stateMessage(view: ViewId, state: UrlState, readouts: Readouts): StateMessage {
  return { type: MSG_STATE, version: PROTOCOL_VERSION, view, state: publicState(state, view), readouts };
}

export function heightMessage(view: ViewId, height: number): HeightMessage {
  return { type: MSG_HEIGHT, version: PROTOCOL_VERSION, view, height };
}

export function warningsMessage(view: ViewId, warnings: readonly string[]): WarningsMessage {
  return { type: MSG_WARNINGS, version: PROTOCOL_VERSION, view, warnings: [...warnings] };
}

/**
 * HTML's global attributes (HTML Living Standard, "Global attributes", plus the event-handler `on…`
 * attributes, checked by prefix): on a custom element they keep their HTML meaning, so no parameter may use
 * one of these names as its attribute (issue #14: `style="flex:1"` on <pqd-lattice> was read as the
 * lattice's drawing style).
 */
export const GLOBAL_ATTRIBUTES: ReadonlySet<string> = new Set([
  'accesskey', 'autocapitalize', 'autocorrect', 'autofocus', 'class', 'contenteditable', 'dir', 'draggable',
  'enterkeyhint', 'exportparts', 'hidden', 'id', 'inert', 'inputmode', 'is', 'itemid', 'itemprop', 'itemref',
  'itemscope', 'itemtype', 'lang', 'nonce', 'part', 'popover', 'slot', 'spellcheck', 'style', 'tabindex',
  'title', 'translate', 'writingsuggestions', 'role',
]);

/**
 * Attribute names of the parameters whose URL name is an HTML global attribute: the URL keeps the short
 * name (`?style=ball`), the element takes this one (`<pqd-lattice render-style="ball">`). `state`,
 * `pqd:set` and `pqd:state` keep the URL names.
 */
export const ATTRIBUTE_RENAMES: Readonly<Partial<Record<Key, string>>> = { style: 'render-style' };

/** Whether `name` is an HTML global attribute (or an `on…` event-handler attribute, or `aria-*`/`data-*`). */
export function isGlobalAttribute(name: string): boolean {
  const n = name.toLowerCase();
  return GLOBAL_ATTRIBUTES.has(n) || /^(on|aria-|data-)/.test(n);
}

/** The element attribute of a schema key, as written in markup (HTML lower-cases it: `rA` is read as `ra`). */
export function attributeName(key: Key): string {
  return ATTRIBUTE_RENAMES[key] ?? key;
}

/**
 * Attribute name → schema key, for a view. The element observes exactly these names; none is an HTML
 * global attribute (a parameter whose name would be gets its own, ATTRIBUTE_RENAMES).
 */
export function attributeKeys(view: ViewId): Map<string, Key> {
  const m = new Map<string, Key>();
  for (const k of settableKeys(view)) {
    const name = attributeName(k).toLowerCase();
    if (!isGlobalAttribute(name)) m.set(name, k);
  }
  return m;
}

/** Writes a validated value as an attribute / URL parameter value (lists comma-joined, null empty). */
export function attributeValue(key: Key, value: unknown): string {
  const spec = SCHEMA[key];
  if (spec.kind === 'bool') return value ? '1' : '0';
  if (Array.isArray(value)) return value.join(',');
  if (value === null || value === undefined) return '';
  return String(value);
}
