/**
 * The surface drawing follows the ledger's chemistry (src/views/ligands/drawing.ts): a metal halide on a
 * vacancy is drawn as the halide it leaves (an X-type anion), a cation has no class letter and no electron
 * count, BA⁺ on PbS S²⁻ hydrogen-bonds (dotted), and long tails are broken with their full length kept.
 */
import { describe, expect, it } from 'vitest';
import { buildDrawing, TAIL_BREAK_ANGSTROM } from '../../../src/views/ligands/drawing';
import { explorerModel, type SurfaceKeys } from '../../../src/lib/surface/explorer';

const base: SurfaceKeys = { system: 'CsPbBr3', facet: '100', term: 'CsX', vac: '', lig: '' };
const drawn = (keys: Partial<SurfaceKeys>, view: 'side' | 'top' = 'side') => {
  const m = explorerModel({ ...base, ...keys });
  const row = m.siteById.get(m.placements[0].siteId)!.row;
  return buildDrawing(m, view, row, TAIL_BREAK_ANGSTROM).ligands;
};

describe('surface drawing follows the ledger', () => {
  it('PbBr₂ on a halide vacancy is drawn as the Br⁻ it leaves: X−, 1 e⁻, no Z head above', () => {
    const [g] = drawn({ vac: 'x3', lig: 'pbbr2@x3' });
    expect(g).toMatchObject({ classTag: 'X', sign: '−', electronsText: '1e⁻', label: 'Br⁻ ← PbBr₂', bond: null, cssClass: 'cls-X' });
  });
  it('PbBr₂ on a surface halide is a Z acceptor: dative arrow up from the halide, 0 e⁻', () => {
    const [g] = drawn({ lig: 'pbbr2@x3' });
    expect(g).toMatchObject({ classTag: 'Z', electronsText: '0e⁻', label: 'PbBr₂' });
    expect(g.bond?.kind).toBe('dative-up');
  });
  it('a cation has no class letter and no electron count; oleylammonium takes the Cs⁺ place', () => {
    const [g] = drawn({ lig: 'oamh@a3' });
    expect(g).toMatchObject({ classTag: '', sign: '+', electronsText: '', cssClass: 'cls-cation', bond: null });
  });
  it('BA⁺ on PbS S²⁻ hydrogen-bonds (dotted, no arrow); I⁻ on Pb is an X-type anion', () => {
    const ls = drawn({ system: 'PbS', lig: 'ba@s1,i@p0' });
    const ba = ls.find((g) => g.ligand.id === 'ba')!;
    const i = ls.find((g) => g.ligand.id === 'i')!;
    expect(ba.bond?.kind).toBe('hbond');
    expect(ba.electronsText).toBe('');
    expect(i).toMatchObject({ classTag: 'X', sign: '−', electronsText: '1e⁻' });
  });
  it('an oleyl tail (2.3 nm) is drawn broken at the cap with its full length kept; a short tail whole', () => {
    const [oam] = drawn({ lig: 'oamh@a3' });
    expect(oam.fullTailNm).toBeCloseTo(18 * 0.12527, 3);
    expect(oam.tailBreak).not.toBeNull();
    const drawnLength = oam.tail[oam.tail.length - 1].v - oam.tail[0].v;
    expect(drawnLength).toBeCloseTo(TAIL_BREAK_ANGSTROM, 9);
    const [oac] = drawn({ lig: 'oac@x3' });
    expect(oac.tailBreak).toBeNull();
    expect(oac.fullTailNm).toBeNull();
  });
});
