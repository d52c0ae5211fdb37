/**
 * Runs `fn` once the next frame has been drawn (a task after the next animation frame), so work it does
 * never delays that frame; returns a cancel function. Cancelling and re-scheduling on every change (a
 * slider drag) runs `fn` once the changes pause for a frame. Without requestAnimationFrame (Node, some
 * test environments) it is a zero-delay timer.
 */
export function afterNextFrame(fn: () => void): () => void {
  if (typeof requestAnimationFrame !== 'function') {
    const timer = setTimeout(fn, 0);
    return () => clearTimeout(timer);
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(fn, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    if (timer !== undefined) clearTimeout(timer);
  };
}
