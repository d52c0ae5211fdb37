/**
 * The views the running bundle can show (issue #15: each view loads only itself).
 *
 * Here — in `vite dev`, in Vitest and for type checking — all three are imported statically. The production
 * builds replace this module (scripts/build-widgets.mjs, `viewRegistry(view)`) by one that holds a single
 * view, so the site's `view-<id>.js`, the widget script `pqd-<id>.js` and the single file `single/<id>.html`
 * each carry only their own view (three.js only with the lattice). A view missing from the registry is
 * loaded by the page's entry (src/main.ts): it fetches that view's bundle and hands the page over to it.
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
