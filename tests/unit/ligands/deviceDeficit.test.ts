/**
 * The device chart's V_OC deficit → PLQY reading (issue #18; src/views/ligands/deviceChart.ts):
 * ΔV = V_OC,SQ(E_g) − V_OC, Q = exp(−ΔV/(kT/q)), 59.5 mV per decade at 300 K.
 */
import { describe, expect, it } from 'vitest';
import { DEVICE_POINTS } from '../../../src/lib/ligands/deviceLigands';
import { cellDeficit, cellGap, plqyText, vocLines, PLQY_LINES } from '../../../src/views/ligands/deviceChart';
import { sqLimit } from '../../../src/lib/physics/sq';
import { THERMAL_VOLTAGE_V, VOC_LOSS_PER_DECADE_V } from '../../../src/lib/physics/voc';

const cell = (key: string) => DEVICE_POINTS.find((d) => d.key === key)!;

describe('cell gaps', () => {
  it('PbS paper cells at their dots’ gaps (1.0 and 1.3 eV); review cells at the app’s bulk gap', () => {
    expect(cellGap(cell('pbs-1.0-ba2pbi4'))).toEqual({ gapEv: 1.0, gapSource: 'pbs-paper' });
    expect(cellGap(cell('pbs-1.3-pbi2'))).toEqual({ gapEv: 1.3, gapSource: 'pbs-paper' });
    expect(cellGap(cell('review-127'))).toEqual({ gapEv: 1.73, gapSource: 'bulk' }); // CsPbI3
    expect(cellGap(cell('review-164'))).toEqual({ gapEv: 2.412, gapSource: 'bulk' }); // CsPbBr3
  });
});

describe('cellDeficit', () => {
  it('FAI–EtOAc CsPbI3 cell (V_OC 1.20 V, Table 1 ref. 127): deficit and PLQY from the SQ V_OC at 1.73 eV', () => {
    const c = cellDeficit(cell('review-127'))!;
    const sq = sqLimit(1.73)!.vocV;
    expect(c.vocSqV).toBe(sq);
    expect(c.deficitV).toBeCloseTo(sq - 1.2, 12);
    expect(c.plqy).toBeCloseTo(Math.exp(-(sq - 1.2) / THERMAL_VOLTAGE_V), 15);
    // ~0.25 V ≈ 4.1 decades below the SQ line
    expect(c.deficitV).toBeGreaterThan(0.2);
    expect(c.deficitV).toBeLessThan(0.3);
    expect(-Math.log10(c.plqy)).toBeCloseTo(c.deficitV / VOC_LOSS_PER_DECADE_V, 10);
  });

  it('the PbS (BA)2PbI4 cell (0.47 V at 1.0 eV) loses less V_OC than the PbI2 control (0.45 V): higher PLQY', () => {
    const ba = cellDeficit(cell('pbs-1.0-ba2pbi4'))!;
    const ctl = cellDeficit(cell('pbs-1.0-pbi2'))!;
    expect(ctl.deficitV - ba.deficitV).toBeCloseTo(0.02, 12);
    expect(ba.plqy / ctl.plqy).toBeCloseTo(Math.exp(0.02 / THERMAL_VOLTAGE_V), 10);
  });

  it('no V_OC in the text (PbS 1.3 eV devices): no deficit', () => {
    expect(cellDeficit(cell('pbs-1.3-ba2pbi4'))).toBeNull();
  });
});

describe('vocLines', () => {
  it('SQ line and PLQY 10 %, 1 %, 0.1 %, 0.01 % lines, 59.5 mV apart at every gap', () => {
    expect(PLQY_LINES).toEqual([1, 0.1, 0.01, 0.001, 0.0001]);
    const lines = vocLines(0.9, 2.5, 17);
    expect(lines[0].points[0].vocV).toBe(sqLimit(0.9)!.vocV);
    for (let i = 1; i < lines.length; i++) {
      for (let j = 0; j < 17; j++) {
        expect(lines[i - 1].points[j].vocV - lines[i].points[j].vocV).toBeCloseTo(VOC_LOSS_PER_DECADE_V, 12);
      }
    }
    expect(VOC_LOSS_PER_DECADE_V * 1000).toBeCloseTo(59.5, 1);
  });
});

describe('plqyText', () => {
  it('percentages to two significant figures, powers of ten below 0.001 %', () => {
    expect(plqyText(0.1)).toBe('10 %');
    expect(plqyText(0.01)).toBe('1.0 %');
    expect(plqyText(0.001)).toBe('0.10 %');
    expect(plqyText(0.0001)).toBe('0.010 %');
    expect(plqyText(7.27e-5)).toBe('0.0073 %');
    expect(plqyText(5.14e-9)).toBe('5.1 × 10⁻⁷ %');
    expect(plqyText(9.99e-9)).toBe('1.0 × 10⁻⁶ %');
    // line labels: one significant figure
    expect([0.1, 0.01, 0.001, 0.0001].map((q) => plqyText(q, 1))).toEqual(['10 %', '1 %', '0.1 %', '0.01 %']);
  });
});
