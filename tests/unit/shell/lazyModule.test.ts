/**
 * The site build's lazy registry of views and dialogs (scripts/build-widgets.mjs lazyModule, issue #15): each
 * name is a dynamic import of its own file, imported once, cached for synchronous reads, and a failed import
 * may be tried again.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { lazyModule, registryModule, NO_DIALOGS } from '../../../scripts/build-widgets.mjs';

async function importSource(src: string): Promise<Record<string, unknown>> {
  const file = join(mkdtempSync(join(tmpdir(), 'pqd-lazy-')), 'm.mjs');
  writeFileSync(file, src);
  return import(/* @vite-ignore */ pathToFileURL(file).href);
}

describe('lazyModule', () => {
  it('loads a name once, caches it, and rejects an unknown name', async () => {
    const mod = await importSource(lazyModule({ one: 'tests/unit/shell/fixtures/lazyTarget.js' }, 'CACHE', 'load'));
    const load = mod.load as (n: string) => Promise<unknown>;
    const cache = mod.CACHE as Record<string, unknown>;
    expect(cache).toEqual({});
    const [a, b] = await Promise.all([load('one'), load('one')]);
    expect(a).toEqual({ name: 'lazy target' });
    expect(b).toBe(a);
    expect(cache.one).toBe(a);
    expect((globalThis as { __pqdLazyTargetRuns?: number }).__pqdLazyTargetRuns).toBe(1);
    await expect(load('two')).rejects.toThrow(/nothing to load for two/);
  });

  it('a failed import is not cached: the next call tries again', async () => {
    const mod = await importSource(lazyModule({ gone: 'tests/unit/shell/fixtures/does-not-exist.js' }, 'CACHE', 'load'));
    const load = mod.load as (n: string) => Promise<unknown>;
    await expect(load('gone')).rejects.toThrow();
    await expect(load('gone')).rejects.toThrow();
  });

  it('one-view builds: the registry holds that view only; no dialogs', async () => {
    expect(registryModule('confinement')).toMatch(/ConfinementView\.svelte/);
    expect(registryModule('confinement')).not.toMatch(/LatticeView|LigandsView/);
    expect(() => registryModule('nope')).toThrow(/unknown view/);
    const none = await importSource(NO_DIALOGS);
    expect(none.DIALOGS).toEqual({});
    await expect((none.loadDialog as (n: string) => Promise<unknown>)('share')).rejects.toThrow(/no dialog share/);
  });
});
