/**
 * Layout rules of the size→gap plot (src/views/confinement/sizeGap/geometry.ts): the legend under the size
 * axis, the segment–box test, and where a measured range's name may sit (never on a drawn line).
 */
import { describe, expect, it } from 'vitest';
import { scaleLinear } from 'd3';
import type { ChartContext, ChartScale } from '../../../src/components/chart/context';
import {
  GAP_DOMAIN,
  boxClearOfLines,
  plotLayout,
  rangeLabelSpot,
  segmentHitsBox,
  sizeAxisDepthPx,
  type Polyline,
} from '../../../src/views/confinement/sizeGap/geometry';

function fakeChart(width = 600, height = 400): ChartContext {
  const margin = { top: 20, right: 20, bottom: 40, left: 40 };
  const xScale = scaleLinear().domain([2, 20]).range([margin.left, width - margin.right]) as unknown as ChartScale;
  const yScale = scaleLinear().domain(GAP_DOMAIN).range([height - margin.bottom, margin.top]) as unknown as ChartScale;
  return {
    width,
    height,
    margin,
    x0: margin.left,
    x1: width - margin.right,
    y0: margin.top,
    y1: height - margin.bottom,
    xScale,
    yScale,
    fontPx: 16,
    tickFontPx: 12,
    uid: 't',
  };
}

describe('plotLayout', () => {
  it('puts the legend rows under the size axis: the top margin does not grow with the legend', () => {
    const without = plotLayout(800, 16, 0);
    const withLegend = plotLayout(800, 16, 90);
    expect(withLegend.margin.top).toBe(without.margin.top);
    expect(withLegend.margin.bottom).toBe(without.margin.bottom + 90 + 6);
    expect(withLegend.height).toBe(without.height + 96);
    expect(without.margin.bottom).toBe(sizeAxisDepthPx(16));
  });
});

describe('segmentHitsBox', () => {
  it('finds crossings, touches and containment, and misses segments beside the box', () => {
    expect(segmentHitsBox(0, 5, 20, 5, 5, 0, 10, 10)).toBe(true); // crosses
    expect(segmentHitsBox(6, 6, 7, 7, 5, 0, 10, 10)).toBe(true); // inside
    expect(segmentHitsBox(0, 20, 20, 20, 5, 0, 10, 10)).toBe(false); // below
    expect(segmentHitsBox(0, 0, 4, 30, 5, 0, 10, 10)).toBe(false); // left of it
    expect(segmentHitsBox(0, 12, 12, 0, 5, 0, 10, 10)).toBe(true); // diagonal through a corner region
    expect(segmentHitsBox(0, 30, 30, 16, 5, 0, 10, 10)).toBe(false); // diagonal passing under
  });
});

describe('rangeLabelSpot', () => {
  const chart = fakeChart();
  const box = { x0: 200, y0: 150, x1: 400, y1: 250 };
  it('takes the spot above the top-left corner when no line is near', () => {
    expect(rangeLabelSpot(chart, [], box, 80, 10)).toEqual({ x: 203, y: 147 });
  });
  it('moves away from a line through the first spot, and the chosen box clears every line', () => {
    const line: Polyline = { points: [{ x: 150, y: 143 }, { x: 300, y: 143 }], pad: 3 };
    const spot = rangeLabelSpot(chart, [line], box, 80, 10);
    expect(spot).not.toBeNull();
    expect(spot).not.toEqual({ x: 203, y: 147 });
    if (spot) expect(boxClearOfLines(chart, [line], spot.x, spot.y - 8, spot.x + 80, spot.y + 2)).toBe(true);
  });
  it('gives up (null) when lines cover every spot, and never leaves the plot', () => {
    const lines: Polyline[] = [];
    for (let y = chart.y0; y <= chart.y1; y += 4) lines.push({ points: [{ x: chart.x0, y }, { x: chart.x1, y }], pad: 1 });
    expect(rangeLabelSpot(chart, lines, box, 80, 10)).toBeNull();
    const atTop = { x0: 200, y0: chart.y0 + 1, x1: 400, y1: 100 };
    const spot = rangeLabelSpot(chart, [], atTop, 80, 10);
    expect(spot && spot.y - 8).toBeGreaterThanOrEqual(chart.y0);
  });
});
