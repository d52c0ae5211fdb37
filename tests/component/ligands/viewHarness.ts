/**
 * Mounts the ligands view alone under its own AppState. jsdom has no ResizeObserver: the no-op stand-in of
 * tests/setup.ts keeps the drawing at its default width.
 */
import { render } from '@testing-library/svelte';
import Harness from './viewHarness.svelte';
import { AppState } from '../../../src/lib/state/appState.svelte';
import { deviceChart } from '../../../src/views/ligands/lazyPanels';

// The devices chart is its own chunk (issue #15); loaded here once, it renders with the view at once.
await deviceChart.preload();

export function renderLigands(query = '') {
  const app = new AppState({ query: `?view=ligands${query}` });
  const utils = render(Harness, { props: { app } });
  return { app, ...utils };
}
