import { describe, expect, it } from 'vitest';
import { facetShare100, pbsFacetShare, truncatedOctahedronAreas, truncationRatio } from '../../../src/lib/physics/pbsFacets';
import {
  buildPbs100Slab,
  buildPbs111Slab,
  PBS100_GRID,
  PBS111_COLS,
  PBS111_ROWS,
  PBS_PAPER_DOTS,
} from '../../../src/lib/surface/pbs';
import { buildSurface, elementCounts, slabChargeE } from '../../../src/lib/surface/surface';
import { moreelsDiameter } from '../../../src/lib/physics/moreels';

describe('PbS (100)', () => {
  it('is a neutral checkerboard of Pb and S, a/2 apart (a = 5.936 Å, structures.json PbS.a_A)', () => {
    const slab = buildPbs100Slab();
    expect(slab.pitchAngstrom).toBeCloseTo(5.936 / 2, 12);
    expect(slab.sites).toHaveLength(PBS100_GRID * PBS100_GRID);
    expect(slab.sites.filter((s) => s.kind === 'Pb100')).toHaveLength((PBS100_GRID * PBS100_GRID) / 2);
    expect(slab.sites.filter((s) => s.kind === 'S100')).toHaveLength((PBS100_GRID * PBS100_GRID) / 2);
    const { surface } = buildSurface({ system: 'PbS', facet: '100', term: 'CsX' });
    expect(slabChargeE(surface)).toBe(0);
    expect(surface.termination).toBeNull();
    // Every layer is neutral too.
    for (let l = 0; l < surface.layers.length; l++) {
      expect(surface.atoms.filter((a) => a.layer === l).reduce((q, a) => q + a.chargeE, 0)).toBe(0);
    }
    // Directly below a Pb is an S (rock salt).
    const below = surface.atoms.find((a) => a.layer === 1 && a.xAngstrom === 0 && a.yAngstrom === 0)!;
    expect(below.element).toBe('S');
  });
});

describe('PbS (111)', () => {
  it('is Pb-terminated, polar, with close-packed layers a/√2 apart and a√3/6 between planes', () => {
    const slab = buildPbs111Slab();
    expect(slab.sites).toHaveLength(PBS111_COLS * PBS111_ROWS);
    expect(slab.sites.every((s) => s.kind === 'Pb111')).toBe(true);
    expect(slab.pitchAngstrom).toBeCloseTo(5.936 / Math.SQRT2, 12);
    expect(slab.layers.map((l) => l.composition)).toEqual(['Pb', 'S', 'Pb', 'S', 'Pb', 'S']);
    expect(slab.layers[1].zAngstrom).toBeCloseTo((-5.936 * Math.sqrt(3)) / 6, 12);
    const { surface } = buildSurface({ system: 'PbS', facet: '111', term: 'CsX' });
    const top = surface.atoms.filter((a) => a.layer === 0);
    expect(top.every((a) => a.element === 'Pb')).toBe(true);
    expect(top.reduce((q, a) => q + a.chargeE, 0)).toBe(2 * PBS111_COLS * PBS111_ROWS);
    // Equal numbers of Pb and S overall.
    const c = elementCounts(surface);
    expect(c.Pb).toBe(c.S);
    // Rock salt: each Pb has S neighbours at a/2 in the layer below.
    const pb = top[0];
    const nearest = Math.min(
      ...surface.atoms
        .filter((a) => a.layer === 1)
        .map((a) => Math.hypot(a.xAngstrom - pb.xAngstrom, a.yAngstrom - pb.yAngstrom, a.zAngstrom - pb.zAngstrom)),
    );
    expect(nearest).toBeCloseTo(5.936 / 2, 9);
  });
});

describe('facet share (octahedron → cuboctahedron, Choi et al. 2013; src/lib/physics/pbsFacets.ts)', () => {
  it('octahedron, cuboctahedron and cube limits', () => {
    expect(truncatedOctahedronAreas(1).area100).toBe(0);
    const cubo = truncatedOctahedronAreas(0.5);
    // Cuboctahedron of edge e: 6 squares e² and 8 triangles (√3/4)e²; ratio 6 : 2√3.
    expect(cubo.area100 / cubo.area111).toBeCloseTo(6 / (2 * Math.sqrt(3)), 12);
    expect(truncatedOctahedronAreas(1 / 3).area111).toBeCloseTo(0, 12);
    // Both branches agree at h/R = 1/2.
    expect(truncatedOctahedronAreas(0.5 + 1e-12).area100).toBeCloseTo(truncatedOctahedronAreas(0.5 - 1e-12).area100, 9);
  });

  it('small dots (111) only, larger dots growing (100), capped at the cuboctahedron — never 100 % (100)', () => {
    const small = pbsFacetShare(PBS_PAPER_DOTS[0].diameterNm);
    const large = pbsFacetShare(PBS_PAPER_DOTS[1].diameterNm);
    expect(small.share111).toBeGreaterThan(0.99);
    expect(large.share100).toBeGreaterThan(small.share100);
    expect(large.share100).toBeGreaterThan(0.1);
    expect(large.share100).toBeLessThan(0.5);
    expect(pbsFacetShare(1).share111).toBe(1);
    const cubo = truncatedOctahedronAreas(0.5);
    const cuboShare = cubo.area100 / (cubo.area100 + cubo.area111);
    expect(cuboShare).toBeCloseTo(6 / (6 + 2 * Math.sqrt(3)), 12); // ≈ 0.634
    expect(facetShare100(5)).toBeCloseTo(cuboShare, 12);
    expect(facetShare100(8)).toBeCloseTo(cuboShare, 12);
    expect(truncationRatio(4)).toBeCloseTo(0.75, 12); // halfway through the 3–5 nm ramp
    let prev = -1;
    for (let d = 1; d <= 10; d += 0.25) {
      const s = pbsFacetShare(d);
      expect(s.share100 + s.share111).toBeCloseTo(1, 12);
      expect(s.share100).toBeGreaterThanOrEqual(prev);
      expect(s.share100).toBeLessThan(0.64);
      prev = s.share100;
    }
  });
  it('the anchors are parameters', () => {
    expect(facetShare100(3.5, { octahedronBelowNm: 4, cuboctahedronAboveNm: 6 })).toBe(0);
    expect(facetShare100(3.5)).toBeGreaterThan(0);
    expect(() => facetShare100(3, { octahedronBelowNm: 5, cuboctahedronAboveNm: 4 })).toThrow(RangeError);
  });

  it('the small-dot diameter is the Moreels inverse at 933 nm (PbS paper Eq. 1)', () => {
    expect(PBS_PAPER_DOTS[0].diameterNm).toBeCloseTo(moreelsDiameter(1239.84198 / 933), 2);
  });

  it('rejects bad input', () => {
    for (const bad of [0, -1, Number.NaN, Number.POSITIVE_INFINITY]) expect(() => pbsFacetShare(bad)).toThrow(RangeError);
    expect(() => truncatedOctahedronAreas(0.2)).toThrow(RangeError);
    expect(() => buildPbs100Slab(3)).toThrow(RangeError);
    expect(() => buildPbs111Slab(7, 3)).toThrow(RangeError);
  });
});
