// @vitest-environment jsdom
/**
 * The WebGL context gate (src/embed/glGate.ts) with a stand-in WebGL: jsdom has none, so
 * `HTMLCanvasElement.prototype.getContext` is replaced by a fake whose WEBGL_lose_context dispatches
 * `webglcontextlost`/`webglcontextrestored` like a browser (asynchronously; restore allowed only after a
 * loss whose default was prevented). Checked: contexts inside a gate get preserveDrawingBuffer and are
 * counted, others are untouched; out of view → still image + released; back in view → restored, still
 * removed; the page-wide budget freezes the least recently used; a view that never takes its context back
 * is remounted.
 */
import { describe, it, expect, vi, beforeAll, afterEach } from 'vitest';

interface FakeGl {
  attrs: Record<string, unknown>;
  lost: boolean;
  isContextLost(): boolean;
  getExtension(name: string): unknown;
}

const created: { canvas: HTMLCanvasElement; gl: FakeGl }[] = [];

function fakeGetContext(this: HTMLCanvasElement, type: string, attrs?: Record<string, unknown>): FakeGl | null {
  if (type !== 'webgl2') return null;
  const existing = created.find((c) => c.canvas === this);
  if (existing) return existing.gl;
  const canvas = this;
  let restoreAllowed = false;
  let dispatching = false;
  const gl: FakeGl = {
    attrs: { ...(attrs ?? {}) },
    lost: false,
    isContextLost: () => gl.lost,
    getExtension: (name: string) =>
      name === 'WEBGL_lose_context'
        ? {
            loseContext() {
              gl.lost = true;
              setTimeout(() => {
                // As in Chromium: "restore allowed" is decided after the whole dispatch, so a restore from a
                // listener (or a microtask queued by one) is refused.
                restoreAllowed = false;
                const e = new Event('webglcontextlost', { cancelable: true });
                // Chromium runs a microtask checkpoint after each listener, before it sets the flag: model that
                // by setting it in the next task, queued before the dispatch (so ahead of any task a listener queues).
                setTimeout(() => {
                  dispatching = false;
                  restoreAllowed = e.defaultPrevented;
                }, 0);
                dispatching = true;
                canvas.dispatchEvent(e);
              }, 5);
            },
            restoreContext() {
              if (dispatching) throw new Error('restoreContext during the loss dispatch: not allowed yet');
              if (!gl.lost || !restoreAllowed) throw new Error('INVALID_OPERATION: context restoration not allowed');
              setTimeout(() => {
                gl.lost = false;
                restoreAllowed = false;
                canvas.dispatchEvent(new Event('webglcontextrestored'));
              }, 5);
            },
          }
        : null,
  };
  created.push({ canvas, gl });
  return gl;
}

let gate: typeof import('../../../src/embed/glGate');
beforeAll(async () => {
  HTMLCanvasElement.prototype.getContext = fakeGetContext as unknown as typeof HTMLCanvasElement.prototype.getContext;
  HTMLCanvasElement.prototype.toBlob = function (cb: BlobCallback) {
    setTimeout(() => cb(new Blob(['png'], { type: 'image/png' })), 1);
  };
  URL.createObjectURL = vi.fn(() => `blob:still-${Math.random()}`);
  URL.revokeObjectURL = vi.fn();
  (globalThis as unknown as { requestAnimationFrame: (f: FrameRequestCallback) => number }).requestAnimationFrame = (f) =>
    setTimeout(() => f(performance.now()), 1) as unknown as number;
  gate = await import('../../../src/embed/glGate');
  gate.installContextHook();
});

const gates: { destroy(): void }[] = [];
afterEach(() => {
  for (const g of gates.splice(0)) g.destroy();
  document.body.replaceChildren();
  gate.setMaxLiveContexts(gate.MAX_LIVE_CONTEXTS);
});

/** A widget: a frame with a canvas whose view (like three) prevents the loss default and counts restores. */
function widget(): { frame: HTMLDivElement; canvas: HTMLCanvasElement; g: InstanceType<typeof gate.GlGate>; restores: () => number; remounts: () => number } {
  const frame = document.createElement('div');
  const canvas = document.createElement('canvas');
  frame.append(canvas);
  document.body.append(frame);
  let restores = 0;
  let remounts = 0;
  canvas.addEventListener('webglcontextlost', (e) => e.preventDefault());
  canvas.addEventListener('webglcontextrestored', () => restores++);
  const g = new gate.GlGate(frame, frame, { remount: () => remounts++, resumeLabel: 'Resume 3D view' });
  gates.push(g);
  return { frame, canvas, g, restores: () => restores, remounts: () => remounts };
}

const settle = (ms = 120): Promise<void> => new Promise((r) => setTimeout(r, ms));

describe('getContext hook', () => {
  it('asks for preserveDrawingBuffer inside a gate and counts the context; leaves other canvases alone', () => {
    const w = widget();
    w.g.setVisible(true);
    const gl = w.canvas.getContext('webgl2', { antialias: false }) as unknown as FakeGl;
    expect(gl.attrs).toEqual({ antialias: false, preserveDrawingBuffer: true });
    expect(gate.liveContextCount()).toBe(1);
    const outside = document.createElement('canvas');
    document.body.append(outside);
    const gl2 = outside.getContext('webgl2', { antialias: true }) as unknown as FakeGl;
    expect(gl2.attrs).toEqual({ antialias: true });
    expect(gate.liveContextCount()).toBe(1);
  });
});

describe('GlGate', () => {
  it('out of view: a still image over the canvas, the context released; back in view: restored, image gone', async () => {
    const w = widget();
    w.g.setVisible(true);
    w.canvas.getContext('webgl2');
    w.g.setVisible(false);
    await settle();
    expect(w.frame.querySelectorAll('img[data-pqd-still]')).toHaveLength(1);
    expect(gate.liveContextCount()).toBe(0);
    expect(w.canvas.dataset.pqdPaused).toBe('');
    expect(w.g.frozen).toBe(true);
    w.g.setVisible(true);
    await settle();
    expect(w.restores()).toBe(1);
    expect(w.frame.querySelectorAll('img[data-pqd-still]')).toHaveLength(0);
    expect(gate.liveContextCount()).toBe(1);
    expect(w.canvas.dataset.pqdPaused).toBeUndefined();
    expect(w.remounts()).toBe(0);
  });

  it('a quick leave-and-return waits for the loss before restoring (no refused restore)', async () => {
    const w = widget();
    w.g.setVisible(true);
    w.canvas.getContext('webgl2');
    w.g.setVisible(false);
    w.g.setVisible(true);
    w.g.setVisible(false);
    w.g.setVisible(true);
    await settle(250);
    expect(gate.liveContextCount()).toBe(1);
    expect(w.frame.querySelectorAll('img[data-pqd-still]')).toHaveLength(0);
    expect(w.remounts()).toBe(0);
  });

  it('keeps the page within the budget by freezing the least recently used widget, which offers a resume button', async () => {
    gate.setMaxLiveContexts(2);
    const ws = [widget(), widget(), widget()];
    for (const w of ws) {
      w.g.setVisible(true);
      w.canvas.getContext('webgl2');
      await settle(5);
    }
    await settle();
    expect(gate.liveContextCount()).toBe(2);
    expect(ws[0].g.frozen).toBe(true);
    const resume = ws[0].frame.querySelector<HTMLButtonElement>('button.pqd-gl-resume')!;
    expect(resume.style.display).not.toBe('none');
    expect(resume.textContent).toMatch(/resume/i);
    resume.click();
    await settle(250);
    expect(ws[0].g.frozen).toBe(false);
    expect(ws[1].g.frozen).toBe(true);
    expect(gate.liveContextCount()).toBe(2);
  });

  it('remounts a view that does not allow its context back', async () => {
    const frame = document.createElement('div');
    const canvas = document.createElement('canvas');
    frame.append(canvas);
    document.body.append(frame);
    const remount = vi.fn();
    const g = new gate.GlGate(frame, frame, { remount, resumeLabel: 'Resume 3D view' });
    gates.push(g);
    g.setVisible(true);
    canvas.getContext('webgl2');
    g.setVisible(false); // this view does not preventDefault on the loss: no restore allowed
    await settle();
    g.setVisible(true);
    await settle();
    expect(remount).toHaveBeenCalledTimes(1);
    expect(frame.querySelectorAll('img[data-pqd-still]')).toHaveLength(0);
  });

  it('setMaxLiveContexts accepts 1–16 only', () => {
    expect(gate.setMaxLiveContexts(0)).toBe(gate.MAX_LIVE_CONTEXTS);
    expect(gate.setMaxLiveContexts(17)).toBe(gate.MAX_LIVE_CONTEXTS);
    expect(gate.setMaxLiveContexts(2.5)).toBe(gate.MAX_LIVE_CONTEXTS);
    expect(gate.setMaxLiveContexts(4)).toBe(4);
  });
});
