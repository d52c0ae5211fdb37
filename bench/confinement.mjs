#!/usr/bin/env node
/**
 * Confinement view benchmark (issue #5): what one parameter change costs, quoted, not asserted.
 *
 * - "recompute all curves": every curve the plot can show (4 materials × their models: 4 Brus, 4
 *   confinement-only, 1 Moreels) at the view's 160 samples over 2–20 nm, plus the marker readout
 *   (confinementModel: gap, λ, SQ limit), exactly as the view's $derived values do after a state change;
 * - the same with a size spread σ = 0.5 nm (adds the broadened spectrum);
 * - "SQ curve": sqLimit at 300 gaps over 0.5–3.2 eV (the solar-cell panel), one call per gap;
 * - the view's 160-sample Brus curve alone, for scale.
 *
 * Loads the app's TypeScript through Vite's SSR module loader. `runConfinementBench()` returns rows
 * { name, ms } for bench/run.mjs; `node bench/confinement.mjs` prints the table alone.
 */
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { createServer } from 'vite';
import { table } from './table.mjs';

const ROOT = join(fileURLToPath(import.meta.url), '..', '..');

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}
/** Median wall time of fn over `runs` runs after `warm` warm-up runs, ms. */
function time(fn, runs = 30, warm = 5) {
  for (let i = 0; i < warm; i++) fn();
  const ts = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    ts.push(performance.now() - t0);
  }
  return median(ts);
}

export async function runConfinementBench() {
  const vite = await createServer({
    root: ROOT,
    logLevel: 'error',
    server: { middlewareMode: true, hmr: false },
    appType: 'custom',
  });
  try {
    const model = await vite.ssrLoadModule('/src/views/confinement/model.ts');
    const readouts = await vite.ssrLoadModule('/src/lib/readouts/confinement.ts');
    const sq = await vite.ssrLoadModule('/src/lib/physics/sq.ts');
    const url = await vite.ssrLoadModule('/src/lib/state/url.ts');
    const all = ['CsPbCl3', 'CsPbBr3', 'CsPbI3', 'PbS'];
    const models = ['brus', 'confinement', 'moreels'];
    const state = url.parseQuery('?view=confinement&models=brus,confinement,moreels').state;
    const spread = url.parseQuery('?view=confinement&models=brus,confinement,moreels&sigma=0.5').state;
    let d = 2;
    const recompute = (s) => {
      // A parameter change: a new diameter and a new range, then everything the view derives.
      d = d >= 19 ? 2 : d + 0.37;
      const curves = model.sampleCurves(all, models, 2, 20);
      const r = readouts.confinementModel({ ...s, d });
      return curves.length + (r.gapEv ?? 0);
    };
    const gaps = Array.from({ length: 300 }, (_, i) => 0.5 + (2.7 * i) / 299);
    const rows = [
      { name: 'recompute all curves (9 × 160 samples) + marker readout, one parameter change', ms: time(() => recompute(state)) },
      { name: 'same, with size spread σ = 0.5 nm (broadened spectrum)', ms: time(() => recompute(spread)) },
      { name: 'SQ curve: sqLimit at 300 gaps, 0.5–3.2 eV', ms: time(() => gaps.map((g) => sq.sqLimit(g)), 20, 3) },
      { name: 'one Brus curve, 160 samples', ms: time(() => model.sampleCurve('CsPbBr3', 'brus', 2, 20)) },
    ];
    return rows.map((r) => ({ name: r.name, ms: r.ms.toFixed(3) }));
  } finally {
    await vite.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  table('Confinement view (median ms)', await runConfinementBench());
}
