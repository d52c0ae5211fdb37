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
