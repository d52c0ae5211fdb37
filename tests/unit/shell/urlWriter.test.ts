/**
 * src/urlWriter.ts: the address follows the state after the frame, coalesced, at most one write per
 * MIN_GAP_MS, and at once when the page is hidden (issue #15).
 */
import { describe, expect, it } from 'vitest';
import { createUrlWriter, IDLE_TIMEOUT_MS, MIN_GAP_MS } from '../../../src/urlWriter';

/** A page with a manual clock: timers and idle callbacks run when the test says. */
function fakePage({ idle = true } = {}) {
  let now = 0;
  let nextId = 1;
  const timers = new Map<number, { at: number; run: () => void }>();
  const idles = new Map<number, () => void>();
  const listeners = new Map<string, Set<() => void>>();
  const writes: string[] = [];
  const location = { pathname: '/', search: '', hash: '' };
  const host = {
    location,
    history: {
      state: null,
      replaceState(_s: unknown, _t: string, url: string) {
        writes.push(url);
        const u = new URL(url, 'http://x');
        location.search = u.search;
      },
    },
    setTimeout(run: () => void, ms: number) {
      const id = nextId++;
      timers.set(id, { at: now + ms, run });
      return id;
    },
    clearTimeout(id: unknown) {
      timers.delete(id as number);
    },
    requestIdleCallback: idle
      ? (run: () => void, o: { timeout: number }) => {
          expect(o.timeout).toBe(IDLE_TIMEOUT_MS);
          const id = nextId++;
          idles.set(id, run);
          return id;
        }
      : undefined,
    cancelIdleCallback: idle ? (id: unknown) => void idles.delete(id as number) : undefined,
    addEventListener(type: string, run: () => void) {
      (listeners.get(type) ?? listeners.set(type, new Set()).get(type)!).add(run);
    },
    removeEventListener(type: string, run: () => void) {
      listeners.get(type)?.delete(run);
    },
    now: () => now,
  };
  return {
    host,
    writes,
    /** Advances the clock by `ms`, running the timers that fall due. */
    advance(ms: number) {
      now += ms;
      for (const [id, t] of [...timers].sort((a, b) => a[1].at - b[1].at)) {
        if (t.at <= now) {
          timers.delete(id);
          t.run();
        }
      }
    },
    /** The browser goes idle: pending idle callbacks run. */
    idle() {
      for (const [id, run] of [...idles]) {
        idles.delete(id);
        run();
      }
    },
    fire(type: string) {
      for (const run of listeners.get(type) ?? []) run();
    },
    listenerCount: () => [...listeners.values()].reduce((n, s) => n + s.size, 0),
  };
}

describe('createUrlWriter', () => {
  it('writes nothing in the task of the change, then the address once the browser is idle', () => {
    const page = fakePage();
    const w = createUrlWriter(page.host);
    w.write('/?d=5');
    expect(page.writes).toEqual([]);
    page.advance(0);
    expect(page.writes).toEqual([]);
    page.idle();
    expect(page.writes).toEqual(['/?d=5']);
  });

  it('coalesces a burst (a slider drag) into one write of the last address', () => {
    const page = fakePage();
    const w = createUrlWriter(page.host);
    for (let d = 1; d <= 20; d++) w.write(`/?d=${d}`);
    page.advance(0);
    page.idle();
    expect(page.writes).toEqual(['/?d=20']);
  });

  it('keeps MIN_GAP_MS between two writes', () => {
    const page = fakePage();
    const w = createUrlWriter(page.host);
    w.write('/?d=1');
    page.advance(0);
    page.idle();
    w.write('/?d=2');
    page.advance(MIN_GAP_MS - 1);
    page.idle();
    expect(page.writes).toEqual(['/?d=1']);
    page.advance(1);
    page.idle();
    expect(page.writes).toEqual(['/?d=1', '/?d=2']);
  });

  it('writes at once when the page is hidden or left, and not again after', () => {
    const page = fakePage();
    const w = createUrlWriter(page.host);
    w.write('/?view=ligands');
    page.fire('pagehide');
    expect(page.writes).toEqual(['/?view=ligands']);
    page.advance(1000);
    page.idle();
    w.write('/?view=lattice');
    page.fire('visibilitychange');
    expect(page.writes).toEqual(['/?view=ligands', '/?view=lattice']);
  });

  it('does not write the address it already has; dispose writes what is pending and stops listening', () => {
    const page = fakePage();
    const w = createUrlWriter(page.host);
    w.write('/');
    page.advance(0);
    page.idle();
    expect(page.writes).toEqual([]);
    w.write('/?d=3');
    w.dispose();
    expect(page.writes).toEqual(['/?d=3']);
    expect(page.listenerCount()).toBe(0);
  });

  it('without requestIdleCallback (Safari) a timer writes it', () => {
    const page = fakePage({ idle: false });
    const w = createUrlWriter(page.host);
    w.write('/?d=4');
    page.advance(0);
    expect(page.writes).toEqual([]);
    page.advance(0);
    expect(page.writes).toEqual(['/?d=4']);
  });
});
