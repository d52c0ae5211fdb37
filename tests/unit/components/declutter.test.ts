/** The pure part of the chart label placer (src/components/chart/declutter.ts): overlap test, nudges, priorities. */
import { describe, expect, it } from 'vitest';
import { boxesOverlap, parseNudges, placeLabels, type Box } from '../../../src/components/chart/declutter';

const box = (left: number, top: number, w = 20, h = 10): Box => ({ left, top, right: left + w, bottom: top + h });

describe('declutter', () => {
  it('boxes overlap only when they share width and more than a fifth of the height', () => {
    expect(boxesOverlap(box(0, 0), box(10, 5))).toBe(true);
    expect(boxesOverlap(box(0, 0), box(20.5, 0))).toBe(false); // touching edges (≤ 1 px) do not count
    expect(boxesOverlap(box(0, 0), box(5, 9))).toBe(false); // 1 px of a 10 px height
  });

  it('parses nudges after the unmoved position and skips garbage', () => {
    expect(parseNudges('0,-4;-8,-4')).toEqual([[0, 0], [0, -4], [-8, -4]]);
    expect(parseNudges('x,y;;3,2')).toEqual([[0, 0], [3, 2]]);
    expect(parseNudges(null)).toEqual([[0, 0]]);
  });

  it('places by priority: the important label stays, the other takes a nudge or hides', () => {
    const obstacle = [box(100, 100)];
    const important = { priority: 5, options: [[box(0, 0)]] };
    const nudged = { priority: 1, options: [[box(5, 0)], [box(5, 20)]] };
    const hidden = { priority: 0, options: [[box(100, 102)]] };
    expect(placeLabels(obstacle, [nudged, important, hidden])).toEqual([1, 0, -1]);
  });
});
