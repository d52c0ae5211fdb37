/**
 * Text widths for chart layout, without DOM measuring: estimates from the font size, so a chart lays out the
 * same in jsdom, during SSR and in the browser (the browser then thins and declutters with measured boxes:
 * Axis.svelte, declutter.ts). Average glyph width of a sans-serif UI font ≈ 0.56 em for mixed text (a
 * conservative estimate; digits ≈ 0.55 em); a bold digit ≈ 0.64 em.
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

/** Average advance of a bold digit ≈ 0.64 em (wider than mixed text: value boxes are bold numbers). */
export const BOLD_DIGIT_EM = 0.64;

/** Width in px of an axis value box holding `text` (bold) at `fontPx`, with its padding. */
export function valueBoxWidthPx(text: string, fontPx: number): number {
  return text.length * BOLD_DIGIT_EM * fontPx + 10;
}
