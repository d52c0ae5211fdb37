import { describe, expect, it } from 'vitest';
import { ligandById } from '../../../src/lib/data/ligands';
import { REVIEW_TABLE1_ROWS } from '../../../src/lib/data/reviewTable1';
import { PBS_DEVICES } from '../../../src/lib/data/pbsDevices';
import { DEVICE_POINTS, TABLE1_LIGANDS, involves, metricValue, strategyAgent } from '../../../src/lib/ligands/deviceLigands';

describe('device ↔ ligand mapping', () => {
  it('covers every row of review Table 1 (by reference number) and nothing else', () => {
    const refs = REVIEW_TABLE1_ROWS.map((r) => r.reviewRef).sort((a, b) => a - b);
    expect(new Set(refs).size).toBe(refs.length); // refs are unique keys
    expect(Object.keys(TABLE1_LIGANDS).map(Number).sort((a, b) => a - b)).toEqual(refs);
  });
  it('every mapping names existing ligands and carries a quote', () => {
    for (const d of DEVICE_POINTS) {
      expect(d.ligandIds.length, d.key).toBeGreaterThan(0);
      for (const id of d.ligandIds) expect(ligandById(id), `${d.key} → ${id}`).toBeDefined();
      expect(d.mappingQuote.length, d.key).toBeGreaterThan(20);
    }
  });
  it('keeps the numbers of the data modules row for row (review Table 1, PbS paper Fig. 5e/6)', () => {
    expect(DEVICE_POINTS.length).toBe(REVIEW_TABLE1_ROWS.length + PBS_DEVICES.length);
    REVIEW_TABLE1_ROWS.forEach((r, i) => {
      const d = DEVICE_POINTS[i];
      expect([d.material, d.strategy, d.exchange, d.pcePercent, d.vocV, d.jscMAcm2, d.ffPercent]).toEqual([r.material, r.strategy, r.exchange, r.pcePercent, r.vocV, r.jscMAcm2, r.ffPercent]);
    });
    const pbs = DEVICE_POINTS.filter((d) => d.material === 'PbS');
    expect(pbs.map((d) => d.pcePercent)).toEqual([7.13, 8.65, 11.3, 13.1]);
    expect(pbs.map((d) => d.vocV)).toEqual([0.45, 0.47, null, null]);
    expect(pbs.map((d) => d.pbs)).toEqual([
      { ligand: 'PbI₂', control: true, bandgapEv: 1.0 },
      { ligand: '(BA)₂PbI₄', control: false, bandgapEv: 1.0 },
      { ligand: 'PbI₂', control: true, bandgapEv: 1.3 },
      { ligand: '(BA)₂PbI₄', control: false, bandgapEv: 1.3 },
    ]);
    expect(pbs.every((d) => d.strategy === null)).toBe(true);
  });
  it('review Table 1 "BA–EtOAc" is benzoic acid, not butylammonium', () => {
    const d = DEVICE_POINTS.find((x) => x.key === 'review-166');
    expect(d?.ligandIds).toEqual(['bza']);
  });
  it('involves / metricValue / strategyAgent', () => {
    const fai = DEVICE_POINTS.find((x) => x.key === 'review-127')!;
    expect(involves(fai, ['fa'])).toBe(true);
    expect(involves(fai, ['pea', 'oa'])).toBe(false);
    expect(metricValue(fai, 'pce')).toBe(13.4);
    expect(metricValue(fai, 'voc')).toBe(1.2);
    expect(metricValue(fai, 'jsc')).toBe(14.37);
    expect(metricValue(fai, 'ff')).toBe(78);
    expect(strategyAgent('FAI–EtOAc ligand exchange')).toEqual({ agent: 'FAI–EtOAc', synthesis: false });
    expect(strategyAgent('L-PHE synthesis ligand')).toEqual({ agent: 'L-PHE', synthesis: true });
    expect(DEVICE_POINTS.filter((d) => involves(d, ['ba'])).map((d) => d.key)).toEqual(['pbs-1.0-ba2pbi4', 'pbs-1.3-ba2pbi4']);
    expect(new Set(DEVICE_POINTS.map((d) => d.key)).size).toBe(DEVICE_POINTS.length);
  });
});
