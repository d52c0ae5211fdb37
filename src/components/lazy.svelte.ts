/**
 * A component fetched with `import()` when first wanted (issue #15: panels below the first screen or behind
 * a click are their own chunks). `current` is null until the chunk has arrived, then the component; once
 * loaded (or preloaded, as the component tests do) every later use renders it at once, with no empty frame.
 *
 *     export const spectraPanel = lazyComponent(() => import('./SpectraPanel.svelte'));
 *     spectraPanel.preload();                     // start fetching (a view does this as it mounts)
 *     {#if spectraPanel.current}{@const P = spectraPanel.current}<P … />{:else}<placeholder/>{/if}
 */
import type { Component } from 'svelte';

export interface LazyComponent<C> {
  /** The component once its chunk has loaded, else null (reactive). */
  readonly current: C | null;
  /** Starts loading (once) and resolves to the component. */
  preload(): Promise<C>;
}

class Lazy<C> implements LazyComponent<C> {
  current = $state<C | null>(null);
  #pending: Promise<C> | null = null;
  readonly #load: () => Promise<{ default: C }>;

  constructor(load: () => Promise<{ default: C }>) {
    this.#load = load;
  }

  preload(): Promise<C> {
    this.#pending ??= this.#load().then(
      (mod) => (this.current = mod.default),
      (error: unknown) => {
        this.#pending = null; // a failed fetch (offline) may be retried by the next mount
        throw error;
      },
    );
    return this.#pending;
  }
}

/** A lazily loaded component; create it once per module (the loaded component is shared by every use). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any component type: its props are checked where it is rendered
export function lazyComponent<C extends Component<any>>(load: () => Promise<{ default: C }>): LazyComponent<C> {
  return new Lazy(load);
}
