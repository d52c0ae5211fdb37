/**
 * Pure layout of the device charts (DeviceChart.svelte and its layers in this folder), tested in Node:
 * the bar chart's measures at a width and type size (label column, value column, row heights), the rows
 * and section heads stacked top-down, the x domain of the bars, and the V_OC-vs-gap plot's box and its
 * line labels pushed apart so none overlaps. No DOM, no Svelte.
 */
import { scaleLinear } from '../../../components/chart/linearScale';
import type { Margin } from '../../../components/chart/context';

/** Measures of the bar chart at width `width` (px) with tick-label type `tfs` (px). */
export interface BarMeasures {
  width: number;
  tfs: number;
  /** Below 540 px the labels go above the bars (no label column). */
  narrow: boolean;
  rowH: number;
  barH: number;
  sectionH: number;
  /** Width of the label column (0 when narrow), px. */
  labelW: number;
  /** Room right of the plot for the value text, px. */
  valueW: number;
  /** The bars' x range: zero at x0, the domain's end at x1. */
  x0: number;
  x1: number;
  /** Room under the rows for the axis and its title, px. */
  axisH: number;
}

/** `labelTextW`: width of the widest device label at `tfs`, px (text.ts textWidthPx). */
export function barMeasures(width: number, tfs: number, labelTextW: number): BarMeasures {
  const narrow = width < 540;
  const labelW = narrow ? 0 : Math.min(width * 0.38, labelTextW + 14);
  const valueW = Math.round(tfs * 5.2);
  return {
    width,
    tfs,
    narrow,
    rowH: Math.round(narrow ? tfs * 3.0 : tfs * 1.9),
    barH: Math.round(tfs * 1.05),
    sectionH: Math.round(tfs * 2.3),
    labelW,
    valueW,
    x0: narrow ? 8 : Math.round(labelW + 8),
    x1: width - valueW,
    axisH: Math.round(tfs * 3.4),
  };
}

export interface BarRow<D> {
  d: D;
  /** Top of the row, px. */
  y: number;
  /** Centre line of the bar, px. */
  cy: number;
}

export interface SectionHead {
  key: string;
  title: string;
  shortTitle: string;
  /** Baseline of the section title, px. */
  y: number;
}

/** First row's top, px. */
export const BARS_TOP = 4;

/** Sections and their rows stacked from BARS_TOP; `bottom` is the last row's bottom (the axis line). */
export function stackRows<D>(
  groups: readonly { key: string; title: string; shortTitle: string; devices: readonly D[] }[],
  m: BarMeasures,
): { rows: BarRow<D>[]; heads: SectionHead[]; bottom: number } {
  const rows: BarRow<D>[] = [];
  const heads: SectionHead[] = [];
  let y = BARS_TOP;
  for (const g of groups) {
    heads.push({ key: g.key, title: g.title, shortTitle: g.shortTitle, y: y + m.sectionH * 0.72 });
    y += m.sectionH;
    for (const d of g.devices) {
      const cy = m.narrow ? y + m.tfs * 1.15 + m.barH / 2 + 2 : y + m.rowH / 2;
      rows.push({ d, y, cy });
      y += m.rowH;
    }
  }
  return { rows, heads, bottom: y };
}

/** Height and margins of the bar chart (for Chart's `layout`): the plot box runs from BARS_TOP to `bottom`. */
export function barBox(m: BarMeasures, bottom: number): { height: number; margin: Margin } {
  const height = Math.round(bottom + m.axisH);
  return { height, margin: { top: BARS_TOP, right: m.valueW, bottom: height - bottom, left: m.x0 } };
}

/** The bars' x domain: zero to 4 % past the largest value, made nice by d3. */
export function barDomain(maxValue: number): [number, number] {
  const [a, b] = scaleLinear().domain([0, maxValue * 1.04]).nice().domain();
  return [a, b];
}

/** Box of the V_OC-vs-gap plot at width `width` with tick type `tfs` (px). */
export function vocBox(width: number, tfs: number): { height: number; margin: Margin } {
  return {
    height: Math.round(Math.min(420, Math.max(260, width * 0.55))),
    margin: { left: Math.round(tfs * 3.6), right: Math.round(tfs * 6.2), top: Math.round(tfs * 0.8), bottom: Math.round(tfs * 3.4) },
  };
}

/**
 * Line labels at the plot's right end: each starts at its line's end (`lineY`, px, top-down in the order
 * given) and is pushed down until it clears the one above by `gapPx`; a leader joins label and line.
 */
export function pushApart(lineYs: readonly number[], gapPx: number): { lineY: number; y: number }[] {
  const labels = lineYs.map((y) => ({ lineY: y, y }));
  for (let i = 1; i < labels.length; i++) labels[i].y = Math.max(labels[i].y, labels[i - 1].y + gapPx);
  return labels;
}
