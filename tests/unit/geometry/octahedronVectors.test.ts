/**
 * octahedronVectors keeps a running top six instead of sorting every periodic image (a slider step builds
 * Pnma cells several times). It must return exactly what the brute force does: every image of every X,
 * stable-sorted by distance, first six — ties (cubic cells) in the same order.
 */
import { describe, expect, test } from 'vitest';
import { buildPnmaCell, buildUnitCell, octahedronVectors, rigidPnmaSites, type UnitCell, type UnitCellAtom } from '../../../src/lib/geometry/perovskite';
import { latticeModel } from '../../../src/lib/readouts/lattice';
import { defaultState } from '../../../src/lib/state/schema';

type V = [number, number, number];
function bruteForce(cell: UnitCell, b: UnitCellAtom): V[] {
  const cands: { v: V; r: number }[] = [];
  for (const x of cell.atoms) {
    if (x.element !== 'X') continue;
    for (let i = -1; i <= 1; i++)
      for (let j = -1; j <= 1; j++)
        for (let k = -1; k <= 1; k++) {
          const v: V = [(x.frac[0] + i - b.frac[0]) * cell.a, (x.frac[1] + j - b.frac[1]) * cell.b, (x.frac[2] + k - b.frac[2]) * cell.c];
          cands.push({ v, r: Math.hypot(...v) });
        }
  }
  cands.sort((p, q) => p.r - q.r);
  return cands.slice(0, 6).map((c) => c.v);
}

describe('octahedronVectors', () => {
  test('equals the brute-force sort of all images, ties included (cubic, δ, rigid and modelled Pnma)', () => {
    const cells: UnitCell[] = [
      buildUnitCell('cubic', { aPseudoCubic: 5.9 }),
      buildUnitCell('delta'),
      buildUnitCell('orthorhombic', { aPseudoCubic: 6, tiltDeg: 10 }),
    ];
    for (let t = 0; t <= 20; t += 2) for (const g of [0, 3, 9]) cells.push(buildPnmaCell(rigidPnmaSites(3, t, g)));
    for (const comp of ['CsPbBr3', 'CsPbI3', 'MAPbI3', 'FAPbI3', 'CsPbCl3']) {
      cells.push(buildPnmaCell(latticeModel({ ...defaultState(), comp }).pnma.sites));
    }
    let n = 0;
    for (const cell of cells)
      for (const atom of cell.atoms)
        if (atom.element === 'B') {
          expect(octahedronVectors(cell, atom)).toEqual(bruteForce(cell, atom));
          n++;
        }
    expect(n).toBeGreaterThan(100);
  });
});
