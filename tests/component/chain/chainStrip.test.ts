/**
 * ChainStrip in jsdom: every link shows a number with its unit, opens its "How is this computed?", and
 * follows the one dot when the state changes (halide, size, a vacancy).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { flushSync } from 'svelte';
import Harness from './harness.svelte';
import { AppState } from '../../../src/lib/state/appState.svelte';
import { chainModel } from '../../../src/lib/readouts/chain';
import { chainTail } from '../../../src/components/chain/chainTail';

// PLQY, V_OC and efficiency are a chunk of their own (issue #15): loaded once here, the strip shows them at once.
await chainTail.preload();

afterEach(() => cleanup());

function mount(query = '') {
  const app = new AppState({ query });
  const utils = render(Harness, { props: { app } });
  const link = (id: string) => utils.container.querySelector(`[data-link="${id}"]`) as HTMLButtonElement;
  return { app, link, ...utils };
}

describe('ChainStrip', () => {
  it('seven links with numbers and units for the default CsPbBr3 dot', () => {
    const { link } = mount();
    const c = chainModel(new AppState({ query: '' }).values);
    expect(link('formula').textContent).toContain('CsPbBr');
    expect(link('bulk').textContent).toMatch(/2\.41\s*eV/);
    expect(link('gap').textContent).toMatch(/eV · \d+\s*nm/);
    expect(Number(link('gap').dataset.value)).toBeCloseTo(c.gapEv as number, 12);
    expect(link('plqy').textContent).toMatch(/100\s*%/);
    expect(link('voc').textContent).toMatch(/\d\.\d\d\s*V \(limit \d\.\d\d\s*V\)/);
    expect(link('eff').textContent).toMatch(/% \(limit .*%\)/);
    expect(screen.getByText(/PLQY is illustrative/)).toBeInTheDocument();
  });

  it('a link opens its How is this computed? with equation and source', async () => {
    const user = userEvent.setup();
    const { link, container } = mount('?comp=CsPbI3&vac=x3');
    await user.click(link('voc'));
    expect(link('voc').getAttribute('aria-expanded')).toBe('true');
    const how = container.querySelector('.how') as HTMLElement;
    expect(how.hidden).toBe(false);
    expect(how.textContent).toMatch(/59\.5 mV/);
    expect(how.querySelector('[lang="en"]')?.textContent).toMatch(/Ross.*Rau/);
    await user.click(link('voc'));
    expect(how.hidden).toBe(true);
  });

  it('follows the dot: halide, size and a vacancy travel down the strip', () => {
    const { app, link } = mount();
    const gap0 = Number(link('gap').dataset.value);
    const voc0 = Number(link('voc').dataset.value);
    app.set('comp', 'CsPbBr1.5I1.5');
    flushSync();
    expect(Number(link('gap').dataset.value)).toBeLessThan(gap0);
    expect(Number(link('voc').dataset.value)).toBeLessThan(voc0);
    expect(screen.getAllByText(/separate under light/).length).toBeGreaterThan(0);
    const gap1 = Number(link('gap').dataset.value);
    app.set('d', 5);
    flushSync();
    expect(Number(link('gap').dataset.value)).toBeGreaterThan(gap1);
    const voc1 = Number(link('voc').dataset.value);
    app.set('vac', 'x3');
    flushSync();
    expect(Number(link('plqy').dataset.value)).toBeLessThan(1);
    expect(Number(link('voc').dataset.value)).toBeLessThan(voc1);
  });

  it('says "not modelled" for an FA dot and a PbS dot has no perovskite verdict', () => {
    const fa = mount('?comp=FAPbI3');
    expect(fa.link('bulk').textContent).toMatch(/not modelled/);
    expect(fa.link('voc').dataset.value).toBe('');
    cleanup();
    const pbs = mount('?view=confinement&sel=PbS&d=4.1');
    expect(pbs.link('phase').textContent).toMatch(/not a perovskite/);
    expect(pbs.link('gap').textContent).toMatch(/nm/);
  });

  it('words the phase as the lattice headline does where t and τ disagree (CsPbI3 metastable, RbPbI3 unlikely)', () => {
    const cs = mount('?comp=CsPbI3');
    expect(cs.link('phase').textContent).toMatch(/black phase metastable, t = 0\.85/);
    cleanup();
    const rb = mount('?comp=RbPbI3');
    expect(rb.link('phase').textContent).toMatch(/perovskite unlikely \(τ says no\)/);
    cleanup();
    const br = mount('?comp=CsPbBr3');
    expect(br.link('phase').textContent).toMatch(/tilted perovskite, t = 0\.86/);
  });

  it('a small PLQY keeps two significant digits (never "0 %" beside a finite V_OC)', () => {
    const { link } = mount('?view=lattice&comp=PbS');
    const q = Number(link('plqy').dataset.value);
    expect(q).toBeGreaterThan(0);
    expect(q).toBeLessThan(0.01);
    expect(link('plqy').textContent).not.toMatch(/(^|\D)0\s*%/);
    expect(link('plqy').textContent).toMatch(/0\.\d+\s*%/);
  });
});
