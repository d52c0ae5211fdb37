/**
 * Ligands view in jsdom, keyboard only: select a ligand in the library, arrow to a site, Enter; a refused
 * placement shows canBind's reason; vacancies with V; scenario stepping; semantic URL validation.
 * Expected sentences come from src/lib/surface/explorer.ts and src/lib/ligands/rules.ts.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, within } from '@testing-library/svelte';
import { tick } from 'svelte';
import { renderLigands } from './viewHarness';

afterEach(() => cleanup());

const announcer = () => screen.getByTestId('announcer');
const site = (container: HTMLElement, id: string) => container.querySelector(`[data-site="${id}"]`) as SVGGElement;
const focused = () => document.activeElement as Element | null;

async function key(el: Element, k: string): Promise<void> {
  await fireEvent.keyDown(el, { key: k });
  await tick();
}

/** Selects a ligand in the listbox with the keyboard: ↓ until its option is selected. */
async function selectByKeyboard(id: string): Promise<HTMLElement> {
  const list = screen.getByTestId('ligand-list');
  list.focus();
  for (let i = 0; i < 60; i++) {
    await key(list, 'ArrowDown');
    if (list.querySelector(`[data-ligand="${id}"]`)?.getAttribute('aria-selected') === 'true') return list;
  }
  throw new Error(`could not select ${id}`);
}

describe('LigandsView', { timeout: 30_000 }, () => {
  it('keyboard only: oleylamine → Enter → arrows to the exposed Pb → Enter heals the trap', async () => {
    const { app, container } = renderLigands('&vac=x3');
    expect(screen.getByTestId('trap-sites').textContent).toBe('1');
    const list = await selectByKeyboard('oam');
    expect(list.getAttribute('aria-activedescendant')).toMatch(/oam$/);
    // Enter in the library jumps to the surface (the tab stop: the first site of the cut).
    await key(list, 'Enter');
    await tick();
    expect(focused()?.getAttribute('data-site')).toBe('x0');
    // The cut runs x0, a0, x1, a1, x2, a2, x3 (vacancy), p3 (the Pb below it).
    for (let i = 0; i < 7; i++) await key(focused()!, 'ArrowRight');
    expect(focused()?.getAttribute('data-site')).toBe('p3');
    expect(focused()?.getAttribute('aria-label')).toMatch(/under-coordinated Pb²⁺ p3; trap, not passivated; Oleylamine can bind here/);
    await key(focused()!, 'Enter');
    expect(app.values.lig).toBe('oam@p3');
    expect(announcer().textContent).toMatch(/^Oleylamine \(L-type, 2 e⁻\) bound to under-coordinated Pb²⁺ p3: trap healed/);
    expect(screen.getByTestId('trap-sites').textContent).toBe('0');
    expect(site(container, 'p3').getAttribute('aria-label')).toMatch(/trap healed; holds Oleylamine/);
  });

  it('refuses oleylamine on an A site with the reason, and changes nothing', async () => {
    const { app, container } = renderLigands();
    await selectByKeyboard('oam');
    const a0 = site(container, 'a0');
    expect(a0.getAttribute('aria-label')).toMatch(/cannot bind here/);
    a0.focus();
    await key(a0, 'Enter');
    expect(app.values.lig).toBe('');
    expect(announcer().textContent).toMatch(/^Refused: Oleylamine on surface Cs⁺ a0\. An L-type donor needs an empty acceptor orbital: a Pb²⁺ under a halide vacancy/);
    expect(announcer().className).toMatch(/refused/);
  });

  it('V makes a halide vacancy (exposing a trap) and fills it again; Delete removes a ligand', async () => {
    const { app, container } = renderLigands();
    const x1 = site(container, 'x1');
    x1.focus();
    await key(x1, 'v');
    expect(app.values.vac).toBe('x1');
    expect(announcer().textContent).toMatch(/exposing under-coordinated Pb²⁺ p1 \(a trap\)/);
    expect(screen.getByTestId('trap-sites').textContent).toBe('1');
    expect(site(container, 'p1')).not.toBeNull();
    // Place oleate in the vacancy with the keyboard, then remove it with Delete.
    await selectByKeyboard('oa');
    site(container, 'x1').focus();
    await key(site(container, 'x1'), 'Enter');
    expect(app.values.lig).toBe('oa@x1');
    expect(screen.getByTestId('net-charge').textContent).toBe('0 e');
    await key(site(container, 'x1'), 'Delete');
    expect(app.values.lig).toBe('');
    await key(site(container, 'x1'), 'v');
    expect(app.values.vac).toBe('');
  });

  it('↑/↓ on a site move the side-view cut to the next row, keeping the column', async () => {
    const { container } = renderLigands();
    const a2 = site(container, 'a2');
    a2.focus();
    await key(a2, 'ArrowDown');
    await tick();
    expect(focused()?.getAttribute('data-site')).toBe('a8');
    expect(screen.getByText((_, el) => el?.textContent === 'row 2/6')).toBeInTheDocument();
  });

  it('drops unknown or refused URL tokens and says why', () => {
    const { container } = renderLigands('&vac=x3,q7&lig=oam@a0,nope@x1,oam@p3');
    const notice = screen.getByTestId('dropped-notice');
    expect(within(notice).getByText('oam@a0').parentElement?.textContent).toMatch(/L-type donor needs an empty acceptor orbital/);
    expect(within(notice).getByText('nope@x1').parentElement?.textContent).toMatch(/Unknown ligand/);
    expect(within(notice).getByText('q7')).toBeInTheDocument();
    expect(screen.getByTestId('trap-sites').textContent).toBe('0');
    expect(site(container, 'p3').getAttribute('aria-label')).toMatch(/holds Oleylamine/);
  });

  it('a scenario URL restores its step; Next writes the next step into the URL', async () => {
    const { app } = renderLigands('&scenario=metal-halide&step=1');
    expect(screen.getByTestId('scenario-step').textContent).toMatch(/Step 2 of 3/);
    expect(screen.getByTestId('trap-sites').textContent).toBe('0');
    await fireEvent.click(screen.getByRole('button', { name: 'Next →' }));
    expect(app.values.step).toBe(2);
    expect(app.values.lig).toMatch(/znbr2@/);
    expect(screen.getByTestId('scenario-step').textContent).toMatch(/Step 3 of 3/);
    await fireEvent.click(screen.getByRole('button', { name: '← Back' }));
    expect(app.values.step).toBe(1);
    expect(app.values.lig).toMatch(/pbbr2@/);
  });

  it('Purify strips the native OA/OAm shell and leaves traps', async () => {
    const { app } = renderLigands('&scenario=native-purify&step=1');
    expect(screen.getByTestId('trap-sites').textContent).toBe('0');
    await fireEvent.click(screen.getByTestId('purify'));
    expect(app.values.vac).not.toBe('');
    expect(Number(screen.getByTestId('trap-sites').textContent)).toBeGreaterThan(0);
    expect(announcer().textContent).toMatch(/^Purified: \d+ ligands stripped/);
  });

  it('PbS: the (111) facet offers only Pb sites; iodide heals one', async () => {
    const { app, container } = renderLigands('&system=PbS&facet=111&side=top');
    expect(container.querySelectorAll('[data-kind="Pb111"]').length).toBe(56);
    await selectByKeyboard('i');
    const p0 = site(container, 'p0');
    p0.focus();
    await key(p0, 'Enter');
    expect(app.values.lig).toBe('i@p0');
    expect(screen.getByTestId('trap-sites').textContent).toBe('55');
  });

  it('one ledger: the announcement after oleate fills a vacancy says what the tiles show (0 e), and says why a charge is not zero', async () => {
    const { container } = renderLigands('&vac=x3');
    expect(screen.getByTestId('net-charge').textContent).toBe('+1 e');
    expect(screen.getByTestId('charge-why').textContent).toMatch(/\+1: halide missing/);
    await selectByKeyboard('oa');
    const x3 = site(container, 'x3');
    x3.focus();
    await key(x3, 'Enter');
    expect(screen.getByTestId('net-charge').textContent).toBe('0 e');
    expect(announcer().textContent).toMatch(/Ledger: net charge 0 e, 0 unpassivated trap sites, coverage 1 of 72 spots/);
    expect(screen.getByTestId('coverage').nextElementSibling?.textContent).toBe('1 of 72 binding spots');
  });

  it('a cation’s card: no bond to a metal, no electron count, the review’s “X-type” beside it', async () => {
    renderLigands();
    await selectByKeyboard('fa');
    const card = screen.getByTestId('ligand-card');
    expect(card.textContent).toMatch(/a cation: bonds to no metal, so it has no electron count/);
    expect(within(card).getByTestId('review-class').textContent).toMatch(/The review’s wording:.*X-type.*X-Type ligands \(cations and anions\)/);
    expect(announcer().textContent).toMatch(/Formamidinium selected \(a cation, not a ligand of the metal: fills an A site\): 36 sites can bind it/);
  });

  it('TMSI’s card labels the cation picture as the cited paper’s proposal', async () => {
    renderLigands('&system=CsPbI3');
    await selectByKeyboard('tmsi');
    expect(screen.getByTestId('proposal-note').textContent).toMatch(/Me₃Si–I is a covalent silylating reagent/);
  });
});
