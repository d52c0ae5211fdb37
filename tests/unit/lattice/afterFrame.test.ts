/**
 * afterNextFrame (the diffraction panel's deferral, issue #15): the work runs in a task after the next
 * animation frame, never before that frame nor inside its callback; cancelling at any point stops it.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterNextFrame } from '../../../src/views/lattice/diffraction/afterFrame';

/** A hand-driven requestAnimationFrame: `frame()` runs the callbacks queued before it. */
let queue = new Map<number, FrameRequestCallback>();
let nextId = 1;
function frame(): void {
  const due = queue;
  queue = new Map();
  for (const cb of due.values()) cb(0);
}

beforeEach(() => {
  vi.useFakeTimers();
  queue = new Map();
  vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => {
    queue.set(nextId, cb);
    return nextId++;
  });
  vi.stubGlobal('cancelAnimationFrame', (id: number) => queue.delete(id));
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('afterNextFrame', () => {
  it('runs after the next frame, in a task of its own', () => {
    const fn = vi.fn();
    afterNextFrame(fn);
    vi.runAllTimers();
    expect(fn).not.toHaveBeenCalled();
    frame(); // the frame that shows the change
    expect(fn).not.toHaveBeenCalled(); // not inside the frame callback
    vi.runAllTimers();
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('cancelled before the frame or before its task: never runs', () => {
    for (const framesBeforeCancel of [0, 1]) {
      const fn = vi.fn();
      const cancel = afterNextFrame(fn);
      for (let i = 0; i < framesBeforeCancel; i++) frame();
      cancel();
      frame();
      frame();
      vi.runAllTimers();
      expect(fn).not.toHaveBeenCalled();
    }
  });

  it('without requestAnimationFrame: a zero-delay timer', () => {
    vi.unstubAllGlobals();
    vi.stubGlobal('requestAnimationFrame', undefined);
    const fn = vi.fn();
    afterNextFrame(fn);
    expect(fn).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(fn).toHaveBeenCalledTimes(1);
  });
});
