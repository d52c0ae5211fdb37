#!/usr/bin/env node
/**
 * `npm run bench`: a benchmark, not a test — it prints figures and asserts nothing about time.
 *
 * 1. Build time of the production site (`vite build`).
 * 2. Production bundle size per file (raw and gzip).
 * 3. The core's hot functions (loaded through Vite's SSR module loader, so the TypeScript is the app's):
 *    supercell build of 20×20×20 cells, a 1000-point confinement curve.
 * 4. Sections that the views add, when present: bench/lattice-frames.mjs (frame times in Chromium),
 *    bench/confinement.mjs (curve recompute, SQ curve), bench/xrd.mjs (powder pattern, Debye patterns of 5, 10,
 *    15 nm cubes), bench/first-load.mjs (first-load bytes of each view and widget against issue #15's targets),
 *    bench/widgets.mjs (widget and single-file sizes),
 *    bench/lighthouse.mjs (Lighthouse mobile scores and first-load bytes of every view, issue #15).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createServer } from 'vite';
import { table } from './table.mjs';

const ROOT = join(fileURLToPath(import.meta.url), '..', '..');
const DIST = join(ROOT, 'dist');

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;

function walk(dir) {
  const out = [];
  for (const e of readdirSync(dir)) {
    const p = join(dir, e);
    if (statSync(p).isDirectory()) out.push(...walk(p));
    else out.push(p);
  }
  return out;
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** Median wall time of `fn` over `runs` runs after `warm` warm-up runs, in ms. */
export function timeIt(fn, runs = 15, warm = 3) {
  for (let i = 0; i < warm; i++) fn();
  const ts = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    ts.push(performance.now() - t0);
  }
  return { median: median(ts), min: Math.min(...ts) };
}

async function main() {
  // 1. build
  const t0 = performance.now();
  const build = spawnSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  const buildMs = performance.now() - t0;
  if (build.status !== 0) {
    console.error('build failed');
    process.exit(1);
  }
  table('Build', [{ step: 'npm run build', seconds: (buildMs / 1000).toFixed(2) }]);

  // 2. bundle sizes
  const files = walk(DIST)
    .filter((f) => /\.(js|css|html|mjs|woff2?|svg|json|webmanifest)$/.test(f))
    .map((f) => {
      const buf = readFileSync(f);
      return { file: relative(DIST, f), raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length };
    })
    .sort((a, b) => b.raw - a.raw);
  const fonts = files.filter((f) => /\.woff2?$/.test(f.file));
  const shown = files.filter((f) => !/\.woff2?$/.test(f.file));
  const rows = shown.map((f) => ({ file: f.file, raw: kb(f.raw), gzip: kb(f.gzip) }));
  if (fonts.length) {
    rows.push({
      file: `${fonts.length} font files (KaTeX)`,
      raw: kb(fonts.reduce((s, f) => s + f.raw, 0)),
      gzip: kb(fonts.reduce((s, f) => s + f.gzip, 0)),
    });
  }
  table('Production bundle (dist/)', rows, ['file', 'raw', 'gzip']);

  // 3. core hot functions
  const vite = await createServer({ root: ROOT, logLevel: 'error', server: { middlewareMode: true, hmr: false }, appType: 'custom' });
  const core = [];
  try {
    const geometry = await vite.ssrLoadModule('/src/lib/geometry/supercell.ts').catch(() => null);
    if (geometry?.buildSupercell) {
      const ortho = geometry.buildSupercell('orthorhombic', 10, 10, 10).count;
      const t = timeIt(() => geometry.buildSupercell('orthorhombic', 10, 10, 10), 10, 2);
      core.push({ function: `buildSupercell orthorhombic 10×10×10 Pnma cells (${ortho} atoms)`, 'median ms': t.median.toFixed(2), 'min ms': t.min.toFixed(2) });
      const cubic = geometry.buildSupercell('cubic', 20, 20, 20).count;
      const c = timeIt(() => geometry.buildSupercell('cubic', 20, 20, 20), 10, 2);
      core.push({ function: `buildSupercell cubic 20×20×20 (${cubic} atoms)`, 'median ms': c.median.toFixed(2), 'min ms': c.min.toFixed(2) });
    } else core.push({ function: 'buildSupercell', 'median ms': 'not present', 'min ms': '' });
    const brus = await vite.ssrLoadModule('/src/lib/physics/brus.ts').catch(() => null);
    if (brus?.brusGap) {
      const ds = Array.from({ length: 1000 }, (_, i) => 2 + (18 * i) / 999);
      const t = timeIt(() => {
        let s = 0;
        for (const d of ds) s += brus.brusGap('CsPbBr3', d);
        return s;
      }, 50, 5);
      core.push({ function: 'brusGap, 1000-point curve', 'median ms': t.median.toFixed(3), 'min ms': t.min.toFixed(3) });
    } else core.push({ function: 'brusGap', 'median ms': 'not present', 'min ms': '' });
    const sq = await vite.ssrLoadModule('/src/lib/physics/sq.ts').catch(() => null);
    if (sq?.sqLimit) {
      const gaps = Array.from({ length: 300 }, (_, i) => 0.5 + (2.7 * i) / 299);
      const t = timeIt(() => gaps.map((g) => sq.sqLimit(g)), 10, 2);
      core.push({ function: 'sqLimit, 300-gap curve', 'median ms': t.median.toFixed(2), 'min ms': t.min.toFixed(2) });
    }
  } finally {
    await vite.close();
  }
  table('Core hot functions (Node, median of repeated runs)', core);

  // 4. sections added by the views
  const sections = [
    ['bench/confinement.mjs', 'runConfinementBench', 'Confinement view'],
    ['bench/xrd.mjs', 'runXrdBench', 'Powder X-ray diffraction (median ms, Node): powderXrd and Debye patterns of 5, 10, 15 nm cubes'],
    ['bench/first-load.mjs', 'runFirstLoadBench', 'First load per view and per widget (JS + CSS, gzip level 9; issue #15 targets)'],
    ['bench/widgets.mjs', 'runWidgetsBench', 'Widgets and single-file builds'],
    ['bench/lattice-frames.mjs', 'runLatticeBench', 'Lattice view frame times (headless Chromium, SwiftShader)'],
    ['bench/lighthouse.mjs', 'runLighthouseBench', 'Lighthouse, mobile profile (vite preview, compressed; Debian Chromium)'],
  ];
  for (const [file, fn, title] of sections) {
    const path = join(ROOT, file);
    if (!existsSync(path)) continue;
    try {
      const mod = await import(pathToFileURL(path).href);
      if (typeof mod[fn] !== 'function') continue;
      const rows = await mod[fn]();
      table(title, rows);
    } catch (e) {
      console.log(`\n## ${title}\n(failed: ${e instanceof Error ? e.message : String(e)})`);
    }
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
