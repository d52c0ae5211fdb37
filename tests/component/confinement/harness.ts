/**
 * Mounts the confinement view alone under its own AppState (Harness.svelte sets the context with the exported
 * setAppState, as App.svelte does). jsdom has no ResizeObserver: the no-op stand-in of
 * tests/setup.ts keeps the charts at their default widths.
 */
import { render } from '@testing-library/svelte';
import Harness from './Harness.svelte';
import { AppState } from '../../../src/lib/state/appState.svelte';
import { cellsTable, fullModel, howPanel, solarCellPanel, spectraPanel } from '../../../src/views/confinement/lazyPanels';
import { chainTail } from '../../../src/components/chain/chainTail';

// The spectra, solar-cell and how-computed panels, the data tables, the marker's full model (SQ limit,
// spectra) and the chain's last links are their own chunks (issue #15); loaded here once, they render with
// the view at once, so tests read them right after render as before.
await Promise.all([
  spectraPanel.preload(),
  solarCellPanel.preload(),
  howPanel.preload(),
  cellsTable.preload(),
  fullModel.preload(),
  chainTail.preload(),
]);

export function renderConfinement(query = '') {
  const app = new AppState({ query: `?view=confinement${query}` });
  const utils = render(Harness, { props: { app } });
  return { app, ...utils };
}
