/**
 * Sizes of what a course author ships (issue #7): the widget loader and the custom-element scripts, the KaTeX fonts emitted
 * beside it, and each single-file build — raw and gzip (level 9, as a static host would serve them).
 * Reads the build in dist/ (run `npx vite build` first). Quoted, not asserted.
 *
 *   node bench/widgets.mjs          prints a table
 *   import { runWidgetsBench } ...  returns rows { name, rawBytes, gzipBytes }
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { table } from './table.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const VIEWS = ['lattice', 'confinement', 'ligands'];

function sizes(buffers) {
  let raw = 0;
  let gz = 0;
  for (const b of buffers) {
    raw += b.length;
    gz += gzipSync(b, { level: 9 }).length;
  }
  return { rawBytes: raw, gzipBytes: gz };
}

/** @param {{ dist?: string }} [options] @returns {Promise<{ name: string, rawBytes: number, gzipBytes: number, target?: string }[]>} */
export async function runWidgetsBench({ dist = join(ROOT, 'dist') } = {}) {
  const script = join(dist, 'pqd-widgets.js');
  if (!existsSync(script)) throw new Error(`${script} is missing: run \`npx vite build\` first`);
  const rows = [{ name: 'pqd-widgets.js (loader: loads the widget scripts of the tags on the page)', ...sizes([readFileSync(script)]) }];
  // One script per custom element, each with its own view only (issue #15).
  for (const view of VIEWS) {
    const file = join(dist, `pqd-${view}.js`);
    if (existsSync(file)) rows.push({ name: `pqd-${view}.js (<pqd-${view}> only)`, ...sizes([readFileSync(file)]) });
  }
  const fontDir = join(dist, 'widget-fonts');
  if (existsSync(fontDir)) {
    const fonts = readdirSync(fontDir).filter((f) => f.endsWith('.woff2'));
    rows.push({ name: `widget-fonts/ (${fonts.length} KaTeX woff2, fetched on use)`, ...sizes(fonts.map((f) => readFileSync(join(fontDir, f)))) });
  }
  for (const view of VIEWS) {
    const file = join(dist, 'single', `${view}.html`);
    if (!existsSync(file)) throw new Error(`${file} is missing: run \`npx vite build\` first`);
    // Issue #15: the confinement and ligands single files ≤ 45 % of the 697 kB gzip all-views file (decimal kB).
    const target = view === 'lattice' ? null : 0.45 * 697e3;
    const row = { name: `single/${view}.html`, ...sizes([readFileSync(file)]) };
    if (target) row.target = `≤ ${(target / 1e3).toFixed(1)} kB gzip ${row.gzipBytes <= target ? '✓' : '✗'}`;
    rows.push(row);
  }
  return rows;
}

function kib(n) {
  return `${(n / 1024).toFixed(1)} KiB`;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dist = process.argv[2] ? resolve(process.argv[2]) : undefined;
  const rows = await runWidgetsBench(dist ? { dist } : {});
  table('Widgets and single-file builds', rows.map((r) => ({ file: r.name, raw: kib(r.rawBytes), gzip: kib(r.gzipBytes), target: r.target ?? '' })));
}
