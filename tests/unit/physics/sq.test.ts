import { describe, expect, it } from 'vitest';
import {
  AM15G_INCIDENT_POWER_W_M2,
  devicePcePercent,
  am15gPhotonFluxAboveGap,
  radiativeSaturationCurrentAm2,
  sqCurve,
  sqLimit,
  sqOptimum,
  type SqResult,
} from '../../../src/lib/physics/sq';
import {
  SQ_REFERENCE_OPTIMUM,
  SQ_REFERENCE_ROWS,
  SQ_RUHLE_2016_MAXIMUM,
  SQ_MARCUS_CMC_OPTIMUM,
} from '../../../src/lib/data/sqReference';

const at = (e: number) => sqLimit(e) as SqResult;

describe('Shockley–Queisser limit (sq-limit.py method)', () => {
  it('P_in = 1000.371 W/m² (trapezoid of AM1.5G; am15g.README.md)', () => {
    expect(AM15G_INCIDENT_POWER_W_M2).toBeCloseTo(1000.371, 3);
  });

  it.each(SQ_REFERENCE_ROWS)('Eg=$gapEv eV matches our sq-limit.json row (η to 0.001 %, Voc/Vmp 1e-4 V, Jsc 1e-3, FF 0.01 %, J0 4 s.f.)', (row) => {
    const r = at(row.gapEv);
    expect(Math.abs(100 * r.efficiency - row.efficiencyPercent)).toBeLessThanOrEqual(0.0006);
    expect(Math.abs(r.vocV - row.vocV)).toBeLessThanOrEqual(0.00006);
    expect(Math.abs(r.vmpV - row.vmpV)).toBeLessThanOrEqual(0.00006);
    expect(Math.abs(r.jscMAcm2 - row.jscMAcm2)).toBeLessThanOrEqual(0.0006);
    expect(Math.abs(100 * r.ff - row.ffPercent)).toBeLessThanOrEqual(0.006);
    expect(Math.abs(r.j0Am2 - row.j0Am2) / row.j0Am2).toBeLessThan(1.5e-4);
  });

  it.each(SQ_REFERENCE_ROWS)('Eg=$gapEv eV: marcus-cmc "SQ limit.csv" within its stated 0.05 % (abs), sidihamady within 0.08 %', (row) => {
    const r = at(row.gapEv);
    expect(Math.abs(100 * r.efficiency - row.marcusCmc.efficiencyPercent)).toBeLessThanOrEqual(0.05 + 1e-9);
    expect(Math.abs(r.vocV - row.marcusCmc.vocV)).toBeLessThanOrEqual(0.0002);
    expect(Math.abs(100 * r.efficiency - row.sidihamady.interpolatedAtGapPercent)).toBeLessThanOrEqual(0.08);
  });

  it('Rühle 2016 headline: 33.7 % at 1.34 eV (within 0.05 % abs)', () => {
    expect(Math.abs(100 * at(SQ_RUHLE_2016_MAXIMUM.gapEv).efficiency - SQ_RUHLE_2016_MAXIMUM.efficiencyPercent)).toBeLessThan(0.05);
  });

  it('optimum on the 0.001 eV grid: 33.693 % at 1.336 eV (sq-limit.json), marcus-cmc 33.703 % at 1.337 eV', () => {
    const best = sqOptimum();
    expect(Math.abs(best.gapEv - SQ_REFERENCE_OPTIMUM.gapEv)).toBeLessThanOrEqual(0.0011);
    expect(Math.abs(100 * best.efficiency - SQ_REFERENCE_OPTIMUM.efficiencyPercent)).toBeLessThanOrEqual(0.0006);
    expect(Math.abs(best.gapEv - SQ_MARCUS_CMC_OPTIMUM.gapEv)).toBeLessThanOrEqual(0.003);
  });

  it('consistency: FF·Voc·Jsc = Pmax, Vmp < Voc, J0 from the series equals a direct quadrature', () => {
    const r = at(1.34);
    expect(r.ff * r.vocV * r.jscMAcm2 * 10).toBeCloseTo(r.pmaxWm2, 9);
    expect(r.vmpV).toBeLessThan(r.vocV);
    // Direct midpoint quadrature of ∫ x²/(e^x−1) from xg to xg+60
    const kT = (1.380649e-23 * 300) / 1.602176634e-19;
    const xg = 1.34 / kT;
    let s = 0;
    const n = 200000, h = 60 / n;
    for (let i = 0; i < n; i++) {
      const x = xg + (i + 0.5) * h;
      s += (x * x) / Math.expm1(x);
    }
    s *= h;
    const kTJ = 1.380649e-23 * 300;
    const j0 = 1.602176634e-19 * ((2 * Math.PI) / (6.62607015e-34 ** 3 * 299792458 ** 2)) * kTJ ** 3 * s;
    expect(Math.abs(radiativeSaturationCurrentAm2(1.34) - j0) / j0).toBeLessThan(1e-8);
  });

  it('photon flux: total above 0.31 eV ≈ whole spectrum; none above 4.43 eV', () => {
    expect(am15gPhotonFluxAboveGap(5)).toBe(0);
    expect(am15gPhotonFluxAboveGap(0.2)).toBe(am15gPhotonFluxAboveGap(0.3));
    expect(() => am15gPhotonFluxAboveGap(0)).toThrow(RangeError);
    expect(() => radiativeSaturationCurrentAm2(Number.NaN)).toThrow(RangeError);
  });

  it.each([0, -1, 0.3, 4.5, Number.NaN, Number.POSITIVE_INFINITY])('gap %s → null (outside 0.31–4.4 eV)', (bad) => {
    expect(sqLimit(bad)).toBeNull();
  });

  it('range ends give results; sqCurve maps 300 gaps (timing is for bench/, not asserted here)', () => {
    expect(sqLimit(0.31)).not.toBeNull();
    expect(sqLimit(4.4)).not.toBeNull();
    const gaps = Array.from({ length: 300 }, (_, i) => 0.3 + (i * 4.1) / 299);
    const curve = sqCurve(gaps);
    expect(curve).toHaveLength(300);
    expect(curve[0]).toBeNull(); // 0.3 eV is below range
    expect(curve.slice(1).every((r) => r !== null && r.efficiency > 0 && r.efficiency < 0.34)).toBe(true);
  });

  it('sqOptimum rejects an invalid grid', () => {
    expect(() => sqOptimum(2, 1)).toThrow(RangeError);
    expect(() => sqOptimum(5, 6)).toThrow(RangeError);
  });
});

describe('devicePcePercent', () => {
  it('PCE = Jsc·Voc·FF / 100 mW cm⁻² (review Table 1 row ref. 127: 14.37 × 1.20 × 78.0 % → 13.45 %)', () => {
    expect(devicePcePercent(14.37, 1.2, 78)).toBeCloseTo(13.45032, 10);
  });
  it.each([-1, Number.NaN, Number.POSITIVE_INFINITY])('bad input %s throws RangeError', (bad) => {
    expect(() => devicePcePercent(bad, 1, 50)).toThrow(RangeError);
    expect(() => devicePcePercent(10, bad, 50)).toThrow(RangeError);
    expect(() => devicePcePercent(10, 1, bad)).toThrow(RangeError);
  });
});

describe('diodeMaxPower (the one ideal-diode J–V maximum of sq.ts and voc.ts)', () => {
  it('solves dP/dV = 0: v + ln(1 + v) = ln(1 + J_SC/J₀), and gives sqLimit its V_OC, V_mp and P_max', async () => {
    const { diodeMaxPower, sqLimit } = await import('../../../src/lib/physics/sq');
    const r = sqLimit(1.34)!;
    const d = diodeMaxPower(r.jscMAcm2 * 10, r.j0Am2);
    expect(d.vocV / r.vocV).toBeCloseTo(1, 12);
    expect(d.vmpV / r.vmpV).toBeCloseTo(1, 12);
    expect(d.pmaxWm2 / r.pmaxWm2).toBeCloseTo(1, 12);
    const kT = r.vocV / Math.log(r.jscMAcm2 * 10 / r.j0Am2 + 1);
    const v = d.vmpV / kT;
    expect(v + Math.log1p(v)).toBeCloseTo(Math.log(1 + (r.jscMAcm2 * 10) / r.j0Am2), 9);
    // A larger dark current (a luminescence loss, voc.ts) lowers every figure.
    const lossy = diodeMaxPower(r.jscMAcm2 * 10, r.j0Am2 * 100);
    expect(lossy.vocV).toBeLessThan(d.vocV);
    expect(lossy.pmaxWm2).toBeLessThan(d.pmaxWm2);
  });
});
