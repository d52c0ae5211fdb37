/**
 * The chart kit's pure pieces (src/components/chart): d3 symbols for markers, key steps, text widths, the
 * legend's flow layout, and the one material encoding (lib/data/materialEncoding.ts) every chart uses.
 */
import { describe, expect, it } from 'vitest';
import { symbolPath } from '../../../src/components/chart/symbols';
import { sliderKeyValue, stepIndex } from '../../../src/components/chart/keys';
import { fitLabel, textWidthPx, valueBoxWidthPx } from '../../../src/components/chart/text';
import { legendLayout, LEGEND_SAMPLE_PX, type LegendEntry } from '../../../src/components/chart/legend';
import { MATERIAL_COLOR, MATERIAL_DASH, MATERIAL_ENCODING, MATERIAL_NAME, MATERIAL_SHAPE } from '../../../src/lib/data/materialEncoding';
import { SERIES_COLOR, SERIES_DASH, SERIES_SHAPE } from '../../../src/views/confinement/model';
import { MATERIAL_COLOR as DEVICE_COLOR, MATERIAL_SHAPE as DEVICE_SHAPE, MATERIAL_LABEL } from '../../../src/views/ligands/deviceChart';

/** Vertices (x, y) of a path made of M/L commands. */
function vertices(d: string): [number, number][] {
  return [...d.matchAll(/[ML](-?[\d.]+),(-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
}
/** Polygon area (shoelace). */
function area(points: [number, number][]): number {
  let s = 0;
  for (let i = 0; i < points.length; i++) {
    const [x0, y0] = points[i];
    const [x1, y1] = points[(i + 1) % points.length];
    s += x0 * y1 - x1 * y0;
  }
  return Math.abs(s) / 2;
}

describe('symbolPath (d3.symbol)', () => {
  it('centres each shape on (cx, cy) with the area of its nominal radius', () => {
    const tri = vertices(symbolPath('triangle', 100, 50, 10));
    expect(tri).toHaveLength(3);
    expect(area(tri)).toBeCloseTo(2 * 100, 0); // 2 r²
    const dia = vertices(symbolPath('diamond', 100, 50, 10));
    expect(dia).toHaveLength(4);
    expect(area(dia)).toBeCloseTo(2.3 * 100, 0);
    // the diamond is symmetric about its centre
    const cx = dia.reduce((s, p) => s + p[0], 0) / 4;
    const cy = dia.reduce((s, p) => s + p[1], 0) / 4;
    expect(cx).toBeCloseTo(100, 2);
    expect(cy).toBeCloseTo(50, 2);
  });
  it('draws a square of side 1.7 r and a circle as two arcs through (cx ± r, cy)', () => {
    expect(symbolPath('square', 10, 20, 10)).toBe('M1.5,11.5h17v17h-17Z');
    const circle = symbolPath('circle', 10, 20, 10);
    expect(circle).toMatch(/^M20,20A10,10,0,1,1,0,20A10,10,0,1,1,20,20/);
  });
});

describe('keys', () => {
  const range = { value: 5, min: 2, max: 20, step: 0.1, bigStep: 1 };
  it('sliderKeyValue: arrows step, Shift and Page keys jump, Home/End go to the ends, all clamped', () => {
    expect(sliderKeyValue({ key: 'ArrowRight', shiftKey: false }, range)).toBeCloseTo(5.1);
    expect(sliderKeyValue({ key: 'ArrowDown', shiftKey: true }, range)).toBe(4);
    expect(sliderKeyValue({ key: 'PageUp', shiftKey: false }, range)).toBe(6);
    expect(sliderKeyValue({ key: 'Home', shiftKey: false }, range)).toBe(2);
    expect(sliderKeyValue({ key: 'End', shiftKey: false }, range)).toBe(20);
    expect(sliderKeyValue({ key: 'PageDown', shiftKey: false }, { ...range, value: 2.5 })).toBe(2);
    expect(sliderKeyValue({ key: 'a', shiftKey: false }, range)).toBeNull();
  });
  it('stepIndex: next/previous clamped (no wrap), first from none, Escape clears', () => {
    expect(stepIndex('ArrowRight', -1, 5)).toBe(0);
    expect(stepIndex('ArrowLeft', -1, 5)).toBe(0);
    expect(stepIndex('ArrowUp', 4, 5)).toBe(4);
    expect(stepIndex('ArrowDown', 3, 5)).toBe(2);
    expect(stepIndex('End', 0, 5)).toBe(4);
    expect(stepIndex('Escape', 2, 5)).toBe('clear');
    expect(stepIndex('ArrowRight', 0, 0)).toBeNull();
    expect(stepIndex('x', 0, 5)).toBeNull();
  });
});

describe('text and legend layout', () => {
  it('estimates widths at 0.56 em (0.64 em bold digits + padding in value boxes) and fits the longest label', () => {
    expect(textWidthPx('abcd', 10)).toBeCloseTo(22.4);
    expect(valueBoxWidthPx('2.44', 10)).toBeCloseTo(35.6);
    expect(fitLabel(['a long label', 'short', 's'], 30, 10)).toBe('short');
    expect(fitLabel(['a long label'], 5, 10)).toBe('');
  });
  it('wraps entries into rows that fit the width', () => {
    const entries: LegendEntry[] = ['one', 'two', 'three', 'four'].map((k) => ({ key: k, label: 'x'.repeat(10), kind: 'line', color: 'red' }));
    const entryW = LEGEND_SAMPLE_PX + 5 + textWidthPx('x'.repeat(10), 10);
    const layout = legendLayout(entries, entryW * 2 + 10, 10);
    expect(layout.rows).toBe(2);
    expect(layout.items.map((i) => i.row)).toEqual([0, 0, 1, 1]);
    expect(layout.heightPx).toBe(2 * layout.rowHeightPx);
    expect(legendLayout([], 100, 10).heightPx).toBe(0);
  });
});

describe('one material encoding', () => {
  const materials = Object.keys(MATERIAL_ENCODING) as (keyof typeof MATERIAL_ENCODING)[];
  it('gives each material its own colour, dash and shape, and its formula as name', () => {
    expect(new Set(materials.map((m) => MATERIAL_COLOR[m])).size).toBe(materials.length);
    expect(new Set(materials.map((m) => MATERIAL_SHAPE[m])).size).toBe(materials.length);
    expect(new Set(materials.map((m) => MATERIAL_DASH[m].join(','))).size).toBe(materials.length);
    expect(MATERIAL_NAME.CsPbBr3).toBe('CsPbBr₃');
  });
  it('is the encoding of the confinement view and of the device chart alike', () => {
    for (const m of materials) {
      expect(SERIES_COLOR[m]).toBe(MATERIAL_COLOR[m]);
      expect(SERIES_DASH[m]).toBe(MATERIAL_DASH[m]);
      expect(SERIES_SHAPE[m]).toBe(MATERIAL_SHAPE[m]);
    }
    for (const m of ['CsPbI3', 'CsPbBr3', 'PbS'] as const) {
      expect(DEVICE_COLOR[m]).toBe(MATERIAL_COLOR[m]);
      expect(DEVICE_SHAPE[m]).toBe(MATERIAL_SHAPE[m]);
      expect(MATERIAL_LABEL[m]).toBe(MATERIAL_NAME[m]);
    }
  });
});
