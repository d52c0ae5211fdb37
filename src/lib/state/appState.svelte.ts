/**
 * The single source of truth of one app instance (the page, or one embedded widget).
 *
 * A class with `$state` fields, created by whoever mounts `App.svelte` and handed down by context, so two
 * widgets on one page keep separate states. Controls call `set`, which validates and clamps through the
 * URL schema; nothing else writes the state. `App.svelte` mirrors it to the URL (one `$effect`).
 */
import { getContext, setContext } from 'svelte';
import { defaultState, type Key, type UrlState } from './schema';
import { applyPartial, coerceValue, parseQuery, type Warning } from './url';
import { queryKeys, reconcileDot, syncDot } from './dot';

export class AppState {
  values: UrlState = $state(defaultState());
  warnings: Warning[] = $state([]);

  constructor(initial?: { query?: string; state?: Partial<Record<string, unknown>> }) {
    if (initial?.query !== undefined) {
      const r = parseQuery(initial.query);
      this.values = r.state;
      this.warnings = r.warnings;
      reconcileDot(this.values, queryKeys(initial.query)); // one dot: comp, sel, system agree (dot.ts)
    }
    if (initial?.state) this.update(initial.state);
  }

  /** Sets one value through the schema: clamps numbers, ignores invalid values. Returns whether it took. */
  set<K extends Key>(key: K, value: UrlState[K]): boolean {
    const r = coerceValue(key, value);
    if (!r.ok) return false;
    this.values[key] = r.value;
    syncDot(this.values, key); // one dot: comp, sel, system follow each other (dot.ts)
    return true;
  }

  /** Applies a partial state from an outside source (attributes, `pqd:set`); returns the warnings. */
  update(partial: Partial<Record<string, unknown>>): Warning[] {
    const r = applyPartial($state.snapshot(this.values) as UrlState, Object.entries(partial));
    for (const k of Object.keys(r.state) as Key[]) {
      const next = r.state[k];
      const prev = this.values[k];
      if (Array.isArray(next) ? !(Array.isArray(prev) && prev.join() === next.join()) : next !== prev) {
        (this.values as Record<Key, unknown>)[k] = next;
      }
    }
    reconcileDot(this.values, Object.keys(partial)); // one dot (dot.ts)
    return r.warnings;
  }

  /** Replaces the whole state from a query string (e.g. a preset); warnings are shown. */
  load(query: string): void {
    const r = parseQuery(query);
    this.values = r.state;
    this.warnings = r.warnings;
    reconcileDot(this.values, queryKeys(query)); // one dot (dot.ts)
  }

  dismissWarnings(): void {
    this.warnings = [];
  }
}

const KEY = Symbol('pqd-app-state');

export function setAppState(state: AppState): AppState {
  return setContext(KEY, state);
}

/** The app state of the enclosing `App`; throws when used outside one (a wiring bug, not a user error). */
export function useAppState(): AppState {
  const s = getContext<AppState | undefined>(KEY);
  if (!s) throw new Error('useAppState() called outside an <App> (no AppState in context)');
  return s;
}
