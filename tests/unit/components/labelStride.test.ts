/** Axis label thinning from measured label boxes (src/components/chart/ticks.ts labelStride). */
import { describe, expect, it } from 'vitest';
import { labelStride } from '../../../src/components/chart/ticks';

describe('labelStride', () => {
  it('keeps every label when they clear each other by the gap', () => {
    expect(labelStride([[0, 20], [30, 50], [60, 80]], 3)).toBe(1);
    expect(labelStride([], 3)).toBe(1);
    expect(labelStride([[0, 10]], 3)).toBe(1);
  });
  it('shows every second (third…) label when neighbours overlap or come closer than the gap', () => {
    // 28 px wide labels every 20 px: 0–28, 20–48, 40–68, 60–88, 80–108 → every 2nd clears by 12 px.
    const spans = [0, 20, 40, 60, 80].map((x) => [x, x + 28] as [number, number]);
    expect(labelStride(spans, 3)).toBe(2);
    // 45 px wide every 20 px: every 3rd (0–45, 60–105) clears by 15 px.
    expect(labelStride([0, 20, 40, 60, 80, 100].map((x) => [x, x + 45] as [number, number]), 3)).toBe(3);
    // Touching but closer than the gap counts as a collision.
    expect(labelStride([[0, 20], [21, 41], [42, 62]], 3)).toBe(2);
  });
  it('works along an axis that runs the other way (a y axis drawn bottom-up)', () => {
    expect(labelStride([[100, 120], [85, 105], [70, 90]], 3)).toBe(2);
    expect(labelStride([[100, 120], [70, 90], [40, 60]], 3)).toBe(1);
  });
});
