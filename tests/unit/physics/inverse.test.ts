import { describe, expect, it } from 'vitest';
import {
  diameterForGap,
  gapForDiameter,
  sizeGapMap,
  validDiameterRangeNm,
  validGapRangeEv,
  type GapModel,
} from '../../../src/lib/physics/inverse';
import { brusCoefficients, brusTurningPointNm } from '../../../src/lib/physics/brus';
import { moreelsDiameter } from '../../../src/lib/physics/moreels';
import { CONFINEMENT_MATERIALS, MATERIALS, type ConfinementMaterial } from '../../../src/lib/data/materials';

const CASES: [ConfinementMaterial, GapModel][] = [
  ...CONFINEMENT_MATERIALS.flatMap((m) => [[m, 'brus'], [m, 'confinement']] as [ConfinementMaterial, GapModel][]),
  ['PbS', 'moreels'],
  ['CsPbCl3', 'cube'],
  ['CsPbBr3', 'cube'],
  ['CsPbI3', 'cube'],
];

describe('diameterForGap', () => {
  it.each(CASES)('%s / %s: round trip d → E → d within 1e-6 nm', (m, model) => {
    const dMax = Math.min(validDiameterRangeNm(m, model).maxNm * 0.95, 60);
    for (let d = 1; d <= dMax; d *= 1.17) {
      const e = gapForDiameter(m, model, d);
      expect(Math.abs(diameterForGap(m, model, e) - d)).toBeLessThan(1e-6);
    }
  });

  it('Brus inverse equals the closed-form small-R root u = (B + √(B²+4AΔ))/(2A), R = 1/u', () => {
    for (const m of CONFINEMENT_MATERIALS) {
      const { kineticEvNm2: a, coulombEvNm: b } = brusCoefficients(m);
      for (const delta of [-0.005, 0, 0.01, 0.1, 0.5, 1.5]) {
        const gap = MATERIALS[m].bulkGapEv + delta;
        if (delta < 0 && -delta > (b * b) / (4 * a)) continue;
        const u = (b + Math.sqrt(b * b + 4 * a * delta)) / (2 * a);
        expect(Math.abs(diameterForGap(m, 'brus', gap) - 2 / u) / (2 / u)).toBeLessThan(1e-10);
      }
    }
  });

  it('Moreels inverse equals the closed form; PbS paper 1180 nm → 4.05 nm', () => {
    for (const e of [0.6, 0.9, 1.0507, 1.3289, 2.0]) {
      expect(Math.abs(diameterForGap('PbS', 'moreels', e) - moreelsDiameter(e))).toBeLessThan(1e-9);
    }
    expect(diameterForGap('PbS', 'moreels', 1239.841984 / 1180)).toBeCloseTo(4.053, 3);
  });

  it('Brus: a gap between the curve minimum and E_g resolves on the small-d branch (d < d*)', () => {
    const eg = MATERIALS.CsPbBr3.bulkGapEv;
    const d = diameterForGap('CsPbBr3', 'brus', eg - 0.005);
    expect(d).toBeLessThan(brusTurningPointNm('CsPbBr3'));
    expect(gapForDiameter('CsPbBr3', 'brus', d)).toBeCloseTo(eg - 0.005, 12);
    const min = validGapRangeEv('CsPbBr3', 'brus').minEv;
    expect(diameterForGap('CsPbBr3', 'brus', min)).toBeCloseTo(brusTurningPointNm('CsPbBr3'), 3);
  });

  it('unreachable gaps throw RangeError with a clear message', () => {
    expect(() => diameterForGap('CsPbBr3', 'brus', 2.3)).toThrow(/lowest gap is 2\.4015 eV/);
    expect(() => diameterForGap('CsPbBr3', 'confinement', 2.412)).toThrow(RangeError);
    expect(() => diameterForGap('CsPbBr3', 'cube', 2.37)).toThrow(/E_g − E_b/);
    expect(() => diameterForGap('PbS', 'cube', 1.0)).toThrow(/CsPbX3/);
    expect(() => diameterForGap('CsPbBr3', 'confinement', 2.0)).toThrow(/bulk gap/);
    expect(() => diameterForGap('PbS', 'moreels', 0.41)).toThrow(RangeError);
    expect(() => diameterForGap('CsPbBr3', 'moreels', 2.5)).toThrow(/PbS/);
    expect(() => gapForDiameter('CsPbI3', 'moreels', 5)).toThrow(RangeError);
    expect(() => diameterForGap('PbS', 'moreels', 1e9)).toThrow(RangeError);
  });

  it.each([0, -1, Number.NaN, Number.POSITIVE_INFINITY])('gap %s throws RangeError', (bad) => {
    expect(() => diameterForGap('CsPbBr3', 'brus', bad)).toThrow(RangeError);
  });

  it('valid ranges', () => {
    expect(validDiameterRangeNm('CsPbBr3', 'brus').maxNm).toBeCloseTo(28.26807, 4);
    expect(validDiameterRangeNm('CsPbBr3', 'cube')).toEqual({ minNm: 0, maxNm: Number.POSITIVE_INFINITY, turningPointNm: null });
    expect(validGapRangeEv('CsPbBr3', 'cube')).toEqual({ minEv: 2.412 - 0.0325, maxEv: Number.POSITIVE_INFINITY, minInclusive: false });
    expect(validDiameterRangeNm('CsPbBr3', 'confinement')).toEqual({ minNm: 0, maxNm: Number.POSITIVE_INFINITY, turningPointNm: null });
    expect(validGapRangeEv('PbS', 'moreels')).toEqual({ minEv: 0.41, maxEv: Number.POSITIVE_INFINITY, minInclusive: false });
    expect(validGapRangeEv('CsPbI3', 'confinement').minEv).toBe(1.73);
  });
});

describe('sizeGapMap (closed forms)', () => {
  it.each(CASES)('%s / %s: gap, slope and closed-form inverse agree with gapForDiameter / diameterForGap', (m, model) => {
    const map = sizeGapMap(m, model);
    for (let d = 1.5; d < Math.min(map.maxDiameterNm * 0.9, 50); d *= 1.3) {
      const e = gapForDiameter(m, model, d);
      expect(Math.abs(map.gapEv(d) - e)).toBeLessThan(1e-12 * Math.abs(e));
      expect(Math.abs(map.diameterNm(e) - diameterForGap(m, model, e)) / d).toBeLessThan(1e-10);
      const h = 1e-5 * d;
      const numeric = (map.gapEv(d + h) - map.gapEv(d - h)) / (2 * h);
      expect(Math.abs(map.slopeEvPerNm(d) - numeric) / Math.abs(numeric)).toBeLessThan(1e-6);
      expect(map.slopeEvPerNm(d)).toBeLessThan(0);
    }
  });

  it('unreachable gaps give NaN from the fast map', () => {
    expect(sizeGapMap('CsPbBr3', 'confinement').diameterNm(2.0)).toBeNaN();
    expect(sizeGapMap('CsPbBr3', 'brus').diameterNm(2.0)).toBeNaN();
    expect(sizeGapMap('PbS', 'moreels').diameterNm(0.4)).toBeNaN();
  });
});
