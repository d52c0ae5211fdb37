/**
 * Roving focus in a chart: one tab stop, arrow keys move between marks (WAI-ARIA APG, "roving tabindex").
 * Returns the next active index for a key, `'blur'` for Escape, or null when the key is not ours.
 * `forward` names the arrow keys that move to the next mark (a bar list reads downwards, a scatter rightwards
 * and upwards); the other two arrows move back.
 */
export function rovingIndex(
  key: string,
  active: number,
  count: number,
  forward: readonly [string, string],
): number | 'blur' | null {
  if (count <= 0) return null;
  const ARROWS = ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight'];
  if (forward.includes(key)) return (active + 1) % count;
  if (ARROWS.includes(key)) return (active + count - 1) % count;
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  if (key === 'Escape') return 'blur';
  return null;
}
