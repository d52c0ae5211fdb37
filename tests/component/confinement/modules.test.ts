/**
 * The confinement view's pure helpers (src/views/confinement/*.ts): curve sampling, right-axis ticks,
 * wavelength colours, label fitting, published points and cells. Kept beside the component tests because
 * they live in the view folder.
 */
import { describe, expect, it } from 'vitest';
import {
  curvesSummary,
  diameterSamples,
  sampleCurve,
  sampleCurves,
  wavelengthTicks,
} from '../../../src/views/confinement/model';
import {
  cieColorMatching,
  colorName,
  spectralRegion,
  wavelengthToCss,
  wavelengthToSrgb,
} from '../../../src/components/spectrumColor';
import { fitLabel, thinByDistance, textWidthPx } from '../../../src/views/confinement/labels';
import { sizeGapPlotPoints, sizelessAxisMarks } from '../../../src/views/confinement/published';
import { deviceLabel, deviceRows } from '../../../src/views/confinement/publishedDevices';
import { brusGap, brusTurningPointNm } from '../../../src/lib/physics/brus';
import { moreelsGap } from '../../../src/lib/physics/moreels';
import { gapForDiameter } from '../../../src/lib/physics/inverse';
import { gapFromWavelength } from '../../../src/lib/physics/units';
import { sqLimit } from '../../../src/lib/physics/sq';

describe('curve sampling', () => {
  it('diameters run from dmin to dmax exactly, geometrically spaced', () => {
    const d = diameterSamples(2, 20, 5);
    expect(d[0]).toBe(2);
    expect(d[4]).toBe(20);
    for (let i = 1; i < 4; i++) expect(d[i + 1] / d[i]).toBeCloseTo(d[1] / d[0], 12);
  });
  it.each([
    [0, 20],
    [5, 5],
    [10, 2],
    [Number.NaN, 3],
  ])('diameterSamples(%s, %s) throws RangeError', (a, b) => {
    expect(() => diameterSamples(a, b)).toThrow(RangeError);
  });
  it('points are the core gaps (Brus, Moreels)', () => {
    const c = sampleCurve('CsPbBr3', 'brus', 2, 20, 50)!;
    for (const p of c.points) expect(p.gapEv).toBe(brusGap('CsPbBr3', p.diameterNm));
    const m = sampleCurve('PbS', 'moreels', 2, 20, 50)!;
    for (const p of m.points) expect(p.gapEv).toBe(moreelsGap(p.diameterNm));
  });
  it('a curve is sampled once per arguments (issue #15 cache): the same curve back, other ranges or counts their own', () => {
    const a = sampleCurve('CsPbI3', 'cube', 2.5, 17, 40)!;
    expect(sampleCurve('CsPbI3', 'cube', 2.5, 17, 40)).toBe(a);
    // one material's curves sampled first (the plot's per-material tasks) are the ones the full list returns
    const own = sampleCurves(['CsPbI3'], ['cube', 'brus'], 2.5, 17, 40);
    const all = sampleCurves(['CsPbBr3', 'CsPbI3'], ['cube', 'brus'], 2.5, 17, 40);
    expect(all.filter((c) => c.material === 'CsPbI3')).toEqual(own);
    expect(all.find((c) => c.material === 'CsPbI3' && c.model === 'cube')).toBe(a);
    const other = sampleCurve('CsPbI3', 'cube', 2.5, 18, 40)!;
    expect(other).not.toBe(a);
    expect(other.points.at(-1)!.diameterNm).toBe(18);
    expect(sampleCurve('CsPbI3', 'cube', 2.5, 17, 41)!.points).toHaveLength(41);
    for (const p of a.points) expect(p.gapEv).toBe(gapForDiameter('CsPbI3', 'cube', p.diameterNm));
  });
  it('Moreels applies to PbS only', () => {
    expect(sampleCurve('CsPbI3', 'moreels', 2, 20)).toBeNull();
    const all = sampleCurves(['CsPbCl3', 'CsPbBr3', 'CsPbI3', 'PbS'], ['brus', 'confinement', 'moreels'], 2, 20);
    expect(all.length).toBe(4 * 2 + 1);
  });
  it('the Brus curve stops at its turning point d* (CsPbCl3 ≈ 25 nm)', () => {
    const dStar = brusTurningPointNm('CsPbCl3');
    const c = sampleCurve('CsPbCl3', 'brus', 2, 30)!;
    expect(c.points[c.points.length - 1].diameterNm).toBeCloseTo(dStar, 12);
    expect(sampleCurve('CsPbCl3', 'confinement', 2, 30)!.points.at(-1)!.diameterNm).toBe(30);
  });
  it('the summary names every curve with its end gaps', () => {
    const c = sampleCurves(['PbS'], ['moreels'], 2, 20);
    const s = curvesSummary(c);
    expect(s).toContain('PbS, Moreels');
    expect(s).toContain('0.41 eV');
    expect(curvesSummary([])).toMatch(/No curves/);
  });
});

describe('wavelength axis ticks (λ = hc/E is nonlinear)', () => {
  const yOf = (g: number) => 400 - (g - 0.2) * 100; // 100 px per eV
  it('places round wavelengths at their gaps', () => {
    const ticks = wavelengthTicks([0.2, 4], yOf, 0);
    const t500 = ticks.find((t) => t.wavelengthNm === 500)!;
    expect(t500.gapEv).toBeCloseTo(gapFromWavelength(500), 12);
    expect(t500.y).toBeCloseTo(yOf(gapFromWavelength(500)), 12);
    // Nothing outside the domain (300 nm = 4.13 eV > 4 eV).
    expect(ticks.some((t) => t.wavelengthNm === 300)).toBe(false);
  });
  it('keeps no two ticks closer than the minimum, preferring round ones', () => {
    const ticks = wavelengthTicks([0.2, 4], yOf, 18);
    for (let i = 1; i < ticks.length; i++) expect(Math.abs(ticks[i].y - ticks[i - 1].y)).toBeGreaterThanOrEqual(18);
    expect(ticks.map((t) => t.wavelengthNm)).toContain(500);
    expect(ticks.map((t) => t.wavelengthNm)).toContain(1000);
  });
});

describe('wavelength → colour', () => {
  it('CIE 1931 fit (Wyman, Sloan & Shirley 2013): ȳ peaks near 1 at 555 nm', () => {
    const [, y555] = cieColorMatching(555);
    expect(y555).toBeGreaterThan(0.99);
    expect(y555).toBeLessThan(1.01);
    expect(cieColorMatching(555)[1]).toBeGreaterThan(cieColorMatching(500)[1]);
    expect(cieColorMatching(555)[1]).toBeGreaterThan(cieColorMatching(620)[1]);
  });
  it('hues: 450 nm blue, 530 nm green, 580 nm yellow, 630 nm red', () => {
    const c450 = wavelengthToSrgb(450)!;
    expect(c450.b).toBeGreaterThan(c450.g);
    expect(c450.b).toBeGreaterThan(c450.r);
    const c530 = wavelengthToSrgb(530)!;
    expect(c530.g).toBeGreaterThan(c530.r);
    expect(c530.g).toBeGreaterThan(c530.b);
    const c580 = wavelengthToSrgb(580)!;
    expect(c580.r).toBeGreaterThan(150);
    expect(c580.g).toBeGreaterThan(150);
    expect(c580.b).toBeLessThan(60);
    const c630 = wavelengthToSrgb(630)!;
    expect(c630.r).toBeGreaterThan(200);
    expect(c630.g).toBeLessThan(60);
  });
  it('the far red stays red and the violet end stays violet (fit tails clamped)', () => {
    const c740 = wavelengthToSrgb(740)!;
    expect(c740.r).toBeGreaterThan(c740.g);
    expect(c740.r).toBeGreaterThan(c740.b);
    const c385 = wavelengthToSrgb(385)!;
    expect(c385.b).toBeGreaterThan(c385.g);
    expect(c385.r).toBeGreaterThan(c385.g);
  });
  it('outside 380–750 nm there is no colour: UV and NIR', () => {
    expect(wavelengthToSrgb(1180)).toBeNull();
    expect(wavelengthToCss(300)).toBeNull();
    expect(spectralRegion(1180)).toBe('nir');
    expect(spectralRegion(300)).toBe('uv');
    expect(spectralRegion(Number.NaN)).toBeNull();
    expect(colorName(1180)).toBe('near-infrared (not visible)');
    expect(colorName(520)).toBe('green');
    expect(wavelengthToCss(520)).toMatch(/^#[0-9a-f]{6}$/);
  });
});

describe('label helpers', () => {
  it('fitLabel picks the longest option that fits', () => {
    expect(fitLabel(['a long label', 'short', 'S'], textWidthPx('short', 10), 10)).toBe('short');
    expect(fitLabel(['abc'], 1, 10)).toBe('');
  });
  it('thinByDistance keeps items in priority order, none too close', () => {
    expect(thinByDistance([0, 5, 12, 20], (x) => x, 10)).toEqual([0, 12]);
  });
});

describe('published points and cells', () => {
  it('PbS paper dots: 4.1 nm at 1180 nm plotted with its ±0.5 nm bar; 933 nm dots on the axis', () => {
    const pts = sizeGapPlotPoints(['PbS']);
    expect(pts).toHaveLength(1);
    expect(pts[0].diameterNm).toBe(4.1);
    expect(pts[0].diameterErrNm).toBe(0.5);
    expect(pts[0].gapEv).toBeCloseTo(gapFromWavelength(1180), 4);
    expect(pts[0].label).toContain('EES Sol. 2025');
    const marks = sizelessAxisMarks(['PbS']);
    expect(marks.map((m) => m.wavelengthNm)).toEqual([933]);
    expect(sizeGapPlotPoints(['CsPbBr3'])).toEqual([]);
  });
  it('every cell is compared with the SQ limit at its gap', () => {
    const rows = deviceRows();
    expect(rows.filter((r) => r.material === 'PbS').map((r) => r.gapEv)).toEqual([1, 1, 1.3, 1.3]);
    expect(rows.filter((r) => r.material === 'CsPbI3').every((r) => r.gapEv === 1.73)).toBe(true);
    expect(rows.filter((r) => r.material === 'CsPbBr3').every((r) => r.gapEv === 2.412)).toBe(true);
    for (const r of rows) {
      expect(r.sq?.efficiency).toBe(sqLimit(r.gapEv)?.efficiency);
      expect(r.pce).toBeLessThan(r.sq!.efficiency);
    }
  });
  it('the focus text states PCE vs limit, V_OC deficit, J_SC and FF ratios', () => {
    const row = deviceRows().find((r) => r.id === 'pbs-1')!; // (BA)2PbI4 1.0 eV: 8.65 %, 0.47 V, 32.9 mA/cm², 58 %
    const text = deviceLabel(row);
    expect(text).toContain('PCE 8.65');
    expect(text).toMatch(/V_OC 0\.47 V vs \d\.\d\d V: deficit \d\.\d\d V/);
    expect(text).toMatch(/J_SC 32\.9 vs/);
    expect(text).toMatch(/FF 58\.0\u202f% vs/);
    const noVoc = deviceLabel(deviceRows().find((r) => r.id === 'pbs-3')!);
    expect(noVoc).toContain('V_OC not reported');
  });
});
