#!/usr/bin/env node
/**
 * Lattice view frame times in headless Chromium (SwiftShader), side by side in one run (issue #4):
 *
 *  1. Median time per frame while rotating 5×5×5, 10×10×10 and 20×20×20 cubic supercells (the issue's
 *     "20×20×20 = 40,000 atoms and 8,000 octahedra"; a Pnma cell holds 4 formula units, so 20×20×20
 *     orthorhombic cells would be 167,280 atoms)
 *     - in the app's lattice view (the built site, `?view=lattice&cells=n`, sphere impostors), in the
 *       space-filling style (atoms only, radii to scale) and in the default polyhedral style;
 *     - on a bare page (bench/pages/bare-instanced.html): one InstancedMesh of 16×12-segment spheres per
 *       species, same atoms, radii, camera and canvas size — and the ratio bare / app.
 *  2. Time from a slider change (a radius range input: value set + `input` event, as a drag does) to the
 *     next rendered frame, starting from an idle view with a drained GPU queue: r_A at 5×5×5 orthorhombic
 *     (the tilt follows t) and r_X at 20×20×20 cubic (the cell parameter follows r_B + r_X); both move
 *     every atom in place. Each is interleaved with rotation frames of the same scene on the same page, and
 *     issue #15's targets are printed beside the measured ratios (✓/✗): slider ≤ 1.5 rotation frames, and
 *     the polyhedral style at 20³ ≤ 1.3× the space-filling one.
 *
 * One frame = from the rotation request (ArrowLeft on the canvas, which OrbitControls turns into a
 * render request; on the bare page, a camera step) to the end of the next rAF render, closed by a 1-pixel
 * gl.readPixels (it waits for the GPU; gl.finish() returns at once in Chromium — shared/design/chromium.md).
 * Both pages wait for rAF the same way, so the ratio is fair; for small scenes the ~16 ms rAF cadence is
 * part of the figure. Pixel ratio 1, no antialias (Playwright sets navigator.webdriver, which the app
 * reads as "no MSAA"), 1280×800 window.
 *
 * Needs `npx vite build` first (serves dist/ with Vite's preview API on 127.0.0.1:4174; the bare page is
 * built with Vite's build API into a temp dir and served on 4175). Chromium flags come from
 * tests/e2e/chromium.ts, loaded with Vite's runnerImport (the one place they live).
 * Standalone: `node bench/lattice-frames.mjs [sizes…]`; from bench/run.mjs: `runLatticeBench()` → rows.
 * A benchmark, not a test: nothing is asserted about time.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, preview, runnerImport } from 'vite';
import { table } from './table.mjs';

const ROOT = join(fileURLToPath(import.meta.url), '..', '..');
/** Ports and build folder: env PQD_BENCH_PORT (app; the bare page uses the next port) and PQD_DIST. */
const APP_PORT = Number(process.env.PQD_BENCH_PORT) || 4174;
const BARE_PORT = APP_PORT + 1;

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
const ms = (x) => (Number.isFinite(x) ? Math.round(x * 10) / 10 : '—');

/** Frames to time per case: fewer for the big cases (the bare 20³ takes seconds per frame). */
function framesFor(n) {
  return n <= 5 ? 15 : n <= 10 ? 8 : 4;
}

/**
 * In the app page: one change → the next rendered frame → a 1-px readPixels (so the GPU work is finished);
 * returns ms. `slider` null: one rotation step (ArrowLeft on the 3D view); else nudge that slider by one
 * step in `direction`, as a drag does.
 */
function frameAfterChangeInPage([slider, direction]) {
  return new Promise((resolve, reject) => {
    const root = document.querySelector('.lattice-canvas');
    const gl = root.querySelector('canvas').getContext('webgl2');
    const input = slider ? document.querySelector(slider) : null;
    if (slider && !input) return reject(new Error(`no slider ${slider}`));
    const px = new Uint8Array(4);
    const before = Number(root.dataset.frames);
    const t0 = performance.now();
    if (input) {
      input.value = String(Number(input.value) + direction * (Number(input.step) || 0.01));
      input.dispatchEvent(new Event('input', { bubbles: true }));
    } else {
      root.querySelector('[role="application"]').dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true }));
    }
    const check = () => {
      if (Number(root.dataset.frames) > before) {
        gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, px);
        resolve(performance.now() - t0);
      } else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
}

async function waitReady(page, timeout) {
  await page.waitForFunction(
    () => {
      const el = document.querySelector('.lattice-canvas');
      return el?.dataset.status === 'ready' && Number(el.dataset.frames ?? 0) > 0;
    },
    null,
    { timeout },
  );
}

async function timeApp(page, n, style, frames) {
  await page.goto(`http://127.0.0.1:${APP_PORT}/?view=lattice&cells=${n}&style=${style}&phase=cubic`);
  await waitReady(page, 300_000);
  for (let i = 0; i < 2; i++) await page.evaluate(frameAfterChangeInPage, [null, 0]); // warm-up
  const times = [];
  for (let i = 0; i < frames; i++) times.push(await page.evaluate(frameAfterChangeInPage, [null, 0]));
  const info = await page.locator('.lattice-canvas').evaluate((el) => ({
    atoms: Number(el.dataset.atoms),
    kind: el.dataset.topology.split('|')[0],
  }));
  const size = await page.locator('.lattice-canvas canvas').evaluate((c) => ({ w: c.clientWidth, h: c.clientHeight }));
  return { median: median(times), ...info, size };
}

async function timeBare(page, n, kind, size, frames) {
  await page.goto(`http://127.0.0.1:${BARE_PORT}/bare-instanced.html?cells=${n}&kind=${kind}&w=${size.w}&h=${size.h}`);
  await page.waitForFunction(() => window.__bare?.ready === true, null, { timeout: 300_000 });
  for (let i = 0; i < 2; i++) await page.evaluate(() => window.__bare.frame());
  const times = [];
  for (let i = 0; i < frames; i++) times.push(await page.evaluate(() => window.__bare.frame()));
  return { median: median(times), atoms: await page.evaluate(() => window.__bare.atoms) };
}

/** Resolves once no frame has been rendered for `quietMs` (the tilt tween and the GPU queue are done). */
function waitIdleInPage(quietMs) {
  return new Promise((resolve) => {
    const root = document.querySelector('.lattice-canvas');
    let last = root.dataset.frames;
    let since = performance.now();
    const tick = () => {
      if (root.dataset.frames !== last) {
        last = root.dataset.frames;
        since = performance.now();
      }
      if (performance.now() - since >= quietMs) resolve();
      else setTimeout(tick, 50);
    };
    tick();
  });
}

/** Waits for the GPU to finish everything queued (a 1-pixel readPixels after the next animation frame). */
function drainGpuInPage() {
  return new Promise((resolve) => {
    requestAnimationFrame(() => {
      const gl = document.querySelector('.lattice-canvas canvas').getContext('webgl2');
      gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, new Uint8Array(4));
      resolve();
    });
  });
}

/**
 * Slider step against rotation frames of the SAME scene (same page, same camera), interleaved: before each
 * measured change the view is idle (no frame for 400 ms: tweens and CSS transitions done) and the GPU queue
 * is drained, so both start from the same state. Returns the medians.
 */
async function timeSlider(page, n, phase, sliderName, steps = 8) {
  await page.goto(`http://127.0.0.1:${APP_PORT}/?view=lattice&cells=${n}&style=poly&phase=${phase}`);
  await waitReady(page, 300_000);
  const handle = await page.getByRole('slider', { name: sliderName }).elementHandle();
  const selector = await handle.evaluate((el) => {
    el.setAttribute('data-bench-slider', '1');
    return '[data-bench-slider="1"]';
  });
  // Warm-up (JIT, shader programs): one of each.
  await page.evaluate(frameAfterChangeInPage, [null, 0]);
  await page.evaluate(waitIdleInPage, 400);
  await page.evaluate(frameAfterChangeInPage, [selector, 1]);
  const slider = [];
  const rotate = [];
  for (let i = 0; i < steps; i++) {
    await page.evaluate(waitIdleInPage, 400);
    await page.evaluate(drainGpuInPage);
    rotate.push(await page.evaluate(frameAfterChangeInPage, [null, 0]));
    await page.evaluate(waitIdleInPage, 400);
    await page.evaluate(drainGpuInPage);
    slider.push(await page.evaluate(frameAfterChangeInPage, [selector, i % 2 ? 1 : -1]));
  }
  return { slider: median(slider), rotate: median(rotate) };
}

const check = (ok) => (ok ? '✓' : '✗');

/**
 * Runs the benchmark and returns table rows: { case, atoms, 'app ms', 'bare ms', 'bare/app' }.
 * Issue #15's slider and style targets are pushed to `options.targets` as { target, measured, limit, met (✓/✗) }.
 * @param {{ sizes?: number[], log?: (s: string) => void, targets?: object[] }} [options]
 */
export async function runLatticeBench(options = {}) {
  const sizes = options.sizes ?? [5, 10, 20];
  const log = options.log ?? (() => {});
  const dist = join(ROOT, process.env.PQD_DIST || 'dist');
  if (!existsSync(join(dist, 'index.html'))) throw new Error('dist/ is missing: run `npx vite build` first');
  const { module: chromiumConf } = await runnerImport(join(ROOT, 'tests/e2e/chromium.ts'));
  const { chromium } = await import('@playwright/test');

  const bareOut = mkdtempSync(join(tmpdir(), 'pqd-bench-bare-'));
  await build({
    configFile: false,
    root: join(ROOT, 'bench/pages'),
    base: './',
    logLevel: 'warn',
    build: { outDir: bareOut, emptyOutDir: true, chunkSizeWarningLimit: 2000, rolldownOptions: { input: join(ROOT, 'bench/pages/bare-instanced.html') } },
  });
  const appServer = await preview({
    configFile: false,
    root: ROOT,
    logLevel: 'warn',
    build: { outDir: dist },
    preview: { host: '127.0.0.1', port: APP_PORT, strictPort: true },
  });
  const bareServer = await preview({
    configFile: false,
    root: join(ROOT, 'bench/pages'),
    logLevel: 'warn',
    build: { outDir: bareOut },
    preview: { host: '127.0.0.1', port: BARE_PORT, strictPort: true },
  });
  const browser = await chromium.launch({ executablePath: chromiumConf.CHROMIUM_PATH, args: chromiumConf.CHROMIUM_ARGS });
  const rows = [];
  /** Issue #15's targets, each beside its measured value. */
  const targets = [];
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1, serviceWorkers: 'block' });
    const page = await context.newPage();
    for (const n of sizes) {
      const frames = framesFor(n);
      log(`lattice bench: ${n}×${n}×${n} app (space-filling)…`);
      const app = await timeApp(page, n, 'space', frames);
      log(`lattice bench: ${n}×${n}×${n} app (polyhedral)…`);
      const poly = await timeApp(page, n, 'poly', frames);
      log(`lattice bench: ${n}×${n}×${n} bare InstancedMesh…`);
      // PQD_BENCH_BARE=0 skips the bare page (its 20³ case takes minutes in SwiftShader).
      const bare = process.env.PQD_BENCH_BARE === '0' ? { median: NaN, atoms: app.atoms } : await timeBare(page, n, app.kind, app.size, frames);
      if (bare.atoms !== app.atoms) log(`warning: atom counts differ (app ${app.atoms}, bare ${bare.atoms})`);
      rows.push({
        case: `${n}×${n}×${n} rotate (${app.kind}, ${app.size.w}×${app.size.h} px)`,
        atoms: app.atoms,
        'app ms (space)': ms(app.median),
        'app ms (poly)': ms(poly.median),
        'bare ms (16×12 spheres)': ms(bare.median),
        'bare/app (space)': `${(bare.median / app.median).toFixed(1)}×`,
      });
    }
    const sliderCases = [
      // Orthorhombic: r_A moves t, hence the tilt: every atom moves (in place).
      { n: 5, phase: 'auto', name: /A-site radius/, label: 'r_A slider → next frame, 5×5×5 orthorhombic (tilt moves atoms)' },
      // Cubic 40k atoms: r_X moves the cell parameter: every atom moves (in place).
      { n: 20, phase: 'cubic', name: /X-site radius/, label: 'r_X slider → next frame, 20×20×20 cubic (cell parameter moves atoms)' },
    ].filter((c) => sizes.includes(c.n));
    for (const c of sliderCases) {
      log(`lattice bench: ${c.label}…`);
      const t = await timeSlider(page, c.n, c.phase, c.name);
      const ratio = t.slider / t.rotate;
      rows.push({ case: c.label, atoms: '', 'app ms (space)': '', 'app ms (poly)': ms(t.slider), 'bare ms (16×12 spheres)': '', 'bare/app (space)': '' });
      targets.push({
        target: `slider → next frame ≤ 1.5 rotation frames, ${c.n}³ ${c.phase === 'cubic' ? 'cubic' : 'orthorhombic'}`,
        measured: `${ms(t.slider)} ms / ${ms(t.rotate)} ms = ${ratio.toFixed(2)}×`,
        limit: '≤ 1.50×',
        met: check(ratio <= 1.5),
      });
    }
    const big = rows.find((r) => r.case.startsWith('20×20×20 rotate'));
    if (big && Number.isFinite(big['app ms (poly)']) && Number.isFinite(big['app ms (space)'])) {
      const ratio = big['app ms (poly)'] / big['app ms (space)'];
      targets.push({
        target: 'default (polyhedral) style at 20³ ≤ 1.3× space-filling (rotation frame)',
        measured: `${big['app ms (poly)']} ms / ${big['app ms (space)']} ms = ${ratio.toFixed(2)}×`,
        limit: '≤ 1.30×',
        met: check(ratio <= 1.3),
      });
    }
    await context.close();
  } finally {
    await browser.close();
    await new Promise((r) => appServer.httpServer.close(r));
    await new Promise((r) => bareServer.httpServer.close(r));
    rmSync(bareOut, { recursive: true, force: true });
  }
  if (options.targets) options.targets.push(...targets);
  // Called without a targets list (bench/run.mjs): the targets become rows of the same table.
  else for (const t of targets) rows.push({ case: `${t.met} ${t.target} (${t.limit})`, atoms: '', 'app ms (space)': '', 'app ms (poly)': t.measured, 'bare ms (16×12 spheres)': '', 'bare/app (space)': '' });
  return rows;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const sizes = process.argv.slice(2).map(Number).filter((x) => x >= 1 && x <= 20);
  const targets = [];
  runLatticeBench({ sizes: sizes.length ? sizes : undefined, log: (s) => console.error(s), targets })
    .then((rows) => {
      table('Lattice view frame times (headless Chromium, SwiftShader; median ms per frame)', rows);
      if (targets.length) table('Issue #15 targets (lattice frames)', targets);
    })
    .catch((e) => {
      console.error(e);
      process.exit(1);
    });
}
