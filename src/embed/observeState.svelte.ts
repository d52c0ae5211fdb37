/**
 * Watches one AppState from outside any component and reports each change once per animation frame:
 * the iframe bridge turns the report into a `pqd:state` message, the custom element into a `pqd-change`
 * event. Reports carry the view's published state and its readouts (lib/readouts), and a report equal to
 * the previous one is not repeated.
 */
import type { AppState } from '../lib/state/appState.svelte';
import type { UrlState, ViewId } from '../lib/state/schema';
import { readoutsFor } from '../lib/readouts';
import { stateMessage, type StateMessage } from './messages';

/** Longest wait for an animation frame: rAF is paused in hidden tabs and throttled in offscreen iframes. */
const MAX_DELAY_MS = 120;

/** Runs `fn` on the next animation frame, or after MAX_DELAY_MS if no frame comes; returns a canceller. */
export function nextFrame(fn: () => void): () => void {
  let done = false;
  const run = (): void => {
    if (done) return;
    done = true;
    cancel();
    fn();
  };
  const raf = typeof requestAnimationFrame === 'function' ? requestAnimationFrame(run) : 0;
  const timer = setTimeout(run, MAX_DELAY_MS);
  function cancel(): void {
    if (raf && typeof cancelAnimationFrame === 'function') cancelAnimationFrame(raf);
    clearTimeout(timer);
  }
  return () => {
    done = true;
    cancel();
  };
}

/**
 * Calls `report` with a `pqd:state` message after the first frame and after every change of `app.values`
 * (coalesced to one report per frame; identical reports skipped). Returns a function that stops watching.
 */
export function observeState(app: AppState, view: () => ViewId, report: (msg: StateMessage) => void): () => void {
  let cancel: (() => void) | null = null;
  let last = '';
  const flush = (): void => {
    cancel = null;
    const state = $state.snapshot(app.values) as UrlState;
    const v = view();
    const msg = stateMessage(v, state, readoutsFor(v, state));
    const key = JSON.stringify(msg);
    if (key === last) return;
    last = key;
    report(msg);
  };
  const stopRoot = $effect.root(() => {
    $effect(() => {
      // Read every key (and every list item) so any change re-runs this effect.
      JSON.stringify(app.values);
      if (!cancel) cancel = nextFrame(flush);
    });
  });
  return () => {
    stopRoot();
    cancel?.();
    cancel = null;
  };
}
