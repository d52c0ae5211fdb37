/**
 * readoutsFor (src/lib/readouts/index.ts) combines the views' readout modules: each view's readouts are
 * exactly what its own module computes, as plain JSON values (no NaN, no objects).
 */
import { describe, it, expect } from 'vitest';
import { hasReadouts, readoutsFor } from '../../../src/lib/readouts';
import { parseQuery } from '../../../src/lib/state/url';
import { VIEWS, type UrlState, type ViewId } from '../../../src/lib/state/schema';
import { latticeReadouts } from '../../../src/lib/readouts/lattice';
import { confinementReadouts } from '../../../src/lib/readouts/confinement';
import { ligandsReadouts } from '../../../src/lib/readouts/ligands';

const OWN: Record<ViewId, (s: UrlState) => object> = {
  lattice: latticeReadouts,
  confinement: confinementReadouts,
  ligands: ligandsReadouts,
};

describe('readoutsFor', () => {
  it.each(VIEWS)('%s: same values as the view’s own module', (view) => {
    const state = parseQuery('?comp=CsPbI3&phase=orthorhombic&sel=CsPbI3&d=6&system=CsPbBr3').state;
    expect(hasReadouts(view)).toBe(true);
    const got = readoutsFor(view, state);
    const expected = OWN[view](state) as Record<string, unknown>;
    expect(Object.keys(got).length).toBeGreaterThan(3);
    for (const [k, v] of Object.entries(expected)) {
      if (v === null || typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v))) expect(got[k], k).toEqual(v);
      else expect(k in got ? got[k] : null, k).toBeNull();
    }
    for (const v of Object.values(got)) expect(v === null || ['number', 'string', 'boolean'].includes(typeof v)).toBe(true);
    // JSON round trip is lossless: the values can go through postMessage and a CustomEvent unchanged.
    expect(JSON.parse(JSON.stringify(got))).toEqual(got);
  });

  it('lattice: CsPbI3 tolerance factor is below 0.9 (Shannon radii: t = 0.851)', () => {
    const r = readoutsFor('lattice', parseQuery('?comp=CsPbI3').state);
    expect(r.toleranceFactor).toBeCloseTo(0.851, 3);
  });
});
