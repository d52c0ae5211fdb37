/**
 * The chart context (LayerCake's model): `Chart.svelte` owns the measured size, the margins and the scales
 * and shares them with its layers by Svelte context; every layer (axes, grid, lines, points, legend, a view's
 * own marks) reads them with `useChart()` instead of taking them as props.
 *
 * The object holds getters over the chart's `$derived` values, so a layer that reads `chart.xScale` in its
 * own `$derived` re-runs when the width or the domain changes.
 */
import { getContext, setContext } from 'svelte';
import type { TickScale } from './ticks';

/** Space around the plot box, px. */
export interface Margin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** A d3 continuous scale as the layers use it (call, ticks, range, invert). */
export interface ChartScale extends TickScale {
  invert(pixel: number): number;
  domain(): number[];
}

export interface ChartContext {
  /** Width and height of the SVG, px (drawn 1:1: viewBox = size). */
  readonly width: number;
  readonly height: number;
  readonly margin: Margin;
  /** Plot box edges, px: x0 = margin.left, x1 = width − margin.right, y0 = margin.top, y1 = height − margin.bottom. */
  readonly x0: number;
  readonly x1: number;
  readonly y0: number;
  readonly y1: number;
  readonly xScale: ChartScale;
  readonly yScale: ChartScale;
  /** Body text size of the chart (titles), px. */
  readonly fontPx: number;
  /** Tick-label size, px. */
  readonly tickFontPx: number;
  /** A per-instance id prefix for <defs> (clip paths, gradients, patterns). */
  readonly uid: string;
}

const KEY = Symbol('pqd-chart');

export function setChart(context: ChartContext): ChartContext {
  return setContext(KEY, context);
}

/** The enclosing chart's context; throws when a layer is used outside a `Chart`. */
export function useChart(): ChartContext {
  const context = getContext<ChartContext | undefined>(KEY);
  if (!context) throw new Error('useChart(): this layer must be placed inside a <Chart>');
  return context;
}

/** The enclosing chart's context, or undefined outside a `Chart` (for pieces also used on their own). */
export function maybeChart(): ChartContext | undefined {
  return getContext<ChartContext | undefined>(KEY);
}
