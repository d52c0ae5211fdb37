/**
 * Runs `fn` once the frame that shows a change is out of the way: in a task after the second animation
 * frame from now, so the work `fn` does (the diffraction pattern: 5–60 ms of script, then its chart's
 * paint and raster) starts only when the browser has begun the frame after the one that shows the change.
 * With one frame in flight at most, that is when the changed frame has gone to the screen; a task right
 * after the first frame (as before, issue #15) ran while that frame's WebGL and raster work still queued
 * on this 2-core machine's software GPU, and delayed it. Returns a cancel function: cancelling and
 * re-scheduling on every change (a slider drag) runs `fn` once the changes pause for two frames.
 * Without requestAnimationFrame (Node, some test environments) it is a zero-delay timer.
 */
export function afterNextFrame(fn: () => void): () => void {
  if (typeof requestAnimationFrame !== 'function') {
    const timer = setTimeout(fn, 0);
    return () => clearTimeout(timer);
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  let frame = requestAnimationFrame(() => {
    frame = requestAnimationFrame(() => {
      timer = setTimeout(fn, 0);
    });
  });
  return () => {
    cancelAnimationFrame(frame);
    if (timer !== undefined) clearTimeout(timer);
  };
}
