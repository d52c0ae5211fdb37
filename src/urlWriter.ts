/**
 * The page's address follows the state (App.svelte), but not inside the frame that shows a change: a slider
 * step wrote `history.replaceState` at once, which cost 5–9 ms of that step on this machine (issue #15: a
 * step's next frame), and Chromium ignores more than 200 history writes in 10 s (it logs "Throttling
 * navigation"), which a long drag exceeds. So writes are coalesced: the latest address is written when the
 * browser is next idle (at the latest 200 ms later), at most one write per MIN_GAP_MS, and at once when the
 * page is hidden or left (a bookmark, a reload, a tab switch see the current state).
 */

/** Minimum time between two history writes, ms: at most 100 in 10 s, half of Chromium's limit. */
export const MIN_GAP_MS = 100;
/** Longest wait for an idle moment, ms. */
export const IDLE_TIMEOUT_MS = 200;

export interface UrlWriter {
  /** Asks for `url` (path, query and hash) to become the address; the last one asked for wins. */
  write(url: string): void;
  /** Writes a pending address now. */
  flush(): void;
  /** Writes a pending address and stops listening. */
  dispose(): void;
}

interface Host {
  location: Pick<Location, 'pathname' | 'search' | 'hash'>;
  history: Pick<History, 'replaceState' | 'state'>;
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(id: unknown): void;
  requestIdleCallback?(run: () => void, options: { timeout: number }): unknown;
  cancelIdleCallback?(id: unknown): void;
  addEventListener(type: 'pagehide' | 'visibilitychange', run: () => void): void;
  removeEventListener(type: 'pagehide' | 'visibilitychange', run: () => void): void;
  now(): number;
}

function windowHost(): Host {
  return {
    location,
    history,
    setTimeout: (run, ms) => setTimeout(run, ms),
    clearTimeout: (id) => clearTimeout(id as ReturnType<typeof setTimeout>),
    // Safari has no requestIdleCallback: a timer then.
    requestIdleCallback: typeof requestIdleCallback === 'function' ? (run, o) => requestIdleCallback(run, o) : undefined,
    cancelIdleCallback: typeof cancelIdleCallback === 'function' ? (id) => cancelIdleCallback(id as number) : undefined,
    addEventListener: (type, run) => (type === 'pagehide' ? addEventListener(type, run) : document.addEventListener(type, run)),
    removeEventListener: (type, run) => (type === 'pagehide' ? removeEventListener(type, run) : document.removeEventListener(type, run)),
    now: () => performance.now(),
  };
}

export function createUrlWriter(host: Host = windowHost()): UrlWriter {
  let pending: string | null = null;
  let lastWrite = -Infinity;
  let timer: unknown = null;
  let idle: unknown = null;

  const current = (): string => `${host.location.pathname}${host.location.search}${host.location.hash}`;
  const cancel = (): void => {
    if (timer !== null) host.clearTimeout(timer);
    if (idle !== null) host.cancelIdleCallback?.(idle);
    timer = idle = null;
  };
  const flush = (): void => {
    cancel();
    if (pending === null) return;
    const url = pending;
    pending = null;
    lastWrite = host.now();
    if (url !== current()) host.history.replaceState(host.history.state, '', url);
  };
  const whenIdle = (): void => {
    timer = null;
    if (host.requestIdleCallback) idle = host.requestIdleCallback(flush, { timeout: IDLE_TIMEOUT_MS });
    else timer = host.setTimeout(flush, 0);
  };
  const onHide = (): void => flush();
  host.addEventListener('pagehide', onHide);
  host.addEventListener('visibilitychange', onHide);

  return {
    write(url) {
      pending = url;
      if (timer !== null || idle !== null) return; // a write is on its way: it takes the latest address
      timer = host.setTimeout(whenIdle, Math.max(0, lastWrite + MIN_GAP_MS - host.now()));
    },
    flush,
    dispose() {
      flush();
      host.removeEventListener('pagehide', onHide);
      host.removeEventListener('visibilitychange', onHide);
    },
  };
}
