/**
 * Chart legends drawn inside the SVG (Legend.svelte), so a downloaded SVG/PNG keeps its key: the entry type
 * and the flow layout (left to right, wrapping into rows).
 */
import type { MarkerShape } from '../../lib/data/materialEncoding';
import { textWidthPx } from './text';

/** One entry of a chart legend drawn inside the SVG. */
export interface LegendEntry {
  key: string;
  label: string;
  /** 'line': a line sample (colour, dash, weight, optional translucent band); 'shape': a point marker. */
  kind: 'line' | 'shape';
  color: string;
  /** Dash pattern in units of the stroke width (theme --stroke-thick); empty = solid. */
  dash?: readonly number[];
  /** Line weight relative to --stroke-thick. */
  weight?: number;
  opacity?: number;
  /** Draw a translucent band under the line (the empirical fit). */
  band?: boolean;
  /** Thin line in --stroke units (guides, bulk gaps) instead of --stroke-thick. */
  thin?: boolean;
  shape?: MarkerShape;
}

/** Width of a legend sample (line or marker) in px. */
export const LEGEND_SAMPLE_PX = 30;

/**
 * Flow layout of legend entries: left to right, wrapping to a new row when `widthPx` is full.
 * `samplePx` is the width of each entry's sample (line or marker). Returns each entry's position (x of its
 * sample, row index) and the total height in px.
 */
export function legendLayout(
  entries: readonly LegendEntry[],
  widthPx: number,
  fontPx: number,
  samplePx = LEGEND_SAMPLE_PX,
): { items: { entry: LegendEntry; x: number; row: number }[]; rows: number; rowHeightPx: number; heightPx: number } {
  const gap = fontPx * 0.9;
  const rowHeightPx = Math.round(fontPx * 1.45);
  let x = 0;
  let row = 0;
  const items = entries.map((entry) => {
    const w = samplePx + 5 + textWidthPx(entry.label, fontPx);
    if (x > 0 && x + w > widthPx) {
      x = 0;
      row += 1;
    }
    const item = { entry, x, row };
    x += w + gap;
    return item;
  });
  const rows = entries.length === 0 ? 0 : row + 1;
  return { items, rows, rowHeightPx, heightPx: rows * rowHeightPx };
}
