/**
 * Layout of the size→gap plot (SizeGapPlot.svelte and its layers in this folder), as pure functions of the
 * chart's width, font sizes and scales: the gap domain, the plot's height and margins, tick counts, the
 * visible-spectrum band, the marker's read-outs and the placement of the bulk-gap labels.
 */
import { m as msg } from '../../../paraglide/messages.js';
import type { MaterialId } from '../../../lib/state/schema';
import { gapFromWavelength } from '../../../lib/physics/units';
import { fixed } from '../../../lib/format';
import { textWidthPx, valueBoxWidthPx } from '../../../components/chart/text';
import { tickCount } from '../../../components/chart/ticks';
import type { ChartContext, Margin } from '../../../components/chart/context';
import { bulkLimitEv, displayName, type Curve } from '../model';
import { VISIBLE_MAX_NM, VISIBLE_MIN_NM, wavelengthToCss } from '../../../components/spectrumColor';

/** Gap axis range, eV: PbS bulk (0.41 eV) to above CsPbCl₃ bulk (3.0 eV) with room for the violet end. */
export const GAP_DOMAIN: readonly [number, number] = [0.2, 4.0];
/** Width of the visible-spectrum band beside the plot, px. */
export const BAND_W = 12;
/** Below this width (px) the axis titles sit horizontally in the top corners. */
export const NARROW_BELOW_PX = 560;

/** Tick-label size of the plot for a body font size, px. */
export function tickFont(fontPx: number): number {
  return Math.round(fontPx * 0.78);
}

/** Space under the plot box for the size axis: tick labels (or the marker's value box) and the title, px. */
export function sizeAxisDepthPx(fontPx: number): number {
  return Math.round(tickFont(fontPx) * 1.3 + 10 + fontPx * 1.55);
}
/** Gap between the size-axis title and the legend rows under it, px. */
export const LEGEND_GAP_PX = 6;

/**
 * Height and margins of the plot at width `widthPx`: the plot area keeps its proportions; the legend rows
 * (`legendHeightPx`) go under the size axis, so the plot with both axes comes first on a short screen
 * (a projector at 1024×768, a phone). Margins from the text they hold: tick labels or the marker's value
 * box, whichever is wider, plus the rotated axis title on wide plots (on narrow plots the titles sit
 * horizontally in the top corners).
 */
export function plotLayout(widthPx: number, fontPx: number, legendHeightPx: number): { height: number; margin: Margin } {
  const narrow = widthPx < NARROW_BELOW_PX;
  const fs = fontPx;
  const tfs = tickFont(fontPx);
  const legend = legendHeightPx > 0 ? legendHeightPx + LEGEND_GAP_PX : 0;
  const height = Math.round(Math.min(660, Math.max(330, widthPx * (narrow ? 0.98 : 0.6)))) + legend;
  const leftInner = Math.max(valueBoxWidthPx('0.00', tfs), textWidthPx('3.5', tfs) + 8) + 8;
  const rightInner = 5 + BAND_W + 2 + Math.max(textWidthPx('5000', tfs) + 7, valueBoxWidthPx('1000', tfs)) + 4;
  return {
    height,
    margin: {
      left: Math.round(leftInner + (narrow ? 0 : fs * 1.4)),
      right: Math.round(rightInner + (narrow ? 0 : fs * 1.4)),
      top: 8 + Math.round(narrow ? fs * 1.9 : fs * 1.75),
      bottom: sizeAxisDepthPx(fs) + legend,
    },
  };
}

/** Tick values of the size (x) and gap (y) axes, shared by the grid and the axes. */
export function plotTicks(chart: ChartContext): { x: number[]; y: number[] } {
  const tfs = chart.tickFontPx;
  return {
    x: chart.xScale.ticks(tickCount(chart.x1 - chart.x0, tfs * 3.4, 3, 10)),
    y: chart.yScale.ticks(tickCount(chart.y1 - chart.y0, tfs * 2.2, 3, 10)),
  };
}

/** Left edge of the spectrum band beside the plot, px. */
export function bandX(chart: ChartContext): number {
  return chart.x1 + 5;
}

/** The visible spectrum on the gap axis: its top and bottom (px) and gradient stops every 10 nm. */
export function spectrumStops(ys: (gapEv: number) => number): { top: number; bottom: number; stops: { offset: number; color: string }[] } {
  const top = ys(gapFromWavelength(VISIBLE_MIN_NM));
  const bottom = ys(gapFromWavelength(VISIBLE_MAX_NM));
  const stops: { offset: number; color: string }[] = [];
  for (let w = VISIBLE_MIN_NM; w <= VISIBLE_MAX_NM; w += 10) {
    const y = ys(gapFromWavelength(w));
    stops.push({ offset: (y - top) / (bottom - top), color: wavelengthToCss(w) ?? '#000' });
  }
  return { top, bottom, stops };
}

/** The marker as drawn: position (px), whether it is on the axes, and the value-box texts (no units). */
export interface MarkerGeometry {
  mx: number;
  my: number | null;
  inRange: boolean;
  onScale: boolean;
  /** Value boxes on the gap and wavelength axes shown (marker inside both ranges). */
  showValueY: boolean;
  dText: string;
  eText: string;
  lText: string;
}

/** The marker's values as the plot receives them. */
export interface MarkerInput {
  diameterNm: number;
  gapEv: number | null;
  wavelengthNm: number | null;
  dminNm: number;
  dmaxNm: number;
}

export function markerGeometry(chart: ChartContext, { diameterNm, gapEv, wavelengthNm, dminNm, dmaxNm }: MarkerInput): MarkerGeometry {
  const mx = chart.xScale(Math.min(Math.max(diameterNm, dminNm), dmaxNm));
  const inRange = diameterNm >= dminNm - 1e-9 && diameterNm <= dmaxNm + 1e-9;
  const my = gapEv === null ? null : chart.yScale(Math.min(Math.max(gapEv, GAP_DOMAIN[0]), GAP_DOMAIN[1]));
  const onScale = gapEv !== null && gapEv >= GAP_DOMAIN[0] && gapEv <= GAP_DOMAIN[1];
  return {
    mx,
    my,
    inRange,
    onScale,
    showValueY: my !== null && onScale && inRange,
    dText: diameterNm < dminNm ? `‹ ${fixed(diameterNm, 1)}` : diameterNm > dmaxNm ? `${fixed(diameterNm, 1)} ›` : fixed(diameterNm, 1),
    eText: gapEv === null ? '—' : fixed(gapEv, 2),
    lText: wavelengthNm === null ? '—' : fixed(wavelengthNm, 0),
  };
}

/** Curve samples in pixels with a clearance each, for label collision tests. */
export interface CurvePixel {
  x: number;
  y: number;
  pad: number;
}

export function curvePixels(chart: ChartContext, curves: readonly Curve[]): CurvePixel[] {
  return curves.flatMap((c) =>
    c.points.map((p) => ({ x: chart.xScale(p.diameterNm), y: chart.yScale(p.gapEv), pad: c.model === 'moreels' ? chart.fontPx * 0.6 : 3 })),
  );
}

/** True when the box lies inside the plot and touches no curve sample. */
export function boxIsFree(chart: ChartContext, curvePx: readonly CurvePixel[], bx0: number, by0: number, bx1: number, by1: number): boolean {
  if (by0 < chart.y0 || by1 > chart.y1 || bx0 < chart.x0) return false;
  return curvePx.every((p) => p.x < bx0 - p.pad || p.x > bx1 + p.pad || p.y < by0 - p.pad || p.y > by1 + p.pad);
}

/**
 * Bulk-gap labels at the right end of each asymptote: the longest wording whose box touches no curve,
 * below the line first, then above it ('' when none fits).
 */
export function bulkLabels(chart: ChartContext, shown: readonly MaterialId[], curvePx: readonly CurvePixel[]): { mat: MaterialId; g: number; y: number; ty: number; text: string }[] {
  const tfs = chart.tickFontPx;
  return shown.map((mat) => {
    const g = bulkLimitEv(mat);
    const y = chart.yScale(g);
    const options = [
      msg.conf_plot_bulk_long({ material: displayName(mat), gap: fixed(g, 2) }),
      msg.conf_plot_bulk({ material: displayName(mat) }),
      displayName(mat),
    ];
    let text = '';
    let ty = y + tfs + 2;
    search: for (const o of options) {
      const w = textWidthPx(o, tfs);
      if (w > (chart.x1 - chart.x0) * 0.7) continue;
      for (const below of [true, false]) {
        const top = below ? y + 3 : y - tfs - 5;
        if (boxIsFree(chart, curvePx, chart.x1 - 4 - w, top, chart.x1 - 4, top + tfs + 2)) {
          text = o;
          ty = below ? y + tfs + 2 : y - 5;
          break search;
        }
      }
    }
    return { mat, g, y, ty, text };
  });
}

/** Splits "a_B" into text and a subscript part for SVG tspans. */
export function subParts(text: string): { t: string; sub: boolean }[] {
  const out: { t: string; sub: boolean }[] = [];
  text.split(/_([A-Za-z])/).forEach((t, i) => {
    if (t) out.push({ t, sub: i % 2 === 1 });
  });
  return out;
}

/** A drawn line as pixel vertices with the clearance a label keeps from it, px. */
export interface Polyline {
  points: readonly { x: number; y: number }[];
  pad: number;
}

/** The curves (and the dot's own curve) as pixel polylines, for label placement. */
export function curvePolylines(chart: ChartContext, curves: readonly { points: readonly { diameterNm: number; gapEv: number }[]; model?: string }[]): Polyline[] {
  return curves.map((c) => ({
    points: c.points.map((p) => ({ x: chart.xScale(p.diameterNm), y: chart.yScale(Math.min(p.gapEv, GAP_DOMAIN[1] + 2)) })),
    pad: c.model === 'moreels' ? chart.fontPx * 0.6 : 3,
  }));
}

/** True when the segment a–b crosses or touches the rectangle [x0, x1] × [y0, y1] (Liang–Barsky clipping). */
export function segmentHitsBox(ax: number, ay: number, bx: number, by: number, x0: number, y0: number, x1: number, y1: number): boolean {
  let t0 = 0;
  let t1 = 1;
  const dx = bx - ax;
  const dy = by - ay;
  const edges: [number, number][] = [
    [-dx, ax - x0],
    [dx, x1 - ax],
    [-dy, ay - y0],
    [dy, y1 - ay],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return false;
    } else {
      const t = q / p;
      if (p < 0) t0 = Math.max(t0, t);
      else t1 = Math.min(t1, t);
      if (t0 > t1) return false;
    }
  }
  return true;
}

/** True when the box (px) stays inside the plot box and clear of every polyline by its pad. */
export function boxClearOfLines(chart: ChartContext, lines: readonly Polyline[], bx0: number, by0: number, bx1: number, by1: number): boolean {
  if (bx0 < chart.x0 || bx1 > chart.x1 || by0 < chart.y0 || by1 > chart.y1) return false;
  for (const l of lines) {
    const [x0, y0, x1, y1] = [bx0 - l.pad, by0 - l.pad, bx1 + l.pad, by1 + l.pad];
    for (let i = 1; i < l.points.length; i++) {
      const a = l.points[i - 1];
      const b = l.points[i];
      if (segmentHitsBox(a.x, a.y, b.x, b.y, x0, y0, x1, y1)) return false;
    }
  }
  return true;
}

/**
 * Where a measured range's name goes: the first of these spots whose text box stays in the plot and clear
 * of every curve (above the box's top edge at the left, just inside it, the same at the right, then below
 * and inside the bottom edge), or null (the name stays in the box's accessible label and tooltip).
 * Returns the text's start x and baseline y.
 */
export function rangeLabelSpot(
  chart: ChartContext,
  lines: readonly Polyline[],
  box: { x0: number; y0: number; x1: number; y1: number },
  textWidth: number,
  fontPx: number,
): { x: number; y: number } | null {
  const left = box.x0 + 3;
  const right = box.x1 - 3 - textWidth;
  const spots = [
    { x: left, y: box.y0 - 3 },
    { x: left, y: box.y0 + fontPx + 2 },
    { x: right, y: box.y0 - 3 },
    { x: right, y: box.y0 + fontPx + 2 },
    { x: left, y: box.y1 + fontPx + 2 },
    { x: left, y: box.y1 - 3 },
    { x: right, y: box.y1 + fontPx + 2 },
    { x: right, y: box.y1 - 3 },
  ];
  return spots.find((s) => boxClearOfLines(chart, lines, s.x, s.y - fontPx * 0.8, s.x + textWidth, s.y + fontPx * 0.2)) ?? null;
}
