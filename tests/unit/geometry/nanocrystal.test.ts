import { describe, expect, it } from 'vitest';
import {
  buildNanocubeCrystal,
  MAX_NANOCRYSTAL_ATOMS,
  MAX_NANOCUBE_CELLS_PER_EDGE,
  nanocubeAtomCount,
  type Nanocrystal,
} from '../../../src/lib/geometry/nanocrystal';
import { buildOctahedra, ELEMENT_CODE, findBXPairs } from '../../../src/lib/geometry/supercell';

const A_PC = 5.874; // Å, cubic CsPbBr3 (structures.json, (b))
const TOL = 1e-4; // Å, Float32 positions

function countOf(nc: Nanocrystal, code: number, mask?: (i: number) => boolean): number {
  let n = 0;
  for (let i = 0; i < nc.count; i++) if (nc.element[i] === code && (!mask || mask(i))) n++;
  return n;
}

describe('buildNanocubeCrystal (review §3, Fig. 4 termination models)', () => {
  it('atom counts: CsX B n³, A (n+1)³, X 3n²(n+1); PbX2 B (n+1)³, A n³, X 3n(n+1)²', () => {
    for (let n = 1; n <= 6; n++) {
      const edge = (n * A_PC) / 10;
      const csx = buildNanocubeCrystal(edge, A_PC, 'CsX');
      expect(csx.cellsPerEdge).toBe(n);
      expect(csx.composition).toEqual({ B: n ** 3, A: (n + 1) ** 3, X: 3 * n * n * (n + 1) });
      expect(csx.count).toBe(nanocubeAtomCount(n, 'CsX'));
      expect(countOf(csx, ELEMENT_CODE.B)).toBe(n ** 3);
      const pbx = buildNanocubeCrystal(edge, A_PC, 'PbX2');
      expect(pbx.composition).toEqual({ B: (n + 1) ** 3, A: n ** 3, X: 3 * n * (n + 1) ** 2 });
      expect(countOf(pbx, ELEMENT_CODE.A)).toBe(n ** 3);
      // [CsPbX3](PbX2){CsX} is the upper X/Pb bound, [CsPbX3](CsX){PbX2} the lower one (review §3).
      expect(csx.composition.X / csx.composition.B).toBeGreaterThan(3);
      expect(pbx.composition.X / pbx.composition.B).toBeLessThan(3);
    }
  });

  it('CsX: outer layer is Cs + X only, inner shell PbX2; PbX2: outer layer Pb + X only', () => {
    const csx = buildNanocubeCrystal(3, A_PC, 'CsX');
    const outer = (nc: Nanocrystal) => (i: number) => nc.surface[i] === 1;
    expect(countOf(csx, ELEMENT_CODE.B, outer(csx))).toBe(0);
    expect(countOf(csx, ELEMENT_CODE.A, outer(csx))).toBeGreaterThan(0);
    expect(countOf(csx, ELEMENT_CODE.A, (i) => csx.layer[i] === 1)).toBe(0);
    expect(countOf(csx, ELEMENT_CODE.B, (i) => csx.layer[i] === 1)).toBeGreaterThan(0);
    const pbx = buildNanocubeCrystal(3, A_PC, 'PbX2');
    expect(countOf(pbx, ELEMENT_CODE.A, outer(pbx))).toBe(0);
    expect(countOf(pbx, ELEMENT_CODE.B, outer(pbx))).toBeGreaterThan(0);
  });

  it('surface atoms lie on the outer planes at ±n·a/2; others inside; crystal centred, no duplicates', () => {
    for (const termination of ['CsX', 'PbX2'] as const) {
      const nc = buildNanocubeCrystal(2.5, A_PC, termination);
      const halfEdge = (nc.cellsPerEdge * A_PC) / 2;
      const keys = new Set<string>();
      for (let i = 0; i < nc.count; i++) {
        const p = [nc.positions[3 * i], nc.positions[3 * i + 1], nc.positions[3 * i + 2]];
        keys.add(p.map((v) => Math.round(v * 1000)).join(','));
        const m = Math.max(...p.map(Math.abs));
        expect(m).toBeLessThan(halfEdge + TOL);
        if (nc.surface[i]) expect(m).toBeCloseTo(halfEdge, 4);
        else expect(m).toBeLessThan(halfEdge - A_PC / 2 + TOL);
      }
      expect(keys.size).toBe(nc.count);
      for (let k = 0; k < 3; k++) {
        expect(nc.bounds.min[k]).toBeCloseTo(-halfEdge, 4);
        expect(nc.bounds.max[k]).toBeCloseTo(halfEdge, 4);
      }
    }
  });

  it('edge length: n = round(L/a) ≥ 1, actual edge n·a; a 1-cell CsX cube is one PbX6 octahedron in a Cs8 cube', () => {
    const nc = buildNanocubeCrystal(0.1, A_PC, 'CsX');
    expect(nc.cellsPerEdge).toBe(1);
    expect(nc.count).toBe(15);
    expect(buildOctahedra(nc, { completeOnly: true }).count).toBe(1);
    const five = buildNanocubeCrystal(5, A_PC, 'CsX');
    expect(five.cellsPerEdge).toBe(Math.round(50 / A_PC));
    expect(five.edgeLengthNm).toBeCloseTo((9 * A_PC) / 10, 12);
    expect(five.requestedEdgeLengthNm).toBe(5);
  });

  it('every Pb of a CsX cube is fully coordinated (n³ complete octahedra); PbX2 surface Pb are not', () => {
    const n = 4;
    const csx = buildNanocubeCrystal((n * A_PC) / 10, A_PC, 'CsX');
    expect(buildOctahedra(csx, { completeOnly: true }).count).toBe(n ** 3);
    const pbx = buildNanocubeCrystal((n * A_PC) / 10, A_PC, 'PbX2');
    expect(buildOctahedra(pbx, { completeOnly: true }).count).toBe((n - 1) ** 3);
    const pairs = findBXPairs(csx);
    for (let p = 0; p < pairs.count; p++) {
      const [b, x] = [pairs.bIndex[p], pairs.xIndex[p]];
      const d = Math.hypot(
        csx.positions[3 * b] - csx.positions[3 * x],
        csx.positions[3 * b + 1] - csx.positions[3 * x + 1],
        csx.positions[3 * b + 2] - csx.positions[3 * x + 2],
      );
      expect(Math.abs(d - A_PC / 2)).toBeLessThan(TOL);
    }
  });

  it(`caps at ${MAX_NANOCRYSTAL_ATOMS} atoms: n ≤ 19, larger requests clamped and flagged`, () => {
    expect(MAX_NANOCUBE_CELLS_PER_EDGE).toBe(19);
    expect(nanocubeAtomCount(19, 'PbX2')).toBeLessThanOrEqual(MAX_NANOCRYSTAL_ATOMS);
    expect(nanocubeAtomCount(20, 'CsX')).toBeGreaterThan(MAX_NANOCRYSTAL_ATOMS);
    const big = buildNanocubeCrystal(50, A_PC, 'PbX2');
    expect(big.clamped).toBe(true);
    expect(big.cellsPerEdge).toBe(19);
    expect(big.count).toBeLessThanOrEqual(MAX_NANOCRYSTAL_ATOMS);
    expect(buildNanocubeCrystal(10, A_PC, 'CsX').clamped).toBe(false);
  });

  it('reuses `out` buffers when large enough', () => {
    const first = buildNanocubeCrystal(6, A_PC, 'CsX');
    const second = buildNanocubeCrystal(4, 6.2, 'PbX2', { out: first });
    expect(second.positions).toBe(first.positions);
    expect(second.surface).toBe(first.surface);
    expect(second.count).toBeLessThan(first.count);
    const fresh = buildNanocubeCrystal(4, 6.2, 'PbX2');
    expect(Array.from(second.positions.subarray(0, 3 * second.count))).toEqual(Array.from(fresh.positions));
    expect(Array.from(second.surface.subarray(0, second.count))).toEqual(Array.from(fresh.surface));
  });

  it('throws RangeError on bad edge, lattice parameter or termination', () => {
    for (const bad of [0, -1, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => buildNanocubeCrystal(bad, A_PC, 'CsX')).toThrow(RangeError);
      expect(() => buildNanocubeCrystal(5, bad, 'CsX')).toThrow(RangeError);
    }
    expect(() => buildNanocubeCrystal(5, A_PC, 'CsPb' as never)).toThrow(RangeError);
    expect(() => nanocubeAtomCount(0, 'CsX')).toThrow(RangeError);
  });
});
