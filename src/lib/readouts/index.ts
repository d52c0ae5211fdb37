/**
 * The readouts of every view, for the embed API (`pqd:state` messages and `pqd-change` events): plain
 * numbers, text and booleans named with their units (`toleranceFactor`, `gapEv`, `wavelengthNm`, ...),
 * computed from the validated state through the same core functions the views show.
 *
 * Each view owns a pure module `<view>.ts` exporting `<view>Readouts(state)`; this file only dispatches on the
 * view and keeps the values plain. Pure TypeScript: no DOM.
 */
import type { UrlState, ViewId } from '../state/schema';
import { latticeReadouts } from './lattice';
import { confinementReadouts } from './confinement';
import { ligandsReadouts } from './ligands';
import { chainReadouts } from './chain';

export type ReadoutValue = number | string | boolean | null;
export type Readouts = Record<string, ReadoutValue>;
type ReadoutsFn = (state: UrlState) => object;

const FNS: Record<ViewId, ReadoutsFn> = {
  lattice: latticeReadouts,
  confinement: confinementReadouts,
  ligands: ligandsReadouts,
};

/** Whether `view` has a readouts module (all three do). */
export function hasReadouts(view: ViewId): boolean {
  return typeof FNS[view] === 'function';
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
  if (typeof fn !== 'function') return {};
  let raw: object;
  try {
    raw = fn(state);
  } catch {
    return {};
  }
  // The one dot's chain (issue #18) in every view: plqy, vocLimitV, vocEstimateV, efficiencyLimit, … (chain.ts).
  try {
    raw = { ...chainReadouts(state), ...raw };
  } catch {
    // the view's own readouts still go out
  }
  const out: Readouts = {};
  for (const [k, v] of Object.entries(raw)) {
    if (isReadoutValue(v)) out[k] = v;
    else if (typeof v === 'number') out[k] = null;
  }
  return out;
}
