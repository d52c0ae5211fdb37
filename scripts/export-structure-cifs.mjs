#!/usr/bin/env node
/**
 * Writes the CIFs the lattice view exports for the reference structures (issue #11) into a folder, for
 * scripts/structure-check.py to read with independent readers (spglib, pymatgen, ASE, gemmi).
 * Not run in CI. Usage: node scripts/export-structure-cifs.mjs [outDir=/tmp/pqd-structure-cifs]
 * Loads the TypeScript core through Vite's SSR module loader (no build step).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createServer } from 'vite';

const out = process.argv[2] ?? '/tmp/pqd-structure-cifs';
mkdirSync(out, { recursive: true });
const server = await createServer({ server: { middlewareMode: true }, appType: 'custom', logLevel: 'error' });
try {
  const { latticeModel } = await server.ssrLoadModule('/src/lib/readouts/lattice.ts');
  const { parseQuery } = await server.ssrLoadModule('/src/lib/state/url.ts');
  const { latticeCif } = await server.ssrLoadModule('/src/views/lattice/exportCif.ts');
  const cases = {
    'CsPbBr3-orthorhombic': 'comp=CsPbBr3&phase=orthorhombic',
    'CsPbBr3-cubic': 'comp=CsPbBr3&phase=cubic',
    'CsPbI3-orthorhombic': 'comp=CsPbI3&phase=orthorhombic',
    'CsPbI3-cubic': 'comp=CsPbI3&phase=cubic',
    'CsPbI3-delta': 'comp=CsPbI3&phase=delta',
    'CsPbCl3-orthorhombic': 'comp=CsPbCl3&phase=orthorhombic',
    'CsPbBr1.5I1.5-orthorhombic': 'comp=CsPbBr1.5I1.5&phase=orthorhombic',
    'MAPbI3-cubic': 'comp=MAPbI3&phase=cubic',
    'FAPbI3-orthorhombic': 'comp=FAPbI3&phase=orthorhombic',
  };
  for (const [name, query] of Object.entries(cases)) {
    const { state } = parseQuery(`?${query}`);
    const { text } = latticeCif(latticeModel(state));
    writeFileSync(join(out, `${name}.cif`), text);
    console.log(`wrote ${join(out, `${name}.cif`)}`);
  }
} finally {
  await server.close();
}
