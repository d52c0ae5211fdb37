/**
 * Many 3D widgets on one page. Browsers keep only about 16 live WebGL contexts per page (Chromium then
 * loses the oldest: "Too many active WebGL contexts"), so a course page with 20 lattice widgets would break.
 * A `GlGate` wraps one widget (a shadow root, or the page in an `embed=1` iframe):
 *
 * - While the widget is out of view, its canvases hold no context: the last frame is copied to an <img>
 *   laid exactly over the canvas, then the context is released with `WEBGL_lose_context.loseContext()`
 *   (a released context does not count towards the browser's limit).
 * - When it scrolls back into view, `restoreContext()` gives it a new context; the view's own
 *   `webglcontextrestored` handler (three re-creates its GL state; the lattice scene rebuilds and renders)
 *   draws again and the still image is removed two frames later. If no context comes back (a view that
 *   does not handle restoration), the gate asks its owner to remount the view.
 * - At most MAX_LIVE_CONTEXTS contexts of all gates are live at once; past that, the least recently used
 *   widget is frozen even if visible, keeping its still image and a "Resume 3D view" button. So a canvas
 *   is never shown broken.
 *
 * The still image needs the drawing buffer after the frame was shown, so for canvases inside a gate the
 * `getContext` hook below asks for `preserveDrawingBuffer: true` (canvases elsewhere on the host page are
 * left alone). It only sees contexts created while the canvas is already inside the gate's root — true for
 * a three.js renderer given a canvas from the component's markup.
 */

type GL = WebGLRenderingContext | WebGL2RenderingContext;

interface Managed {
  gl: GL;
  ext: WEBGL_lose_context | null;
  gate: GlGate;
}

/** Live contexts allowed across all gates of the page: well under the browser's ~16, leaving room for the host. */
export const MAX_LIVE_CONTEXTS = 8;
let maxLive = MAX_LIVE_CONTEXTS;
/**
 * Changes the budget (1–16), e.g. for a host page that uses WebGL itself. Returns the budget in force.
 * Exposed by the widget script as `PqdWidgets.setMaxLiveContexts(n)`.
 */
export function setMaxLiveContexts(n: number): number {
  if (Number.isInteger(n) && n >= 1 && n <= 16) maxLive = n;
  enforceBudget(null);
  return maxLive;
}
/** How long a released or restored context may take to say so (slow machines: generous), ms. */
const EVENT_TIMEOUT_MS = 10_000;

const managed = new WeakMap<HTMLCanvasElement, Managed>();
const gates = new Set<GlGate>();
const HOOK = Symbol.for('pqd.glGate.getContextHook');

/** Test hook: `globalThis.__pqdGateDebug = (event, detail) => …` receives the gate's decisions. */
function debug(event: string, detail?: unknown): void {
  const hook = (globalThis as { __pqdGateDebug?: (event: string, detail?: unknown) => void }).__pqdGateDebug;
  if (typeof hook === 'function') hook(event, detail);
}

function gateOf(canvas: HTMLCanvasElement): GlGate | null {
  if (!canvas.isConnected) return null;
  for (const g of gates) if (g.root.contains(canvas)) return g;
  return null;
}

/**
 * Wraps `HTMLCanvasElement.prototype.getContext` once per page so that WebGL contexts created for canvases
 * inside a gate keep their drawing buffer and are known to the gate. Other canvases are untouched.
 */
export function installContextHook(): void {
  if (typeof HTMLCanvasElement === 'undefined') return;
  const proto = HTMLCanvasElement.prototype as unknown as Record<PropertyKey, unknown>;
  if (proto[HOOK]) return;
  const original = HTMLCanvasElement.prototype.getContext as (this: HTMLCanvasElement, type: string, attrs?: unknown) => unknown;
  function getContext(this: HTMLCanvasElement, type: string, attrs?: unknown): unknown {
    if (type === 'webgl2' || type === 'webgl' || type === 'experimental-webgl') {
      const known = managed.get(this);
      if (known) return original.call(this, type, attrs);
      const gate = gateOf(this);
      if (gate) {
        const base = typeof attrs === 'object' && attrs !== null ? attrs : {};
        const ctx = original.call(this, type, { ...base, preserveDrawingBuffer: true }) as GL | null;
        if (ctx) {
          let ext: WEBGL_lose_context | null = null;
          try {
            ext = ctx.getExtension('WEBGL_lose_context');
          } catch {
            ext = null;
          }
          managed.set(this, { gl: ctx, ext, gate });
          gate.contextCreated();
        }
        return ctx;
      }
    }
    return original.call(this, type, attrs);
  }
  Object.defineProperty(HTMLCanvasElement.prototype, 'getContext', { value: getContext, writable: true, configurable: true });
  Object.defineProperty(HTMLCanvasElement.prototype, HOOK, { value: true });
}

function liveTotal(): number {
  let n = 0;
  for (const g of gates) n += g.liveContexts();
  return n;
}

/**
 * Freezes least-recently-used gates until the page is within budget, counting `incoming` contexts about
 * to be restored; `keep` is never frozen.
 */
function enforceBudget(keep: GlGate | null, incoming = 0): void {
  let excess = liveTotal() + incoming - maxLive;
  if (excess <= 0) return;
  const candidates = [...gates]
    .filter((g) => g !== keep && g.liveContexts() > 0)
    .sort((a, b) => Number(a.visible) - Number(b.visible) || a.lastUsed - b.lastUsed);
  for (const g of candidates) {
    if (excess <= 0) break;
    excess -= g.liveContexts();
    g.evict();
  }
}

function frame(): Promise<void> {
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

function toBlob(canvas: HTMLCanvasElement): Promise<Blob | null> {
  return new Promise((resolve) => {
    try {
      canvas.toBlob((b) => resolve(b), 'image/png');
    } catch {
      resolve(null);
    }
  });
}

/**
 * Resolves when `type` fires on the canvas: true if it fired (for a loss: and the view prevented its default,
 * which is what allows a restore), false after `timeoutMs`. Listeners added here run after the view's own.
 */
function waitForEvent(canvas: HTMLCanvasElement, type: 'webglcontextlost' | 'webglcontextrestored', timeoutMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      canvas.removeEventListener(type, on);
      resolve(false);
    }, timeoutMs);
    function on(e: Event): void {
      clearTimeout(timer);
      // Resolve in a later task: the browser decides whether a restore is allowed only after the whole
      // dispatch, and a promise continuation would run in between (the microtask checkpoint after a listener).
      const ok = type === 'webglcontextlost' ? e.defaultPrevented : true;
      setTimeout(() => resolve(ok), 0);
    }
    canvas.addEventListener(type, on, { once: true });
  });
}

interface Still {
  img: HTMLImageElement;
  url: string;
}

export interface GlGateOptions {
  /** Called when a released context did not come back: remount the view (its canvases are new then). */
  remount?: () => void;
  /** Label of the button that resumes a widget frozen while visible (from the caller's message catalogue). */
  resumeLabel: string;
}

export class GlGate {
  /** Where the widget's canvases live (a ShadowRoot or an element). */
  readonly root: Node;
  /** Element the still images are laid over (gets `position: relative` if static). */
  private readonly frame: HTMLElement;
  private readonly layer: HTMLDivElement;
  private readonly resume: HTMLButtonElement;
  private readonly opts: GlGateOptions;
  private readonly stills = new Map<HTMLCanvasElement, Still>();
  /** Canvases whose context this gate released, with whether the loss allows a restore (once dispatched). */
  private readonly released = new Map<HTMLCanvasElement, Promise<boolean>>();
  private readonly resizeObserver: ResizeObserver | null;
  private busy = false;
  private destroyed = false;
  visible = false;
  /** Whether the owner has said once whether the widget is in view (until then nothing is frozen). */
  private visibilityKnown = false;
  /** Frozen by the budget while visible; cleared by the resume button or by scrolling away and back. */
  evicted = false;
  lastUsed = 0;
  /** For debugging: the host element's id, if any. */
  readonly id: string;

  constructor(root: Node, frameElement: HTMLElement, opts: GlGateOptions) {
    installContextHook();
    this.root = root;
    this.frame = frameElement;
    this.opts = opts;
    this.id = ((root as ShadowRoot).host as Element | undefined)?.id ?? frameElement.id ?? '';
    const doc = frameElement.ownerDocument;
    this.layer = doc.createElement('div');
    this.layer.className = 'pqd-gl-stills';
    Object.assign(this.layer.style, { position: 'absolute', inset: '0', pointerEvents: 'none', zIndex: '5' });
    this.resume = doc.createElement('button');
    this.resume.type = 'button';
    this.resume.textContent = opts.resumeLabel;
    this.resume.className = 'pqd-gl-resume';
    Object.assign(this.resume.style, {
      position: 'absolute',
      pointerEvents: 'auto',
      display: 'none',
      font: '600 16px system-ui, sans-serif',
      padding: '0.5em 1em',
      color: '#15181d',
      background: '#ffffff',
      border: '2px solid #0b61a4',
      borderRadius: '8px',
      cursor: 'pointer',
      boxShadow: '0 2px 8px rgb(0 0 0 / 0.25)',
    });
    this.resume.addEventListener('click', () => this.activate());
    this.layer.append(this.resume);
    if (doc.defaultView?.getComputedStyle(frameElement).position === 'static') frameElement.style.position = 'relative';
    frameElement.append(this.layer);
    this.resizeObserver = typeof ResizeObserver === 'function' ? new ResizeObserver(() => this.place()) : null;
    this.resizeObserver?.observe(frameElement);
    frameElement.addEventListener('pointerdown', this.onUse, true);
    frameElement.addEventListener('focusin', this.onUse, true);
    gates.add(this);
  }

  private readonly onUse = (): void => {
    this.lastUsed = performance.now();
  };

  /** Canvases of this gate with a context that is live now. */
  private canvases(): HTMLCanvasElement[] {
    const list = (this.root as ParentNode).querySelectorAll?.('canvas') ?? [];
    return [...list].filter((c) => managed.get(c)?.gate === this);
  }

  liveContexts(): number {
    if (this.destroyed) return 0;
    return this.canvases().filter((c) => !managed.get(c)!.gl.isContextLost()).length;
  }

  /** Whether the gate holds still images in place of its canvases. */
  get frozen(): boolean {
    return this.released.size > 0;
  }

  /** Called by the widget's IntersectionObserver. */
  setVisible(visible: boolean): void {
    debug('visible', { id: this.id, visible });
    if (this.destroyed || (this.visibilityKnown && visible === this.visible)) return;
    this.visibilityKnown = true;
    this.visible = visible;
    if (visible) this.lastUsed = performance.now();
    else this.evicted = false;
    void this.reconcile();
  }

  /** Frozen by the budget (another widget needs a context). */
  evict(): void {
    if (this.destroyed) return;
    this.evicted = true;
    void this.reconcile();
  }

  /** The user asked for this widget's 3D view (resume button). */
  activate(): void {
    this.evicted = false;
    this.lastUsed = performance.now();
    void this.reconcile();
  }

  /** A canvas of this gate got a new context. */
  contextCreated(): void {
    debug('context', { id: this.id });
    this.lastUsed = performance.now();
    enforceBudget(this);
    if (this.visibilityKnown && (!this.visible || this.evicted)) void this.reconcile();
  }

  private wantLive(): boolean {
    return this.visible && !this.evicted;
  }

  private async reconcile(): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    try {
      for (let guard = 0; guard < 8 && !this.destroyed; guard++) {
        if (this.wantLive()) {
          if (!this.frozen) break;
          enforceBudget(this, this.released.size);
          await this.thaw();
        } else {
          if (this.liveContexts() === 0) break;
          await this.freeze();
        }
      }
    } finally {
      this.busy = false;
      this.resume.style.display = this.frozen && this.visible && this.evicted ? '' : 'none';
      this.place();
    }
  }

  /** Copies each live canvas to a still image over it, then releases the context. */
  private async freeze(): Promise<void> {
    for (const canvas of this.canvases()) {
      const m = managed.get(canvas)!;
      if (m.gl.isContextLost()) continue;
      const blob = await toBlob(canvas);
      if (this.destroyed) return;
      if (blob && blob.size > 0) {
        const url = URL.createObjectURL(blob);
        const img = this.frame.ownerDocument.createElement('img');
        img.alt = '';
        img.decoding = 'sync';
        img.src = url;
        img.style.position = 'absolute';
        img.dataset.pqdStill = '';
        try {
          await img.decode();
        } catch {
          /* shown anyway once loaded */
        }
        this.dropStill(canvas);
        this.stills.set(canvas, { img, url });
        this.layer.insertBefore(img, this.resume);
      }
      this.place();
      if (!m.gl.isContextLost() && m.ext) {
        // Tell the view this is a pause, not a failure (it may show a calmer notice, or none).
        canvas.dataset.pqdPaused = '';
        // restoreContext() is only allowed once the loss has been dispatched and the view prevented its
        // default: thaw() waits for this before asking for the context back.
        const restorable = waitForEvent(canvas, 'webglcontextlost', EVENT_TIMEOUT_MS);
        debug('lose', { id: this.id });
        m.ext.loseContext();
        this.released.set(canvas, restorable);
        await restorable;
      }
    }
  }

  /** Restores every released context; removes the stills once the view has drawn again. */
  private async thaw(): Promise<void> {
    const waits: Promise<boolean>[] = [];
    for (const [canvas, restorable] of [...this.released]) {
      const m = managed.get(canvas);
      if (!m || !canvas.isConnected || !m.ext) {
        this.released.delete(canvas);
        this.dropStill(canvas);
        continue;
      }
      waits.push(
        restorable.then(async (allowed) => {
          debug('lost-seen', { id: this.id, allowed });
          if (!allowed || this.destroyed) return false;
          const restored = waitForEvent(canvas, 'webglcontextrestored', EVENT_TIMEOUT_MS);
          debug('restore', { id: this.id, lost: m.gl.isContextLost() });
          m.ext!.restoreContext();
          const ok = await restored;
          delete canvas.dataset.pqdPaused;
          return ok;
        }),
      );
    }
    const ok = (await Promise.all(waits)).every(Boolean);
    if (this.destroyed) return;
    if (!ok) {
      // The view did not take its context back: start it again from its state.
      this.released.clear();
      debug('remount', { id: this.id });
      this.opts.remount?.();
    }
    // Two frames: the view renders on the frame after its restore handler.
    await frame();
    await frame();
    if (this.destroyed) return;
    if (this.wantLive()) {
      for (const canvas of [...this.stills.keys()]) this.dropStill(canvas);
      this.released.clear();
    }
  }

  private dropStill(canvas: HTMLCanvasElement): void {
    const s = this.stills.get(canvas);
    if (!s) return;
    s.img.remove();
    URL.revokeObjectURL(s.url);
    this.stills.delete(canvas);
  }

  /** Lays each still image exactly over its canvas, and the resume button at its centre. */
  private place(): void {
    const base = this.frame.getBoundingClientRect();
    let first: DOMRect | null = null;
    for (const [canvas, s] of this.stills) {
      const r = canvas.getBoundingClientRect();
      first ??= r;
      Object.assign(s.img.style, {
        left: `${r.left - base.left}px`,
        top: `${r.top - base.top}px`,
        width: `${r.width}px`,
        height: `${r.height}px`,
      });
    }
    if (first && this.resume.style.display !== 'none') {
      Object.assign(this.resume.style, {
        left: `${first.left - base.left + first.width / 2}px`,
        top: `${first.top - base.top + first.height / 2}px`,
        transform: 'translate(-50%, -50%)',
      });
    }
  }

  /** Forgets the widget (it was removed from the page); its stills are dropped. */
  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    gates.delete(this);
    this.resizeObserver?.disconnect();
    this.frame.removeEventListener('pointerdown', this.onUse, true);
    this.frame.removeEventListener('focusin', this.onUse, true);
    for (const canvas of [...this.stills.keys()]) this.dropStill(canvas);
    this.released.clear();
    this.layer.remove();
  }
}

/** Number of live contexts held by all gates (tests and the benchmark page read it). */
export function liveContextCount(): number {
  return liveTotal();
}
