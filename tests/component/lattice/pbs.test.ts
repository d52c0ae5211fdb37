/**
 * The lattice view for comp=PbS (issue #19) in jsdom (no WebGL: the canvas says so; the panels work):
 * rock-salt header and a = 5.936 Å with its "primary source not checked" note, t/μ/τ said not to apply and
 * not shown, the facet readouts from the core for d, the controls writing shape/d/style.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import App from '../../../src/App.svelte';
import { AppState } from '../../../src/lib/state/appState.svelte';
import { buildPbsDot } from '../../../src/lib/geometry/pbsDot';
import { facetShare100 } from '../../../src/lib/physics/pbsFacets';
import { percent, withUnit } from '../../../src/lib/format';

function renderPbs(query = '') {
  const app = new AppState({ query: `?view=lattice&comp=PbS${query}` });
  const utils = render(App, { props: { app, only: 'lattice' } });
  return { app, ...utils };
}

afterEach(() => cleanup());

describe('Lattice view, comp=PbS', { timeout: 30_000 }, () => {
  it('shows rock salt, not the perovskite criteria, and the lattice parameter with its caveat', () => {
    renderPbs();
    expect(screen.getByRole('heading', { level: 2, name: 'PbS' })).toBeInTheDocument();
    expect(screen.getByTestId('pbs-not-perovskite').textContent).toMatch(/do not apply/);
    expect(screen.queryByTestId('t-value')).toBeNull();
    expect(screen.getByTestId('pbs-a').textContent).toBe(withUnit(5.936, 'Å', 3));
    expect(screen.getByTestId('pbs-lattice').textContent).toContain('primary source not checked');
  });

  it('facet readouts are the core’s for d (3 nm: none; 6 nm: counted and model shares)', () => {
    renderPbs('&shape=cube&d=3');
    expect(screen.getByTestId('facet100Share').textContent).toBe(percent(0, 0));
    cleanup();
    renderPbs('&shape=cube&d=6');
    const dot = buildPbsDot(6);
    expect(screen.getByTestId('facet100Share').textContent).toBe(percent(dot.share100Atoms, 0));
    expect(screen.getByTestId('facet100ShareArea').textContent).toBe(percent(dot.share100Area, 0));
    expect(screen.getByTestId('facet100ShareModel').textContent).toBe(percent(facetShare100(6), 0));
  });

  it('the controls write shape, d and style', async () => {
    const user = userEvent.setup();
    const { app } = renderPbs();
    await user.click(screen.getByRole('radio', { name: /^Faceted dot/ }));
    expect(app.values.shape).toBe('cube');
    const field = screen.getByRole('spinbutton', { name: /Dot diameter d/ });
    await user.clear(field);
    await user.type(field, '4.5');
    await user.tab();
    expect(app.values.d).toBe(4.5);
    expect(app.values.sel).toBe('PbS');
    // style=poly (the perovskite default) shows the dot space-filling; the radios write ball/space
    expect(screen.getByRole('radio', { name: /Space-filling/ })).toBeChecked();
    await user.click(screen.getByRole('radio', { name: /Ball & stick/ }));
    expect(app.values.style).toBe('ball');
    await user.click(screen.getByRole('radio', { name: /Space-filling/ }));
    expect(app.values.style).toBe('space');
  });
});
