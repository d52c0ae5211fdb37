import { describe, expect, it } from 'vitest';
import { latticeReadouts } from '../../../src/lib/readouts/lattice';
import { parseQuery } from '../../../src/lib/state/url';
import { buildPbsDot } from '../../../src/lib/geometry/pbsDot';
import { facetShare100 } from '../../../src/lib/physics/pbsFacets';

const readouts = (q: string) => latticeReadouts(parseQuery(q).state);

describe('lattice readouts for comp=PbS (issue #19)', () => {
  it('comp=PbS is accepted (no ignored parameter) and gives the dot’s facet shares for d', () => {
    const parsed = parseQuery('?comp=PbS&d=6');
    expect(parsed.state.comp).toBe('PbS');
    expect(parsed.warnings).toEqual([]);
    const r = readouts('?comp=PbS&d=6');
    expect(r.formula).toBe('PbS');
    expect(r.facet100Share).toBeCloseTo(buildPbsDot(6).share100Atoms, 12);
    expect(r.facet100ShareModel).toBeCloseTo(facetShare100(6), 12);
    expect(r.pbsDotAtoms).toBe(buildPbsDot(6).count);
  });

  it('3 nm has no (100) facets, 6 nm mostly (100) atoms', () => {
    expect(readouts('?comp=PbS&d=3').facet100Share).toBe(0);
    expect(readouts('?comp=PbS&d=6').facet100Share as number).toBeGreaterThan(0.5);
  });

  it('perovskite criteria are NaN/null for PbS; the facet keys are null for perovskites', () => {
    const r = readouts('?comp=PbS');
    expect([r.toleranceFactor, r.octahedralFactor, r.bartelTau, r.tiltDeg]).toEqual([Number.NaN, Number.NaN, null, null]);
    const p = readouts('?comp=CsPbBr3');
    expect([p.facet100Share, p.facet100ShareModel, p.pbsDotAtoms]).toEqual([null, null, null]);
    expect(typeof p.toleranceFactor).toBe('number');
  });

});
