/**
 * The one guard of the view models: a readout that cannot be computed is `null` (shown as "—"), never an
 * exception or a NaN on screen (STYLE.md §2: "Outside a model's validity range the result is null").
 */

/** f's value; null when f throws or returns a non-finite number (NaN, ±∞). */
export function orNull<T>(f: () => T): T | null {
  try {
    const v = f();
    return typeof v === 'number' && !Number.isFinite(v) ? null : v;
  } catch {
    return null;
  }
}
