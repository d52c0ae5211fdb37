/** Input mapping of the lattice canvas (src/views/lattice/canvasInput.ts), in Node. */
import { describe, expect, it } from 'vitest';
import { ROTATE_STEP_FAST_RAD, ROTATE_STEP_RAD, ZOOM_STEP, atomsInCell, isClick, keyAction, stepIndex, touchMode } from '../../../src/views/lattice/canvasInput';

describe('keyAction', () => {
  it('arrows rotate by 6° (Shift: 20°) in the four directions', () => {
    expect(ROTATE_STEP_RAD).toBeCloseTo((6 * Math.PI) / 180, 12);
    expect(ROTATE_STEP_FAST_RAD).toBeCloseTo((20 * Math.PI) / 180, 12);
    expect(keyAction('ArrowLeft', false)).toEqual({ kind: 'rotate', yaw: ROTATE_STEP_RAD, pitch: 0 });
    expect(keyAction('ArrowRight', true)).toEqual({ kind: 'rotate', yaw: -ROTATE_STEP_FAST_RAD, pitch: 0 });
    expect(keyAction('ArrowUp', false)).toEqual({ kind: 'rotate', yaw: 0, pitch: ROTATE_STEP_RAD });
    expect(keyAction('ArrowDown', false)).toEqual({ kind: 'rotate', yaw: 0, pitch: -ROTATE_STEP_RAD });
  });

  it('+ / = zoom in, - / _ zoom out by the same factor; 0 and Home reset', () => {
    for (const k of ['+', '=']) expect(keyAction(k, false)).toEqual({ kind: 'zoom', factor: ZOOM_STEP });
    for (const k of ['-', '_']) expect(keyAction(k, false)).toEqual({ kind: 'zoom', factor: 1 / ZOOM_STEP });
    expect(keyAction('0', false)).toEqual({ kind: 'reset' });
    expect(keyAction('Home', false)).toEqual({ kind: 'reset' });
  });

  it('N steps forward, Shift+N / P backward; Enter picks; Escape clears; other keys stay the browser’s', () => {
    expect(keyAction('n', false)).toEqual({ kind: 'focus', delta: 1 });
    expect(keyAction('N', true)).toEqual({ kind: 'focus', delta: -1 });
    expect(keyAction('p', false)).toEqual({ kind: 'focus', delta: -1 });
    expect(keyAction('Enter', false)).toEqual({ kind: 'pick' });
    expect(keyAction('Escape', false)).toEqual({ kind: 'clear' });
    for (const k of ['Tab', 'a', ' ', 'PageDown']) expect(keyAction(k, false)).toBeNull();
  });
});

describe('pointer and focus helpers', () => {
  it('a click moves at most 5 px in under 600 ms; anything else is an orbit', () => {
    const down = { x: 100, y: 100, t: 0 };
    expect(isClick(down, { x: 103, y: 104, t: 200 })).toBe(true);
    expect(isClick(down, { x: 106, y: 100, t: 200 })).toBe(false);
    expect(isClick(down, { x: 100, y: 100, t: 600 })).toBe(false);
  });

  it('stepIndex cycles both ways from "none yet"', () => {
    expect(stepIndex(-1, 1, 4)).toBe(0);
    expect(stepIndex(-1, -1, 4)).toBe(2);
    expect(stepIndex(3, 1, 4)).toBe(0);
    expect(stepIndex(0, -1, 4)).toBe(3);
    expect(stepIndex(2, 1, 0)).toBe(-1);
  });

  it('touch: before entering one finger pans the page and does not turn; entered, the canvas takes every touch', () => {
    const g = { rotate: 'R', dollyRotate: 'DR' };
    expect(touchMode(false, g)).toEqual({ touchAction: 'pan-x pan-y', one: null, two: 'DR' });
    expect(touchMode(true, g)).toEqual({ touchAction: 'none', one: 'R', two: 'DR' });
  });

  it('atomsInCell keeps the atoms inside the outlined cell (0.35 Å slack), at most max', () => {
    const pos: Record<string, [number, number, number][]> = {
      A: [[0, 0, 0], [5.9, 5.9, 5.9], [6.3, 0, 0]],
      X: [[2.95, 0, 0], [-0.3, 0, 0], [-0.4, 0, 0]],
    };
    const cell = { a: 5.9, b: 5.9, c: 5.9, origin: [0, 0, 0] as [number, number, number] };
    const get = (s: string, i: number) => ({ x: pos[s][i][0], y: pos[s][i][1], z: pos[s][i][2] });
    expect(atomsInCell(['A', 'X'], (s) => pos[s].length, get, cell)).toEqual([
      { species: 'A', index: 0 },
      { species: 'A', index: 1 },
      { species: 'X', index: 0 },
      { species: 'X', index: 1 },
    ]);
    expect(atomsInCell(['A', 'X'], (s) => pos[s].length, get, cell, 2)).toHaveLength(2);
  });
});
