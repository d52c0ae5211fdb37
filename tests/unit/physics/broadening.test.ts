import { describe, expect, it } from 'vitest';
import { GAUSSIAN_FWHM_PER_SIGMA, sizeDispersionSpectrum } from '../../../src/lib/physics/broadening';
import { sizeGapMap } from '../../../src/lib/physics/inverse';
import { brusTurningPointNm } from '../../../src/lib/physics/brus';

describe('size-dispersion broadening', () => {
  it('2√(2 ln 2) = 2.35482', () => {
    expect(GAUSSIAN_FWHM_PER_SIGMA).toBeCloseTo(2.354820045, 9);
  });

  it.each([
    ['CsPbBr3', 'brus', 8],
    ['CsPbI3', 'confinement', 10],
    ['PbS', 'moreels', 4.1],
  ] as const)('%s/%s d=%f nm: small σ → FWHM ≈ |dE/dd|·2.3548σ (analytic, 1e-3 rel)', (m, model, d) => {
    const sigma = 0.005 * d;
    const s = sizeDispersionSpectrum(m, model, d, sigma, { bins: 2000 });
    const map = sizeGapMap(m, model);
    const analytic = Math.abs(map.slopeEvPerNm(d)) * GAUSSIAN_FWHM_PER_SIGMA * sigma;
    expect(Math.abs(s.fwhmEv - analytic) / analytic).toBeLessThan(1e-3);
    expect(Math.abs(s.peakEv - map.gapEv(d))).toBeLessThan(0.02 * analytic);
    expect(s.fwhmMeV).toBeCloseTo(s.fwhmEv * 1000, 12);
    expect(s.truncated).toBe(false);
    expect(s.retainedFraction).toBeGreaterThan(0.9999);
  });

  it('density integrates to the retained Gaussian weight; intensity peaks at 1', () => {
    const s = sizeDispersionSpectrum('CsPbBr3', 'brus', 6, 0.6);
    const dE = s.energiesEv[1] - s.energiesEv[0];
    const area = s.densityPerEv.reduce((a, b) => a + b, 0) * dE;
    expect(area).toBeCloseTo(s.retainedFraction, 10);
    expect(Math.max(...s.intensity)).toBe(1);
    expect(s.energiesEv).toHaveLength(400);
    // ascending uniform grid
    for (let i = 1; i < s.energiesEv.length; i++) expect(s.energiesEv[i]).toBeGreaterThan(s.energiesEv[i - 1]);
  });

  it('larger σ → larger FWHM (CsPbBr3 Brus, 8 nm)', () => {
    let prev = 0;
    for (const sigma of [0.1, 0.3, 0.6, 1.0, 1.5]) {
      const s = sizeDispersionSpectrum('CsPbBr3', 'brus', 8, sigma);
      expect(s.fwhmEv).toBeGreaterThan(prev);
      prev = s.fwhmEv;
    }
  });

  it('skew: the E(d) map is convex, so the line has a high-energy tail and its peak sits below E(mean)', () => {
    const s = sizeDispersionSpectrum('PbS', 'moreels', 4.1, 0.5);
    expect(s.peakEv).toBeLessThan(s.meanDiameterGapEv);
  });

  it('PbS paper dots 4.1 ± 0.5 nm (Moreels): peak and width are finite and in the infrared', () => {
    const s = sizeDispersionSpectrum('PbS', 'moreels', 4.1, 0.5);
    expect(s.peakNm).toBeGreaterThan(1150);
    expect(s.peakNm).toBeLessThan(1300);
    expect(s.fwhmNm).toBeGreaterThan(100);
    expect(s.fwhmMeV).toBeGreaterThan(50);
  });

  it('a Brus distribution cut at the turning point is flagged', () => {
    const dStar = brusTurningPointNm('CsPbBr3');
    const s = sizeDispersionSpectrum('CsPbBr3', 'brus', dStar * 0.98, 3);
    expect(s.diameterWindowNm.max).toBeCloseTo(dStar, 9);
    expect(s.retainedFraction).toBeLessThan(0.9);
    expect(s.truncated).toBe(true);
    expect(Number.isFinite(s.fwhmEv)).toBe(true);
  });

  it('bad input throws RangeError', () => {
    for (const bad of [0, -1, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => sizeDispersionSpectrum('CsPbBr3', 'brus', bad, 0.5)).toThrow(RangeError);
      expect(() => sizeDispersionSpectrum('CsPbBr3', 'brus', 8, bad)).toThrow(RangeError);
    }
    expect(() => sizeDispersionSpectrum('CsPbBr3', 'brus', 100, 1)).toThrow(/monotonic branch/);
    expect(() => sizeDispersionSpectrum('CsPbBr3', 'moreels', 8, 1)).toThrow(RangeError);
    expect(() => sizeDispersionSpectrum('CsPbBr3', 'brus', 8, 1, { bins: 3 })).toThrow(RangeError);
    expect(() => sizeDispersionSpectrum('CsPbBr3', 'brus', 8, 1, { spanSigmas: 0 })).toThrow(RangeError);
  });
});
