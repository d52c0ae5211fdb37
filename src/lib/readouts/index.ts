/**
 * The readouts of every view, for the embed API (`pqd:state` messages and `pqd-change` events): plain
 * numbers, text and booleans named with their units (`toleranceFactor`, `gapEv`, `wavelengthNm`, ...),
 * computed from the validated state through the same core functions the views show.
 *
 * Each view owns a pure module `<view>.ts` exporting `<view>Readouts(state)`. They are gathered with Vite's
 * `import.meta.glob` so that this file compiles while a view's module does not exist yet; such a view gives
 * `{}`. Pure TypeScript: no DOM.
 */
import type { UrlState, ViewId } from '../state/schema';

export type ReadoutValue = number | string | boolean | null;
export type Readouts = Record<string, ReadoutValue>;
type ReadoutsFn = (state: UrlState) => object;

const modules = import.meta.glob<Record<string, unknown>>(['./lattice.ts', './confinement.ts', './ligands.ts'], {
  eager: true,
});

function findFn(view: ViewId): ReadoutsFn | null {
  const fn = modules[`./${view}.ts`]?.[`${view}Readouts`];
  return typeof fn === 'function' ? (fn as ReadoutsFn) : null;
}

const FNS: Record<ViewId, ReadoutsFn | null> = {
  lattice: findFn('lattice'),
  confinement: findFn('confinement'),
  ligands: findFn('ligands'),
};

/** Whether `view` has its readouts module (false while the view is being built). */
export function hasReadouts(view: ViewId): boolean {
  return FNS[view] !== null;
}

function isReadoutValue(v: unknown): v is ReadoutValue {
  return v === null || typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v));
}

/**
 * The readouts of `view` for `state`. Only plain values pass (a non-finite number becomes `null`, anything
 * else is dropped), so a message never carries NaN or an object; a readouts function that throws gives `{}`.
 */
export function readoutsFor(view: ViewId, state: UrlState): Readouts {
  const fn = FNS[view];
  if (!fn) return {};
  let raw: object;
  try {
    raw = fn(state);
  } catch {
    return {};
  }
  const out: Readouts = {};
  for (const [k, v] of Object.entries(raw)) {
    if (isReadoutValue(v)) out[k] = v;
    else if (typeof v === 'number') out[k] = null;
  }
  return out;
}
