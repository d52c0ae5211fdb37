/**
 * Keyboard steps of a chart's focusable marks (WAI-ARIA APG slider and listbox keys), one place for the
 * arrow-key handling every chart had written out:
 * - `sliderKeyValue`: a value on a range (the size marker): Right/Up +step, Left/Down −step, Shift+arrow and
 *   PageUp/PageDown ±bigStep, Home/End the ends; clamped to [min, max];
 * - `stepIndex`: a position in an ordered list of marks (diffraction peaks): Right/Up next, Left/Down
 *   previous, Home/End the ends, Escape `'clear'`; clamped (no wrap-around). For wrap-around roving focus
 *   see components/rovingIndex.ts.
 * Both return null for a key that is not theirs (the caller then leaves the event alone).
 */

export interface SliderKeys {
  value: number;
  min: number;
  max: number;
  step: number;
  bigStep: number;
}

export function sliderKeyValue(e: Pick<KeyboardEvent, 'key' | 'shiftKey'>, { value, min, max, step, bigStep }: SliderKeys): number | null {
  let next: number | null = null;
  if (e.key === 'ArrowRight' || e.key === 'ArrowUp') next = value + (e.shiftKey ? bigStep : step);
  else if (e.key === 'ArrowLeft' || e.key === 'ArrowDown') next = value - (e.shiftKey ? bigStep : step);
  else if (e.key === 'PageUp') next = value + bigStep;
  else if (e.key === 'PageDown') next = value - bigStep;
  else if (e.key === 'Home') next = min;
  else if (e.key === 'End') next = max;
  return next === null ? null : Math.min(max, Math.max(min, next));
}

/** Next index among `count` marks from `current` (−1 = none yet), or 'clear' on Escape. */
export function stepIndex(key: string, current: number, count: number): number | 'clear' | null {
  if (count <= 0) return null;
  const last = count - 1;
  if (key === 'ArrowRight' || key === 'ArrowUp') return Math.min(last, current + 1);
  if (key === 'ArrowLeft' || key === 'ArrowDown') return Math.max(0, current < 0 ? 0 : current - 1);
  if (key === 'Home') return 0;
  if (key === 'End') return last;
  if (key === 'Escape') return 'clear';
  return null;
}
