// @vitest-environment jsdom
/**
 * Presets (src/lib/presets.ts: ids and queries) and their words (src/i18n/presetText.ts: titles,
 * hints, teacher notes from messages/presets/en.json), and the dialog that lists them.
 */
import { describe, it, expect, vi, afterEach } from 'vitest';
import { render, screen, fireEvent, cleanup } from '@testing-library/svelte';
import { PRESETS } from '../../../src/lib/presets';
import { presetText, TEACHER_NOTES } from '../../../src/i18n/presetText';
import { parseQuery } from '../../../src/lib/state/url';
import { VIEWS } from '../../../src/lib/state/schema';
import PresetsDialog from '../../../src/components/PresetsDialog.svelte';

afterEach(() => cleanup());

describe('presets', () => {
  it('every preset is a valid query of its view, with a title and a hint', () => {
    for (const view of VIEWS) {
      const ids = PRESETS[view].map((p) => p.id);
      expect(new Set(ids).size, view).toBe(ids.length);
      for (const p of PRESETS[view]) {
        expect(parseQuery(`view=${view}&${p.query}`).warnings, `${view}/${p.id}`).toEqual([]);
        const t = presetText(view, p.id);
        expect(t.label().length, `${view}/${p.id}`).toBeGreaterThan(3);
        expect(t.hint().length, `${view}/${p.id}`).toBeGreaterThan(10);
      }
    }
  });

  it('words presets and teacher notes from the catalogue', () => {
    expect(presetText('lattice', 'cspbbr3').label()).toBe('CsPbBr₃ (orthorhombic at room temperature)');
    expect(presetText('lattice', 'cspbbr3').hint()).toBe('t ≈ 0.86: tilted octahedra.');
    expect(presetText('confinement', 'green').hint()).toBe('Which size emits at 510 nm?');
    expect(presetText('ligands', 'cspbi3').hint()).toBe('The cells of the review’s Table 1.');
    for (const view of VIEWS) {
      // Three per view, and one more where a preset walks the formula-to-solar-cell chain (issue #18).
      expect(TEACHER_NOTES[view].goals.length, view).toBeGreaterThanOrEqual(3);
      expect(TEACHER_NOTES[view].predictions.length, view).toBe(TEACHER_NOTES[view].goals.length);
    }
    expect(TEACHER_NOTES.confinement.predictions[1]()).toBe('Which material needs the smallest dots to emit green? Guess, then set target = 520 nm.');
  });
});

describe('PresetsDialog', () => {
  it('lists the view’s presets and notes, and picks a preset’s query', async () => {
    const onpick = vi.fn();
    render(PresetsDialog, { props: { open: true, view: 'confinement', onpick, onclose: () => {} } });
    expect(screen.getByRole('dialog', { hidden: true })).toHaveAccessibleName('Presets and teacher notes: Confinement');
    expect(screen.getByText('Predict the colour of a 4 nm CsPbBr₃ dot before moving the marker there.')).toBeTruthy();
    await fireEvent.click(screen.getByRole('button', { name: /A green CsPbBr₃ dot/, hidden: true }));
    expect(onpick).toHaveBeenCalledWith('sel=CsPbBr3&materials=CsPbBr3&target=510nm');
  });
});
