import { describe, expect, it } from 'vitest';
import { moreelsDiameter, moreelsGap } from '../../../src/lib/physics/moreels';
import { wavelengthFromGap } from '../../../src/lib/physics/units';

describe('Moreels PbS sizing curve (Moreels et al. ACS Nano 2009; PbS paper Eq. 1)', () => {
  it('formula: E0 = 0.41 + 1/(0.0252 d² + 0.283 d)', () => {
    expect(moreelsGap(1)).toBeCloseTo(0.41 + 1 / (0.0252 + 0.283), 14);
    expect(moreelsGap(4.1)).toBeCloseTo(1.0413482062134767, 13);
  });

  it('PbS paper: 4.1 nm OA dots → first exciton near the measured 1180 nm (formula gives 1190.6 nm, size-gap-points.json moreels_check)', () => {
    const nm = wavelengthFromGap(moreelsGap(4.1));
    expect(nm).toBeCloseTo(1190.6, 1);
    expect(Math.abs(nm - 1180)).toBeLessThan(15); // "consistent with" the measured 1180 nm (~1 %)
  });

  it('size-gap-points.json: 1180 nm → d = 4.053 nm; 933 nm → d = 3.029 nm (computed there)', () => {
    expect(moreelsDiameter(1239.841984 / 1180)).toBeCloseTo(4.053, 3);
    expect(moreelsDiameter(1239.841984 / 933)).toBeCloseTo(3.029, 3);
  });

  it('inverse round trip to 1e-12 and monotonic decrease', () => {
    let prev = Number.POSITIVE_INFINITY;
    for (let d = 0.5; d < 30; d *= 1.3) {
      const e = moreelsGap(d);
      expect(e).toBeLessThan(prev);
      prev = e;
      expect(Math.abs(moreelsDiameter(e) - d) / d).toBeLessThan(1e-12);
    }
  });

  it.each([0, -2, Number.NaN, Number.POSITIVE_INFINITY])('bad diameter %s throws RangeError', (bad) => {
    expect(() => moreelsGap(bad)).toThrow(RangeError);
  });

  it.each([0.41, 0.2, Number.NaN, Number.POSITIVE_INFINITY])('gap %s has no diameter: RangeError', (bad) => {
    expect(() => moreelsDiameter(bad)).toThrow(RangeError);
  });
});
