/** The build's page and CSS rewrites for course pages (issue #14): classic scripts; rem → the widget's own rem. */
import { describe, it, expect } from 'vitest';
import { classicHtml, remToWidgetRem } from '../../../scripts/build-widgets.mjs';

describe('classicHtml', () => {
  it('turns module scripts into deferred classic scripts and drops crossorigin and modulepreload', () => {
    const html = [
      '<script type="module" crossorigin src="./assets/index-a.js"></script>',
      '<link rel="modulepreload" crossorigin href="./assets/x.js">',
      '<link rel="stylesheet" crossorigin href="./assets/index-b.css">',
    ].join('\n');
    const out = classicHtml(html) as string;
    expect(out).toContain('<script defer src="./assets/index-a.js"></script>');
    expect(out).toContain('<link rel="stylesheet" href="./assets/index-b.css">');
    expect(out).not.toMatch(/crossorigin|modulepreload|type="module"/);
  });

  it('refuses a page it could not rewrite', () => {
    expect(() => classicHtml('<script type="module">import "x"</script>')).toThrow(/module script/);
  });
});

describe('remToWidgetRem', () => {
  it('rewrites rem lengths to the widget root size, and to px inside media and container queries', () => {
    const css = '.a{padding:0.5rem 1rem;margin:-.25rem}@container pqd-widget (min-width: 40rem){.b{gap:2rem}}@media (max-width:30rem){.c{top:1.5rem}}';
    const out = remToWidgetRem(css) as string;
    expect(out).toContain('padding:calc(0.5 * var(--pqd-rem, 16px)) calc(1 * var(--pqd-rem, 16px))');
    expect(out).toContain('margin:calc(-.25 * var(--pqd-rem, 16px))');
    expect(out).toContain('@container pqd-widget (min-width: 640px){');
    expect(out).toContain('@media (max-width:480px){');
    expect(out).toContain('gap:calc(2 * var(--pqd-rem, 16px))');
    expect(out).not.toMatch(/\drem\b/);
  });

  it('leaves words and identifiers alone', () => {
    const js = 'const remove = 1; x.rem2 = "lorem 3 remarks"; a1rem; .gap-1rem{}';
    expect(remToWidgetRem(js)).toBe(js);
  });
});

describe('wrapChunk (site chunks as classic scripts, issue #15)', () => {
  it('rewrites static and dynamic requires to page paths and registers a factory', async () => {
    const { wrapChunk } = await import('../../../scripts/build-widgets.mjs');
    const code = 'const s = require("./shared-A.js");\nfunction open(){ return Promise.resolve().then(() => require("./Lazy-B.js")); }\nexports.open = open;';
    const out = wrapChunk(code, 'assets/app-X.js', { imports: ['assets/shared-A.js'], dynamicImports: ['assets/Lazy-B.js'] });
    expect(out).toContain('require("assets/shared-A.js")');
    expect(out).toContain('require.load("assets/Lazy-B.js")');
    expect(out).not.toContain('Promise.resolve().then');
    // Runs as a classic script against a loader on globalThis.
    const defined: Record<string, unknown> = {};
    const key = Symbol.for('pqd.chunks');
    (globalThis as Record<symbol, unknown>)[key] = { define: (f: string, fn: unknown) => (defined[f] = fn) };
    try {
      new Function(out)();
    } finally {
      delete (globalThis as Record<symbol, unknown>)[key];
    }
    expect(typeof defined['assets/app-X.js']).toBe('function');
  });

  it('fails on ESM syntax, import.meta, and requires the chunk does not declare', async () => {
    const { wrapChunk } = await import('../../../scripts/build-widgets.mjs');
    expect(() => wrapChunk('export const a = 1;', 'a.js')).toThrow(/classic script/);
    expect(() => wrapChunk('import x from "y"; x();', 'a.js')).toThrow(/classic script/);
    expect(() => wrapChunk('console.log(import.meta.url)', 'a.js')).toThrow(/import\.meta/);
    expect(() => wrapChunk('require("./other.js")', 'assets/a.js', { imports: [] })).toThrow(/not one of its imports/);
    expect(() => wrapChunk('const m = import("./b.js")', 'a.js')).toThrow(/cannot follow/);
  });
});

describe('lazyModule (the site registry of views and dialogs)', () => {
  it('imports each name once, as a dynamic import of its file', async () => {
    const { lazyModule, VIEW_FILES } = await import('../../../scripts/build-widgets.mjs');
    const src = lazyModule(VIEW_FILES, 'VIEW_COMPONENTS', 'loadView');
    for (const f of Object.values(VIEW_FILES) as string[]) expect(src).toMatch(new RegExp(`import\\("[^"]*${f.replace(/[.]/g, '\\.')}"\\)`));
    expect(src.match(/import\(/g)?.length).toBe(3);
    expect(src).toMatch(/export function loadView\(name\)/);
  });
});

describe('staticImportsCode (one-file builds bundle lazy panels flat)', () => {
  it('turns literal dynamic imports into static namespace imports, and leaves other code alone', async () => {
    const { staticImportsCode } = await import('../../../scripts/build-widgets.mjs');
    const out = staticImportsCode('const p = lazy(() => import("./Panel.svelte"));\nconst q = import(\'./b.js\');');
    expect(out).toContain('import * as __pqdStatic0 from "./Panel.svelte";');
    expect(out).toContain('import * as __pqdStatic1 from "./b.js";');
    expect(out).toContain('lazy(() => Promise.resolve(__pqdStatic0))');
    expect(out).not.toMatch(/\bimport\(/);
    expect(staticImportsCode('const x = importer("a"); // no dynamic import')).toBeNull();
  });
});
