/**
 * The public library keeps the names issue #3 promises (course authors import them), and they compute.
 */
import { describe, it, expect } from 'vitest';
import * as lib from '../../src/lib/index';

describe('src/lib/index.ts', () => {
  it('exports the promised names as functions', () => {
    for (const name of [
      'toleranceFactor',
      'octahedralFactor',
      'bartelTau',
      'perovskiteVerdict',
      'brusGap',
      'confinementEnergy',
      'coulombEnergy',
      'moreelsGap',
      'diameterForGap',
      'wavelengthFromGap',
      'gapFromWavelength',
      'buildSupercell',
      'sqLimit',
    ] as const) {
      expect(typeof lib[name], name).toBe('function');
    }
  });

  it('computes through the public names (CsPbBr3 t from Shannon radii; stability.json worked table 0.8620)', () => {
    expect(lib.toleranceFactor(1.88, 1.19, 1.96)).toBeCloseTo(0.862, 4);
    // Moreels et al. 2009 / PbS paper Eq. 1 at d = 4.1 nm: 0.41 + 1/(0.0252·4.1² + 0.283·4.1) eV
    expect(lib.moreelsGap(4.1)).toBeCloseTo(0.41 + 1 / (0.0252 * 4.1 ** 2 + 0.283 * 4.1), 12);
  });
});
