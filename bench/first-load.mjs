/**
 * First-load bytes of each view of the built site (issue #15), from the build's chunk manifest
 * (dist/chunks-manifest.json, scripts/build-widgets.mjs buildSiteChunks): the boot script of index.html, the
 * app's entry chunk and the view's chunk with all their static dependencies, and their stylesheets — JS and
 * CSS, gzip level 9 (as a static host compresses). Fonts, the equations (loaded when one is first shown), the
 * dialogs and the other views are not part of it. Also the size of each widget script
 * (pqd-<view>.js, the pqd-widgets.js loader) with the same gzip. Quoted beside the targets, not asserted.
 *
 *   node bench/first-load.mjs [dist]   prints a table
 *   import { firstLoad, runFirstLoadBench } ...
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { table } from './table.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Issue #15's first-load targets, JS + CSS gzip, kB (decimal). */
export const TARGETS_KB = { lattice: 230, confinement: 110, ligands: 110 };

const gz = (buf) => gzipSync(buf, { level: 9 }).length;

/** The files a view's first load fetches: chunk paths (JS) and stylesheets, relative to dist. */
export function firstLoadFiles(site, view) {
  const js = new Set();
  const visit = (f) => {
    if (js.has(f)) return;
    js.add(f);
    for (const d of site.chunks[f]?.deps ?? []) visit(d);
  };
  visit(site.entry);
  visit(site.views[view]);
  const css = new Set([...js].flatMap((f) => site.chunks[f]?.css ?? []));
  return { js: [...js], css: [...css] };
}

/** The boot script and stylesheets index.html itself loads. */
function pageFiles(dist) {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const js = [...html.matchAll(/<script[^>]*\bsrc="\.?\/?([^"]+)"/g), ...html.matchAll(/<link rel="preload" as="script" href="\.?\/?([^"]+)"/g)].map((m) => m[1]);
  const css = [...html.matchAll(/<link rel="stylesheet"[^>]*href="\.?\/?([^"]+)"/g)].map((m) => m[1]);
  return { js, css };
}

/**
 * The chunks a view can fetch later without a new view (its lazy parts: the lattice's 3D canvas with three.js,
 * fetched when the student points at, taps or tabs to the drawing; the spectra and solar-cell panels and the
 * device chart, fetched when scrolled near; the equations, on a first "How is this computed?"), with what they
 * need beyond the first load: the
 * `require.load("…")` targets in the view's own chunks that the shell's entry does not load (the entry's are
 * the dialogs and the other views, fetched only on a click).
 */
export function mountFiles(site, view, dist) {
  const first = firstLoadFiles(site, view);
  const entryOnly = firstLoadFiles({ ...site, views: { none: site.entry } }, 'none');
  const viewOwn = first.js.filter((f) => !entryOnly.js.includes(f));
  const lazy = new Set();
  for (const f of viewOwn) {
    for (const m of readFileSync(join(dist, f), 'utf8').matchAll(/require\.load\("([^"]+)"\)/g)) lazy.add(m[1]);
  }
  const js = new Set();
  const visit = (f) => {
    if (js.has(f) || first.js.includes(f)) return;
    js.add(f);
    for (const d of site.chunks[f]?.deps ?? []) visit(d);
  };
  for (const f of lazy) visit(f);
  const css = new Set([...js].flatMap((f) => site.chunks[f]?.css ?? []).filter((c) => !first.css.includes(c)));
  return { js: [...js], css: [...css] };
}

export function firstLoad(dist, view) {
  const site = JSON.parse(readFileSync(join(dist, 'chunks-manifest.json'), 'utf8'));
  const page = pageFiles(dist);
  const files = firstLoadFiles(site, view);
  const size = (list) => list.reduce((s, f) => s + gz(readFileSync(join(dist, f))), 0);
  // index.html itself links the entry's closure (preloads and its stylesheet): each file once.
  const jsFiles = [...new Set([...page.js, ...files.js])];
  const cssFiles = [...new Set([...page.css, ...files.css])];
  const js = size(jsFiles);
  const css = size(cssFiles);
  const mount = mountFiles(site, view, dist);
  const mounted = size(mount.js) + size(mount.css);
  return { js, css, total: js + css, requests: jsFiles.length + cssFiles.length, mounted };
}

export async function runFirstLoadBench({ dist = join(ROOT, 'dist') } = {}) {
  if (!existsSync(join(dist, 'chunks-manifest.json'))) throw new Error(`${dist}/chunks-manifest.json is missing: run \`npx vite build\` first`);
  const rows = [];
  for (const view of Object.keys(TARGETS_KB)) {
    const f = firstLoad(dist, view);
    const ok = f.total <= TARGETS_KB[view] * 1e3;
    rows.push({ what: `site, ?view=${view}`, 'JS kB gzip': (f.js / 1e3).toFixed(1), 'CSS kB gzip': (f.css / 1e3).toFixed(1), 'total kB': (f.total / 1e3).toFixed(1), target: `≤ ${TARGETS_KB[view]} ${ok ? '✓' : '✗'}`, requests: f.requests, '+ lazy chunks (on intent or scrolled near), kB': (f.mounted / 1e3).toFixed(1) });
  }
  for (const view of Object.keys(TARGETS_KB)) {
    const file = join(dist, `pqd-${view}.js`);
    if (!existsSync(file)) continue;
    const n = gz(readFileSync(file));
    rows.push({ what: `widget pqd-${view}.js (JS+CSS in one)`, 'JS kB gzip': (n / 1e3).toFixed(1), 'CSS kB gzip': '—', 'total kB': (n / 1e3).toFixed(1), target: '', requests: 1 });
  }
  const loader = join(dist, 'pqd-widgets.js');
  if (existsSync(loader)) {
    const n = gz(readFileSync(loader));
    rows.push({ what: 'pqd-widgets.js (loader: + the widget scripts of the tags on the page)', 'JS kB gzip': (n / 1e3).toFixed(1), 'CSS kB gzip': '—', 'total kB': (n / 1e3).toFixed(1), target: '', requests: 1 });
  }
  return rows;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dist = process.argv[2] ? resolve(process.argv[2]) : undefined;
  table('First load (JS + CSS, gzip level 9)', await runFirstLoadBench(dist ? { dist } : {}));
}
