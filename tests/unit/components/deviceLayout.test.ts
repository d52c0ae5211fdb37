/**
 * The device chart's pure layout (src/views/ligands/device/layout.ts), in Node: measures at a width, rows
 * stacked under their section titles, the chart box, the bars' domain and the pushed-apart line labels.
 */
import { describe, expect, it } from 'vitest';
import { BARS_TOP, barBox, barDomain, barMeasures, pushApart, stackRows, vocBox } from '../../../src/views/ligands/device/layout';

const groups = [
  { key: 'a', title: 'Section A', shortTitle: 'A', devices: ['a1', 'a2'] },
  { key: 'b', title: 'Section B', shortTitle: 'B', devices: ['b1'] },
];

describe('device chart layout', () => {
  it('wide: a label column as wide as the widest label + 14 px (at most 38 % of the width); value room 5.2 em', () => {
    const m = barMeasures(640, 11, 120);
    expect(m.narrow).toBe(false);
    expect(m.labelW).toBe(134);
    expect(m.x0).toBe(142);
    expect(m.valueW).toBe(57); // round(11 × 5.2)
    expect(m.x1).toBe(640 - 57);
    expect(m.rowH).toBe(21); // round(11 × 1.9)
    expect(barMeasures(640, 11, 400).labelW).toBeCloseTo(640 * 0.38);
  });

  it('narrow (< 540 px): no label column, taller rows (label above the bar)', () => {
    const m = barMeasures(360, 11, 120);
    expect(m.narrow).toBe(true);
    expect(m.labelW).toBe(0);
    expect(m.x0).toBe(8);
    expect(m.rowH).toBe(33); // round(11 × 3)
  });

  it('stacks section titles and rows from the top; the box ends axisH below the last row', () => {
    const m = barMeasures(640, 11, 120);
    const s = stackRows(groups, m);
    expect(s.heads.map((h) => h.key)).toEqual(['a', 'b']);
    expect(s.heads[0].y).toBeCloseTo(BARS_TOP + m.sectionH * 0.72);
    expect(s.rows.map((r) => r.d)).toEqual(['a1', 'a2', 'b1']);
    expect(s.rows[0].y).toBe(BARS_TOP + m.sectionH);
    expect(s.rows[1].y - s.rows[0].y).toBe(m.rowH);
    expect(s.rows[2].y).toBe(BARS_TOP + 2 * m.sectionH + 2 * m.rowH);
    expect(s.rows[0].cy).toBe(s.rows[0].y + m.rowH / 2);
    expect(s.bottom).toBe(BARS_TOP + 2 * m.sectionH + 3 * m.rowH);
    const box = barBox(m, s.bottom);
    expect(box.height).toBe(Math.round(s.bottom + m.axisH));
    expect(box.height - box.margin.bottom).toBeCloseTo(s.bottom, 9);
    expect(box.margin).toMatchObject({ top: BARS_TOP, left: m.x0, right: m.valueW });
  });

  it('narrow rows put the bar under its label', () => {
    const m = barMeasures(360, 11, 120);
    const r = stackRows(groups, m).rows[0];
    expect(r.cy).toBeCloseTo(r.y + 11 * 1.15 + m.barH / 2 + 2);
  });

  it('bar domain: zero to a nice end past 104 % of the largest value', () => {
    expect(barDomain(16.64)).toEqual([0, 18]);
    expect(barDomain(1.59)).toEqual([0, 1.8]);
    expect(barDomain(78)[1]).toBeGreaterThanOrEqual(78 * 1.04);
  });

  it('V_OC plot box: 0.55 × width, between 260 and 420 px', () => {
    expect(vocBox(640, 11).height).toBe(352);
    expect(vocBox(300, 11).height).toBe(260);
    expect(vocBox(1200, 11).height).toBe(420);
    expect(vocBox(640, 11).margin).toEqual({ left: 40, right: 68, top: 9, bottom: 37 });
  });

  it('line labels pushed apart by the gap, leaders from each line end', () => {
    const labels = pushApart([10, 14, 30, 31], 12);
    expect(labels.map((l) => l.y)).toEqual([10, 22, 34, 46]);
    expect(labels.map((l) => l.lineY)).toEqual([10, 14, 30, 31]);
    expect(pushApart([0, 50], 12).map((l) => l.y)).toEqual([0, 50]);
  });
});
