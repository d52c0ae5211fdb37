/**
 * The stage of a three.js canvas: the renderer, its size (ResizeObserver), render on demand, tweens,
 * context loss and restore, pause/resume for the page-wide WebGL budget (glBudget.ts), and teardown.
 * What is drawn is the owner's business: `draw()` renders a frame, `releaseGpu()` drops GPU objects on a
 * loss (they re-upload from their CPU copies after the restore).
 *
 * Render on demand (STYLE.md §3; threlte `scheduler.svelte.ts` 'on-demand', Mol* `canvas3d.ts`):
 * `requestRender()` sets a flag and one rAF renders; a loop runs only while a tween is active.
 *
 * Pause (a widget scrolled away, or over the page's context budget): the last frame is rendered again and
 * copied to an <img data-pqd-still> laid over the canvas in the same task (no preserveDrawingBuffer needed),
 * then `renderer.forceContextLoss()` gives the context back. Resume: `renderer.forceContextRestore()`; three
 * rebuilds its GL state, the owner's objects re-upload on the next frame, and the still is removed once
 * that frame is drawn. No prototype patching, no DOM signalling: the stage says 'paused' itself.
 */
import { easeCubicInOut } from 'd3';
import { createRenderer, type RendererLike } from './types';

export interface StageOptions {
  antialias?: boolean;
  /**
   * Keep the drawing buffer after a frame is shown (slower): for widgets, whose host page may read the
   * canvas (a course tool's screenshot, drawImage) at any time.
   */
  preserveDrawingBuffer?: boolean;
  /** Skip tweens (prefers-reduced-motion). */
  reducedMotion?: () => boolean;
  /** Renders one frame (the renderer is live and sized). */
  draw: () => void;
  /** Called after every rendered frame (overlay labels, stats). */
  onFrame?: () => void;
  /** The canvas got a new size (CSS px). */
  onResize?: (width: number, height: number) => void;
  /** Releases GPU objects while the context is lost (they must stay usable: re-uploaded on the next frame). */
  releaseGpu?: () => void;
  /** 'lost' = taken by the browser (a GPU reset); 'paused' = given back on purpose; 'restored' = drawing again. */
  onContext?: (state: 'lost' | 'paused' | 'restored') => void;
  /** The context came back after a loss (clear colour etc. must be set again). */
  onRestored?: () => void;
}

interface Tween {
  key?: string;
  /** true while running */
  update(nowMs: number): boolean;
}

/** How long a restore may take to say so before the stage gives up (slow machines: generous), ms. */
const RESTORE_TIMEOUT_MS = 10_000;

export class Stage {
  readonly renderer: RendererLike;
  readonly canvas: HTMLCanvasElement;
  private readonly opts: StageOptions;
  private dirty = false;
  private raf = 0;
  private tweens: Tween[] = [];
  private lost = false;
  private pausing = false;
  private paused = false;
  private disposed = false;
  private frames = 0;
  private resizeObserver: ResizeObserver | null = null;
  private width = 1;
  private height = 1;
  private still: { img: HTMLImageElement; url: string } | null = null;
  /** Resolves the pending resume() once a frame was drawn after the restore. */
  private onDrawnAfterRestore: (() => void) | null = null;
  /** Waiting for the browser's context-lost event of our own pause (resume() must not restore before it). */
  private lostWaiters: (() => void)[] = [];

  constructor(container: HTMLElement, canvas: HTMLCanvasElement, opts: StageOptions) {
    this.canvas = canvas;
    this.opts = opts;
    // May throw (no WebGL 2): the caller shows the notice.
    this.renderer = createRenderer(canvas, { antialias: opts.antialias ?? false, preserveDrawingBuffer: opts.preserveDrawingBuffer ?? false });
    this.renderer.setPixelRatio(Math.min(globalThis.devicePixelRatio || 1, 2));
    canvas.addEventListener('webglcontextlost', this.onLost);
    canvas.addEventListener('webglcontextrestored', this.onRestored);
    if (typeof ResizeObserver !== 'undefined') {
      this.resizeObserver = new ResizeObserver((entries) => {
        const box = entries[entries.length - 1]?.contentRect;
        if (box) this.setSize(box.width, box.height);
      });
      this.resizeObserver.observe(container);
    }
  }

  /** Sizes the renderer to the container once (the owner calls it after its camera exists). */
  start(container: HTMLElement): void {
    const rect = container.getBoundingClientRect();
    this.setSize(rect.width || 640, rect.height || 480);
  }

  // ───────────────────────────── render on demand ─────────────────────────────

  /** Marks the frame dirty; one rAF renders it. */
  requestRender(): void {
    if (this.disposed || this.lost) return;
    this.dirty = true;
    if (this.raf === 0) this.raf = requestAnimationFrame(this.frame);
  }

  private readonly frame = (now: number): void => {
    this.raf = 0;
    if (this.disposed || this.lost) return;
    if (this.tweens.length > 0) {
      this.tweens = this.tweens.filter((t) => t.update(now));
      this.dirty = true;
      if (this.tweens.length > 0) this.raf = requestAnimationFrame(this.frame);
    }
    if (this.dirty) this.renderNow();
  };

  /** Renders synchronously (also used by PNG export, pause and tests). */
  renderNow(): void {
    if (this.disposed || this.lost) return;
    this.dirty = false;
    this.opts.draw();
    this.frames++;
    this.opts.onFrame?.();
    if (this.onDrawnAfterRestore) {
      const done = this.onDrawnAfterRestore;
      this.onDrawnAfterRestore = null;
      done();
    }
  }

  /**
   * Runs `step(progress)` over `durationMs` (progress 0→1, d3's easeCubicInOut), or jumps to 1 under
   * reduced motion. A tween with the same `key` replaces the running one.
   */
  animate(durationMs: number, step: (progress: number) => void, key?: string): void {
    const reduced = this.opts.reducedMotion?.() ?? false;
    if (key) this.cancelTween(key);
    if (reduced || durationMs <= 0) {
      step(1);
      this.requestRender();
      return;
    }
    // From now, not from the first frame: the first frame after a slider move already shows motion.
    const start = performance.now();
    this.tweens.push({
      key,
      update: (now: number) => {
        const x = Math.min(1, Math.max(0, (now - start) / durationMs));
        step(easeCubicInOut(x));
        return x < 1;
      },
    });
    this.requestRender();
  }

  cancelTween(key: string): void {
    this.tweens = this.tweens.filter((t) => t.key !== key);
  }

  /** True while a tween runs. */
  get animating(): boolean {
    return this.tweens.length > 0;
  }

  get frameCount(): number {
    return this.frames;
  }

  /** The context is gone (lost by the browser, or paused). */
  get contextLost(): boolean {
    return this.lost;
  }

  get isDisposed(): boolean {
    return this.disposed;
  }

  setSize(width: number, height: number): void {
    const w = Math.max(1, Math.floor(width));
    const h = Math.max(1, Math.floor(height));
    if (w === this.width && h === this.height) return;
    this.width = w;
    this.height = h;
    this.renderer.setSize(w, h, false);
    this.opts.onResize?.(w, h);
    this.requestRender();
  }

  get size(): { width: number; height: number } {
    return { width: this.width, height: this.height };
  }

  // ───────────────────────────── context loss, pause and resume ─────────────────────────────

  /**
   * Every GPU object is released NOW, while the context is lost — GL calls on a lost context are silent
   * no-ops — so that three's bookkeeping of the old context (buffers, vertex arrays, programs) is empty
   * before the restore. On restore three builds fresh GL state and everything re-uploads from its CPU copy
   * on the next render: the same picture, and no call touches an object of the old context (issue #14).
   */
  private readonly onLost = (e: Event): void => {
    e.preventDefault();
    this.lost = true;
    if (this.raf) cancelAnimationFrame(this.raf);
    this.raf = 0;
    this.opts.releaseGpu?.();
    this.opts.onContext?.(this.pausing || this.paused ? 'paused' : 'lost');
    for (const done of this.lostWaiters.splice(0)) done();
  };

  private readonly onRestored = (): void => {
    this.lost = false;
    this.opts.onRestored?.();
    this.opts.onContext?.('restored');
    this.dirty = true;
    this.requestRender();
  };

  /** Whether the stage gave its context back on purpose. */
  get isPaused(): boolean {
    return this.paused;
  }

  /**
   * Gives the context back, showing the last frame as a still image over the canvas. Resolves once the
   * context is released. No-op when already paused, lost or disposed.
   */
  async pause(): Promise<void> {
    if (this.disposed || this.lost || this.paused || this.pausing) return;
    this.pausing = true;
    try {
      await this.showStill();
      if (this.disposed) return;
      this.paused = true;
      this.renderer.forceContextLoss();
    } finally {
      this.pausing = false;
    }
  }

  /**
   * Takes a context again and draws; resolves true once a frame was drawn (the still is then removed on the
   * next animation frame, so the live canvas is on screen first), false if no context came back in time.
   */
  async resume(): Promise<boolean> {
    if (this.disposed) return false;
    if (!this.paused) return !this.lost;
    // The context-lost event of our own pause may not have arrived yet (the browser queues it): a restore
    // asked before it is refused, and the view would stay paused. Wait for it (at most a second).
    if (!this.lost) {
      await new Promise<void>((done) => {
        this.lostWaiters.push(done);
        setTimeout(done, 1000);
      });
      if (this.disposed || !this.paused) return !this.lost;
    }
    this.paused = false;
    const drawn = new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => {
        this.onDrawnAfterRestore = null;
        resolve(false);
      }, RESTORE_TIMEOUT_MS);
      this.onDrawnAfterRestore = () => {
        clearTimeout(timer);
        resolve(true);
      };
    });
    this.renderer.forceContextRestore();
    const ok = await drawn;
    if (ok) await nextFrame();
    if (!this.paused) this.dropStill();
    return ok;
  }

  /**
   * Renders the current picture and lays a copy of it over the canvas, read in the same task as the render.
   * toDataURL, not toBlob: Chromium encodes toBlob in idle time, which a busy page (a scroll mounting other
   * widgets) may not have for seconds; one synchronous PNG encode of the canvas takes a few tens of ms.
   */
  private async showStill(): Promise<void> {
    const doc = this.canvas.ownerDocument;
    if (typeof this.canvas.toDataURL !== 'function' || !this.canvas.parentElement) return;
    this.renderNow();
    let url = '';
    try {
      url = this.canvas.toDataURL('image/png');
    } catch {
      url = '';
    }
    if (!url.startsWith('data:image/png') || this.disposed) return;
    const img = doc.createElement('img');
    img.alt = '';
    img.decoding = 'sync';
    img.dataset.pqdStill = '';
    Object.assign(img.style, { position: 'absolute', inset: '0', width: '100%', height: '100%', pointerEvents: 'none', borderRadius: 'inherit' });
    img.src = url;
    try {
      await img.decode();
    } catch {
      /* shown once loaded */
    }
    if (this.disposed) return;
    this.dropStill();
    this.still = { img, url };
    this.canvas.after(img);
  }

  private dropStill(): void {
    if (!this.still) return;
    this.still.img.remove();
    this.still = null;
  }

  // ───────────────────────────── teardown ─────────────────────────────

  /** Stops drawing and releases the renderer (last) and its context. The owner disposes its objects first. */
  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    if (this.raf) cancelAnimationFrame(this.raf);
    this.raf = 0;
    this.tweens = [];
    this.resizeObserver?.disconnect();
    this.resizeObserver = null;
    this.dropStill();
    this.canvas.removeEventListener('webglcontextlost', this.onLost);
    this.canvas.removeEventListener('webglcontextrestored', this.onRestored);
  }

  /** The renderer goes last: after every object drawn with it was disposed by its owner. */
  disposeRenderer(): void {
    this.renderer.setAnimationLoop(null);
    this.renderer.dispose();
    // Release the context now instead of waiting for GC (browsers cap live contexts at ~16).
    if (!this.lost) this.renderer.forceContextLoss();
  }
}

function nextFrame(): Promise<void> {
  return new Promise((resolve) => {
    let done = false;
    const go = (): void => {
      if (done) return;
      done = true;
      resolve();
    };
    requestAnimationFrame(go);
    setTimeout(go, 100);
  });
}
