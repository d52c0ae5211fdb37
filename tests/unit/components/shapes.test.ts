/**
 * src/components/chart/shapes.ts and linearScale.ts against d3 itself (issue #15: the charts dropped
 * d3-shape and d3-scale from the first load, not a digit of their output): the same path strings for lines
 * (with gaps), areas and the four symbols, and the same positions, inverses, ticks and nice domains.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as d3 from 'd3';
import { area, line, SYMBOLS } from '../../../src/components/chart/shapes';
import { scaleLinear } from '../../../src/components/chart/linearScale';

/** A result or 'throws' (d3-array's ticks throws for some degenerate domains: both must agree). */
function outcome<T>(f: () => T): T | 'throws' {
  try {
    return f();
  } catch {
    return 'throws';
  }
}

const num = fc.double({ min: -1e4, max: 1e4, noNaN: true });
const pts = fc.array(fc.record({ x: num, y: num, on: fc.boolean() }), { minLength: 0, maxLength: 40 });
type P = { x: number; y: number; on: boolean };

describe('line and area: byte-identical to d3-shape', () => {
  it('line, with and without gaps', () => {
    fc.assert(
      fc.property(pts, (data) => {
        expect(line<P>().x((p) => p.x).y((p) => p.y)(data)).toBe(d3.line<P>().x((p) => p.x).y((p) => p.y)(data));
        const mine = line<P>().defined((p) => p.on).x((p) => p.x).y((p) => p.y)(data);
        const theirs = d3.line<P>().defined((p) => p.on).x((p) => p.x).y((p) => p.y)(data);
        expect(mine).toBe(theirs);
      }),
      { numRuns: 300 },
    );
  });

  it('area with a constant base, and with gaps', () => {
    fc.assert(
      fc.property(pts, num, (data, base) => {
        expect(area<P>().x((p) => p.x).y0(base).y1((p) => p.y)(data)).toBe(d3.area<P>().x((p) => p.x).y0(base).y1((p) => p.y)(data));
        const mine = area<P>().defined((p) => p.on).x((p) => p.x).y0((p) => p.y / 2).y1((p) => p.y)(data);
        const theirs = d3.area<P>().defined((p) => p.on).x((p) => p.x).y0((p) => p.y / 2).y1((p) => p.y)(data);
        expect(mine).toBe(theirs);
      }),
      { numRuns: 300 },
    );
  });

  it('a single point and an empty series as d3 gives them', () => {
    const one = [{ x: 1.23456, y: 2, on: true }];
    expect(line<P>().x((p) => p.x).y((p) => p.y)(one)).toBe(d3.line<P>().x((p) => p.x).y((p) => p.y)(one));
    expect(line<P>().x((p) => p.x).y((p) => p.y)([])).toBeNull();
  });

  it('symbols: circle, square, triangle, diamond', () => {
    const types = { circle: d3.symbolCircle, square: d3.symbolSquare, triangle: d3.symbolTriangle, diamond: d3.symbolDiamond } as const;
    for (const [name, type] of Object.entries(types)) {
      for (const size of [1, 7.3, 50, 123.456]) {
        const mine = d3.pathRound(3);
        SYMBOLS[name as keyof typeof types](mine, size);
        expect(mine.toString(), `${name} ${size}`).toBe(d3.symbol(type, size)());
      }
    }
  });
});

describe('scaleLinear: the same numbers as d3-scale', () => {
  const pair = fc.tuple(num, num);
  it('map, invert and ticks for two-point domains and ranges (ascending, descending, empty)', () => {
    fc.assert(
      fc.property(pair, pair, num, fc.integer({ min: 1, max: 20 }), ([a, b], [c, d], x, n) => {
        const mine = scaleLinear().domain([a, b]).range([c, d]);
        const theirs = d3.scaleLinear().domain([a, b]).range([c, d]);
        expect(Object.is(mine(x), theirs(x)) || mine(x) === theirs(x)).toBe(true);
        const inv = mine.invert(x);
        const invD3 = theirs.invert(x);
        expect(Object.is(inv, invD3) || inv === invD3).toBe(true);
        expect(outcome(() => mine.ticks(n))).toEqual(outcome(() => theirs.ticks(n)));
        expect(outcome(() => mine.ticks())).toEqual(outcome(() => theirs.ticks()));
        expect(mine.domain()).toEqual(theirs.domain());
        expect(mine.range()).toEqual(theirs.range());
      }),
      { numRuns: 500 },
    );
    expect(scaleLinear().domain([3, 3]).range([0, 10])(3)).toBe(d3.scaleLinear().domain([3, 3]).range([0, 10])(3));
    expect(scaleLinear()(NaN)).toBeUndefined();
  });

  it('nice domains', () => {
    fc.assert(
      fc.property(pair, fc.integer({ min: 1, max: 20 }), ([a, b], n) => {
        expect(outcome(() => scaleLinear().domain([a, b]).nice().domain())).toEqual(outcome(() => d3.scaleLinear().domain([a, b]).nice().domain()));
        expect(outcome(() => scaleLinear().domain([a, b]).nice(n).domain())).toEqual(outcome(() => d3.scaleLinear().domain([a, b]).nice(n).domain()));
      }),
      { numRuns: 500 },
    );
  });

  it('piecewise domains (three points)', () => {
    const mine = scaleLinear().domain([0, 1, 10]).range([0, 50, 100]);
    const theirs = d3.scaleLinear().domain([0, 1, 10]).range([0, 50, 100]);
    for (const x of [-1, 0, 0.5, 1, 3, 10, 12]) expect(mine(x)).toBe(theirs(x));
    expect(mine.invert(75)).toBe(theirs.invert(75));
  });
});
