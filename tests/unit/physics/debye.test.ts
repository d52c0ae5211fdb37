/**
 * debyePattern: the Debye scattering equation on pair-distance histograms. Checks: the fast block
 * histogram equals the all-pairs one; pair counts add to N(N − 1)/2; a large cube's (200) width equals the
 * Scherrer width K λ/(L cos θ) with the K derived in debye.ts (sinc² profile of a cube, K = 0.8859);
 * peaks sit at the Bragg angles of powderXrd; a smaller crystal gives broader peaks.
 */
import { describe, expect, it } from 'vitest';
import { buildUnitCell } from '../../../src/lib/geometry/perovskite';
import { blockAtoms, blockPairHistogram, debyePattern, pairHistogram } from '../../../src/lib/physics/debye';
import { SCHERRER_K_CUBE, scherrerBroadenedCurve, scherrerFwhmDeg, SINC_SQUARED_HALF_WIDTH } from '../../../src/lib/physics/scherrer';
import { crystalFromUnitCell, CU_KALPHA1_ANGSTROM, powderXrd } from '../../../src/lib/physics/xrd';

const cubic = crystalFromUnitCell(buildUnitCell('cubic', { aPseudoCubic: 5.874 }));
const tilted = crystalFromUnitCell(buildUnitCell('orthorhombic', { aPseudoCubic: 5.874, tiltDeg: 8 }), { X: 'I' });

/** FWHM (degrees) of the highest maximum of a curve inside [lo, hi], linear interpolation of the half points. */
function fwhmNear(curve: { twoThetaDeg: Float64Array; intensity: Float64Array }, lo: number, hi: number): { centre: number; fwhm: number } {
  let iMax = -1;
  for (let i = 0; i < curve.twoThetaDeg.length; i++) {
    const t = curve.twoThetaDeg[i];
    if (t < lo || t > hi) continue;
    if (iMax < 0 || curve.intensity[i] > curve.intensity[iMax]) iMax = i;
  }
  const half = curve.intensity[iMax] / 2;
  let left = iMax;
  while (curve.intensity[left] > half) left--;
  let right = iMax;
  while (curve.intensity[right] > half) right++;
  const x = curve.twoThetaDeg;
  const y = curve.intensity;
  const xl = x[left] + ((half - y[left]) / (y[left + 1] - y[left])) * (x[left + 1] - x[left]);
  const xr = x[right - 1] + ((half - y[right - 1]) / (y[right] - y[right - 1])) * (x[right] - x[right - 1]);
  return { centre: x[iMax], fwhm: xr - xl };
}

describe('Scherrer constant', () => {
  it('x½ solves sin²x/x² = ½ and K = 2x½/π ≈ 0.886', () => {
    expect((Math.sin(SINC_SQUARED_HALF_WIDTH) / SINC_SQUARED_HALF_WIDTH) ** 2).toBeCloseTo(0.5, 12);
    expect(SINC_SQUARED_HALF_WIDTH).toBeCloseTo(1.39156, 5);
    expect(SCHERRER_K_CUBE).toBeCloseTo(0.8859, 4);
  });
  it('β = Kλ/(L cos θ) in degrees, and guards its input', () => {
    // 10 nm, 2θ = 30°: 0.8859 × 1.5406 / (100 × cos 15°) rad = 0.01413 rad = 0.8096°.
    expect(scherrerFwhmDeg(10, 30)).toBeCloseTo((((SCHERRER_K_CUBE * 1.5406) / (100 * Math.cos((15 * Math.PI) / 180))) * 180) / Math.PI, 10);
    expect(scherrerFwhmDeg(10, 30)).toBeCloseTo(0.8096, 3);
    expect(scherrerFwhmDeg(5, 30)).toBeCloseTo(2 * scherrerFwhmDeg(10, 30), 10);
    expect(() => scherrerFwhmDeg(0, 30)).toThrow(RangeError);
    expect(() => scherrerFwhmDeg(5, 180)).toThrow(RangeError);
    expect(() => scherrerFwhmDeg(Number.NaN, 30)).toThrow(RangeError);
  });
});

describe('pair histograms', () => {
  it('the block histogram equals the all-pairs histogram (cubic 3×3×3, tilted 2×2×2)', () => {
    for (const [crystal, cells] of [
      [cubic, [3, 3, 3]],
      [tilted, [2, 2, 2]],
    ] as const) {
      const fast = blockPairHistogram(crystal, cells);
      const slow = pairHistogram(blockAtoms(crystal, cells));
      expect(fast.atomCounts).toEqual(slow.atomCounts);
      const n = fast.atomCounts.reduce((s, x) => s + x, 0);
      const total = (h: typeof fast): number => h.counts.reduce((s, c) => s + c.reduce((p, q) => p + q, 0), 0);
      expect(total(fast)).toBe((n * (n - 1)) / 2);
      expect(total(slow)).toBe((n * (n - 1)) / 2);
      const a = debyePattern(fast, { stepDeg: 0.1 });
      const b = debyePattern(slow, { stepDeg: 0.1 });
      expect(a.maxRaw).toBeCloseTo(b.maxRaw, 6);
      for (let i = 0; i < a.intensity.length; i++) expect(a.intensity[i]).toBeCloseTo(b.intensity[i], 6);
    }
  });
  it('atoms given directly are histogrammed first', () => {
    const atoms = blockAtoms(cubic, [2, 2, 2]);
    expect(debyePattern(atoms, { stepDeg: 0.5 }).intensity).toEqual(debyePattern(pairHistogram(atoms), { stepDeg: 0.5 }).intensity);
  });
  it('rejects bad input', () => {
    expect(() => blockPairHistogram(cubic, [0, 1, 1])).toThrow(RangeError);
    expect(() => blockPairHistogram(cubic, [2, 2, 2], { binWidthAngstrom: 0 })).toThrow(RangeError);
    expect(() => pairHistogram({ positions: [0, 0, 0], types: [1], scatterers: [[{ symbol: 'Pb' }]] })).toThrow(RangeError);
    expect(() => debyePattern(blockPairHistogram(cubic, [1, 1, 1]), { stepDeg: -1 })).toThrow(RangeError);
  });
});

describe('Debye pattern of a cube against Bragg and Scherrer', () => {
  const n = 16; // 16 cells of 5.874 Å: L = 9.40 nm
  const curve = debyePattern(blockPairHistogram(cubic, [n, n, n]), { twoThetaMinDeg: 26, twoThetaMaxDeg: 36, stepDeg: 0.002 });
  const bragg200 = powderXrd(cubic).peaks.find((p) => p.hkl.join() === '2,0,0')!;

  it('puts the (200) maximum at the Bragg angle (within 0.03°)', () => {
    const { centre } = fwhmNear(curve, 29, 32);
    expect(Math.abs(centre - bragg200.twoThetaDeg)).toBeLessThan(0.03);
  });

  it('gives the (200) width of the Scherrer equation with L = n a (within 3 %)', () => {
    const { fwhm } = fwhmNear(curve, 29, 32);
    const scherrer = scherrerFwhmDeg((n * 5.874) / 10, bragg200.twoThetaDeg);
    expect(fwhm / scherrer).toBeGreaterThan(0.97);
    expect(fwhm / scherrer).toBeLessThan(1.03);
  });

  it('a smaller crystal has broader peaks (5 vs 10 cells: about twice as broad)', () => {
    const w5 = fwhmNear(debyePattern(blockPairHistogram(cubic, [5, 5, 5]), { twoThetaMinDeg: 26, twoThetaMaxDeg: 36, stepDeg: 0.005 }), 29, 32).fwhm;
    const w10 = fwhmNear(debyePattern(blockPairHistogram(cubic, [10, 10, 10]), { twoThetaMinDeg: 26, twoThetaMaxDeg: 36, stepDeg: 0.005 }), 29, 32).fwhm;
    expect(w5 / w10).toBeGreaterThan(1.8);
    expect(w5 / w10).toBeLessThan(2.2);
  });

  it('the Scherrer-broadened curve has the Scherrer width and the Bragg centre', () => {
    const broad = scherrerBroadenedCurve(powderXrd(cubic).peaks, 50, { twoThetaMinDeg: 26, twoThetaMaxDeg: 36, stepDeg: 0.002 });
    const { centre, fwhm } = fwhmNear(broad, 29, 32);
    expect(Math.abs(centre - bragg200.twoThetaDeg)).toBeLessThan(0.002);
    expect(fwhm).toBeCloseTo(scherrerFwhmDeg(50, bragg200.twoThetaDeg, { wavelengthAngstrom: CU_KALPHA1_ANGSTROM }), 3);
  });
});
