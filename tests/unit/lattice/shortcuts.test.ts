/**
 * The lattice view's shortcuts and sentences as pure modules (latticeShortcuts.ts, latticeText.ts): the
 * keys write the state as the view did, cycles wrap, cells stay in 1…MAX_CELLS, the caption and the live
 * summary carry the model's numbers.
 */
import { describe, expect, it } from 'vitest';
import { latticeShortcuts, nextInCycle, phasesFor, steppedCells, STYLES } from '../../../src/views/lattice/latticeShortcuts';
import { canvasCaption, liveSummary } from '../../../src/views/lattice/latticeText';
import { latticeModel } from '../../../src/lib/readouts/lattice';
import { defaultState, MAX_CELLS, type UrlState } from '../../../src/lib/state/schema';
import { fixed } from '../../../src/lib/format';

function harness(values: Partial<UrlState> = {}, iodide = false) {
  const state = { ...defaultState(), ...values };
  const calls: [string, unknown][] = [];
  let resets = 0;
  let pngs = 0;
  const list = latticeShortcuts(
    {
      values: state,
      set: (key, value) => {
        calls.push([key, value]);
      },
      iodide: () => iodide,
      resetView: () => resets++,
      savePng: () => pngs++,
    },
    () => [3, 3, 3],
  );
  const press = (key: string) => list.find((s) => s.key === key)!.run();
  return { list, calls, press, resets: () => resets, pngs: () => pngs };
}

describe('lattice shortcuts', () => {
  it('cycles wrap; cells step within 1…MAX_CELLS; δ only for iodides', () => {
    expect(nextInCycle(STYLES, 'poly')).toBe('ball');
    expect(nextInCycle(STYLES, 'ball')).toBe('space');
    expect(steppedCells([1, 1, 1], -1)).toBe('1');
    expect(steppedCells([MAX_CELLS, 2, 2], 1)).toBe(String(MAX_CELLS));
    expect(steppedCells([2, 5, 3], 1)).toBe('6');
    expect(phasesFor(false)).not.toContain('delta');
    expect(nextInCycle(phasesFor(true), 'orthorhombic')).toBe('delta');
    expect(nextInCycle(phasesFor(false), 'orthorhombic')).toBe('auto');
  });

  it('keys write the state as the view did', () => {
    const h = harness({ style: 'space', phase: 'orthorhombic' }, true);
    expect(h.list.map((s) => s.key)).toEqual(['a', 'b', 'c', 'd', 'r', 'y', 'o', ']', '[', 'g']);
    expect(h.list.find((s) => s.key === 'd')!.label).toBe('D');
    h.press('d');
    h.press('y');
    h.press('o');
    h.press(']');
    h.press('[');
    h.press('r');
    h.press('g');
    expect(h.calls).toEqual([
      ['cam', '111'],
      ['style', 'poly'],
      ['phase', 'delta'],
      ['cells', '4'],
      ['cells', '2'],
      ['cam', 'free'],
    ]);
    expect(h.resets()).toBe(1);
    expect(h.pngs()).toBe(1);
  });
});

describe('lattice sentences', () => {
  it('caption names the formula, cells and tilts; the live summary t, μ, τ', () => {
    const model = latticeModel({ ...defaultState(), comp: 'CsPbBr3' });
    const caption = canvasCaption(model, { shape: 'cells', edge: 8, style: 'poly', cells: [2, 2, 2] }, { A: 'Cs', B: 'Pb', X: 'Br' });
    expect(caption).toContain('CsPbBr3');
    expect(caption).toContain('2 × 2 × 2');
    expect(caption).toContain(fixed(model.pnmaTilts.antiPhaseDeg, 1));
    const cube = canvasCaption(model, { shape: 'cube', edge: 8, style: 'space', cells: [2, 2, 2] }, { A: 'Cs', B: 'Pb', X: 'Br' });
    expect(cube).toMatch(/^Cube-shaped CsPbBr3 nanocrystal 8\.0\s?nm/u);
    const summary = liveSummary(model);
    expect(summary).toContain(fixed(model.verdict.t, 3));
    expect(summary).toContain(fixed(model.verdict.mu, 3));
    expect(summary).toContain(fixed(model.verdict.tau, 2));
  });
});
