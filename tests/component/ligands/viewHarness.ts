/**
 * Mounts the ligands view alone under its own AppState. jsdom has no ResizeObserver: the no-op stand-in of
 * tests/setup.ts keeps the drawing at its default width.
 */
import { render } from '@testing-library/svelte';
import Harness from './viewHarness.svelte';
import { AppState } from '../../../src/lib/state/appState.svelte';
import { preloadLigandPanels } from '../../../src/views/ligands/lazyPanels';

// The panels the first screen does not show are chunks of their own (issue #15, lazyPanels.ts); loaded here
// once, they render with the view at once.
await preloadLigandPanels();

export function renderLigands(query = '') {
  const app = new AppState({ query: `?view=ligands${query}` });
  const utils = render(Harness, { props: { app } });
  return { app, ...utils };
}
