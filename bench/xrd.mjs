#!/usr/bin/env node
/**
 * Powder-diffraction benchmark (issue #17), quoted, not asserted:
 * - powderXrd of the cubic (5 atoms) and orthorhombic (20 atoms) CsPbBr₃ cells, 2θ 10–60°;
 * - the Debye-equation pattern (blockPairHistogram + debyePattern, 2θ 10–60° at the panel's step, debyeStepDeg:
 *   0.1° up to 10 nm, finer for larger cubes, as its worker does) of cubes of 5, 10 and 15 nm edge, cubic and orthorhombic (tilted, published-structure
 *   cell when the lattice view uses one), with the atom count and the two stages timed apart.
 * Runs in Node (the worker runs the same code in the browser). Loads the app's TypeScript through Vite's
 * SSR module loader. `runXrdBench()` returns rows for bench/run.mjs; `node bench/xrd.mjs` prints the table.
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
function time(fn, runs, warm = 1) {
  for (let i = 0; i < warm; i++) fn();
  const ts = [];
  let result;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    result = fn();
    ts.push(performance.now() - t0);
  }
  return { ms: median(ts), result };
}

export async function runXrdBench() {
  const vite = await createServer({ root: ROOT, logLevel: 'error', server: { middlewareMode: true, hmr: false }, appType: 'custom' });
  try {
    const xrd = await vite.ssrLoadModule('/src/lib/physics/xrd.ts');
    const debye = await vite.ssrLoadModule('/src/lib/physics/debye.ts');
    const url = await vite.ssrLoadModule('/src/lib/state/url.ts');
    const readouts = await vite.ssrLoadModule('/src/lib/readouts/lattice.ts');
    const glue = await vite.ssrLoadModule('/src/views/lattice/diffraction/diffraction.ts');
    const rows = [];
    for (const phase of ['cubic', 'orthorhombic']) {
      const model = readouts.latticeModel(url.parseQuery(`?comp=CsPbBr3&phase=${phase}`).state);
      const crystal = glue.drawnCrystal(model);
      const peaks = time(() => xrd.powderXrd(crystal), 20, 3);
      rows.push({ case: `powderXrd, ${phase} CsPbBr3 (${crystal.atoms.length} atoms/cell)`, atoms: '', 'histogram ms': '', 'Debye sum ms': '', 'total ms': peaks.ms.toFixed(2) });
      for (const edge of [5, 10, 15]) {
        const cells = glue.cellsForEdge(crystal, edge);
        const hist = time(() => debye.blockPairHistogram(crystal, cells), 3);
        const sum = time(() => debye.debyePattern(hist.result, { twoThetaMinDeg: 10, twoThetaMaxDeg: 60, stepDeg: glue.debyeStepDeg(edge) }), 3);
        rows.push({
          case: `Debye pattern, ${phase} ${edge} nm cube (${cells.join('×')} cells, 2θ step ${glue.debyeStepDeg(edge)}°)`,
          atoms: String(sum.result.atomCount),
          'histogram ms': hist.ms.toFixed(0),
          'Debye sum ms': sum.ms.toFixed(0),
          'total ms': (hist.ms + sum.ms).toFixed(0),
        });
      }
    }
    return rows;
  } finally {
    await vite.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  table('Powder X-ray diffraction (median ms, Node)', await runXrdBench());
}
