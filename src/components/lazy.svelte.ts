/**
 * A component fetched with `import()` when first wanted (issue #15: panels below the first screen or behind
 * a click are their own chunks). `current` is null until the chunk has arrived, then the component; once
 * loaded (or preloaded, as the component tests do) every later use renders it at once, with no empty frame.
 *
 *     export const spectraPanel = lazyComponent(() => import('./SpectraPanel.svelte'));
 *     {#if spectraPanel.current}{@const P = spectraPanel.current}<P … />
 *     {:else}<div class="placeholder" {@attach spectraPanel.near}></div>{/if}
 *
 * `near` (a Svelte attachment on the placeholder, which keeps the panel's height) starts the fetch when the
 * placeholder comes within NEAR_MARGIN of the viewport — so a phone fetches a panel far below the first
 * screen only when the student scrolls towards it, not with the page. `preload()` fetches at once (tests,
 * a panel behind a click). Without IntersectionObserver (old browsers, jsdom) `near` fetches at once.
 */
import type { Component } from 'svelte';
import { afterMount } from './deferred';

/**
 * How far outside the viewport a placeholder starts its fetch: half a screen height below (and above) it, so
 * on a normal scroll the panel has arrived before it shows (a chunk of 5–12 kB gzip is one round trip), while
 * a panel two screens down is not fetched with the page.
 */
export const NEAR_MARGIN = '50% 0px';

let onlyWhenNear = false;

/**
 * Whether `near` waits for the viewport: on the site (src/main.ts turns it on), where each panel is a download.
 * A widget script or single file holds every panel already, so there (and in tests) `near` loads at once and
 * the widget's height never depends on where the host page has scrolled.
 */
export function fetchWhenNear(on: boolean): void {
  onlyWhenNear = on;
}

/**
 * Calls `run` once when `el` comes within `margin` of the viewport — at once without IntersectionObserver, or
 * where nothing is downloaded (fetchWhenNear off). On the site the watch starts once every block of the view
 * has mounted (deferred.ts afterMount): the view mounts block by block, and in a half-mounted page a
 * placeholder that ends up far below (a chart at the foot of the view) can sit near the top for a moment —
 * long enough to fetch and mount a panel nobody sees yet, in the middle of the start-up (issue #15).
 */
export function whenNear(el: Element, run: () => void, margin = NEAR_MARGIN): () => void {
  if (!onlyWhenNear || typeof IntersectionObserver !== 'function') {
    run();
    return () => {};
  }
  return afterMount(() => {
    const io = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        io.disconnect();
        run();
      },
      { rootMargin: margin },
    );
    io.observe(el);
    return () => io.disconnect();
  });
}

/** A value (a module, a component) fetched when first wanted; `current` is null until it has arrived. */
export interface LazyValue<T> {
  /** The value once its chunk has loaded, else null (reactive). */
  readonly current: T | null;
  /** Starts loading (once) and resolves to the value. */
  preload(): Promise<T>;
  /**
   * Attachment for the placeholder: loads when it comes near the viewport (file header). A failed fetch
   * (offline) leaves the placeholder and tries again when the browser is back online (or it mounts again).
   */
  readonly near: (el: Element) => () => void;
}

export type LazyComponent<C> = LazyValue<C>;

class Lazy<C> implements LazyValue<C> {
  current = $state.raw<C | null>(null);
  #pending: Promise<C> | null = null;
  readonly #load: () => Promise<C>;

  constructor(load: () => Promise<C>) {
    this.#load = load;
  }

  near = (el: Element): (() => void) => {
    if (this.current) return () => {};
    let stop = whenNear(el, () => {
      this.preload().catch(() => {
        // Offline without the chunk: the placeholder stays; back online, it tries again if still shown.
        const retry = () => {
          if (el.isConnected) stop = this.near(el);
        };
        addEventListener('online', retry, { once: true });
        stop = () => removeEventListener('online', retry);
      });
    });
    return () => stop();
  };

  preload(): Promise<C> {
    this.#pending ??= this.#load().then(
      (value) => (this.current = value),
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
  return new Lazy(() => load().then((mod) => mod.default));
}

/**
 * A module (or any value) loaded when first wanted, e.g. the chain strip's heavy links (chain/chainTail.ts,
 * a dynamic import of lib/readouts/chainTail.ts); create it once per module.
 */
export function lazyValue<T>(load: () => Promise<T>): LazyValue<T> {
  return new Lazy(load);
}
