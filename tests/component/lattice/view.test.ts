/**
 * Lattice view in jsdom: the whole App with only the lattice view, driven by keyboard and clicks.
 * Expected numbers come from the core (lib/physics/tolerance.ts), shown with 3 decimals, unit-less.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import App from '../../../src/App.svelte';
import { AppState } from '../../../src/lib/state/appState.svelte';
import { toleranceFactor } from '../../../src/lib/physics/tolerance';
import { fixed } from '../../../src/lib/format';

function renderLattice(query = '') {
  const app = new AppState({ query: `?view=lattice${query}` });
  const utils = render(App, { props: { app, only: 'lattice' } });
  return { app, ...utils };
}
const tText = () => screen.getByTestId('t-value').textContent;

afterEach(() => cleanup());

// jsdom + KaTeX on a shared 2-core machine: allow slow renders.
describe('LatticeView', { timeout: 30_000 }, () => {
  it('shows CsPbBr3 with the core t, μ, τ and the tilted verdict (Shannon radii)', () => {
    renderLattice();
    expect(screen.getByRole('heading', { level: 2, name: 'CsPbBr3' })).toBeInTheDocument();
    expect(tText()).toBe(fixed(toleranceFactor(1.88, 1.19, 1.96), 3));
    expect(tText()).toBe('0.862'); // stability.json worked_table CsPbBr3 t = 0.862
    expect(screen.getByTestId('mu-value').textContent).toBe('0.607');
    expect(screen.getByTestId('tau-value').textContent).toBe('4.10');
    expect(screen.getByTestId('lattice-verdict').textContent).toContain('Tilted perovskite');
  });

  it('typing a new r_A into the number field (keyboard only) updates t to the core value', async () => {
    const user = userEvent.setup();
    const { app } = renderLattice();
    const field = screen.getByRole('spinbutton', { name: /A-site radius/ });
    await user.clear(field);
    await user.type(field, '2.3');
    await user.tab();
    expect(app.values.rA).toBe(2.3);
    expect(tText()).toBe(fixed(toleranceFactor(2.3, 1.19, 1.96), 3));
    expect(tText()).toBe('0.956'); // (2.3 + 1.96) / (√2 (1.19 + 1.96)) = 0.9563
    expect(screen.getByTestId('lattice-verdict').textContent).toContain('Cubic perovskite');
  });

  it('the reset button returns r_A to the table value (override cleared)', async () => {
    const user = userEvent.setup();
    const { app } = renderLattice('&rA=2.5');
    expect(tText()).toBe(fixed(toleranceFactor(2.5, 1.19, 1.96), 3));
    await user.click(screen.getByRole('button', { name: /Back to the table value: A-site radius/ }));
    expect(app.values.rA).toBeNull();
    expect(tText()).toBe('0.862');
  });

  it('a preset click sets the composition, clears overrides and updates t and the verdict', async () => {
    const user = userEvent.setup();
    const { app } = renderLattice('&rA=2.5&rX=2.0');
    await user.click(screen.getByRole('button', { name: 'FAPbI3' }));
    expect(app.values.comp).toBe('FAPbI3');
    expect(app.values.rA).toBeNull();
    expect(app.values.rX).toBeNull();
    // FA⁺ 2.53 (Kieslich), Pb²⁺ 1.19, I⁻ 2.20 Å: t = 0.9866 (stability.json worked_table FAPbI3)
    expect(tText()).toBe(fixed(toleranceFactor(2.53, 1.19, 2.2), 3));
    expect(tText()).toBe('0.987');
    expect(screen.getByTestId('lattice-verdict').textContent).toContain('Cubic perovskite');
    expect(screen.getByRole('button', { name: 'FAPbI3' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('site choices build the formula: Sn on B, then a Br/I mix with its slider', async () => {
    const user = userEvent.setup();
    const { app } = renderLattice();
    await user.click(screen.getByRole('radio', { name: /^Sn/ }));
    expect(app.values.comp).toBe('CsSnBr3');
    await user.click(screen.getByRole('radio', { name: /^Br\/I/ }));
    expect(app.values.comp).toBe('CsSnBr1.5I1.5');
    const mix = screen.getByRole('spinbutton', { name: /x in Br₃₋ₓIₓ/ });
    await user.clear(mix);
    await user.type(mix, '3');
    await user.tab();
    // x = 3: all iodide; the picker stays in mix mode (the slider is still there)
    expect(app.values.comp).toBe('CsSnI3');
    expect(screen.getByRole('slider', { name: /x in Br₃₋ₓIₓ/ })).toBeInTheDocument();
  });

  it('the Cs/FA mix defaults to x = 0.5: Cs0.5FA0.5PbBr3', async () => {
    const user = userEvent.setup();
    const { app } = renderLattice();
    await user.click(screen.getByRole('radio', { name: /^Cs\/FA/ }));
    expect(app.values.comp).toBe('Cs0.5FA0.5PbBr3');
    // r_A = (1.88 + 2.53)/2 = 2.205 Å
    expect(tText()).toBe(fixed(toleranceFactor(2.205, 1.19, 1.96), 3));
  });

  it('a typed formula is applied when committed; a bad one is explained and not applied', async () => {
    const user = userEvent.setup();
    const { app } = renderLattice();
    const field = screen.getByRole('textbox', { name: 'Formula' });
    await user.clear(field);
    await user.type(field, 'CsPbXx3');
    await user.tab();
    expect(app.values.comp).toBe('CsPbBr3');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    await user.clear(field);
    await user.type(field, 'RbPbI3');
    await user.tab();
    expect(app.values.comp).toBe('RbPbI3');
    expect(field).not.toHaveAttribute('aria-invalid');
  });

  it('RbPbI3 (t 0.818 inside the window, τ 4.77 says no) is headlined as a warning, never "Tilted perovskite"', () => {
    renderLattice('&comp=RbPbI3');
    const verdict = screen.getByTestId('lattice-verdict');
    expect(verdict.textContent).not.toContain('Tilted perovskite');
    expect(verdict.textContent).toContain('Perovskite unlikely: τ says no');
    expect(verdict.className).toContain('warn');
  });

  it('CsPbI3: "Black phase metastable at room temperature" as a warning, a way to the δ-phase, the published structure', async () => {
    const user = userEvent.setup();
    const { app } = renderLattice('&comp=CsPbI3');
    const verdict = screen.getByTestId('lattice-verdict');
    expect(verdict.textContent).toContain('Black phase metastable at room temperature');
    expect(verdict.className).toContain('warn');
    expect(screen.getByTestId('structure-source').textContent).toContain('Published structure');
    expect(screen.getByTestId('structure-source').textContent).toContain('Sutton');
    await user.click(screen.getByTestId('show-delta'));
    expect(app.values.phase).toBe('delta');
    expect(screen.getByTestId('delta-note').textContent).toMatch(/edges/);
  });

  it('MAPbI3 is not called "the ideal cubic α phase"; the review radius set warns about its MA⁺/FA⁺ scale', async () => {
    const user = userEvent.setup();
    renderLattice('&comp=MAPbI3');
    expect(screen.getByTestId('lattice-verdict').textContent).not.toMatch(/ideal cubic α/);
    expect(screen.getByTestId('mapbi3-note').textContent).toMatch(/tetragonal at room temperature/);
    await user.click(screen.getByRole('radio', { name: /^Review/ }));
    expect(screen.getByTestId('radii-review-warning').textContent).toMatch(/another scale/);
  });

  it('below t = 0.813 the view says plainly that no perovskite forms (yellow δ-phase for an iodide)', () => {
    renderLattice('&comp=CsPbI3&rA=1.2');
    expect(screen.getByTestId('lattice-verdict').textContent).toContain('Not a perovskite');
    const note = screen.getByRole('note');
    expect(note.textContent).toMatch(/yellow δ-phase/);
    expect(note.textContent).toMatch(/edges/);
    // the numbers keep working
    expect(tText()).toBe(fixed(toleranceFactor(1.2, 1.19, 2.2), 3));
  });

  it('switching to the review radius set uses Cs⁺ 1.81 Å (review §2.1)', async () => {
    const user = userEvent.setup();
    const { app } = renderLattice('&comp=CsPbCl3');
    await user.click(screen.getByRole('radio', { name: /^Review/ }));
    expect(app.values.radii).toBe('review');
    expect(screen.getByRole('spinbutton', { name: /A-site radius/ })).toHaveValue(1.81);
    expect(tText()).toBe('0.853'); // stability.json with_review_alternative_rA CsPbCl3 t = 0.8532
  });

  it('structure, style and camera controls write the state', async () => {
    const user = userEvent.setup();
    const { app } = renderLattice();
    const structure = screen.getByRole('group', { name: 'Structure drawn' });
    expect(within(structure).getByRole('radio', { name: /Auto → orthorhombic/ })).toBeChecked();
    await user.click(within(structure).getByRole('radio', { name: /^Cubic/ }));
    expect(app.values.phase).toBe('cubic');
    expect(screen.getByTestId('tilt-value').textContent).toBe('0.0\u202f°');
    await user.click(screen.getByRole('radio', { name: /^Space-filling/ }));
    expect(app.values.style).toBe('space');
    await user.click(screen.getByRole('button', { name: /View along the \[111\]/ }));
    expect(app.values.cam).toBe('111');
    await user.click(screen.getByRole('radio', { name: /^Nanocrystal/ }));
    expect(app.values.shape).toBe('cube');
    expect(screen.getAllByRole('slider', { name: /Nanocrystal edge/ }).length).toBeGreaterThan(0);
    // default 6 nm CsPbBr₃ cube: n = round(60 / 5.866) = 10 cells, CsBr-terminated: +(3n + 1) = +31 e
    expect(screen.getByTestId('cube-charge').textContent).toMatch(/\+31 e \(= 3n \+ 1 with n = 10/);
  });

  it('the stability map has a title, a description with the current point and a data table', () => {
    renderLattice('&comp=MAPbI3');
    const map = screen.getByRole('img', { name: /Stability map/ });
    expect(map).toHaveAccessibleDescription(/MAPbI3 is at t = 0\.912, μ = 0\.541/);
    const table = screen.getByRole('table', { name: /Points on the stability map/ });
    expect(within(table).getAllByRole('row')).toHaveLength(1 + 1 + 7);
  });
});
