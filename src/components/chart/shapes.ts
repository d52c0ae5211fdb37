/**
 * The three d3-shape generators the confinement and ligand charts use — `line`, `area` (both with d3's
 * default linear curve) and the point symbols (circle, square, triangle, diamond) — written out here over
 * d3-path's `pathRound(3)`, the path d3-shape itself writes into (issue #15). d3-shape ships as one flat
 * module whose curve factories and prototype assignments are top-level statements a bundler must keep, so
 * importing `line` from it put all of its curves (≈ 4.7 kB gzip) into every view's first load. The code
 * below is d3-shape v3.2.1's (ISC licence, © Mike Bostock), reduced to what is used: the same steps, the
 * same path commands and the same 3-decimal rounding (d3-shape's default `digits`), so every path string
 * is byte-identical (tests/unit/components/shapes.test.ts compares them with d3-shape's).
 */
import { pathRound } from 'd3-path';

type Accessor<T, V> = (d: T, i: number, data: readonly T[]) => V;

/** d3's default curve (curveLinear), drawing into a path. */
class LinearCurve {
  #line = NaN;
  #point = 0;
  constructor(readonly context: ReturnType<typeof pathRound>) {}
  areaStart(): void {
    this.#line = 0;
  }
  areaEnd(): void {
    this.#line = NaN;
  }
  lineStart(): void {
    this.#point = 0;
  }
  lineEnd(): void {
    if (this.#line || (this.#line !== 0 && this.#point === 1)) this.context.closePath();
    this.#line = 1 - this.#line;
  }
  point(x: number, y: number): void {
    x = +x;
    y = +y;
    switch (this.#point) {
      case 0:
        this.#point = 1;
        if (this.#line) this.context.lineTo(x, y);
        else this.context.moveTo(x, y);
        break;
      case 1:
        this.#point = 2;
        this.context.lineTo(x, y);
        break;
      default:
        this.context.lineTo(x, y);
        break;
    }
  }
}

const toArray = <T>(data: Iterable<T> | ArrayLike<T>): readonly T[] =>
  (typeof data === 'object' && 'length' in data ? data : Array.from(data as Iterable<T>)) as readonly T[];

export interface LineGenerator<T> {
  (data: Iterable<T> | ArrayLike<T>): string | null;
  x(f: Accessor<T, number>): LineGenerator<T>;
  y(f: Accessor<T, number>): LineGenerator<T>;
  defined(f: Accessor<T, boolean>): LineGenerator<T>;
}

/** d3-shape `line()` with the linear curve: a polyline through the defined points, gaps where undefined. */
export function line<T>(): LineGenerator<T> {
  let x: Accessor<T, number> = (p) => (p as unknown as number[])[0];
  let y: Accessor<T, number> = (p) => (p as unknown as number[])[1];
  let defined: Accessor<T, boolean> = () => true;
  const gen = ((input: Iterable<T> | ArrayLike<T>) => {
    const data = toArray(input);
    const n = data.length;
    const buffer = pathRound(3);
    const output = new LinearCurve(buffer);
    let defined0 = false;
    let d!: T;
    for (let i = 0; i <= n; ++i) {
      if (!(i < n && defined((d = data[i]), i, data)) === defined0) {
        if ((defined0 = !defined0)) output.lineStart();
        else output.lineEnd();
      }
      if (defined0) output.point(+x(d, i, data), +y(d, i, data));
    }
    return buffer + '' || null;
  }) as LineGenerator<T>;
  gen.x = (f) => ((x = f), gen);
  gen.y = (f) => ((y = f), gen);
  gen.defined = (f) => ((defined = f), gen);
  return gen;
}

export interface AreaGenerator<T> {
  (data: Iterable<T> | ArrayLike<T>): string | null;
  x(f: Accessor<T, number>): AreaGenerator<T>;
  y0(f: Accessor<T, number> | number): AreaGenerator<T>;
  y1(f: Accessor<T, number> | number): AreaGenerator<T>;
  defined(f: Accessor<T, boolean>): AreaGenerator<T>;
}

/** d3-shape `area()` with the linear curve: top edge along y1, back along y0, closed. */
export function area<T>(): AreaGenerator<T> {
  let x0: Accessor<T, number> = (p) => (p as unknown as number[])[0];
  let y0: Accessor<T, number> = () => 0;
  let y1: Accessor<T, number> = (p) => (p as unknown as number[])[1];
  let defined: Accessor<T, boolean> = () => true;
  const gen = ((input: Iterable<T> | ArrayLike<T>) => {
    const data = toArray(input);
    const n = data.length;
    const x0z = new Array<number>(n);
    const y0z = new Array<number>(n);
    const buffer = pathRound(3);
    const output = new LinearCurve(buffer);
    let defined0 = false;
    let j = 0;
    let d!: T;
    for (let i = 0; i <= n; ++i) {
      if (!(i < n && defined((d = data[i]), i, data)) === defined0) {
        if ((defined0 = !defined0)) {
          j = i;
          output.areaStart();
          output.lineStart();
        } else {
          output.lineEnd();
          output.lineStart();
          for (let k = i - 1; k >= j; --k) output.point(x0z[k], y0z[k]);
          output.lineEnd();
          output.areaEnd();
        }
      }
      if (defined0) {
        x0z[i] = +x0(d, i, data);
        y0z[i] = +y0(d, i, data);
        output.point(x0z[i], +y1(d, i, data));
      }
    }
    return buffer + '' || null;
  }) as AreaGenerator<T>;
  const constant = (v: number): Accessor<T, number> => () => v;
  gen.x = (f) => ((x0 = f), gen);
  gen.y0 = (f) => ((y0 = typeof f === 'function' ? f : constant(+f)), gen);
  gen.y1 = (f) => ((y1 = typeof f === 'function' ? f : constant(+f)), gen);
  gen.defined = (f) => ((defined = f), gen);
  return gen;
}

/** What a symbol draws into (d3-path's Path, or an offsetting wrapper of it). */
export interface SymbolContext {
  moveTo(x: number, y: number): void;
  lineTo(x: number, y: number): void;
  arc(x: number, y: number, r: number, a0: number, a1: number, ccw?: boolean): void;
  rect(x: number, y: number, w: number, h: number): void;
  closePath(): void;
}

export type SymbolDraw = (context: SymbolContext, size: number) => void;

const sqrt3 = Math.sqrt(3);
const tan30 = Math.sqrt(1 / 3);
const tan30_2 = tan30 * 2;

/** d3-shape's symbolCircle, symbolSquare, symbolTriangle and symbolDiamond: `size` is the area, px². */
export const SYMBOLS: Readonly<Record<'circle' | 'square' | 'triangle' | 'diamond', SymbolDraw>> = {
  circle(context, size) {
    const r = Math.sqrt(size / Math.PI);
    context.moveTo(r, 0);
    context.arc(0, 0, r, 0, 2 * Math.PI);
  },
  square(context, size) {
    const w = Math.sqrt(size);
    const x = -w / 2;
    context.rect(x, x, w, w);
  },
  triangle(context, size) {
    const y = -Math.sqrt(size / (sqrt3 * 3));
    context.moveTo(0, y * 2);
    context.lineTo(-sqrt3 * y, -y);
    context.lineTo(sqrt3 * y, -y);
    context.closePath();
  },
  diamond(context, size) {
    const y = Math.sqrt(size / tan30_2);
    const x = y * tan30;
    context.moveTo(0, -y);
    context.lineTo(x, 0);
    context.lineTo(0, y);
    context.lineTo(-x, 0);
    context.closePath();
  },
};
