import { describe, expect, it } from 'vitest';
import { buildRockSaltCell, buildRockSaltSupercell, rockSaltBoxCounts } from '../../../src/lib/geometry/rocksalt';
import { ELEMENT_CODE, findBXPairs } from '../../../src/lib/geometry/supercell';
import { PBS_LATTICE_A_ANGSTROM } from '../../../src/lib/data/pbs';

function countCodes(el: Uint8Array, n: number): { Pb: number; S: number; other: number } {
  let Pb = 0, S = 0, other = 0;
  for (let i = 0; i < n; i++) {
    if (el[i] === ELEMENT_CODE.B) Pb++;
    else if (el[i] === ELEMENT_CODE.X) S++;
    else other++;
  }
  return { Pb, S, other };
}

describe('rock-salt PbS cell', () => {
  it('has 4 Pb on 4a and 4 S on 4b, a = 5.936 Å by default, bond a/2', () => {
    const cell = buildRockSaltCell();
    expect(cell.a).toBe(5.936);
    expect(PBS_LATTICE_A_ANGSTROM).toBe(5.936);
    expect(cell.atoms.filter((x) => x.site === 'Pb1')).toHaveLength(4);
    expect(cell.atoms.filter((x) => x.site === 'S1')).toHaveLength(4);
    expect(cell.bondLengthAngstrom).toBeCloseTo(2.968, 6);
    // every S is a Pb shifted by (½,½,½): the two fcc sublattices
    const pb = cell.atoms.filter((x) => x.site === 'Pb1').map((x) => x.frac.join(','));
    expect(pb.sort()).toEqual(['0,0,0', '0,0.5,0.5', '0.5,0,0.5', '0.5,0.5,0'].sort());
    const s = cell.atoms.filter((x) => x.site === 'S1').map((x) => x.frac.join(','));
    expect(s.sort()).toEqual(['0,0,0.5', '0,0.5,0', '0.5,0,0', '0.5,0.5,0.5'].sort());
  });

  it('rejects impossible lattice parameters', () => {
    expect(() => buildRockSaltCell(0)).toThrow(RangeError);
    expect(() => buildRockSaltCell(Number.NaN)).toThrow(RangeError);
    expect(() => buildRockSaltCell(12)).toThrow(RangeError);
  });
});

describe('rock-salt supercells (closed box)', () => {
  it('1×1×1 shows 14 Pb and 13 S (27 ions)', () => {
    const sc = buildRockSaltSupercell(1, 1, 1);
    expect(sc.count).toBe(27);
    expect(countCodes(sc.element, sc.count)).toEqual({ Pb: 14, S: 13, other: 0 });
    expect(rockSaltBoxCounts(1, 1, 1)).toEqual({ Pb: 14, S: 13 });
  });

  it.each([
    [2, 2, 2],
    [3, 1, 2],
    [4, 4, 4],
  ])('%i×%i×%i matches the half-cell count formula', (na, nb, nc) => {
    const sc = buildRockSaltSupercell(na, nb, nc);
    const c = countCodes(sc.element, sc.count);
    expect({ Pb: c.Pb, S: c.S }).toEqual(rockSaltBoxCounts(na, nb, nc));
    expect(sc.count).toBe((2 * na + 1) * (2 * nb + 1) * (2 * nc + 1));
  });

  it('every Pb–S pair is a/2 apart; an inner Pb has 6 S, an inner S has 6 Pb', () => {
    const sc = buildRockSaltSupercell(3, 3, 3);
    const pairs = findBXPairs(sc);
    const a = sc.cell.a;
    const perAtom = new Uint8Array(sc.count);
    for (let p = 0; p < pairs.count; p++) {
      const i = pairs.bIndex[p], j = pairs.xIndex[p];
      const d = Math.hypot(
        sc.positions[3 * i] - sc.positions[3 * j],
        sc.positions[3 * i + 1] - sc.positions[3 * j + 1],
        sc.positions[3 * i + 2] - sc.positions[3 * j + 2],
      );
      expect(d).toBeCloseTo(a / 2, 4);
      perAtom[i]++;
      perAtom[j]++;
    }
    // the ion at the centre of the 3×3×3 box (a Pb or S at the origin) is fully coordinated
    let centre = -1;
    for (let i = 0; i < sc.count; i++) {
      if (Math.hypot(sc.positions[3 * i], sc.positions[3 * i + 1], sc.positions[3 * i + 2]) < 1e-3) centre = i;
    }
    expect(centre).toBeGreaterThanOrEqual(0);
    expect(perAtom[centre]).toBe(6);
    // bonds: each Pb–S nearest-neighbour pair once; a closed 3×3×3 box of 7³ half-cell sites has 3·6·7·7 pairs
    expect(pairs.count).toBe(3 * 6 * 7 * 7);
  });

  it('reuses the buffers it is given', () => {
    const first = buildRockSaltSupercell(2, 2, 2);
    const again = buildRockSaltSupercell(2, 2, 2, { aAngstrom: 6.0, out: first });
    expect(again.positions).toBe(first.positions);
    expect(again.cell.a).toBe(6.0);
  });
});

describe('rock-salt CIF', () => {
  it('lists 4 Pb and 4 S in the 5.936 Å cube and reads back through parseCif', async () => {
    const { rockSaltCif } = await import('../../../src/lib/geometry/rocksalt');
    const { parseCif } = await import('../../../src/lib/geometry/cif');
    const { text, filename } = rockSaltCif();
    expect(filename).toBe('PbS-rocksalt.cif');
    expect(text).toContain('_cell_length_a 5.936000');
    expect(text).toContain("_chemical_formula_sum 'Pb S'");
    const parsed = parseCif(text);
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.atoms.filter((x) => x.symbol === 'Pb')).toHaveLength(4);
    expect(parsed.atoms.filter((x) => x.symbol === 'S')).toHaveLength(4);
  });
});
