/**
 * The lattice stage's facade (issue #15) in jsdom, the whole app with the lattice view: the poster shows and
 * the 3D chunk is not requested until the student shows intent; CIF export works without it; each kind of
 * intent (pointer, keyboard focus, touch tap, a structure control, PNG) starts it; the canvas replaces the
 * poster in the same slot once it is ready (jsdom has no WebGL: the canvas says so, which counts as ready).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, fireEvent, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { flushSync } from 'svelte';
import App from '../../../src/App.svelte';
import { AppState } from '../../../src/lib/state/appState.svelte';
import { latticeCanvas } from '../../../src/views/lattice/lazyCanvas';

function renderLattice(query = '') {
  const app = new AppState({ query: `?view=lattice${query}` });
  const utils = render(App, { props: { app, only: 'lattice' } });
  return { app, ...utils };
}
const poster = () => document.querySelector('[data-testid="lattice-poster"]');
const canvas = () => document.querySelector('.lattice-canvas');
const box = () => document.querySelector('.canvas-box') as HTMLElement;

function pointer(type: string, pointerType: string): Event {
  const e = new Event(type, { bubbles: type !== 'pointerenter' });
  Object.defineProperty(e, 'pointerType', { value: pointerType });
  return e;
}

let preload: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  preload = vi.spyOn(latticeCanvas, 'preload');
  URL.createObjectURL = vi.fn(() => 'blob:test') as typeof URL.createObjectURL;
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('lattice stage facade', { timeout: 30_000 }, () => {
  it('shows the poster (no canvas, no 3D chunk requested); CIF export does not load 3D', async () => {
    renderLattice();
    expect(poster()).not.toBeNull();
    expect(poster()!.querySelectorAll('circle').length).toBeGreaterThan(10);
    expect(screen.getByText('Tap, point at or tab to the drawing to turn it in 3D')).toBeInTheDocument();
    expect(canvas()).toBeNull();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Export CIF' }));
    expect(preload).not.toHaveBeenCalled();
    expect(canvas()).toBeNull();
  });

  it('the mouse entering the box starts the 3D view; it replaces the poster in the same slot once ready', async () => {
    renderLattice();
    const slot = document.querySelector('.canvas-slot')!;
    box().dispatchEvent(pointer('pointerenter', 'mouse'));
    expect(preload).toHaveBeenCalledTimes(1);
    flushSync();
    expect(screen.getByText('Starting the 3D view…')).toBeInTheDocument();
    await waitFor(() => expect(canvas()).not.toBeNull(), { timeout: 20_000 }); // the 3D chunk (three.js) transformed cold
    // jsdom: no WebGL 2, the canvas says so — it is "ready" (it has something to show): the poster goes.
    await waitFor(() => expect(poster()).toBeNull());
    expect(canvas()!.parentElement).toBe(slot);
    expect(canvas()!.getAttribute('data-status')).toBe('unavailable');
  });

  it('a touch pointer entering or scrolling over the poster does not start it; a tap does', () => {
    renderLattice();
    box().dispatchEvent(pointer('pointerenter', 'touch'));
    box().dispatchEvent(pointer('pointerdown', 'touch'));
    box().dispatchEvent(pointer('pointercancel', 'touch')); // the browser took the gesture: a scroll
    expect(preload).not.toHaveBeenCalled();
    box().dispatchEvent(pointer('pointerdown', 'touch'));
    box().dispatchEvent(pointer('pointerup', 'touch'));
    expect(preload).toHaveBeenCalledTimes(1);
  });

  it('keyboard focus on the drawing starts it', () => {
    renderLattice();
    const surface = poster()!.querySelector<HTMLElement>('[role="application"]')!;
    expect(surface.tabIndex).toBe(0);
    fireEvent.focusIn(surface);
    expect(preload).toHaveBeenCalledTimes(1);
  });

  it('a change of a structure control (style) starts it; a composition change only redraws the poster', () => {
    const { app } = renderLattice();
    const before = poster()!.innerHTML;
    app.set('comp', 'CsPbCl3');
    flushSync();
    expect(preload).not.toHaveBeenCalled();
    expect(poster()!.innerHTML).not.toBe(before); // other radii and cell: another drawing
    app.set('style', 'ball');
    flushSync();
    expect(preload).toHaveBeenCalledTimes(1);
  });

  it('a camera button (cam) starts it', () => {
    const { app } = renderLattice();
    app.set('cam', 'c');
    flushSync();
    expect(preload).toHaveBeenCalledTimes(1);
  });

  it('PNG (toolbar) loads the 3D view first, then asks it for the picture', async () => {
    renderLattice();
    await userEvent.setup().click(screen.getByRole('button', { name: /PNG/ }));
    expect(preload).toHaveBeenCalled();
    await waitFor(() => expect(canvas()).not.toBeNull(), { timeout: 20_000 }); // the 3D chunk (three.js) transformed cold
  });

  it('no poster for a structure over the cap: the 3D view starts at once', () => {
    renderLattice('&cells=20');
    expect(poster()).toBeNull();
    expect(preload).toHaveBeenCalledTimes(1);
  });
});
