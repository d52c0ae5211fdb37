/**
 * The readout's live region and the SQ limit that arrives as a chunk of its own (issue #15: ConfinementView
 * draws the marker at once and fetches the full model with the first change). The region speaks when the
 * marker's numbers change, never because the chunk arrived: the text the view mounted with stays; a text
 * written after a change while the chunk was on its way gains the limit when it arrives.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/svelte';
import ReadoutPanel from '../../../src/views/confinement/ReadoutPanel.svelte';
import { confinementModel, type ConfinementModel } from '../../../src/lib/readouts/confinement';
import { AppState } from '../../../src/lib/state/appState.svelte';
import { percent } from '../../../src/lib/format';

afterEach(() => cleanup());

const model = (query: string): ConfinementModel => confinementModel(new AppState({ query: `?view=confinement${query}` }).values);
/** The same marker before the SQ limit's chunk has arrived. */
const pending = (r: ConfinementModel): ConfinementModel => ({ ...r, sq: null });
const live = () => screen.getByTestId('live-readout').textContent ?? '';

describe('ReadoutPanel live region', () => {
  it('keeps its mount text when the limit arrives; after a change, adds the limit once it is there', async () => {
    const at8 = model('&d=8');
    const at5 = model('&d=5');
    const eff8 = percent(at8.sq!.efficiency, 1);
    const eff5 = percent(at5.sq!.efficiency, 1);

    const { rerender } = render(ReadoutPanel, { props: { r: pending(at8), sqPending: true } });
    const mounted = live();
    expect(mounted).toContain('8.0');
    expect(mounted).not.toContain(eff8);

    // the chunk arrives, nothing changed: nothing new to speak
    await rerender({ r: at8, sqPending: false });
    expect(live()).toBe(mounted);

    // a change while the chunk is on its way: the new numbers at once, the limit when it arrives
    await rerender({ r: pending(at5), sqPending: true });
    expect(live()).toContain('5.0');
    expect(live()).not.toContain(eff5);
    await rerender({ r: at5, sqPending: false });
    expect(live()).toContain(eff5);

    // with the chunk there, a change speaks the limit at once
    await rerender({ r: at8, sqPending: false });
    expect(live()).toContain(eff8);
  });

  it('with the limit already loaded the first text has it', () => {
    const r = model('');
    render(ReadoutPanel, { props: { r } });
    expect(live()).toContain(percent(r.sq!.efficiency, 1));
  });
});
