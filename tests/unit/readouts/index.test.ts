/**
 * readoutsFor (src/lib/readouts/index.ts) combines the views' readout modules: each view's readouts are
 * exactly what its own module computes, as plain JSON values (no NaN, no objects), and a view whose module
 * is missing gives {}.
 */
import { describe, it, expect } from 'vitest';
import { hasReadouts, readoutsFor } from '../../../src/lib/readouts';
import { parseQuery } from '../../../src/lib/state/url';
import { VIEWS } from '../../../src/lib/state/schema';

const modules = import.meta.glob<Record<string, unknown>>(['../../../src/lib/readouts/{lattice,confinement,ligands}.ts'], { eager: true });

describe('readoutsFor', () => {
  it.each(VIEWS)('%s: same values as the view’s own module (or {} when it has none yet)', (view) => {
    const state = parseQuery('?comp=CsPbI3&phase=orthorhombic&sel=CsPbI3&d=6&system=CsPbBr3').state;
    const mod = modules[`../../../src/lib/readouts/${view}.ts`];
    const own = mod?.[`${view}Readouts`] as ((s: typeof state) => Record<string, unknown>) | undefined;
    expect(hasReadouts(view)).toBe(typeof own === 'function');
    const got = readoutsFor(view, state);
    if (!own) {
      expect(got).toEqual({});
      return;
    }
    const expected = own(state);
    for (const [k, v] of Object.entries(got)) expect(v, k).toEqual(expected[k]);
    for (const v of Object.values(got)) expect(v === null || ['number', 'string', 'boolean'].includes(typeof v)).toBe(true);
    // JSON round trip is lossless: the values can go through postMessage and a CustomEvent unchanged.
    expect(JSON.parse(JSON.stringify(got))).toEqual(got);
  });

  it('lattice: CsPbI3 tolerance factor is below 0.9 (Shannon radii: t = 0.851)', () => {
    if (!hasReadouts('lattice')) return;
    const r = readoutsFor('lattice', parseQuery('?comp=CsPbI3').state);
    expect(r.toleranceFactor).toBeCloseTo(0.851, 3);
  });
});
