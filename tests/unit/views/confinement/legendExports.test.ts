/**
 * The confinement charts' keys (legend.ts) and the curves CSV (exports.ts), pure and in Node.
 */
import { describe, expect, it } from 'vitest';
import { sizeGapLegend, sqLegend } from '../../../../src/views/confinement/legend';
import { CURVES_CSV_HEADER, EXPORT_STEM, curvesCsv } from '../../../../src/views/confinement/exports';
import { sampleCurves, SERIES_COLOR } from '../../../../src/views/confinement/model';
import { moreelsGap } from '../../../../src/lib/physics/moreels';
import { wavelengthFromGap } from '../../../../src/lib/physics/units';

const base = {
  materials: ['CsPbBr3', 'PbS'] as const,
  models: ['cube', 'moreels'],
  selected: 'CsPbBr3' as const,
  dotCurveLabel: null,
  departureLabel: null,
  hasRanges: false,
  hasMeasured: false,
};

describe('sizeGapLegend', () => {
  it('lists shown materials in menu order, then drawn models, then the bulk line', () => {
    const keys = sizeGapLegend({ ...base, materials: ['PbS', 'CsPbBr3'] }).map((e) => e.key);
    expect(keys).toEqual(['CsPbBr3', 'PbS', 'cube', 'moreels', 'bulk']);
  });
  it("adds the mixed dot's curve after the materials, and the overlays at the end", () => {
    const entries = sizeGapLegend({ ...base, dotCurveLabel: 'CsPbBr1.5I1.5', departureLabel: 'textbook off', hasRanges: true, hasMeasured: true });
    expect(entries.map((e) => e.key)).toEqual(['CsPbBr3', 'PbS', 'dot-curve', 'cube', 'moreels', 'bulk', 'departure', 'ranges', 'measured']);
    expect(entries.find((e) => e.key === 'dot-curve')?.label).toContain('CsPbBr1.5I1.5');
    expect(entries.find((e) => e.key === 'departure')).toMatchObject({ label: 'textbook off', color: SERIES_COLOR.CsPbBr3, band: true });
  });
  it('only the Moreels fit is drawn with a band; materials carry colour and dash', () => {
    const entries = sizeGapLegend({ ...base, models: ['cube', 'brus', 'confinement', 'moreels'] });
    expect(entries.filter((e) => e.band).map((e) => e.key)).toEqual(['moreels']);
    expect(entries.find((e) => e.key === 'PbS')).toMatchObject({ kind: 'line', color: SERIES_COLOR.PbS });
  });
});

describe('sqLegend', () => {
  it('names the limit, three sets of cells and this dot', () => {
    const entries = sqLegend();
    expect(entries.map((e) => e.key)).toEqual(['sq', 'br', 'i', 'pbs', 'dot']);
    expect(entries.filter((e) => e.kind === 'shape').every((e) => e.shape !== undefined)).toBe(true);
  });
});

describe('curvesCsv', () => {
  it('writes every point of every curve with its wavelength, then the mixed dot under its formula', () => {
    const curves = sampleCurves(['PbS'], ['moreels'], 2, 20);
    const dot = { formula: 'CsPbBr1.5I1.5', points: [{ diameterNm: 8, gapEv: 2.1 }] };
    const lines = curvesCsv(curves, dot).trimEnd().split('\r\n');
    const h = lines.indexOf(CURVES_CSV_HEADER.join(','));
    expect(h).toBeGreaterThan(0);
    expect(lines.slice(0, h).every((l) => l.startsWith('# '))).toBe(true);
    const rows = lines.slice(h + 1).map((l) => l.split(','));
    expect(rows).toHaveLength(curves[0].points.length + 1);
    const [mat, model, d, gap, lambda] = rows[0];
    expect([mat, model]).toEqual(['PbS', 'moreels']);
    expect(Number(gap)).toBeCloseTo(moreelsGap(Number(d)), 8);
    expect(Number(lambda)).toBeCloseTo(wavelengthFromGap(Number(gap)), 6);
    expect(rows[rows.length - 1].slice(0, 3)).toEqual(['CsPbBr1.5I1.5', 'cube', '8']);
  });
  it('has distinct file stems for the three exports', () => {
    expect(new Set(Object.values(EXPORT_STEM)).size).toBe(3);
  });
});
