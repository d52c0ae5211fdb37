/** The words of the lattice canvas (src/views/lattice/canvasText.ts), in Node, from built structures. */
import { describe, expect, it } from 'vitest';
import { StructureBuilder, type StructureInputs } from '../../../src/views/lattice/canvasStructure';
import { fixed } from '../../../src/lib/format';
import { atomLines, cageRadius, describeCanvas, formulaOf, legendRows, safeRadii } from '../../../src/views/lattice/canvasText';

const LABELS = { A: 'Cs', B: 'Pb', X: 'Br' };
// Shannon Cs⁺ XII, Pb²⁺ VI, Br⁻ VI (src/lib/data/ionicRadii.ts)
const RADII = { rA: 1.88, rB: 1.19, rX: 1.96 };
const ORTHO: StructureInputs = { kind: 'orthorhombic', cells: [1, 1, 1], shape: 'cells', edgeNm: 6, aPseudoCubicAngstrom: 5.87, tiltDeg: 8 };

describe('formula, radii, cage', () => {
  it('brackets mixed sites only; PbS for rock salt', () => {
    expect(formulaOf(LABELS, false)).toBe('CsPbBr₃');
    expect(formulaOf({ A: 'FA/Cs', B: 'Pb', X: 'Br/I' }, false)).toBe('(FA/Cs)Pb(Br/I)₃');
    expect(formulaOf({ A: 'Cs', B: 'Pb', X: 'Br/I' }, false)).toBe('CsPb(Br/I)₃');
    expect(formulaOf(LABELS, true)).toBe('PbS');
  });

  it('non-physical radii fall back to CsPbBr₃ Shannon radii, one by one', () => {
    expect(safeRadii({ rA: NaN, rB: 0, rX: 2.2 })).toEqual({ rA: 1.88, rB: 1.19, rX: 2.2 });
    expect(safeRadii({ rA: -1, rB: 1.0, rX: Infinity })).toEqual({ rA: 1.88, rB: 1.0, rX: 1.96 });
  });

  it('the cage radius is a/√2 − r_X', () => {
    expect(cageRadius(5.87, 1.96)).toBeCloseTo(5.87 / Math.SQRT2 - 1.96, 12);
  });
});

describe('describeCanvas', () => {
  it('says loading before there is a structure', () => {
    expect(describeCanvas({ info: null, labels: LABELS, formula: 'CsPbBr₃', style: 'poly', cam: 'free', radii: RADII, aPseudoCubicAngstrom: 5.87 })).toMatch(/load/i);
  });

  it('orthorhombic cells: phase, counts, tilt, cell and view in whole sentences', () => {
    const { info } = new StructureBuilder().build(ORTHO);
    const text = describeCanvas({ info, labels: LABELS, formula: 'CsPbBr₃', style: 'space', cam: 'b', radii: RADII, aPseudoCubicAngstrom: 5.87 });
    expect(text).toContain(`Orthorhombic (Pnma) CsPbBr₃, 1×1×1 supercell, ${info.total} atoms: ${info.counts.A} Cs, ${info.counts.B} Pb, ${info.counts.X} Br.`);
    expect(text).toContain('Octahedra tilted 8.0° in the a⁻a⁻c⁺ pattern.');
    expect(text).toContain(`Cell ${info.cell.a.toFixed(2)} × ${info.cell.b.toFixed(2)} × ${info.cell.c.toFixed(2)} Å.`);
    expect(text).toContain('Drawn space-filling (ionic radii to scale), viewed along the b axis.');
    // r_A 1.88 Å is not smaller than its cage (5.87/√2 − 1.96 = 2.19 Å)? It is: the rattle sentence is there.
    expect(cageRadius(5.87, RADII.rX)).toBeGreaterThan(RADII.rA + 0.05);
    expect(text).toMatch(/The Cs cation \(1\.88\s?Å\) is smaller than its cage \(2\.19\s?Å\) and would rattle\./);
  });

  it('no rattle sentence outside the space-filling style', () => {
    const { info } = new StructureBuilder().build(ORTHO);
    expect(describeCanvas({ info, labels: LABELS, formula: 'CsPbBr₃', style: 'poly', cam: 'free', radii: RADII, aPseudoCubicAngstrom: 5.87 })).not.toMatch(/rattle/);
  });

  it('a PbS dot is described by its diameter and facets', () => {
    const { info } = new StructureBuilder().build({ ...ORTHO, kind: 'cubic', pbs: { mode: 'dot', diameterNm: 3 } });
    const text = describeCanvas({ info, labels: { A: '', B: 'Pb', X: 'S' }, formula: 'PbS', style: 'ball', cam: 'free', radii: RADII, aPseudoCubicAngstrom: 5.94 });
    expect(text).toMatch(/^A faceted PbS dot of /);
    expect(text).not.toMatch(/Cs/);
  });
});

describe('legendRows and atomLines', () => {
  it('legend dots scale with the drawn radius (largest 22 px); no A row for PbS', () => {
    const rows = legendRows('space', RADII, LABELS, false);
    expect(rows.map((r) => r.species)).toEqual(['A', 'B', 'X']);
    expect(Math.max(...rows.map((r) => r.dotPx))).toBe(22);
    expect(rows.find((r) => r.species === 'B')!.dotPx).toBe(Math.round(8 + 14 * (1.19 / 1.96)));
    expect(rows.map((r) => r.ionic)).toEqual([1.88, 1.19, 1.96]);
    expect(legendRows('poly', RADII, LABELS, true).map((r) => r.species)).toEqual(['B', 'X']);
  });

  it('an atom’s lines: ion, site and role; Cartesian and fractional coordinates from the cell corner', () => {
    const b = new StructureBuilder();
    const { info } = b.build(ORTHO);
    const g = b.globalIndex('B', 0);
    const atoms = b.current!;
    const p = { x: atoms.positions[3 * g], y: atoms.positions[3 * g + 1], z: atoms.positions[3 * g + 2] };
    const lines = atomLines({ species: 'B', position: p, atoms, global: g, info, labels: LABELS, pbs: false });
    expect(lines[0]).toMatch(/^Pb \(/);
    const [ox, oy, oz] = info.coordinateOrigin;
    expect(lines[1]).toBe(`x, y, z = ${fixed(p.x - ox, 2)}, ${fixed(p.y - oy, 2)}, ${fixed(p.z - oz, 2)} Å`);
    expect(lines[1]).not.toMatch(/-0\.00/);
    expect(lines[2]).toBe(`fractional ${fixed((p.x - ox) / info.cell.a, 3)}, ${fixed((p.y - oy) / info.cell.b, 3)}, ${fixed((p.z - oz) / info.cell.c, 3)} (cell units)`);
  });
});
