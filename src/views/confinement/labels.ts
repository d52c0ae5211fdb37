/**
 * Chart text helpers of the confinement view. The text-width estimates and the legend layout are the chart
 * kit's (src/components/chart/text.ts, legend.ts), re-exported here for this view's modules; what stays is
 * the thinning of labels by distance, used by the spectra chart's transition ticks.
 */
export { AVERAGE_GLYPH_EM, BOLD_DIGIT_EM, fitLabel, textWidthPx, valueBoxWidthPx } from '../../components/chart/text';
export { LEGEND_SAMPLE_PX, legendLayout, type LegendEntry } from '../../components/chart/legend';

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
