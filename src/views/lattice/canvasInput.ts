/**
 * Input mapping of the lattice canvas, pure (Node-tested): keys to actions, a click told from an orbit,
 * and the touch mode (map-app style: one finger scrolls the page until the view is entered).
 * LatticeCanvas.svelte applies the actions to the scene.
 */

/** What a key does on the focused canvas; null = not ours (the browser keeps it). */
export type KeyAction =
  | { kind: 'rotate'; yaw: number; pitch: number }
  | { kind: 'zoom'; factor: number }
  | { kind: 'reset' }
  | { kind: 'focus'; delta: 1 | -1 }
  | { kind: 'pick' }
  | { kind: 'clear' };

/** Rotation per arrow key: 6° (Shift: 20°). */
export const ROTATE_STEP_RAD = Math.PI / 30;
export const ROTATE_STEP_FAST_RAD = Math.PI / 9;
/** Zoom per + / − press. */
export const ZOOM_STEP = 1.15;

/**
 * Arrows rotate (Shift: faster), + / − zoom, 0 or Home resets the view, N / P step through the atoms of
 * the outlined cell (Shift+N backwards), Enter picks the focused atom, Escape clears the measurement.
 */
export function keyAction(key: string, shiftKey: boolean): KeyAction | null {
  const step = shiftKey ? ROTATE_STEP_FAST_RAD : ROTATE_STEP_RAD;
  switch (key) {
    case 'ArrowLeft':
      return { kind: 'rotate', yaw: step, pitch: 0 };
    case 'ArrowRight':
      return { kind: 'rotate', yaw: -step, pitch: 0 };
    case 'ArrowUp':
      return { kind: 'rotate', yaw: 0, pitch: step };
    case 'ArrowDown':
      return { kind: 'rotate', yaw: 0, pitch: -step };
    case '+':
    case '=':
      return { kind: 'zoom', factor: ZOOM_STEP };
    case '-':
    case '_':
      return { kind: 'zoom', factor: 1 / ZOOM_STEP };
    case '0':
    case 'Home':
      return { kind: 'reset' };
    case 'n':
    case 'N':
      return { kind: 'focus', delta: shiftKey || key === 'N' ? -1 : 1 };
    case 'p':
    case 'P':
      return { kind: 'focus', delta: -1 };
    case 'Enter':
      return { kind: 'pick' };
    case 'Escape':
      return { kind: 'clear' };
    default:
      return null;
  }
}

/** Largest pointer travel (CSS px) and duration (ms) of a click; more is an orbit. */
export const CLICK_MAX_MOVE_PX = 5;
export const CLICK_MAX_MS = 600;

/** A press released near where it started, soon: a click (pick), not an orbit. */
export function isClick(down: { x: number; y: number; t: number }, up: { x: number; y: number; t: number }): boolean {
  return Math.hypot(up.x - down.x, up.y - down.y) <= CLICK_MAX_MOVE_PX && up.t - down.t < CLICK_MAX_MS;
}

/** Cyclic step through n items from `index` (−1 = none yet). */
export function stepIndex(index: number, delta: number, n: number): number {
  if (n <= 0) return -1;
  return (((index + delta) % n) + n) % n;
}

/**
 * Touch mode: before the view is entered one finger scrolls the page (CSS touch-action pan) and does not
 * turn the crystal; two fingers turn and zoom. Entered: the canvas takes every touch. The `one` and `two`
 * values are OrbitControls' TOUCH gestures (ROTATE, DOLLY_ROTATE) passed in by the caller.
 */
export function touchMode<T>(entered: boolean, gestures: { rotate: T; dollyRotate: T }): { touchAction: string; one: T | null; two: T } {
  return { touchAction: entered ? 'none' : 'pan-x pan-y', one: entered ? gestures.rotate : null, two: gestures.dollyRotate };
}

/** Selected atoms in the outlined unit cell (box from `origin`, lengths a, b, c, Å; 0.35 Å slack), at most `max`. */
export function atomsInCell<S extends string>(
  species: readonly S[],
  countOf: (s: S) => number,
  positionOf: (s: S, i: number) => { x: number; y: number; z: number } | null,
  cell: { a: number; b: number; c: number; origin: [number, number, number] },
  max = 48,
): { species: S; index: number }[] {
  const out: { species: S; index: number }[] = [];
  const eps = 0.35;
  for (const sp of species) {
    for (let i = 0; i < countOf(sp) && out.length < max; i++) {
      const p = positionOf(sp, i);
      if (!p) continue;
      const u = p.x - cell.origin[0];
      const v = p.y - cell.origin[1];
      const w = p.z - cell.origin[2];
      if (u > -eps && u < cell.a + eps && v > -eps && v < cell.b + eps && w > -eps && w < cell.c + eps) out.push({ species: sp, index: i });
    }
  }
  return out;
}
