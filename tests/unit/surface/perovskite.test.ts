import { describe, expect, it } from 'vitest';
import { buildPerovskiteSlab, terminationNotation, PEROVSKITE_CELLS, PEROVSKITE_LAYERS } from '../../../src/lib/surface/perovskite';
import { buildSurface, elementCounts, slabChargeE, siteIdsOfKind } from '../../../src/lib/surface/surface';
import { dropReasonText } from '../../../src/views/ligands/editText';
import { surfaceNoteText } from '../../../src/views/ligands/text';

const N = PEROVSKITE_CELLS;

describe('CsPbX3 (100) slab', () => {
  it('CsX termination: one A site and one halide site per cell, no Pb on top', () => {
    const slab = buildPerovskiteSlab('Br', 'CsX');
    expect(slab.sites.filter((s) => s.kind === 'A')).toHaveLength(N * N);
    expect(slab.sites.filter((s) => s.kind === 'X')).toHaveLength(N * N);
    expect(slab.sites.filter((s) => s.kind === 'Pb-uc')).toHaveLength(0);
    expect(slab.sites).toHaveLength(2 * N * N);
  });

  it('PbX2 termination: one under-coordinated Pb and two halides per cell', () => {
    const slab = buildPerovskiteSlab('I', 'PbX2');
    expect(slab.sites.filter((s) => s.kind === 'Pb-uc')).toHaveLength(N * N);
    expect(slab.sites.filter((s) => s.kind === 'X')).toHaveLength(2 * N * N);
    expect(slab.sites.filter((s) => s.kind === 'A')).toHaveLength(0);
  });

  it.each(['CsX', 'PbX2'] as const)('%s slab: stoichiometry of 4 layers (2 CsX + 2 PbX2) and zero net charge', (term) => {
    const { surface } = buildSurface({ system: 'CsPbCl3', facet: '100', term });
    const c = elementCounts(surface);
    const cells = N * N;
    // Per cell: CsX layer = Cs + X, PbX2 layer = Pb + 2X; two of each.
    expect(c.Cs).toBe(2 * cells);
    expect(c.Pb).toBe(2 * cells);
    expect(c.Cl).toBe(2 * cells + 4 * cells);
    expect(slabChargeE(surface)).toBe(0);
    expect(surface.layers).toHaveLength(PEROVSKITE_LAYERS);
    expect(surface.layers[0].composition).toBe(term === 'CsX' ? 'CsCl' : 'PbCl2');
  });

  it('layers are a/2 apart with a from the cubic cell (structures.json: CsPbBr3 a = 5.874 Å)', () => {
    const { surface } = buildSurface({ system: 'CsPbBr3', facet: '100', term: 'CsX' });
    expect(surface.aAngstrom).toBe(5.874);
    expect(surface.layers.map((l) => l.zAngstrom)).toEqual([0, -2.937, -5.874, -8.811].map((z) => expect.closeTo(z, 9)));
    // Nearest Cs–X distance on the CsX surface is a/√2.
    const cs = surface.atoms.find((a) => a.key === 'L0-Cs-0-0')!;
    const x = surface.atoms.find((a) => a.key === 'L0-X-0-0')!;
    expect(Math.hypot(cs.xAngstrom - x.xAngstrom, cs.yAngstrom - x.yAngstrom)).toBeCloseTo(5.874 / Math.SQRT2, 9);
  });

  it('radii are the Shannon ionic radii (Cs 1.88, Pb 1.19, I 2.20 Å)', () => {
    const { surface } = buildSurface({ system: 'CsPbI3', facet: '100', term: 'CsX' });
    const r = (el: string) => surface.atoms.find((a) => a.element === el)!.radiusAngstrom;
    expect(r('Cs')).toBe(1.88);
    expect(r('Pb')).toBe(1.19);
    expect(r('I')).toBe(2.2);
  });

  it('ids are stable, unique and URL-safe', () => {
    const a = buildSurface({ system: 'CsPbBr3', facet: '100', term: 'CsX' }).surface.sites.map((s) => s.id);
    const b = buildSurface({ system: 'CsPbBr3', facet: '100', term: 'CsX' }).surface.sites.map((s) => s.id);
    expect(a).toEqual(b);
    expect(new Set(a).size).toBe(a.length);
    for (const id of a) expect(id).toMatch(/^[a-z][0-9]{1,3}$/);
    expect(a.slice(0, 4)).toEqual(['a0', 'x0', 'a1', 'x1']);
    const p = buildSurface({ system: 'CsPbBr3', facet: '100', term: 'PbX2' }).surface.sites.map((s) => s.id);
    expect(p.slice(0, 6)).toEqual(['p0', 'x0', 'x1', 'p1', 'x2', 'x3']);
    // Another halide gives the same ids (only the scale changes).
    expect(buildSurface({ system: 'CsPbI3', facet: '100', term: 'CsX' }).surface.sites.map((s) => s.id)).toEqual(a);
  });

  it('notation follows the review §3 termination models', () => {
    expect(terminationNotation('Br', 'CsX')).toBe('[CsPbBr₃](PbBr₂){CsBr}');
    expect(terminationNotation('Br', 'PbX2')).toBe('[CsPbBr₃](CsBr){PbBr₂}');
  });

  it('rejects a bad cell count', () => {
    expect(() => buildPerovskiteSlab('Br', 'CsX', 0)).toThrow(RangeError);
    expect(() => buildPerovskiteSlab('Br', 'CsX', 2.5)).toThrow(RangeError);
    expect(() => buildPerovskiteSlab('Br', 'CsX', Number.NaN)).toThrow(RangeError);
  });
});

describe('vacancies', () => {
  it('a halide vacancy on CsX exposes the under-coordinated Pb below it', () => {
    const { surface, droppedVacancies } = buildSurface({ system: 'CsPbBr3', facet: '100', term: 'CsX' }, ['x3']);
    expect(droppedVacancies).toEqual([]);
    const x3 = surface.sites.find((s) => s.id === 'x3')!;
    expect(x3.kind).toBe('X-vac');
    expect(x3.vacant).toBe(true);
    expect(x3.exposes).toEqual(['p3']);
    const p3 = surface.sites.find((s) => s.id === 'p3')!;
    expect(p3.kind).toBe('Pb-uc');
    expect(p3.exposes).toEqual(['x3']);
    expect(p3.zAngstrom).toBeCloseTo(-5.874 / 2, 9);
    expect(p3.xAngstrom).toBe(x3.xAngstrom);
    expect(siteIdsOfKind(surface, 'Pb-uc')).toEqual(['p3']);
    // The Pb site follows its vacancy in reading order.
    const ids = surface.sites.map((s) => s.id);
    expect(ids.indexOf('p3')).toBe(ids.indexOf('x3') + 1);
    // Removing X⁻ leaves +1 e.
    expect(slabChargeE(surface)).toBe(1);
    expect(surface.atoms.some((a) => a.siteId === 'x3')).toBe(false);
    expect(surface.atoms.find((a) => a.siteId === 'p3')?.element).toBe('Pb');
  });

  it('an A-site vacancy removes a Cs⁺ and leaves −1 e', () => {
    const { surface } = buildSurface({ system: 'CsPbBr3', facet: '100', term: 'CsX' }, ['a5']);
    expect(surface.sites.find((s) => s.id === 'a5')?.kind).toBe('A-vac');
    expect(slabChargeE(surface)).toBe(-1);
    expect(elementCounts(surface).Cs).toBe(2 * N * N - 1);
  });

  it('a halide vacancy on PbX2 names the two Pb it under-coordinates further', () => {
    const { surface } = buildSurface({ system: 'CsPbBr3', facet: '100', term: 'PbX2' }, ['x0', 'x1']);
    expect(surface.sites.find((s) => s.id === 'x0')?.exposes).toEqual(['p0', 'p1']);
    expect(surface.sites.find((s) => s.id === 'x1')?.exposes).toEqual(['p0', `p${N}`]);
    expect(siteIdsOfKind(surface, 'Pb-uc')).toHaveLength(N * N);
    expect(slabChargeE(surface)).toBe(2);
  });

  it('drops unknown, non-vacancy and duplicate ids with a reason', () => {
    const { surface, droppedVacancies } = buildSurface({ system: 'CsPbBr3', facet: '100', term: 'CsX' }, [
      'x3',
      'zz9',
      'x3',
      'a999',
    ]);
    expect(surface.vacancies).toEqual(['x3']);
    expect(droppedVacancies.map((d) => d.token)).toEqual(['zz9', 'x3', 'a999']);
    const pb = buildSurface({ system: 'CsPbBr3', facet: '100', term: 'PbX2' }, ['p0']);
    expect(pb.droppedVacancies[0].reason).toBe('not-vacancy-site');
    expect(dropReasonText(pb.droppedVacancies[0].token, { code: pb.droppedVacancies[0].reason })).toMatch(/cannot be a vacancy/);
  });

  it('facet 111 on CsPbX3 falls back to (100) with a note', () => {
    const r = buildSurface({ system: 'CsPbI3', facet: '111', term: 'CsX' });
    expect(r.surface.facet).toBe('100');
    expect(r.notes[0]).toEqual({ code: 'facet-111-pbs-only', system: 'CsPbI3' });
    expect(surfaceNoteText(r.notes[0])).toBe('The (111) facet is shown for PbS only; CsPbI3 is shown on its (100) facet.');
  });
});
