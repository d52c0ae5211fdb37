/**
 * Mounts the confinement view alone under its own AppState (Harness.svelte sets the context with the exported
 * setAppState, as App.svelte does). jsdom has no ResizeObserver (used by bind:clientWidth): a no-op stand-in
 * keeps the charts at their default widths.
 */
import { render } from '@testing-library/svelte';
import Harness from './Harness.svelte';
import { AppState } from '../../../src/lib/state/appState.svelte';

if (!('ResizeObserver' in globalThis)) {
  (globalThis as Record<string, unknown>).ResizeObserver = class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  };
}

export function renderConfinement(query = '') {
  const app = new AppState({ query: `?view=confinement${query}` });
  const utils = render(Harness, { props: { app } });
  return { app, ...utils };
}
