/**
 * The views the running bundle can show (issue #15: each view loads only itself).
 *
 * Here — in `vite dev`, in Vitest and for type checking — all three are imported statically and
 * `VIEW_COMPONENTS` is full from the start. The production builds replace this module
 * (scripts/build-widgets.mjs): on the site by one whose `loadView` imports each view as its own chunk when
 * first shown (three.js only with the lattice), in a widget script or single file by one that holds that
 * view only. `VIEW_COMPONENTS` holds the views loaded so far; src/App.svelte asks `loadView` for a missing one.
 */
import type { Component } from 'svelte';
import type { ViewId } from '../lib/state/schema';
import LatticeView from './lattice/LatticeView.svelte';
import ConfinementView from './confinement/ConfinementView.svelte';
import LigandsView from './ligands/LigandsView.svelte';

export const VIEW_COMPONENTS: Partial<Record<ViewId, Component>> = {
  lattice: LatticeView,
  confinement: ConfinementView,
  ligands: LigandsView,
};

/** The view's component, loading it first if needed. */
export function loadView(view: ViewId): Promise<Component> {
  const c = VIEW_COMPONENTS[view];
  return c ? Promise.resolve(c) : Promise.reject(new Error(`view ${view} is not in this build`));
}
