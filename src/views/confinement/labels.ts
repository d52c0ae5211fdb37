/**
 * Small layout helpers for chart text in SVG (no DOM measuring: estimates from the font size, so layout is
 * the same in jsdom, during SSR and in the browser). Average glyph width of a sans-serif UI font ≈ 0.56 em
 * for mixed text (a conservative estimate; digits are ≈ 0.55 em).
 */

export const AVERAGE_GLYPH_EM = 0.56;

/** Estimated width in px of `text` at `fontPx`. */
export function textWidthPx(text: string, fontPx: number): number {
  return text.length * AVERAGE_GLYPH_EM * fontPx;
}

/** The longest of `options` (ordered long → short) that fits in `widthPx`, or '' when none does. */
export function fitLabel(options: readonly string[], widthPx: number, fontPx: number): string {
  for (const o of options) if (textWidthPx(o, fontPx) <= widthPx) return o;
  return '';
}

/**
 * Keeps the items whose positions are at least `minGapPx` apart, in the given priority order (first kept
 * first). Returns the kept items in their original order.
 */
export function thinByDistance<T>(items: readonly T[], position: (t: T) => number, minGapPx: number): T[] {
  const kept: T[] = [];
  for (const t of items) {
    const p = position(t);
    if (kept.every((k) => Math.abs(position(k) - p) >= minGapPx)) kept.push(t);
  }
  return items.filter((t) => kept.includes(t));
}

/** Average advance of a bold digit ≈ 0.64 em (wider than mixed text: value boxes are bold numbers). */
export const BOLD_DIGIT_EM = 0.64;

/** Width in px of an axis value box holding `text` (bold) at `fontPx`, with its padding. */
export function valueBoxWidthPx(text: string, fontPx: number): number {
  return text.length * BOLD_DIGIT_EM * fontPx + 10;
}

/** One entry of a chart legend drawn inside the SVG (so exported figures keep their key). */
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
  shape?: 'circle' | 'square' | 'triangle' | 'diamond';
}

/** Width of a legend sample (line or marker) in px. */
export const LEGEND_SAMPLE_PX = 30;

/**
 * Flow layout of legend entries: left to right, wrapping to a new row when `widthPx` is full.
 * Returns each entry's position (x of its sample, row index) and the total height in px.
 */
export function legendLayout(
  entries: readonly LegendEntry[],
  widthPx: number,
  fontPx: number,
): { items: { entry: LegendEntry; x: number; row: number }[]; rows: number; rowHeightPx: number; heightPx: number } {
  const gap = fontPx * 0.9;
  const rowHeightPx = Math.round(fontPx * 1.45);
  let x = 0;
  let row = 0;
  const items = entries.map((entry) => {
    const w = LEGEND_SAMPLE_PX + 5 + textWidthPx(entry.label, fontPx);
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
