/**
 * The site's chunk loader (src/chunkLoader.ts, issue #15): chunks arrive as scripts that only register a
 * factory; the loader fetches a chunk with its static dependencies and stylesheets, then runs factories in
 * dependency order, once each, with CommonJS semantics for cycles; dynamic imports are `require.load`.
 */
import { describe, expect, it } from 'vitest';
import { createChunkLoader, type ChunkLoader, type ChunkManifest, type Factory } from '../../../src/chunkLoader';

/** A fake page: `script(file)` "runs" the chunk's source by calling loader.define, after `delay` ticks. */
function fakePage(manifest: ChunkManifest, sources: Record<string, Factory>, opts: { fail?: Set<string> } = {}) {
  const log: string[] = [];
  const fetched: string[] = [];
  let loader!: ChunkLoader;
  loader = createChunkLoader(manifest, {
    script: (file) => {
      fetched.push(file);
      return new Promise<void>((resolve, reject) => {
        setTimeout(() => {
          if (opts.fail?.has(file)) return reject(new Error(`404 ${file}`));
          const f = sources[file];
          if (f) loader.define(file, f);
          resolve();
        }, 1);
      });
    },
    stylesheet: (file) => {
      fetched.push(file);
      log.push(`css ${file}`);
      return Promise.resolve();
    },
  });
  return { loader, log, fetched };
}

describe('chunk loader', () => {
  it('runs dependencies first, each once, and returns the exports', async () => {
    const manifest: ChunkManifest = {
      'a.js': { deps: ['s.js'], css: ['a.css'] },
      'b.js': { deps: ['s.js', 'a.js'], css: [] },
      's.js': { deps: [], css: ['s.css'] },
    };
    const runs: string[] = [];
    const page = fakePage(manifest, {
      's.js': (_r, exports) => {
        runs.push('s');
        exports.shared = () => 's';
      },
      'a.js': (require, exports) => {
        runs.push('a');
        exports.a = `a${(require('s.js').shared as () => string)()}`;
      },
      'b.js': (require, exports) => {
        runs.push('b');
        exports.b = `b${require('a.js').a as string}`;
      },
    });
    expect((await page.loader.load('b.js')).b).toBe('bas');
    // A load runs the dependencies first, deepest first, each in a task of its own (issue #15), so each
    // dependency has run before its requirer starts.
    expect(runs).toEqual(['s', 'a', 'b']);
    expect(await page.loader.load('a.js')).toEqual({ a: 'as' });
    expect(runs).toEqual(['s', 'a', 'b']);
    // Every script fetched once; the stylesheets of the whole closure asked for before b ran.
    expect(page.fetched.filter((f) => f.endsWith('.js')).sort()).toEqual(['a.js', 'b.js', 's.js']);
    expect(page.log).toContain('css a.css');
    expect(page.log).toContain('css s.css');
  });

  it('fetch loads without running; a later load runs', async () => {
    const runs: string[] = [];
    const page = fakePage({ 'v.js': { deps: [], css: [] } }, { 'v.js': (_r, e) => void (runs.push('v'), (e.v = 1)) });
    await page.loader.fetch('v.js');
    expect(runs).toEqual([]);
    expect(page.loader.require('v.js')).toEqual({ v: 1 });
    expect(runs).toEqual(['v']);
  });

  it('a dynamic import inside a chunk (require.load) loads the other chunk and its dependencies', async () => {
    const manifest: ChunkManifest = { 'entry.js': { deps: [], css: [] }, 'lazy.js': { deps: ['dep.js'], css: ['lazy.css'] }, 'dep.js': { deps: [], css: [] } };
    const page = fakePage(manifest, {
      'entry.js': (require, exports) => {
        exports.open = () => require.load('lazy.js').then((m) => m.value);
      },
      'lazy.js': (require, exports) => {
        exports.value = `lazy+${require('dep.js').d as string}`;
      },
      'dep.js': (_r, exports) => {
        exports.d = 'dep';
      },
    });
    const entry = await page.loader.load('entry.js');
    expect(page.fetched).toEqual(['entry.js']);
    expect(await (entry.open as () => Promise<string>)()).toBe('lazy+dep');
    expect(page.fetched.sort()).toEqual(['dep.js', 'entry.js', 'lazy.css', 'lazy.js']);
  });

  it('a cycle sees the exports filled so far, as in CommonJS', async () => {
    const manifest: ChunkManifest = { 'x.js': { deps: ['y.js'], css: [] }, 'y.js': { deps: ['x.js'], css: [] } };
    const page = fakePage(manifest, {
      'x.js': (require, exports) => {
        exports.early = 1;
        exports.fromY = require('y.js').seen;
      },
      'y.js': (require, exports) => {
        exports.seen = require('x.js').early;
      },
    });
    expect(await page.loader.load('x.js')).toEqual({ early: 1, fromY: 1 });
  });

  it('two loads at once fetch each script once', async () => {
    const page = fakePage({ 'a.js': { deps: ['s.js'], css: [] }, 's.js': { deps: [], css: [] } }, { 'a.js': () => {}, 's.js': () => {} });
    await Promise.all([page.loader.load('a.js'), page.loader.load('a.js'), page.loader.fetch('s.js')]);
    expect(page.fetched.sort()).toEqual(['a.js', 's.js']);
  });

  it('a failed script rejects, and a later try fetches it again', async () => {
    const fail = new Set(['a.js']);
    const page = fakePage({ 'a.js': { deps: [], css: [] } }, { 'a.js': (_r, e) => void (e.ok = true) }, { fail });
    await expect(page.loader.load('a.js')).rejects.toThrow(/404/);
    fail.clear();
    expect(await page.loader.load('a.js')).toEqual({ ok: true });
    expect(page.fetched).toEqual(['a.js', 'a.js']);
  });

  it('refuses an unknown chunk, a script that defines nothing, and a require before the chunk arrived', async () => {
    const page = fakePage({ 'a.js': { deps: [], css: [] }, 'empty.js': { deps: [], css: [] } }, {});
    await expect(page.loader.load('nope.js')).rejects.toThrow(/unknown chunk/);
    await expect(page.loader.load('empty.js')).rejects.toThrow(/defined no chunk/);
    expect(() => page.loader.require('a.js')).toThrow(/before it has loaded/);
  });

  it('a factory that throws is not cached: the error reaches the caller each time', async () => {
    let n = 0;
    const page = fakePage({ 'bad.js': { deps: [], css: [] } }, { 'bad.js': () => { n++; throw new Error('boom'); } });
    await expect(page.loader.load('bad.js')).rejects.toThrow('boom');
    await expect(page.loader.load('bad.js')).rejects.toThrow('boom');
    expect(n).toBe(2);
  });
});
