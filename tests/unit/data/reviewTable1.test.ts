import { describe, expect, it } from 'vitest';
import { REVIEW_RECORDS, REVIEW_TABLE1_ROWS } from '../../../src/lib/data/reviewTable1';
import { devicePcePercent } from '../../../src/lib/physics/sq';

// Literals copied from /work/shared/reference/review-table1-solar-cells.json rows[*]:
// [material, strategy, exchange, jsc_mA_cm2, voc_V, ff_pct, pce_pct, review_ref]
const REF: [string, string, string, number, number, number, number, number][] = [
  ["CsPbI3", "FAI–EtOAc ligand exchange", "solid-state", 14.37, 1.2, 78.0, 13.4, 127],
  ["CsPbI3", "NaOAc–MeOAc ligand exchange", "solid-state", 15.21, 1.18, 74.2, 13.3, 136],
  ["CsPbI3", "PEAI–MeOAc ligand exchange", "solid-state", 15.3, 1.23, 74.8, 14.1, 137],
  ["CsPbI3", "Glycine–EtOAc ligand exchange", "solid-state", 17.66, 1.22, 63.4, 13.66, 141],
  ["CsPbI3", "DPA–MeOAc ligand exchange", "solid-state", 15.84, 1.24, 75.5, 14.9, 142],
  ["CsPbI3", "CsAc–EtOAc ligand exchange", "solid-state", 14.96, 1.25, 75.6, 14.1, 143],
  ["CsPbI3", "GASCN–EtOAc ligand exchange", "solid-state", 15.85, 1.25, 76.7, 15.21, 151],
  ["CsPbI3", "4-MP–EtOAc ligand exchange", "solid-state", 14.32, 1.25, 79.0, 14.25, 157],
  ["CsPbI3", "Cl–PeOH ligand exchange", "solid-state", 17.8, 1.27, 73.1, 16.53, 138],
  ["CsPbI3", "EDTA–EtOAc ligand exchange", "solid-state", 17.51, 1.23, 71.0, 15.25, 158],
  ["CsPbBr3", "NaOAc–BuOAc ligand exchange", "solid-state", 4.68, 1.59, 56.9, 4.23, 164],
  ["CsPbBr3", "GASCN–acetone ligand exchange", "solid-state", 4.49, 1.54, 72.4, 5.01, 165],
  ["CsPbBr3", "BA–EtOAc ligand exchange", "solid-state", 4.84, 1.59, 71.0, 5.46, 166],
  ["CsPbBr3", "GuaAc–MeOAc ligand exchange", "solid-state", 5.93, 1.59, 74.7, 7.04, 135],
  ["CsPbI3", "OctAc/OctAm synthesis ligand", "liquid-state", 16.98, 1.04, 67.2, 11.87, 169],
  ["CsPbI3", "L-PHE synthesis ligand", "liquid-state", 15.23, 1.23, 78.0, 14.62, 170],
  ["CsPbI3", "FPEA + MeOAc ligand exchange", "liquid-state", 15.38, 1.27, 74.7, 14.65, 171],
  ["CsPbI3", "TMSI + ACN/TL ligand exchange", "liquid-state", 17.65, 1.26, 74.8, 16.64, 172],
];

// review-table1-solar-cells.json rows[*].pce_check_pct = Jsc·Voc·FF/100 (computed there)
const PCE_CHECK: [number, number][] = [
  [127, 13.45],
  [136, 13.32],
  [137, 14.08],
  [141, 13.66],
  [142, 14.83],
  [143, 14.14],
  [151, 15.2],
  [157, 14.14],
  [138, 16.52],
  [158, 15.29],
  [164, 4.23],
  [165, 5.01],
  [166, 5.46],
  [135, 7.04],
  [169, 11.87],
  [170, 14.61],
  [171, 14.59],
  [172, 16.63],
];

// review-table1-solar-cells.json records_in_text[*]: [what, pce_pct, review_ref]
const RECORDS: [string, number, number][] = [
  ["first CsPbI3 PQD solar cell (Luther et al. 2016)", 10.77, 17],
  ["highest PCE of PQD solar cells to date (certified 16.6 %)", 17.39, 18],
  ["Cs0.5FA0.5PbI3 QDs, certified", 16.6, 176],
  ["Cs1-xFAxPbI3 antisolvent-assisted in situ cation exchange", 17.29, 177],
  ["Zn:CsPbI3 QDs (ZnI2 dopant)", 16.07, 178],
  ["HI-assisted CsPbI3 QDs, 14.07 -> 15.72", 15.72, 179],
  ["three-precursor CsPbI3 QDs", 14.24, 180],
  ["TMSI-TOP ternary precursor", 16.25, 181],
  ["surface matrix curing TBI-TOP", 16.21, 182],
  ["CsPbBr3 NCs 20 nm room-temperature reprecipitation", 5.42, 163],
  ["PbX (X = S, Se) QD solar cells before 2016", 13.8, 16],
];

// Rows as printed in the review's Table 1 (review text 000_*.txt), copied as literals:
const PRINTED = [
  'CsPbI3 FAI–EtOAc ligand exchange 14.37 1.20 78.0 13.40 127',
  'CsPbI3 Cl–PeOH ligand exchange 17.80 1.27 73.1 16.53 138',
  'CsPbBr3 GuaAc–MeOAc ligand exchange 5.93 1.59 74.7 7.04 135',
  'CsPbI3 TMSI + ACN/TL ligand exchange 17.65 1.26 74.8 16.64 172',
];

describe('review Table 1 (Xu et al. 2024)', () => {
  it('matches review-table1-solar-cells.json row for row', () => {
    expect(REVIEW_TABLE1_ROWS).toHaveLength(REF.length);
    REF.forEach(([material, strategy, exchange, jsc, voc, ff, pce, ref], i) => {
      expect(REVIEW_TABLE1_ROWS[i]).toEqual({ material, strategy, exchange, jscMAcm2: jsc, vocV: voc, ffPercent: ff, pcePercent: pce, reviewRef: ref });
    });
  });

  it.each(PRINTED)('row as printed in the review text: %s', (line) => {
    const parts = line.split(' ');
    const nums = parts.slice(-5).map(Number);
    const [jsc, voc, ff, pce, ref] = nums;
    const row = REVIEW_TABLE1_ROWS.find((r) => r.reviewRef === ref)!;
    expect(`${row.material} ${row.strategy}`).toBe(parts.slice(0, -5).join(' '));
    expect([row.jscMAcm2, row.vocV, row.ffPercent, row.pcePercent]).toEqual([jsc, voc, ff, pce]);
  });

  it('Jsc·Voc·FF reproduces pce_check_pct (2 d.p.) and the printed PCE within 0.12 points', () => {
    for (const [ref, check] of PCE_CHECK) {
      const row = REVIEW_TABLE1_ROWS.find((r) => r.reviewRef === ref)!;
      const pce = devicePcePercent(row.jscMAcm2, row.vocV, row.ffPercent);
      expect(Math.abs(pce - check)).toBeLessThanOrEqual(0.005 + 1e-9);
      expect(Math.abs(pce - row.pcePercent)).toBeLessThan(0.12);
    }
  });

  it('records in the text match', () => {
    expect(REVIEW_RECORDS.map((r) => [r.what, r.pcePercent, r.reviewRef])).toEqual(RECORDS);
    expect(REVIEW_RECORDS.find((r) => r.reviewRef === 17)?.vocV).toBe(1.23);
    expect(REVIEW_RECORDS.find((r) => r.reviewRef === 163)?.vocV).toBe(1.54);
  });
});
