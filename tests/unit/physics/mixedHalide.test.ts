import { describe, expect, it } from 'vitest';
import { BOWING_EV, dotBulk, nearestEndMember, interpolatedParameters } from '../../../src/lib/physics/mixedHalide';
import { parseFormula, type Composition } from '../../../src/lib/physics/composition';
import { MATERIALS } from '../../../src/lib/data/materials';
import { cubeGap } from '../../../src/lib/physics/cubeExciton';

function comp(f: string): Composition {
  const r = parseFormula(f);
  if (!r.ok) throw new Error(`bad formula ${f}`);
  return r.composition;
}

describe('composition → bulk gap (linear between end members, no bowing)', () => {
  it('end members are the confinement view materials, unchanged', () => {
    for (const id of ['CsPbCl3', 'CsPbBr3', 'CsPbI3'] as const) {
      const r = dotBulk(comp(id), id);
      expect(r.ok).toBe(true);
      if (!r.ok) continue;
      expect(r.series).toBe('end-member');
      expect(r.params).toBe(MATERIALS[id]);
      expect(r.segregatesUnderLight).toBe(false);
    }
  });

  it('CsPb(Br1−xIx)3 is linear in x between 2.412 and 1.73 eV', () => {
    expect(BOWING_EV).toBe(0);
    const half = dotBulk(comp('CsPbBr1.5I1.5'), 'x');
    expect(half.ok && half.series).toBe('br-i');
    if (!half.ok) return;
    expect(half.x).toBeCloseTo(0.5, 12);
    expect(half.bulkGapEv).toBeCloseTo((2.412 + 1.73) / 2, 12);
    const q = dotBulk(comp('CsPbBr2.25I0.75'), 'x');
    if (!q.ok) throw new Error('not ok');
    expect(q.x).toBeCloseTo(0.25, 12);
    expect(q.bulkGapEv).toBeCloseTo(0.75 * 2.412 + 0.25 * 1.73, 12);
    expect(q.segregatesUnderLight).toBe(true);
    expect(q.from).toBe('CsPbBr3');
    expect(q.to).toBe('CsPbI3');
  });

  it('CsPb(Cl1−xBrx)3 is linear in x between 3.0 and 2.412 eV', () => {
    const r = dotBulk(comp('CsPbCl2Br'), 'x');
    if (!r.ok) throw new Error('not ok');
    expect(r.series).toBe('cl-br');
    expect(r.x).toBeCloseTo(1 / 3, 12);
    expect(r.bulkGapEv).toBeCloseTo((2 / 3) * 3.0 + (1 / 3) * 2.412, 12);
  });

  it('interpolates the confinement parameters too, and the cube gap lands between the end members', () => {
    const p = interpolatedParameters('CsPbBr3', 'CsPbI3', 0.5, 'mix');
    expect(p.electronMassRatio).toBeCloseTo((0.36 + 0.12) / 2, 12);
    expect(p.dielectricConstant).toBeCloseTo((8.7 + 6.32) / 2, 12);
    expect(p.excitonBindingEnergyMeV).toBeCloseTo((32.5 + 20) / 2, 12);
    expect(p.checked.masses).toBe(false);
    const g = cubeGap(p, 8);
    expect(g).toBeLessThan(cubeGap('CsPbBr3', 8));
    expect(g).toBeGreaterThan(cubeGap('CsPbI3', 8));
    expect(() => interpolatedParameters('CsPbBr3', 'CsPbI3', 1.5, 'x')).toThrow(RangeError);
  });

  it('says "not modelled" where no source gives a gap', () => {
    const cases: [string, string][] = [
      ['FAPbI3', 'a-site'],
      ['MAPbBr3', 'a-site'],
      ['Cs0.5FA0.5PbI3', 'a-site'],
      ['CsSnI3', 'b-site'],
      ['CsPbCl1.5I1.5', 'cl-i'],
      ['CsPbClBrI', 'three-halides'],
    ];
    for (const [f, code] of cases) {
      const r = dotBulk(comp(f), f);
      expect(r.ok, f).toBe(false);
      if (!r.ok) expect(r.code, f).toBe(code);
    }
  });

  it('nearest end member follows the majority halide (ties to the heavier)', () => {
    expect(nearestEndMember(comp('CsPbBr1.5I1.5'))).toBe('CsPbI3');
    expect(nearestEndMember(comp('CsPbBr2I'))).toBe('CsPbBr3');
    expect(nearestEndMember(comp('CsPbCl2Br'))).toBe('CsPbCl3');
    expect(nearestEndMember(comp('FAPbI3'))).toBe('CsPbI3');
  });
});
