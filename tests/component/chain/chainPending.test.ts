/**
 * ChainStrip before its last links' chunk has arrived (issue #15): formula … dot gap show at once; PLQY,
 * V_OC and efficiency say they are loading (aria-busy, "loading" in their names, a stand-in of the loaded
 * text's shape so the row keeps its size), then show their numbers when the chunk arrives. (jsdom has no
 * IntersectionObserver, so the strip asks for the chunk as it mounts.)
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import Harness from './harness.svelte';
import { AppState } from '../../../src/lib/state/appState.svelte';
import { chainTail } from '../../../src/components/chain/chainTail';
import { chainModel } from '../../../src/lib/readouts/chain';

afterEach(() => cleanup());

describe('ChainStrip while its last links load', () => {
  it('first links at once; PLQY, V_OC, efficiency pending with a same-shape stand-in, then their numbers', async () => {
    expect(chainTail.current).toBeNull();
    const app = new AppState({ query: '' });
    const { container } = render(Harness, { props: { app } });
    const link = (id: string) => container.querySelector(`[data-link="${id}"]`) as HTMLButtonElement;
    const c = chainModel(app.values);
    expect(Number(link('gap').dataset.value)).toBeCloseTo(c.gapEv as number, 12);
    expect(link('bulk').getAttribute('aria-busy')).toBeNull();
    for (const id of ['plqy', 'voc', 'eff']) {
      expect(link(id).getAttribute('aria-busy'), id).toBe('true');
      expect(link(id).getAttribute('aria-label'), id).toMatch(/loading/);
      expect(link(id).querySelector('.pending'), id).not.toBeNull();
      expect(link(id).dataset.value, id).toBe('');
    }
    // The stand-in has the loaded text's shape: "0.00 V (limit 0.00 V)" against "1.9 V (limit 2.04 V)".
    expect(link('voc').textContent).toMatch(/\d\.\d\d\s*V \(limit \d\.\d\d\s*V\)/);
    await chainTail.preload();
    flushSync();
    for (const id of ['plqy', 'voc', 'eff']) {
      expect(link(id).getAttribute('aria-busy'), id).toBeNull();
      expect(link(id).querySelector('.pending'), id).toBeNull();
    }
    expect(Number(link('plqy').dataset.value)).toBeCloseTo(c.plqy as number, 12);
    expect(Number(link('voc').dataset.value)).toBeCloseTo(c.device?.vocEstimateV as number, 12);
    expect(Number(link('eff').dataset.value)).toBeCloseTo(c.device?.efficiencyEstimate as number, 12);
  });
});
