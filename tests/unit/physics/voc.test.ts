import { describe, expect, it } from 'vitest';
import {
  THERMAL_VOLTAGE_V,
  VOC_LOSS_PER_DECADE_V,
  nonRadiativeVocLossV,
  plqyForVocDeficit,
  vocWithLoss,
} from '../../../src/lib/physics/voc';
import { am15gPhotonFluxAboveGap, radiativeSaturationCurrentAm2, sqLimit } from '../../../src/lib/physics/sq';
import { ELEMENTARY_CHARGE_C } from '../../../src/lib/physics/constants';

describe('V_OC with non-radiative loss (Ross 1967; Rau 2007)', () => {
  it('kT/q at 300 K is 25.85 mV and one decade of PLQY costs 59.5 mV', () => {
    expect(THERMAL_VOLTAGE_V * 1000).toBeCloseTo(25.852, 3);
    expect(VOC_LOSS_PER_DECADE_V * 1000).toBeCloseTo(59.526, 3);
    expect(Math.round(VOC_LOSS_PER_DECADE_V * 10000) / 10).toBe(59.5);
    // decade by decade
    for (const q of [1, 0.1, 0.01, 1e-3]) {
      expect(nonRadiativeVocLossV(q / 10) - nonRadiativeVocLossV(q)).toBeCloseTo(-0.0595264, 6);
    }
  });

  it('V_OC = V_OC,SQ + (kT/q) ln Q, and Q = 1 gives the SQ limit exactly', () => {
    for (const gap of [0.8, 1.34, 1.73, 2.41]) {
      const sq = sqLimit(gap)!;
      const one = vocWithLoss(gap, 1)!;
      expect(one.vocEstimateV).toBe(sq.vocV);
      expect(one.efficiencyEstimate).toBeCloseTo(sq.efficiency, 12);
      const r = vocWithLoss(gap, 0.01)!;
      expect(r.vocLimitV).toBe(sq.vocV);
      expect(r.vocEstimateV).toBeCloseTo(sq.vocV - 0.119054, 5);
    }
  });

  it('the recomputed J–V curve has the same V_OC and a lower efficiency', () => {
    let last = Infinity;
    for (const q of [1, 0.5, 0.1, 0.01, 1e-4]) {
      const r = vocWithLoss(1.73, q)!;
      expect(r.efficiencyEstimate).toBeLessThan(last);
      last = r.efficiencyEstimate;
      // V_oc of the recomputed diode (J0 → J0/Q) = the formula within a microvolt
      const jsc = ELEMENTARY_CHARGE_C * am15gPhotonFluxAboveGap(1.73);
      const vocJv = THERMAL_VOLTAGE_V * Math.log((jsc * q) / radiativeSaturationCurrentAm2(1.73) + 1);
      expect(Math.abs(vocJv - r.vocEstimateV)).toBeLessThan(1e-6);
      expect(r.vmpEstimateV).toBeLessThan(r.vocEstimateV);
    }
    // 1.73 eV, Q = 1e-4: 4 decades → 238 mV lower V_OC; efficiency drops by roughly ΔV/V_OC
    const sq = sqLimit(1.73)!;
    const r = vocWithLoss(1.73, 1e-4)!;
    expect(sq.vocV - r.vocEstimateV).toBeCloseTo(4 * 0.0595264, 5);
    expect(r.efficiencyEstimate / sq.efficiency).toBeGreaterThan(0.75);
    expect(r.efficiencyEstimate / sq.efficiency).toBeLessThan(1 - 0.2 / sq.vocV);
    expect(r.ffEstimate).toBeLessThan(sq.ff);
  });

  it('reads a cell V_OC deficit as a PLQY (inverse)', () => {
    expect(plqyForVocDeficit(VOC_LOSS_PER_DECADE_V)).toBeCloseTo(0.1, 12);
    expect(plqyForVocDeficit(3 * VOC_LOSS_PER_DECADE_V)).toBeCloseTo(1e-3, 12);
    expect(plqyForVocDeficit(0)).toBe(1);
  });

  it('refuses Q outside (0, 1] and gaps outside the SQ range', () => {
    expect(vocWithLoss(1.73, 0)).toBeNull();
    expect(vocWithLoss(1.73, 1.2)).toBeNull();
    expect(vocWithLoss(1.73, Number.NaN)).toBeNull();
    expect(vocWithLoss(0.1, 0.5)).toBeNull();
    expect(() => nonRadiativeVocLossV(0)).toThrow(RangeError);
    expect(() => plqyForVocDeficit(Number.NaN)).toThrow(RangeError);
  });
});
