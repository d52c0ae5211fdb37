/**
 * "Export CIF" writes the drawn unit cell (lib/geometry/perovskite.ts buildUnitCell) through
 * lib/geometry/cif.ts toCif; reading the downloaded text back with parseCif gives the same cell and atoms.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import App from '../../../src/App.svelte';
import { AppState } from '../../../src/lib/state/appState.svelte';
import { latticeModel } from '../../../src/lib/readouts/lattice';
import { drawnUnitCell } from '../../../src/views/lattice/exportCif';
import { parseCif } from '../../../src/lib/geometry/cif';

let blobs: Blob[] = [];
let names: string[] = [];
beforeEach(() => {
  blobs = [];
  names = [];
  URL.createObjectURL = vi.fn((b: Blob) => {
    blobs.push(b);
    return `blob:test/${blobs.length}`;
  }) as typeof URL.createObjectURL;
  URL.revokeObjectURL = vi.fn();
  // Record the download name instead of navigating (jsdom has no navigation).
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    names.push(this.download);
  });
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

async function exportFor(query: string) {
  const app = new AppState({ query: `?view=lattice${query}` });
  render(App, { props: { app, only: 'lattice' } });
  await userEvent.setup().click(screen.getByRole('button', { name: 'Export CIF' }));
  expect(blobs).toHaveLength(1);
  const text = await blobs[0].text();
  return { app, text, name: names[0] };
}

function wrap(x: number): number {
  const w = x - Math.floor(x);
  return w >= 1 - 5e-9 ? 0 : w;
}

/** Atoms per formula unit by element, from the CIF rows (Σ occupancy / Z). */
function formulaOf(atoms: { symbol: string; occupancy: number }[], z: number): Record<string, number> {
  const out: Record<string, number> = {};
  for (const a of atoms) out[a.symbol] = (out[a.symbol] ?? 0) + a.occupancy / z;
  for (const k of Object.keys(out)) out[k] = Math.round(out[k] * 1e4) / 1e4;
  return out;
}

describe('Export CIF', { timeout: 30_000 }, () => {
  it.each([
    ['&comp=CsPbBr3', 'CsPbBr3-orthorhombic.cif', 20],
    ['&comp=CsPbI3', 'CsPbI3-orthorhombic.cif', 20],
    ['&comp=CsPbI3&phase=delta', 'CsPbI3-delta.cif', 20],
    ['&comp=CsPbBr3&phase=cubic', 'CsPbBr3-cubic.cif', 5],
  ])('%s round-trips through parseCif to the drawn cell', async (query, filename, n) => {
    const { app, text, name } = await exportFor(query);
    expect(name).toBe(filename);
    const m = latticeModel(app.values);
    const cell = drawnUnitCell(m);
    expect(cell.atoms).toHaveLength(n);
    const cif = parseCif(text);
    if (!cif.ok) throw new Error(cif.error);
    expect(cif.a).toBeCloseTo(cell.a, 5);
    expect(cif.b).toBeCloseTo(cell.b, 5);
    expect(cif.c).toBeCloseTo(cell.c, 5);
    expect([cif.alpha, cif.beta, cif.gamma]).toEqual([90, 90, 90]);
    expect(cif.atoms).toHaveLength(cell.atoms.length);
    cell.atoms.forEach((atom, k) => {
      for (let d = 0; d < 3; d++) expect(cif.atoms[k].frac[d]).toBeCloseTo(wrap(atom.frac[d]), 7);
    });
  });

  it('the published CsPbBr3 cell is exported as published (8.244 × 11.735 × 8.198 Å)', async () => {
    const { text } = await exportFor('&comp=CsPbBr3');
    const cif = parseCif(text);
    if (!cif.ok) throw new Error(cif.error);
    expect([cif.a, cif.b, cif.c]).toEqual([8.244, 11.735, 8.198]);
    expect(text).toContain('Stoumpos');
  });

  it('MAPbI3 is written atom by atom: readers get C H6 N Pb I3, never "NPbI3"', async () => {
    const { text } = await exportFor('&comp=MAPbI3&phase=cubic');
    const cif = parseCif(text);
    if (!cif.ok) throw new Error(cif.error);
    expect(formulaOf(cif.atoms, 1)).toEqual({ C: 1, N: 1, H: 6, Pb: 1, I: 3 });
    expect(text).toMatch(/_chemical_formula_sum 'C N H6 Pb I3'/);
  });

  it('FAPbI3 gives C H5 N2 Pb I3; a Cs/FA mix keeps each site full', async () => {
    const fa = parseCif((await exportFor('&comp=FAPbI3&phase=orthorhombic')).text);
    if (!fa.ok) throw new Error(fa.error);
    expect(formulaOf(fa.atoms, 4)).toEqual({ C: 1, N: 2, H: 5, Pb: 1, I: 3 });
    cleanup();
    blobs = [];
    const mix = parseCif((await exportFor('&comp=Cs0.5FA0.5PbI3&phase=cubic')).text);
    if (!mix.ok) throw new Error(mix.error);
    expect(formulaOf(mix.atoms, 1)).toEqual({ Cs: 0.5, C: 0.5, N: 1, H: 2.5, Pb: 1, I: 3 });
  });

  it('radius overrides go into the file name and the title', async () => {
    const { text, name } = await exportFor('&comp=CsPbBr3&rA=1.95&phase=orthorhombic');
    expect(name).toBe('CsPbBr3-rA1.95-orthorhombic.cif');
    expect(text).toMatch(/radius overrides rA1\.95 A/);
    expect(text).toMatch(/modelled from t/);
  });
});
