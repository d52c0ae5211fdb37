/**
 * Touch on the 3D view like a map app (issue #13): one finger scrolls the page past the crystal; a tap (or
 * two fingers) "enters" the view, after which one finger turns the crystal and two pinch-zoom; tapping
 * outside, or Done, leaves. Mouse, pen and keyboard are unaffected. This holds that state; LatticeCanvas
 * maps it onto OrbitControls and `touch-action` (canvasInput.ts touchMode).
 */
export class TouchEntry {
  /** Inside the view: one finger turns the crystal. */
  entered = $state(false);
  /** A touch was seen on the canvas (shows the hint also where `(pointer: coarse)` is not reported). */
  seen = $state(false);
  #primaryDown = false;

  /** A touch pointer went down on the canvas. */
  down(primary: boolean): void {
    this.seen = true;
    this.#primaryDown = primary;
  }

  /** The browser took the gesture (a page scroll): neither a tap nor a turn. */
  cancel(): void {
    this.#primaryDown = false;
  }

  /** A touch tap ended. True when it entered the view (then it picks nothing). */
  tapEnters(): boolean {
    if (this.entered) return false;
    if (this.#primaryDown) this.entered = true;
    this.#primaryDown = false;
    return true;
  }

  leave(): void {
    this.entered = false;
  }

  /**
   * Listens on the canvas (not passive: two fingers on the crystal must not scroll or zoom the page) and on
   * the document (a tap outside `root` leaves). `onEnter` runs when two fingers enter at once.
   */
  attach(canvas: HTMLCanvasElement, root: HTMLElement, onEnter: () => void): () => void {
    const start = (e: TouchEvent) => {
      this.seen = true;
      if (e.touches.length >= 2 && !this.entered) {
        this.entered = true;
        onEnter();
      }
      if (this.entered && e.cancelable) e.preventDefault();
    };
    const move = (e: TouchEvent) => {
      if (this.entered && e.cancelable) e.preventDefault();
    };
    const outside = (e: PointerEvent) => {
      if (this.entered && !root.contains(e.target as Node)) this.entered = false;
    };
    canvas.addEventListener('touchstart', start, { passive: false });
    canvas.addEventListener('touchmove', move, { passive: false });
    document.addEventListener('pointerdown', outside, true);
    return () => {
      canvas.removeEventListener('touchstart', start);
      canvas.removeEventListener('touchmove', move);
      document.removeEventListener('pointerdown', outside, true);
    };
  }
}
