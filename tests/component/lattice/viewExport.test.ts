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
import { buildUnitCell } from '../../../src/lib/geometry/perovskite';
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

describe('Export CIF', { timeout: 30_000 }, () => {
  it.each([
    ['&comp=CsPbBr3', 'CsPbBr3-orthorhombic.cif'],
    ['&comp=FAPbI3', 'FAPbI3-cubic.cif'],
    ['&comp=Cs0.5FA0.5PbI3&phase=orthorhombic', 'Cs0.5FA0.5PbI3-orthorhombic.cif'],
  ])('%s round-trips through parseCif to buildUnitCell', async (query, filename) => {
    const { app, text, name } = await exportFor(query);
    expect(name).toBe(filename);
    const m = latticeModel(app.values);
    const cell = buildUnitCell(m.drawnKind, { aPseudoCubic: m.aPseudoCubicAngstrom, tiltDeg: m.drawnTiltDeg });
    const cif = parseCif(text);
    if (!cif.ok) throw new Error(cif.error);
    expect(cif.a).toBeCloseTo(cell.a, 5);
    expect(cif.b).toBeCloseTo(cell.b, 5);
    expect(cif.c).toBeCloseTo(cell.c, 5);
    expect([cif.alpha, cif.beta, cif.gamma]).toEqual([90, 90, 90]);
    // one CIF row per species on each site; occupancies of a site add to 1
    const perSite = (el: 'A' | 'B' | 'X') => m.composition[el].length;
    const expectedRows = cell.atoms.reduce((n, atom) => n + perSite(atom.element), 0);
    expect(cif.atoms).toHaveLength(expectedRows);
    let k = 0;
    for (const atom of cell.atoms) {
      let occupancy = 0;
      for (let j = 0; j < perSite(atom.element); j++, k++) {
        const row = cif.atoms[k];
        for (let d = 0; d < 3; d++) expect(row.frac[d]).toBeCloseTo(wrap(atom.frac[d]), 7);
        occupancy += row.occupancy;
      }
      expect(occupancy).toBeCloseTo(1, 6);
    }
  });

  it('a mixed A site is written as Cs 0.5 + FA pseudo-atom (C) 0.5 at the same position', async () => {
    const { text } = await exportFor('&comp=Cs0.5FA0.5PbI3&phase=cubic');
    const cif = parseCif(text);
    if (!cif.ok) throw new Error(cif.error);
    const aRows = cif.atoms.filter((a) => a.label.startsWith('Cs') || a.label.startsWith('FA'));
    expect(aRows.map((a) => [a.label, a.symbol, a.occupancy])).toEqual([
      ['Cs1', 'Cs', 0.5],
      ['FA1', 'C', 0.5],
    ]);
    expect(aRows[0].frac).toEqual(aRows[1].frac);
  });
});
