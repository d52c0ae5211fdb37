/**
 * canvasStructure.ts: geometry core → per-species draw buffers, reused while the topology is unchanged.
 * Counts come from the closed-box formulas of src/lib/geometry/supercell.ts and nanocrystal.ts.
 */
import { describe, expect, it } from 'vitest';
import { StructureBuilder, pseudoCubicRepeats } from '../../../src/views/lattice/canvasStructure';
import { CSPBBR3_PNMA } from '../../../src/lib/data/publishedStructures';
import { buildDeltaCell, buildPnmaCell } from '../../../src/lib/geometry/perovskite';
import { FLAG_INTERIOR, FLAG_SURFACE } from '../../../src/views/lattice/impostor';

const BASE = {
  kind: 'cubic' as const,
  cells: [2, 3, 4] as [number, number, number],
  shape: 'cells' as const,
  edgeNm: 3,
  aPseudoCubicAngstrom: 5.874, // cubic CsPbBr₃ (structures.ts)
  tiltDeg: 0,
};

describe('StructureBuilder', () => {
  it('splits a cubic closed box into species with the core counts', () => {
    const { structure, info } = new StructureBuilder().build(BASE);
    const [na, nb, nc] = BASE.cells;
    // supercell.ts header: B (na+1)(nb+1)(nc+1), A na nb nc, X na(nb+1)(nc+1) + (na+1)nb(nc+1) + (na+1)(nb+1)nc.
    expect(info.counts.B).toBe((na + 1) * (nb + 1) * (nc + 1));
    expect(info.counts.A).toBe(na * nb * nc);
    expect(info.counts.X).toBe(na * (nb + 1) * (nc + 1) + (na + 1) * nb * (nc + 1) + (na + 1) * (nb + 1) * nc);
    expect(structure.positions.B.length).toBe(3 * info.counts.B);
    expect(structure.octahedra.length).toBe(16 * info.counts.B);
    expect(structure.bonds.length).toBe(6 * info.bonds);
    expect(structure.flags).toBeNull();
  });

  it('every bond joins a B and an X one bond length apart (a/2)', () => {
    const { structure, info } = new StructureBuilder().build(BASE);
    const d = BASE.aPseudoCubicAngstrom / 2;
    for (let i = 0; i < info.bonds; i++) {
      const b = structure.bonds.subarray(6 * i, 6 * i + 6);
      expect(Math.hypot(b[3] - b[0], b[4] - b[1], b[5] - b[2])).toBeCloseTo(d, 5);
    }
  });

  it('keeps the same buffers when only the cell parameter or tilt changes, and moves the atoms', () => {
    const builder = new StructureBuilder();
    const first = builder.build({ ...BASE, kind: 'orthorhombic', tiltDeg: 9 }).structure;
    const xBefore = Float32Array.from(first.positions.X);
    const second = builder.build({ ...BASE, kind: 'orthorhombic', tiltDeg: 4, aPseudoCubicAngstrom: 6.29 }).structure;
    expect(second.topologyKey).toBe(first.topologyKey);
    expect(second.positions.X).toBe(first.positions.X);
    expect(second.bonds).toBe(first.bonds);
    expect(Array.from(second.positions.X)).not.toEqual(Array.from(xBefore));
    expect(builder.rebuilds).toBe(1);
    builder.build({ ...BASE, cells: [5, 5, 5] });
    expect(builder.rebuilds).toBe(2);
  });

  it('clamps a tilt beyond the model range instead of throwing', () => {
    const { info } = new StructureBuilder().build({ ...BASE, kind: 'orthorhombic', tiltDeg: 45 });
    expect(info.tiltDeg).toBe(30); // TILT_BUILD_MAX_DEG
  });

  it('marks the CsX surface layer of a nanocube and mutes the interior', () => {
    const { structure, info } = new StructureBuilder().build({ ...BASE, shape: 'cube', edgeNm: 2.4 });
    // n = round(24 Å / 5.874 Å) = 4 cells; CsX cube: B n³, A (n+1)³, X 3n²(n+1) (nanocrystal.ts header).
    expect(info.cube?.cellsPerEdge).toBe(4);
    expect(info.counts).toEqual({ A: 125, B: 64, X: 240 });
    const f = structure.flags!;
    expect(f.B.every((x) => x === FLAG_INTERIOR)).toBe(true); // Pb never in a CsX outer plane
    // Outer CsX planes: A on the surface = (n+1)³ − (n−1)³ = 125 − 27 = 98.
    expect(f.A.filter((x) => x === FLAG_SURFACE).length).toBe(98);
    expect(info.cube?.surfaceAtoms).toBe(f.A.filter((x) => x === FLAG_SURFACE).length + f.X.filter((x) => x === FLAG_SURFACE).length);
    expect(structure.octahedronFlags!.length).toBe(64);
  });

  it('lists atoms near the surface first and marks the faces they are near (space-filling culling)', () => {
    const { structure, info } = new StructureBuilder().build({ ...BASE, cells: [6, 6, 6] });
    const shell = structure.shellCounts!;
    const faces = structure.nearFaces!;
    // A at u = i + ½ (i = 0..5) per axis; buried when deeper than 2 cells from every face: i + ½ ∈ {2.5, 3.5}.
    expect(info.counts.A - shell.A).toBe(2 ** 3);
    for (const sp of ['A', 'B', 'X'] as const) {
      for (let i = 0; i < faces[sp].length; i++) expect(faces[sp][i] !== 0).toBe(i < shell[sp]);
    }
    // The atom at the lowest corner is near −x, −y and −z (bits 0, 2, 4).
    const b = structure.positions.B;
    let corner = 0;
    for (let i = 1; i < b.length / 3; i++) if (b[3 * i] + b[3 * i + 1] + b[3 * i + 2] < b[3 * corner] + b[3 * corner + 1] + b[3 * corner + 2]) corner = i;
    expect(faces.B[corner]).toBe(0b010101);
  });

  it('buries nothing in a crystal at most four cells thick', () => {
    const { structure, info } = new StructureBuilder().build({ ...BASE, cells: [4, 4, 4] });
    expect(structure.shellCounts).toEqual(info.counts);
  });
});

describe('StructureBuilder: like with like (issue #11)', () => {
  const sites = CSPBBR3_PNMA.sites;
  const full = buildPnmaCell(sites).tiltDeg;
  const inputs = (kind: 'cubic' | 'orthorhombic', tiltDeg: number) => ({
    ...BASE,
    kind,
    cells: [2, 2, 2] as [number, number, number],
    tiltDeg,
    sites,
    sitesTiltDeg: full,
  });
  it('cubic and orthorhombic share the box, the topology and the atom count; only the tilt differs', () => {
    const cubic = new StructureBuilder().build(inputs('cubic', 0));
    const ortho = new StructureBuilder().build(inputs('orthorhombic', full));
    expect(cubic.structure.topologyKey).toBe('pnma|1x1x1');
    expect(ortho.structure.topologyKey).toBe(cubic.structure.topologyKey);
    expect(ortho.info.counts).toEqual(cubic.info.counts);
    expect(cubic.info.sameBox).toBe(true);
    // boxes within 1.5 % (untilted √2 × 2 × √2 a_pc against the published cell)
    for (const k of ['a', 'b', 'c'] as const) expect(Math.abs(ortho.info.cell[k] / cubic.info.cell[k] - 1)).toBeLessThan(0.015);
    // the orthorhombic end point is the published cell exactly
    expect(ortho.info.cell).toEqual({ a: sites.a, b: sites.b, c: sites.c });
    // X atoms move (the tilt), B atoms stay on their lattice (up to the cell change)
    const moved = (sp: 'B' | 'X') => {
      let max = 0;
      const p = cubic.structure.positions[sp];
      const q = ortho.structure.positions[sp];
      for (let i = 0; i < p.length; i++) max = Math.max(max, Math.abs(p[i] - q[i]));
      return max;
    };
    expect(moved('X')).toBeGreaterThan(0.3);
    expect(moved('B')).toBeLessThan(0.15);
  });
  it('half way through the tilt animation the structure is half way', () => {
    const b = new StructureBuilder();
    const half = b.build(inputs('orthorhombic', full / 2)).info.cell.c;
    const ends = [new StructureBuilder().build(inputs('cubic', 0)).info.cell.c, sites.c];
    expect(half).toBeCloseTo((ends[0] + ends[1]) / 2, 9);
  });
  it('the δ-phase repeats along its chain axis: cells = 2 → 1 × 3 × 1 cells', () => {
    const d = new StructureBuilder().build({ ...BASE, kind: 'delta', cells: [2, 2, 2] });
    expect(d.info.kind).toBe('delta');
    expect(d.info.repeats).toEqual(pseudoCubicRepeats([2, 2, 2], buildDeltaCell().aPseudoCubic, buildDeltaCell()));
    expect(d.info.repeats[1]).toBeGreaterThan(d.info.repeats[0]);
    expect(d.info.octahedra).toBe(4 * d.info.repeats[0] * d.info.repeats[1] * d.info.repeats[2]);
  });
});
