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
