/**
 * The powder-diffraction panel of the lattice view in jsdom (whole App, lattice only; a stand-in
 * IntersectionObserver puts the panel on screen; no Worker in jsdom, so the Debye pattern runs on the
 * main-thread fallback): cubic vs orthorhombic wording and superlattice
 * count, peak indices by keyboard, CSV export of the peak table, the nanocrystal readout, and the
 * intensity-axis and edge controls writing the state. Two renders only (the whole view is slow in jsdom).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import App from '../../../src/App.svelte';
import { AppState } from '../../../src/lib/state/appState.svelte';
import { latticeModel } from '../../../src/lib/readouts/lattice';
import { parseQuery } from '../../../src/lib/state/url';
import { powderXrd } from '../../../src/lib/physics/xrd';
import { drawnCrystal } from '../../../src/views/lattice/diffraction/diffraction';

function renderLattice(query: string) {
  const app = new AppState({ query: `?view=lattice${query}` });
  const utils = render(App, { props: { app, only: 'lattice' } });
  return { app, panel: screen.getByTestId('xrd-panel'), ...utils };
}
const patternOf = (query: string) => powderXrd(drawnCrystal(latticeModel(parseQuery(query).state)));

/** jsdom has no IntersectionObserver: this one reports every observed element on screen at once. */
class OnScreenObserver {
  constructor(private readonly callback: (entries: { isIntersecting: boolean }[]) => void) {}
  observe(): void {
    this.callback([{ isIntersecting: true }]);
  }
  disconnect(): void {}
}

beforeEach(() => vi.stubGlobal('IntersectionObserver', OnScreenObserver));
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('DiffractionPanel', { timeout: 40_000 }, () => {
  it('cubic CsPbBr3: no superlattice peak, keyboard indices, CSV, the Debye readout, the controls', async () => {
    const user = userEvent.setup();
    const { app, panel } = renderLattice('&comp=CsPbBr3&phase=cubic&edge=4');
    expect(panel.dataset.kind).toBe('cubic');
    expect(panel.dataset.superlattice).toBe('0');
    expect(within(panel).getByTestId('xrd-note').textContent).toContain('Cubic cell');
    expect(within(panel).getByTestId('xrd-chart').getAttribute('aria-label')).toBe('Powder X-ray diffraction pattern of CsPbBr3, cubic');

    // Keyboard: focus selects the strongest peak, arrows/Home move, Escape clears.
    const readout = within(panel).getByTestId('xrd-peak');
    expect(readout.textContent).toContain('Point at a peak');
    within(panel).getByTestId('xrd-chart').focus();
    await waitFor(() => expect(readout.textContent).toContain('planes (2 0 0)'));
    expect(readout.textContent).toContain('6 equivalent planes');
    await user.keyboard('{ArrowRight}');
    expect(readout.textContent).toContain('planes (2 1 0)');
    await user.keyboard('{Home}');
    expect(readout.textContent).toContain('planes (1 0 0)');
    await user.keyboard('{Escape}');
    expect(readout.textContent).toContain('Point at a peak');

    // CSV: comment line, header, the first peak of powderXrd.
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      blobs.push(b as Blob);
      return 'blob:test';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    await user.click(within(panel).getByTestId('xrd-csv'));
    expect(blobs).toHaveLength(1);
    const text = await blobs[0].text();
    expect(text.split('\r\n')[0]).toBe('# Powder X-ray diffraction of CsPbBr3, cubic, Cu K-alpha 1.5406 A, Perovskite QD Lab');
    expect(text).toContain('two_theta_deg,d_angstrom,h,k,l,intensity_rel,multiplicity,superlattice');
    const first = patternOf('?comp=CsPbBr3&phase=cubic').peaks[0];
    expect(text).toContain(`\r\n${Number(first.twoThetaDeg.toFixed(4))},`);

    // The nanocrystal's Debye width arrives (main-thread fallback here).
    const size = within(panel).getByTestId('xrd-size');
    await waitFor(() => expect(size.textContent).toContain('from the Debye equation'), { timeout: 20_000 });
    expect(Number(size.dataset.fwhm)).toBeGreaterThan(1); // 4 nm: about 2° (Scherrer 1.9°)
    expect(size.textContent).toContain('(2 0 0)');

    // Controls write the state.
    await user.click(within(panel).getByRole('radio', { name: 'Linear' }));
    expect(app.values.xrdy).toBe('linear');
    const field = within(panel).getByRole('spinbutton', { name: /Nanocrystal edge L/ });
    await user.clear(field);
    await user.type(field, '9');
    await user.tab();
    expect(app.values.edge).toBe(9);
  });

  it('orthorhombic: as many superlattice peaks as powderXrd finds (≥ 0.05), and the tilt note', () => {
    const { panel } = renderLattice('&comp=CsPbBr3&phase=orthorhombic');
    const expected = patternOf('?comp=CsPbBr3&phase=orthorhombic').peaks.filter((p) => p.superlattice && p.intensity >= 0.05).length;
    expect(expected).toBeGreaterThan(0);
    expect(Number(panel.dataset.superlattice)).toBe(expected);
    expect(within(panel).getByTestId('xrd-note').textContent).toContain('Tilted cell');
    expect(panel.textContent).toContain('Superlattice peak: only there because the octahedra tilt');
  });

  it('a radius step moves the peaks in place: the same marks, new positions (issue #15)', async () => {
    const { app, panel } = renderLattice('&comp=CsPbBr3&phase=orthorhombic&rA=1.9');
    const sticks = () => [...panel.querySelectorAll<SVGLineElement>('line.stick')];
    const before = sticks();
    expect(before.length).toBeGreaterThan(0);
    const x1 = before.map((l) => l.getAttribute('x1'));
    app.set('rA', 1.91); // t, hence the modelled tilt and the cell, change a little: every peak shifts
    await waitFor(() => expect(sticks().map((l) => l.getAttribute('x1'))).not.toEqual(x1));
    // Keyed by position, not by 2θ: the <line> elements are the ones already on the page, updated.
    const after = sticks();
    const kept = Math.min(before.length, after.length);
    for (let i = 0; i < kept; i++) expect(after[i]).toBe(before[i]);
  });
});
