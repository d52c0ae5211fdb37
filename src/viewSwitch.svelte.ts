/**
 * Switching the site between its per-view bundles (issue #15; src/main.ts).
 *
 * `watchView` calls `onView` after the app's view changes (not for the view it starts with): src/main.ts
 * uses it to hand the page over to another view's bundle.
 *
 * The rest keeps one app on the page however fast the student switches. A switch waits for the other
 * bundle's stylesheet and script; meanwhile the old app is still there and may switch again (keys 2 then 3,
 * or 2 then back to 1). The page holds at most one switch in flight, `site.pending`: a newer switch
 * replaces it, a switch back to a view of the live bundle cancels it, and a bundle that runs takes it only
 * when it is a switch to its own view. A bundle that finds no switch for itself mounts nothing (unless it is
 * the page's first bundle), so an outdated load only registers itself for later switches.
 */
import type { AppState } from './lib/state/appState.svelte';
import type { ViewId } from './lib/state/schema';
import type { Handover } from './viewFiles';

export function watchView(app: AppState, onView: (view: ViewId) => void): () => void {
  let last = app.values.view;
  return $effect.root(() => {
    $effect(() => {
      const view = app.values.view;
      if (view === last) return;
      last = view;
      onView(view);
    });
  });
}

/** The part of the page's shared object (src/viewFiles.ts, SiteViews) that a switch uses. */
export interface SwitchSlot {
  pending: Handover | null;
}

/** A switch is asked for: it replaces any switch still in flight. */
export function askSwitch(site: SwitchSlot, next: Handover): void {
  site.pending = next;
}

/** The live bundle shows the view itself again (e.g. 2 then 1 before view 2 loaded): no switch in flight. */
export function cancelSwitch(site: SwitchSlot): void {
  site.pending = null;
}

/**
 * Whether `next` is still the switch to make (after waiting for a stylesheet or a script); if so it is taken
 * off the page's slot, so nothing else can make it a second time.
 */
export function takeSwitch(site: SwitchSlot, next: Handover): boolean {
  if (site.pending !== next) return false;
  site.pending = null;
  return true;
}

/**
 * What a bundle with the views `here` does when its script runs: `{ mount: true, handover }` to mount (the
 * handover of a switch to one of its views, or null for the page's first bundle), `{ mount: false }` when
 * the page already has an app and no switch is meant for this bundle (a load that a newer switch outdated).
 */
export function claimOnRun(
  site: SwitchSlot,
  here: readonly ViewId[],
  firstBundle: boolean,
): { mount: true; handover: Handover | null } | { mount: false } {
  const next = site.pending;
  if (next && here.includes(next.view)) {
    site.pending = null;
    return { mount: true, handover: next };
  }
  return firstBundle ? { mount: true, handover: null } : { mount: false };
}
