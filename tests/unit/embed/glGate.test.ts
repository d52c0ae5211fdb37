// @vitest-environment jsdom
/**
 * A widget's gate to the page-wide WebGL budget (src/embed/glGate.ts): it reports whether the views inside
 * its root are in view and when they were used; the views (stand-ins here, as a lattice stage joins the
 * budget) pause and resume themselves. Checked: out of view → paused, back → resumed; the least recently
 * used widget is evicted over the budget; a view whose context does not come back is remounted; nothing
 * patches HTMLCanvasElement.prototype.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { GlGate, MAX_LIVE_CONTEXTS, liveContextCount, setMaxLiveContexts } from '../../../src/embed/glGate';
import { glBudget, type BudgetMember } from '../../../src/views/lattice/stage/glBudget';

const flush = async (): Promise<void> => {
  for (let i = 0; i < 3; i++) await new Promise((r) => setTimeout(r, 0));
};

interface Widget {
  host: HTMLElement;
  canvas: HTMLCanvasElement;
  gate: GlGate;
  member: BudgetMember;
  state: { live: boolean; pauses: number; resumes: number; evicted: boolean; restoreOk: boolean; remounts: number };
}

const widgets: Widget[] = [];

function widget(): Widget {
  const host = document.createElement('div');
  const canvas = document.createElement('canvas');
  host.append(canvas);
  document.body.append(host);
  const state = { live: true, pauses: 0, resumes: 0, evicted: false, restoreOk: true, remounts: 0 };
  const gate = new GlGate(host, host, { remount: () => state.remounts++ });
  const member = glBudget().join({
    element: canvas,
    live: () => state.live,
    pause: async () => {
      state.pauses++;
      state.live = false;
    },
    resume: async () => {
      state.resumes++;
      state.live = state.restoreOk;
      return state.restoreOk;
    },
    evicted: (e) => {
      state.evicted = e;
    },
  });
  const w = { host, canvas, gate, member, state };
  widgets.push(w);
  return w;
}

afterEach(() => {
  for (const w of widgets.splice(0)) {
    w.member.leave();
    w.gate.destroy();
    w.host.remove();
  }
  setMaxLiveContexts(MAX_LIVE_CONTEXTS);
});

describe('GlGate', () => {
  it('does not patch HTMLCanvasElement.prototype.getContext', () => {
    const before = HTMLCanvasElement.prototype.getContext;
    widget();
    expect(HTMLCanvasElement.prototype.getContext).toBe(before);
    expect(Object.getOwnPropertySymbols(HTMLCanvasElement.prototype).map(String)).not.toContain('Symbol(pqd.glGate.getContextHook)');
  });

  it('until the owner says, nothing pauses; out of view the view pauses, back in view it resumes', async () => {
    const w = widget();
    const live = liveContextCount();
    await flush();
    expect(w.state.pauses).toBe(0);
    w.gate.setVisible(false);
    await flush();
    expect(w.state.pauses).toBe(1);
    expect(liveContextCount()).toBe(live - 1);
    w.gate.setVisible(true);
    await flush();
    expect(w.state.resumes).toBe(1);
    expect(liveContextCount()).toBe(live);
  });

  it('over the budget the least recently used widget in view is evicted (resume button), not a visible one at random', async () => {
    const [a, b, c] = [widget(), widget(), widget()];
    for (const w of [a, b, c]) w.gate.setVisible(true);
    await flush();
    // Used in order a, b, c: a is then the least recently used.
    for (const w of [a, b, c]) w.host.dispatchEvent(new Event('pointerdown'));
    setMaxLiveContexts(liveContextCount() - 1);
    await flush();
    expect(a.state.evicted).toBe(true);
    expect(a.state.live).toBe(false);
    expect(b.state.live && c.state.live).toBe(true);
    // Scrolling the evicted widget away and back clears the eviction.
    a.gate.setVisible(false);
    await flush();
    expect(a.state.evicted).toBe(false);
  });

  it('remounts a view whose context did not come back', async () => {
    const w = widget();
    w.gate.setVisible(false);
    await flush();
    w.state.restoreOk = false;
    w.gate.setVisible(true);
    await flush();
    expect(w.state.remounts).toBeGreaterThanOrEqual(1);
  });

  it('setMaxLiveContexts accepts 1–16 only', () => {
    expect(setMaxLiveContexts(0)).toBe(MAX_LIVE_CONTEXTS);
    expect(setMaxLiveContexts(17)).toBe(MAX_LIVE_CONTEXTS);
    expect(setMaxLiveContexts(2.5)).toBe(MAX_LIVE_CONTEXTS);
    expect(setMaxLiveContexts(3)).toBe(3);
  });
});
