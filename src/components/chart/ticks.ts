/**
 * Tick placement shared by the chart axes and grids (STYLE.md §4: d3 computes ticks, Svelte draws them).
 * Tick values come from the scale's own `ticks()` (d3-scale); nothing here picks round numbers by hand.
 */

/** The part of a d3 continuous scale (scaleLinear, scaleLog, …) an axis needs. */
export interface TickScale {
  (value: number): number;
  ticks(count?: number): number[];
  range(): number[];
}

/** A tick already placed: its value (for the label) and its pixel position along the axis. */
export interface PlacedTick {
  value: number;
  position: number;
}

/**
 * How many ticks fit along `lengthPx` with about `spacingPx` between them, within [min, max]
 * (the count handed to `scale.ticks`, which d3 treats as a hint).
 */
export function tickCount(lengthPx: number, spacingPx: number, min = 3, max = Infinity): number {
  return Math.max(min, Math.min(max, Math.floor(lengthPx / spacingPx)));
}

/** Tick values: `scale.ticks(count)` for a count, or the given values as they are. */
export function tickValues(scale: TickScale, ticks: number | readonly number[] = 10): readonly number[] {
  return typeof ticks === 'number' ? scale.ticks(ticks) : ticks;
}

/** Tick values placed by the scale. */
export function placeTicks(scale: TickScale, ticks?: number | readonly number[]): PlacedTick[] {
  return tickValues(scale, ticks).map((value) => ({ value, position: scale(value) }));
}

/**
 * The smallest k such that every k-th label (0, k, 2k, …) clears the next kept one by `gapPx`, given each
 * label's extent along the axis in drawing order ([start, end], px, from measured boxes). 1 when none
 * overlap; the label count when even two cannot share the axis.
 */
export function labelStride(spans: readonly (readonly [number, number])[], gapPx = 3): number {
  const n = spans.length;
  for (let k = 1; k < n; k++) {
    let ok = true;
    for (let i = k; i < n && ok; i += k) {
      const [a0, a1] = spans[i - k];
      const [b0, b1] = spans[i];
      // Either order along the axis (a vertical axis may run bottom-up).
      ok = Math.max(a0, b0) - Math.min(a1, b1) >= gapPx;
    }
    if (ok) return k;
  }
  return Math.max(1, n);
}
