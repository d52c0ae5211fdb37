/**
 * d3-scale's `scaleLinear` as the charts use it (issue #15): domain, range, the value → pixel map, invert,
 * ticks and nice. d3-scale's continuous scale interpolates through d3-interpolate's generic `interpolate`,
 * which reaches d3-color (its named-colour table and colour spaces, whose prototype set-up a bundler must
 * keep): about 5.5 kB gzip in every view's first load for a map that, between numbers, is
 * a·(1 − t) + b·t. The code below is d3-scale v4's continuous/linear scale (ISC licence, © Mike Bostock)
 * with its number interpolation written out: the same normalize, bimap/polymap and nice steps, and the
 * ticks of d3-array itself — so every position and tick is the same number (tests/unit/components/
 * shapes.test.ts compares them with d3-scale's). Not supported (unused by the charts): clamp, unknown,
 * rangeRound, interpolate, tickFormat, copy.
 */
import { bisectRight, tickIncrement, ticks } from 'd3-array';

export interface LinearScale {
  (value: number): number;
  domain(): number[];
  domain(domain: Iterable<number>): LinearScale;
  range(): number[];
  range(range: Iterable<number>): LinearScale;
  invert(value: number): number;
  ticks(count?: number): number[];
  nice(count?: number): LinearScale;
}

/** d3-interpolate interpolateNumber. */
const interpolateNumber = (a: number, b: number) => (t: number) => a * (1 - t) + b * t;

/** d3-scale normalize: x in [a, b] → t in [0, 1] (0.5 for a = b; NaN for NaN bounds). */
function normalize(a: number, b: number): (x: number) => number {
  a = +a;
  b -= a;
  if (b) return (x) => (x - a) / b;
  const c = isNaN(b) ? NaN : 0.5;
  return () => c;
}

function bimap(domain: readonly number[], range: readonly number[]): (x: number) => number {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const n = d1 < d0 ? normalize(d1, d0) : normalize(d0, d1);
  const r = d1 < d0 ? interpolateNumber(r1, r0) : interpolateNumber(r0, r1);
  return (x) => r(n(x));
}

function polymap(domain: readonly number[], range: readonly number[]): (x: number) => number {
  const j = Math.min(domain.length, range.length) - 1;
  const d = new Array<(x: number) => number>(j);
  const r = new Array<(t: number) => number>(j);
  if (domain[j] < domain[0]) {
    domain = domain.slice().reverse();
    range = range.slice().reverse();
  }
  for (let i = 0; i < j; ++i) {
    d[i] = normalize(domain[i], domain[i + 1]);
    r[i] = interpolateNumber(range[i], range[i + 1]);
  }
  return (x) => {
    const i = bisectRight(domain, x, 1, j) - 1;
    return r[i](d[i](x));
  };
}

/** A linear scale: d3 `scaleLinear()` with domain and range [0, 1] until set. */
export function scaleLinear(): LinearScale {
  let domain: number[] = [0, 1];
  let range: number[] = [0, 1];
  let output: ((x: number) => number) | null = null;
  let input: ((y: number) => number) | null = null;
  const piecewise = () => (Math.min(domain.length, range.length) > 2 ? polymap : bimap);

  const scale = ((x: number) => {
    if (x == null || isNaN((x = +x))) return undefined as unknown as number;
    return (output ??= piecewise()(domain, range))(x);
  }) as LinearScale;
  const rescale = () => {
    output = input = null;
    return scale;
  };

  scale.invert = (y) => (input ??= piecewise()(range, domain))(y);
  scale.domain = ((d?: Iterable<number>) => (d === undefined ? domain.slice() : ((domain = Array.from(d, Number)), rescale()))) as LinearScale['domain'];
  scale.range = ((r?: Iterable<number>) => (r === undefined ? range.slice() : ((range = Array.from(r)), rescale()))) as LinearScale['range'];
  scale.ticks = (count) => ticks(domain[0], domain[domain.length - 1], count ?? 10);
  scale.nice = (count = 10) => {
    const d = domain.slice();
    let i0 = 0;
    let i1 = d.length - 1;
    let start = d[i0];
    let stop = d[i1];
    let prestep: number | undefined;
    let step: number;
    let maxIter = 10;
    if (stop < start) {
      [start, stop] = [stop, start];
      [i0, i1] = [i1, i0];
    }
    while (maxIter-- > 0) {
      step = tickIncrement(start, stop, count);
      if (step === prestep) {
        d[i0] = start;
        d[i1] = stop;
        return scale.domain(d);
      } else if (step > 0) {
        start = Math.floor(start / step) * step;
        stop = Math.ceil(stop / step) * step;
      } else if (step < 0) {
        start = Math.ceil(start * step) / step;
        stop = Math.floor(stop * step) / step;
      } else {
        break;
      }
      prestep = step;
    }
    return scale;
  };
  return scale;
}
