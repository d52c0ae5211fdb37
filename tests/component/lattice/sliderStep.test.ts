/**
 * A slider step touches only what it changes (issue #15): in jsdom, one r_A step on a cubic CsPbBr3 (the
 * cell parameter follows r_B + r_X, so the crystal drawn does not move) must leave the powder-diffraction
 * panel's DOM untouched, while the readouts it does change (t) update. Mutations are counted with a
 * MutationObserver around the step (2 s, so a late redraw would be seen).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, waitFor } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import App from '../../../src/App.svelte';
import { AppState } from '../../../src/lib/state/appState.svelte';

/** jsdom has no IntersectionObserver: this one reports every observed element on screen at once. */
class OnScreenObserver {
  constructor(private readonly callback: (entries: { isIntersecting: boolean }[]) => void) {}
  observe(): void {
    this.callback([{ isIntersecting: true }]);
  }
  unobserve(): void {}
  disconnect(): void {}
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

/** DOM mutations under `root` from `change` until `settled` holds (checked every 20 ms, up to 2 s). */
async function mutationsDuring(root: Element, change: () => void, settled: (n: number) => boolean = () => false): Promise<number> {
  const records: MutationRecord[] = [];
  const observer = new MutationObserver((r) => records.push(...r));
  observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
  change();
  flushSync();
  // The pattern follows a new crystal after the next frame (afterFrame.ts): wait for it, or long enough.
  for (let waited = 0; waited < 2000 && !settled(records.length); waited += 20) {
    await new Promise((r) => setTimeout(r, 20));
    records.push(...observer.takeRecords());
  }
  observer.disconnect();
  return records.length;
}

describe('lattice view: a slider step updates only what changed', { timeout: 40_000 }, () => {
  it('r_A step, cubic CsPbBr3: t changes, the diffraction panel is not touched', async () => {
    vi.stubGlobal('IntersectionObserver', OnScreenObserver);
    const app = new AppState({ query: '?view=lattice&comp=CsPbBr3&phase=cubic&cells=1' });
    render(App, { props: { app, only: 'lattice' } });
    const xrd = screen.getByTestId('xrd-panel');
    const tBefore = screen.getByTestId('t-value').textContent;
    // Let the Debye fallback finish and the panel settle first.
    await new Promise((r) => setTimeout(r, 50));
    const n = await mutationsDuring(xrd, () => app.set('rA', 1.9), () => false);
    expect(screen.getByTestId('t-value').textContent).not.toBe(tBefore);
    expect(n).toBe(0);
    // A change the pattern does read (r_X → the cell parameter) does reach the panel.
    const m = await mutationsDuring(xrd, () => app.set('rX', 2.0), (k) => k > 0);
    expect(m).toBeGreaterThan(0);
  });

  it('a new crystal reaches the diffraction pattern after the step, not within it', async () => {
    vi.stubGlobal('IntersectionObserver', OnScreenObserver);
    const app = new AppState({ query: '?view=lattice&comp=CsPbBr3&phase=cubic&cells=1' });
    render(App, { props: { app, only: 'lattice' } });
    const xrd = screen.getByTestId('xrd-panel');
    expect(xrd.dataset.kind).toBe('cubic');
    app.set('phase', 'orthorhombic');
    flushSync();
    expect(screen.getByTestId('tilt-value').textContent).not.toBe('—');
    expect(xrd.dataset.kind).toBe('cubic');
    await waitFor(() => expect(xrd.dataset.kind).toBe('orthorhombic'));
    expect(Number(xrd.dataset.superlattice)).toBeGreaterThan(0);
  });
});
