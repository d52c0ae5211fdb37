/**
 * lazyComponent (src/components/lazy.svelte.ts): null until the chunk arrives, then the component; one fetch
 * however often it is asked for; a failed fetch may be retried.
 */
import { describe, expect, it, vi } from 'vitest';
import type { Component } from 'svelte';
import { lazyComponent } from '../../../src/components/lazy.svelte';

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
