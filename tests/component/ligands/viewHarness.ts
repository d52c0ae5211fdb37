/**
 * Mounts the ligands view alone under its own AppState. jsdom has no ResizeObserver (bind:clientWidth):
 * a no-op stand-in keeps the drawing at its default width.
 */
import { render } from '@testing-library/svelte';
import Harness from './viewHarness.svelte';
import { AppState } from '../../../src/lib/state/appState.svelte';

if (!('ResizeObserver' in globalThis)) {
  (globalThis as Record<string, unknown>).ResizeObserver = class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  };
}

export function renderLigands(query = '') {
  const app = new AppState({ query: `?view=ligands${query}` });
  const utils = render(Harness, { props: { app } });
  return { app, ...utils };
}
