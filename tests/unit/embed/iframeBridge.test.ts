// @vitest-environment jsdom
/**
 * The iframe side of the message API (src/embed/iframeBridge.ts) and the state observer behind it
 * (src/embed/observeState.svelte.ts), with a stand-in window: messages from anyone but the parent and
 * malformed messages are ignored; `pqd:set` goes through the schema; replies go to the sender's origin;
 * state reports are coalesced and carry the readouts of lib/readouts.
 */
import { describe, it, expect, vi, afterEach } from 'vitest';
import { startIframeBridge } from '../../../src/embed/iframeBridge';
import { observeState } from '../../../src/embed/observeState.svelte';
import { AppState } from '../../../src/lib/state/appState.svelte';
import { readoutsFor } from '../../../src/lib/readouts';
import type { UrlState } from '../../../src/lib/state/schema';

interface Posted {
  msg: Record<string, unknown>;
  origin: string;
}

function fakeFrame(): { win: Window; parent: { postMessage: ReturnType<typeof vi.fn> }; posted: Posted[]; root: HTMLElement } {
  const posted: Posted[] = [];
  const parent = { postMessage: vi.fn((msg: Record<string, unknown>, origin: string) => posted.push({ msg, origin })) };
  const win = Object.assign(new EventTarget(), { parent }) as unknown as Window;
  let height = 480;
  const root = {
    getBoundingClientRect: () => ({ height }),
    get scrollHeight() {
      return height;
    },
    setHeight(h: number) {
      height = h;
    },
  } as unknown as HTMLElement;
  return { win, parent, posted, root };
}

function send(win: Window, data: unknown, source: unknown, origin = 'https://course.example'): void {
  const ev = new Event('message');
  Object.assign(ev, { data, source, origin });
  win.dispatchEvent(ev);
}

const wait = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

let stops: (() => void)[] = [];
afterEach(() => {
  for (const s of stops) s();
  stops = [];
});

describe('startIframeBridge', () => {
  it('does nothing on a top-level page (parent === window)', () => {
    const win = new EventTarget() as unknown as Window & { parent: unknown };
    (win as { parent: unknown }).parent = win;
    const stop = startIframeBridge({ app: new AppState(), root: {} as HTMLElement, win });
    expect(typeof stop).toBe('function');
  });

  it('posts its height at start, and a pqd:state with the core readouts', async () => {
    const f = fakeFrame();
    const app = new AppState({ state: { view: 'lattice', embed: true, comp: 'CsPbI3' } });
    stops.push(startIframeBridge({ app, root: f.root, win: f.win }));
    expect(f.posted[0]).toEqual({ msg: { type: 'pqd:height', version: 1, view: 'lattice', height: 480 }, origin: '*' });
    await wait(200);
    const state = f.posted.find((p) => p.msg.type === 'pqd:state');
    expect(state?.origin).toBe('*');
    expect(state?.msg.view).toBe('lattice');
    expect((state?.msg.state as Record<string, unknown>).comp).toBe('CsPbI3');
    expect(state?.msg.readouts).toEqual(readoutsFor('lattice', { ...app.values } as UrlState));
  });

  it('applies pqd:set from the parent and reports the new state once', async () => {
    const f = fakeFrame();
    const app = new AppState({ state: { view: 'lattice', embed: true } });
    stops.push(startIframeBridge({ app, root: f.root, win: f.win }));
    await wait(200);
    const before = f.posted.length;
    send(f.win, { type: 'pqd:set', state: { comp: 'FAPbI3', phase: 'cubic' } }, f.parent);
    expect(app.values.comp).toBe('FAPbI3');
    expect(app.values.phase).toBe('cubic');
    await wait(200);
    const after = f.posted.slice(before).filter((p) => p.msg.type === 'pqd:state');
    expect(after).toHaveLength(1);
    expect((after[0].msg.state as Record<string, unknown>).comp).toBe('FAPbI3');
  });

  it('ignores messages from other windows and malformed messages, without throwing', async () => {
    const f = fakeFrame();
    const app = new AppState({ state: { view: 'lattice', embed: true } });
    stops.push(startIframeBridge({ app, root: f.root, win: f.win }));
    await wait(200);
    const before = f.posted.length;
    send(f.win, { type: 'pqd:set', state: { comp: 'FAPbI3' } }, { postMessage: vi.fn() }); // not the parent
    for (const junk of [null, 'pqd:set', 7, { type: 'pqd:set', state: 'x' }, { type: 'pqd:set', state: { view: 'ligands' } }, { type: 'x' }]) {
      expect(() => send(f.win, junk, f.parent)).not.toThrow();
    }
    await wait(200);
    expect(app.values.comp).toBe('CsPbBr3');
    expect(app.values.view).toBe('lattice');
    expect(f.posted.length).toBe(before);
  });

  it('replies to pqd:get and to refused values at the sender’s origin (or * when opaque)', async () => {
    const f = fakeFrame();
    const app = new AppState({ state: { view: 'lattice', embed: true } });
    stops.push(startIframeBridge({ app, root: f.root, win: f.win }));
    await wait(200);
    const before = f.posted.length;
    send(f.win, { type: 'pqd:get' }, f.parent, 'https://course.example');
    expect(f.posted[before]).toMatchObject({ msg: { type: 'pqd:state', view: 'lattice' }, origin: 'https://course.example' });
    send(f.win, { type: 'pqd:set', state: { phase: 'hexagonal' } }, f.parent, 'null');
    const w = f.posted[before + 1];
    expect(w.msg.type).toBe('pqd:warnings');
    expect(w.origin).toBe('*');
    expect((w.msg.warnings as string[])[0]).toMatch(/phase/);
  });
});

describe('observeState', () => {
  it('coalesces several changes into one report and skips identical ones', async () => {
    const app = new AppState({ state: { view: 'confinement' } });
    const reports: unknown[] = [];
    stops.push(observeState(app, () => 'confinement', (m) => reports.push(m)));
    await wait(200);
    expect(reports).toHaveLength(1);
    app.set('d', 5);
    app.set('d', 6);
    app.set('sel', 'PbS');
    await wait(200);
    expect(reports).toHaveLength(2);
    expect(reports[1]).toMatchObject({ state: { d: 6, sel: 'PbS' } });
    app.set('d', 6); // no change
    app.set('radii', 'review'); // another view's key: published state unchanged
    await wait(200);
    expect(reports).toHaveLength(2);
  });

  it('stops reporting once stopped', async () => {
    const app = new AppState();
    const reports: unknown[] = [];
    const stop = observeState(app, () => 'lattice', (m) => reports.push(m));
    await wait(200);
    stop();
    app.set('comp', 'FAPbI3');
    await wait(200);
    expect(reports).toHaveLength(1);
  });
});
