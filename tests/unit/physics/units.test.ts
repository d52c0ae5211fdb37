import { describe, expect, it } from 'vitest';
import { gapFromWavelength, wavelengthFromGap } from '../../../src/lib/physics/units';

describe('λ = hc/E', () => {
  it('1 eV ↔ 1239.841984 nm (CODATA 2018 hc/e)', () => {
    expect(wavelengthFromGap(1)).toBe(1239.841984);
    expect(gapFromWavelength(1239.841984)).toBe(1);
  });

  it('PbS paper: first exciton 1180 nm ↔ 1.0507 eV; 933 nm ↔ 1.3289 eV (size-gap-points.json)', () => {
    expect(gapFromWavelength(1180)).toBeCloseTo(1.0507, 4);
    expect(gapFromWavelength(933)).toBeCloseTo(1.3289, 4);
  });

  it('round trips to 1e-12 relative', () => {
    for (const e of [0.3, 0.41, 1.34, 2.36, 3.0, 4.4, 100]) {
      expect(Math.abs(gapFromWavelength(wavelengthFromGap(e)) - e) / e).toBeLessThan(1e-12);
    }
  });

  it.each([0, -1, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY])(
    'throws RangeError for %s',
    (bad) => {
      expect(() => wavelengthFromGap(bad)).toThrow(RangeError);
      expect(() => gapFromWavelength(bad)).toThrow(RangeError);
    },
  );
});
