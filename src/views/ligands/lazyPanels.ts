/**
 * The ligand panels the first screen does not show, each its own chunk (issue #15), fetched when wanted:
 *  - the devices chart and the illustrative model (below the first screen): when their placeholder (about
 *    their height) comes near the viewport (lazy.svelte.ts `near`);
 *  - the scenario panel with its steps' texts: when a scenario is open (a placeholder of its height, near);
 *  - the ligand card with its notes (site choice, class readings): when a ligand is selected and the card's
 *    place in the library comes near the viewport;
 *  - the PbS facet-share plot (chart kit, slider): when a PbS surface is shown and it comes near;
 *  - the notice of the address tokens a surface could not use: when there are such tokens;
 *  - the words of an edit (editText.ts: what it did, why a ligand may not bind): on intent — a ligand
 *    selected, a mode chosen, a pointer or key on the surface — and at the latest on the first edit.
 * Widget scripts, single files and tests load each at once (lazy.svelte.ts fetchWhenNear).
 */
import { lazyComponent, lazyValue } from '../../components/lazy.svelte';

export const deviceChart = lazyComponent(() => import('./DeviceChart.svelte'));
export const modelPanel = lazyComponent(() => import('./ModelPanel.svelte'));
export const scenarioPanel = lazyComponent(() => import('./ScenarioPanel.svelte'));
export const ligandCard = lazyComponent(() => import('./LigandCard.svelte'));
export const facetShare = lazyComponent(() => import('./FacetShare.svelte'));
export const droppedNotice = lazyComponent(() => import('./DroppedNotice.svelte'));
export const editText = lazyValue(() => import('./editText'));

/** Every lazily loaded ligand panel (tests render the view with all of them loaded). */
export const LIGAND_PANELS = [deviceChart, modelPanel, scenarioPanel, ligandCard, facetShare, droppedNotice] as const;

/** Loads every ligand panel (component tests and the pseudo-locale render test). */
export function preloadLigandPanels(): Promise<unknown[]> {
  return Promise.all([...LIGAND_PANELS.map((p) => p.preload()), editText.preload()]);
}
