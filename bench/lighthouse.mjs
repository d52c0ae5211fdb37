/**
 * Lighthouse (mobile profile: simulated slow 4G, 4× CPU slowdown) on every view of the built site, served
 * compressed by `vite preview`, in Debian's Chromium (CHROME_PATH) — issue #15's speed as a phone feels it.
 * Also the first-load bytes of each view: JS and CSS transferred (compressed) until the page settles. Each page
 * runs PQD_LH_RUNS times (default 3) and the run with the median performance score is reported.
 *
 * Lighthouse is not a dependency of the app or its tests (it is large and only the bench needs it): the
 * bench runs a pinned version from the npm registry with `npx`, the first time downloading it to npm's cache.
 * Reads the build in dist/ (run `npx vite build` first). Quoted beside issue #15's targets, not asserted.
 *
 *   node bench/lighthouse.mjs          prints a table
 *   import { runLighthouseBench } ...  returns rows
 */
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { table } from './table.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const LIGHTHOUSE = 'lighthouse@13.5.0';
const PORT = Number(process.env.PQD_BENCH_PORT ?? 4199);
/** Lighthouse runs per page (PQD_LH_RUNS, default 3): the median is reported. */
const RUNS = Math.max(1, Number(process.env.PQD_LH_RUNS ?? 3));
const CHROME = process.env.CHROME_PATH ?? ['/usr/lib/chromium/chromium', '/usr/bin/chromium'].find((p) => existsSync(p));

/** The pages of issue #15 and their first-load targets (JS + CSS, gzip, kB). */
export const PAGES = [
  { name: 'lattice', query: '?view=lattice', budgetKb: 230 },
  { name: 'confinement', query: '?view=confinement', budgetKb: 110 },
  { name: 'ligands', query: '?view=ligands', budgetKb: 110 },
  { name: 'lattice (embed=1)', query: '?view=lattice&embed=1', budgetKb: 230 },
  { name: 'confinement (embed=1)', query: '?view=confinement&embed=1', budgetKb: 110 },
  { name: 'ligands (embed=1)', query: '?view=ligands&embed=1', budgetKb: 110 },
];

async function waitFor(url, ms = 30_000) {
  const t0 = Date.now();
  for (;;) {
    try {
      const r = await fetch(url);
      if (r.ok) return;
    } catch {
      /* not up yet */
    }
    if (Date.now() - t0 > ms) throw new Error(`${url} did not answer within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

function lighthouse(url, outFile) {
  const flags = ['--headless=new', '--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--disable-background-networking', '--disable-component-update', '--no-first-run'];
  const r = spawnSync(
    'npx',
    ['-y', LIGHTHOUSE, url, '--quiet', '--output=json', `--output-path=${outFile}`, '--only-categories=performance,accessibility', `--chrome-flags=${flags.join(' ')}`],
    { cwd: ROOT, env: { ...process.env, CHROME_PATH: CHROME }, stdio: ['ignore', 'ignore', 'inherit'], timeout: 240_000 },
  );
  if (r.status !== 0 || !existsSync(outFile)) throw new Error(`lighthouse failed for ${url}`);
  return JSON.parse(readFileSync(outFile, 'utf8'));
}

const kb = (b) => (b / 1024).toFixed(1);

/** @returns {Promise<Record<string, string>[]>} */
export async function runLighthouseBench({ dist = join(ROOT, 'dist'), pages = PAGES } = {}) {
  if (!existsSync(join(dist, 'index.html'))) throw new Error(`${dist}/index.html is missing: run \`npx vite build\` first`);
  if (!CHROME) throw new Error('no Chromium: apt-get install -y chromium');
  const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort', '--outDir', dist], {
    cwd: ROOT,
    stdio: 'ignore',
    detached: true,
  });
  const tmp = mkdtempSync(join(tmpdir(), 'pqd-lh-'));
  const rows = [];
  try {
    const base = `http://127.0.0.1:${PORT}/`;
    await waitFor(base);
    for (const p of pages) {
      // Lighthouse's own advice on variance: the median of several runs. RUNS runs per page, the run with the
      // median performance score is reported (its other figures with it), all runs' scores beside it.
      const runs = [];
      for (let i = 0; i < RUNS; i++) {
        const lhr = lighthouse(base + p.query, join(tmp, 'report.json'));
        // PQD_LH_KEEP=<folder>: keep each report (Lighthouse's diagnostics: LCP element, long tasks, …).
        if (process.env.PQD_LH_KEEP) {
          mkdirSync(process.env.PQD_LH_KEEP, { recursive: true });
          copyFileSync(join(tmp, 'report.json'), join(process.env.PQD_LH_KEEP, `${p.name.replace(/\W+/g, '-')}-${i + 1}.json`));
        }
        runs.push(lhr);
      }
      const byScore = [...runs].sort((x, y) => x.categories.performance.score - y.categories.performance.score);
      const lhr = byScore[Math.floor((byScore.length - 1) / 2)];
      const a = lhr.audits;
      const requests = a['network-requests']?.details?.items ?? [];
      const firstLoad = requests
        .filter((q) => q.resourceType === 'Script' || q.resourceType === 'Stylesheet')
        .reduce((s, q) => s + (q.transferSize ?? 0), 0);
      const perf = lhr.categories.performance.score;
      const acc = lhr.categories.accessibility.score;
      const lcp = a['largest-contentful-paint'].numericValue;
      const tbt = a['total-blocking-time'].numericValue;
      rows.push({
        page: p.name,
        [`perf (≥ 0.95; median of ${RUNS})`]: `${perf.toFixed(2)} ${perf >= 0.95 ? '✓' : '✗'}${RUNS > 1 ? ` (${runs.map((r) => r.categories.performance.score.toFixed(2)).join(' ')})` : ''}`,
        'a11y (1.00)': `${acc.toFixed(2)} ${acc >= 1 ? '✓' : '✗'}`,
        'FCP s': (a['first-contentful-paint'].numericValue / 1000).toFixed(2),
        'LCP s (≤ 2.0)': `${(lcp / 1000).toFixed(2)} ${lcp <= 2000 ? '✓' : '✗'}`,
        'TBT ms (≤ 150)': `${tbt.toFixed(0)} ${tbt <= 150 ? '✓' : '✗'}`,
        'unused JS kB': kb(a['unused-javascript']?.details?.overallSavingsBytes ?? 0),
        [`first-load JS+CSS kB gzip`]: `${kb(firstLoad)} ${firstLoad <= p.budgetKb * 1024 ? '✓' : '✗'} (≤ ${p.budgetKb})`,
      });
    }
  } finally {
    try {
      process.kill(-server.pid);
    } catch {
      server.kill();
    }
    rmSync(tmp, { recursive: true, force: true });
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  runLighthouseBench()
    .then((rows) => table('Lighthouse, mobile profile (vite preview, compressed)', rows))
    .catch((e) => {
      console.error(e);
      process.exit(1);
    });
}
