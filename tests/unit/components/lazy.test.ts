/**
 * lazyComponent (src/components/lazy.svelte.ts): null until the chunk arrives, then the component; one fetch
 * however often it is asked for; a failed fetch may be retried; `near` fetches only when the placeholder comes
 * near the viewport (IntersectionObserver).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Component } from 'svelte';
import { fetchWhenNear, lazyComponent, lazyValue, NEAR_MARGIN, whenNear } from '../../../src/components/lazy.svelte';
import { enqueue, whenMounted } from '../../../src/components/deferred';

const Fake = (() => {}) as unknown as Component;

describe('lazyComponent', () => {
  it('is null until loaded, then the component; loads once', async () => {
    const load = vi.fn(async () => ({ default: Fake }));
    const lazy = lazyComponent(load);
    expect(lazy.current).toBeNull();
    expect(load).not.toHaveBeenCalled();
    const p1 = lazy.preload();
    const p2 = lazy.preload();
    expect(await p1).toBe(Fake);
    expect(await p2).toBe(Fake);
    expect(lazy.current).toBe(Fake);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('a failed load rejects, stays null and is tried again next time', async () => {
    let fail = true;
    const load = vi.fn(async () => {
      if (fail) throw new Error('offline');
      return { default: Fake };
    });
    const lazy = lazyComponent(load);
    await expect(lazy.preload()).rejects.toThrow('offline');
    expect(lazy.current).toBeNull();
    fail = false;
    expect(await lazy.preload()).toBe(Fake);
    expect(load).toHaveBeenCalledTimes(2);
  });
});

/** An element (Node tests: no DOM); the observer stand-in only holds it. */
const fakeEl = () => ({ isConnected: true }) as unknown as Element;

/** A stand-in IntersectionObserver: the test says when the observed element comes near. */
class FakeObserver {
  static last: FakeObserver | null = null;
  observed: Element[] = [];
  disconnected = false;
  constructor(
    readonly callback: (entries: { isIntersecting: boolean }[]) => void,
    readonly options: { rootMargin?: string },
  ) {
    FakeObserver.last = this;
  }
  observe(el: Element) {
    this.observed.push(el);
  }
  disconnect() {
    this.disconnected = true;
  }
  fire(isIntersecting: boolean) {
    this.callback([{ isIntersecting }]);
  }
}

describe('whenNear and near (load when the placeholder comes near the viewport)', () => {
  // As on the site (src/main.ts); widget scripts, single files and the other tests load at once.
  beforeEach(() => fetchWhenNear(true));
  afterEach(() => fetchWhenNear(false));

  it('loads at once where nothing is downloaded (widget scripts, single files: fetchWhenNear off)', () => {
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    try {
      fetchWhenNear(false);
      const run = vi.fn();
      whenNear(fakeEl(), run);
      expect(run).toHaveBeenCalledTimes(1);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('runs once when the element comes within the margin, not before; stops watching', async () => {
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    try {
      const run = vi.fn();
      const el = fakeEl();
      FakeObserver.last = null;
      whenNear(el, run);
      await whenMounted();
      const io = FakeObserver.last!;
      expect(io.observed).toEqual([el]);
      expect(io.options.rootMargin).toBe(NEAR_MARGIN);
      io.fire(false); // first report: far below the fold
      expect(run).not.toHaveBeenCalled();
      io.fire(true);
      expect(run).toHaveBeenCalledTimes(1);
      expect(io.disconnected).toBe(true);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('without IntersectionObserver runs at once', () => {
    vi.stubGlobal('IntersectionObserver', undefined);
    try {
      const run = vi.fn();
      whenNear(fakeEl(), run);
      expect(run).toHaveBeenCalledTimes(1);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('near: nothing is fetched until the placeholder comes near; then the component arrives', async () => {
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    try {
      const load = vi.fn(async () => ({ default: Fake }));
      const lazy = lazyComponent(load);
      const stop = lazy.near(fakeEl());
      await whenMounted();
      expect(load).not.toHaveBeenCalled();
      FakeObserver.last!.fire(true);
      expect(load).toHaveBeenCalledTimes(1);
      await lazy.preload();
      expect(lazy.current).toBe(Fake);
      stop();
      // Once loaded, a new placeholder (another mount) watches nothing.
      FakeObserver.last = null;
      lazy.near(fakeEl());
      await whenMounted();
      expect(FakeObserver.last).toBeNull();
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('on the site, watches only once every block of the view has mounted; a placeholder gone before then is never watched', async () => {
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    try {
      FakeObserver.last = null;
      // A view mounting block by block (deferred.ts): two blocks still queued.
      let mountedBlocks = 0;
      enqueue(() => mountedBlocks++);
      enqueue(() => mountedBlocks++);
      const run = vi.fn();
      whenNear(fakeEl(), run);
      const gone = vi.fn();
      const stopGone = whenNear(fakeEl(), gone);
      expect(FakeObserver.last).toBeNull();
      stopGone(); // its block was replaced before the view finished mounting
      await whenMounted();
      expect(mountedBlocks).toBe(2);
      const io = FakeObserver.last!;
      expect(io).not.toBeNull();
      io.fire(true);
      expect(run).toHaveBeenCalledTimes(1);
      expect(gone).not.toHaveBeenCalled();
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('lazyValue holds a module as it is (no proxy), for the chain strip', async () => {
    const mod = { f: (x: number) => x * 2 };
    const lazy = lazyValue(async () => mod);
    expect(await lazy.preload()).toBe(mod);
    expect(lazy.current).toBe(mod);
  });
});
