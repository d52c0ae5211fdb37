import { describe, expect, it } from 'vitest';
import { LIGANDS, ligandById, type Ligand, type SiteKind } from '../../../src/lib/data/ligands';
import { bindableKinds, boundUnit, canBind, chargeDelta, electronCount, siteFamily, systemFamilyOf, VACANCY_CHARGE_E } from '../../../src/lib/ligands/rules';
import { refusalText } from '../../../src/views/ligands/editText';

const L = (id: string): Ligand => {
  const l = ligandById(id);
  if (!l) throw new Error(`no ligand ${id}`);
  return l;
};
const site = (kind: SiteKind) => ({ kind });

/** The refusal as the student reads it (code → sentence, src/views/ligands/text.ts). */
function refused(id: string, kind: SiteKind, ctx = {}): string {
  const r = canBind(L(id), site(kind), ctx);
  expect(r.ok, `${id} on ${kind}`).toBe(false);
  return r.ok ? '' : refusalText(r.refusal);
}
function code(id: string, kind: SiteKind, ctx = {}): string {
  const r = canBind(L(id), site(kind), ctx);
  return r.ok ? 'ok' : r.refusal.code;
}

describe('canBind', () => {
  it('accepts an L-type donor on an under-coordinated Pb²⁺ and in a halide vacancy', () => {
    for (const id of ['oam', 'top', 'topo', 'tbp', '4mp']) {
      expect(canBind(L(id), site('Pb-uc')).ok, id).toBe(true);
      expect(canBind(L(id), site('X-vac')).ok, id).toBe(true);
    }
  });

  it('refuses an L-type donor on an A site with the reason of issue #6', () => {
    expect(refused('oam', 'A')).toMatch(/^An L-type donor needs an empty acceptor orbital: a Pb²⁺ under a halide vacancy/);
    expect(refused('top', 'X')).toMatch(/make a halide vacancy first/);
    expect(refused('oam', 'A-vac')).toMatch(/wants a cation/);
    expect(refused('oam', 'A')).toBe(
      'An L-type donor needs an empty acceptor orbital: a Pb²⁺ under a halide vacancy. A Cs⁺ site has none to offer, so Oleylamine cannot bind here.',
    );
    expect([code('oam', 'A'), code('top', 'X'), code('oam', 'A-vac')]).toEqual(['l-on-a', 'l-on-x', 'l-on-a-vac']);
    expect(canBind(L('oam'), site('A'))).toEqual({ ok: false, refusal: { code: 'l-on-a', ligandId: 'oam', kind: 'A' } });
  });

  it('keeps X-type exchange charge-neutral: anions on halide positions, cations on A positions', () => {
    expect(canBind(L('oa'), site('X')).ok).toBe(true);
    expect(canBind(L('oac'), site('X-vac')).ok).toBe(true);
    expect(canBind(L('fa'), site('A')).ok).toBe(true);
    expect(canBind(L('pea'), site('A-vac')).ok).toBe(true);
    expect(refused('oa', 'A')).toMatch(/anion cannot take a cation’s place/);
    expect(refused('fa', 'X')).toMatch(/cation cannot replace a halide anion/);
    expect(refused('oamh', 'Pb-uc')).toMatch(/repelled/);
    expect([code('oa', 'A'), code('fa', 'X'), code('oamh', 'Pb-uc')]).toEqual(['anion-on-cation-site', 'cation-on-halide', 'cation-on-metal']);
  });

  it('Z-type acceptors bind halides, not Cs⁺ sites (review §3.1: accept a lone pair from the halide anions)', () => {
    expect(canBind(L('cdcl2'), site('X')).ok).toBe(true);
    expect(refused('cdcl2', 'A')).toMatch(/no lone pair/);
    expect(refused('cdcl2', 'Pb-uc')).toMatch(/itself an acceptor/);
  });

  it('zwitterions fill vacancies, not occupied sites', () => {
    expect(canBind(L('sbet'), site('X-vac')).ok).toBe(true);
    expect(canBind(L('gly'), site('A-vac')).ok).toBe(true);
    expect(refused('sbet', 'X')).toMatch(/make a vacancy first/);
  });

  it('PbS: BA⁺ on S of (100), I⁻ on Pb; not the other way round (PbS paper §2)', () => {
    expect(canBind(L('ba'), site('S100')).ok).toBe(true);
    expect(canBind(L('i'), site('Pb111')).ok).toBe(true);
    expect(canBind(L('i'), site('Pb100')).ok).toBe(true);
    expect(refused('i', 'S100')).toMatch(/repelled by the S²⁻/);
    expect(refused('ba', 'Pb100')).toMatch(/hydrogen-bonds to the S²⁻ of the non-polar \(100\) facet/);
  });

  it('refuses ligands and sites of the other system, and a site of the wrong system for the context', () => {
    expect(refused('ba', 'A')).toMatch(/discussed for PbS dots/);
    expect(refused('oam', 'Pb100')).toMatch(/discussed for CsPbX₃ dots/);
    expect(refused('oa', 'Pb100', { system: 'CsPbBr3' })).toMatch(/does not exist on CsPbX₃ dots/);
    expect(refused('oam', 'Pb100')).toBe('Oleylamine is discussed for CsPbX₃ dots in the sources, not for PbS dots.');
    expect(code('oa', 'Pb100', { system: 'CsPbBr3' })).toBe('site-not-on-system');
    expect(canBind(L('oa'), site('Pb100'), { system: 'PbS' }).ok).toBe(true);
    expect(canBind(L('oa'), site('X'), { system: 'CsPbI3' }).ok).toBe(true);
  });

  it('refuses an occupied site and an unknown ligand', () => {
    expect(refused('oam', 'Pb-uc', { occupiedBy: 'top' })).toMatch(/already holds/);
    expect(refused('oam', 'Pb-uc', { occupiedBy: 'top' })).toBe('This under-coordinated Pb²⁺ already holds a ligand (Trioctylphosphine); remove it first.');
    const r = canBind(undefined, site('A'));
    expect(r).toEqual({ ok: false, refusal: { code: 'unknown-ligand' } });
    if (!r.ok) expect(refusalText(r.refusal)).toBe('Unknown ligand.');
  });

  it('every ligand binds each of its listed kinds and every refusal has a non-empty reason', () => {
    const kinds: SiteKind[] = ['A', 'X', 'Pb-uc', 'A-vac', 'X-vac', 'Pb111', 'Pb100', 'S100'];
    for (const l of LIGANDS) {
      for (const k of kinds) {
        const r = canBind(l, { kind: k });
        if (l.binds.includes(k)) expect(r.ok, `${l.id}@${k}`).toBe(true);
        else {
          expect(r.ok, `${l.id}@${k}`).toBe(false);
          if (!r.ok) expect(refusalText(r.refusal).length, `${l.id}@${k}`).toBeGreaterThan(20);
        }
      }
    }
  });
});

describe('chargeDelta (Δq = q_ligand − q_replaced)', () => {
  it('X-type exchange is neutral; filling a vacancy cancels its charge', () => {
    expect(chargeDelta(L('oa'), site('X'))).toBe(0); // oleate for halide
    expect(chargeDelta(L('fa'), site('A'))).toBe(0); // FA⁺ for Cs⁺
    expect(chargeDelta(L('oamh'), site('A'))).toBe(0);
    expect(chargeDelta(L('oac'), site('X-vac'))).toBe(-1); // cancels the +1 of the halide vacancy
    expect(chargeDelta(L('pea'), site('A-vac'))).toBe(1); // cancels the −1 of the A vacancy
    expect(chargeDelta(L('ba'), site('S100'))).toBe(1);
    expect(chargeDelta(L('i'), site('Pb100'))).toBe(-1);
  });
  it('neutral units change nothing: L, a Z adduct on a halide, ion pairs, zwitterions', () => {
    for (const [id, k] of [['oam', 'Pb-uc'], ['pbbr2', 'X'], ['cdcl2', 'X'], ['ddab', 'X-vac'], ['gly', 'A-vac'], ['csac', 'A-vac']] as const) {
      expect(chargeDelta(L(id), site(k)), id).toBe(0);
    }
  });
  it('a metal halide on a vacancy or bare Pb²⁺ counts as the halide it leaves there (−1 e)', () => {
    for (const id of ['pbbr2', 'znbr2', 'ycl3']) {
      expect(boundUnit(L(id), site('X-vac')), id).toBe('donated-halide');
      expect(chargeDelta(L(id), site('X-vac')), id).toBe(-1);
      expect(chargeDelta(L(id), site('Pb-uc')), id).toBe(-1);
      expect(boundUnit(L(id), site('X')), id).toBe('adduct');
    }
  });
});

describe('helpers', () => {
  it('electronCount: L 2, X 1, Z 0; a cation none (no bond to a metal)', () => {
    expect(electronCount('L')).toBe(2);
    expect(electronCount('X')).toBe(1);
    expect(electronCount('Z')).toBe(0);
    expect(electronCount('cation')).toBeNull();
  });
  it('the bare-site charges: halide vacancy +1, A vacancy −1, polar PbS (111) Pb +1 (2 × 3/6), others 0', () => {
    expect(VACANCY_CHARGE_E).toEqual({ A: 0, X: 0, 'Pb-uc': 0, 'A-vac': -1, 'X-vac': 1, Pb111: 1, Pb100: 0, S100: 0 });
  });
  it('systemFamilyOf maps the URL materials', () => {
    expect(systemFamilyOf('CsPbCl3')).toBe('CsPbX3');
    expect(systemFamilyOf('CsPbI3')).toBe('CsPbX3');
    expect(systemFamilyOf('PbS')).toBe('PbS');
    expect(systemFamilyOf('CsPbF3')).toBeNull();
    expect(siteFamily('S100')).toBe('PbS');
    expect(siteFamily('Pb-uc')).toBe('CsPbX3');
  });
  it('bindableKinds lights up the kinds of the current system only', () => {
    expect(bindableKinds(L('oa'), 'PbS')).toEqual(['Pb111', 'Pb100']);
    expect(bindableKinds(L('oa'), 'CsPbBr3')).toEqual(['X', 'X-vac', 'Pb-uc']);
    expect(bindableKinds(L('ba'), 'CsPbBr3')).toEqual([]);
    expect(bindableKinds(L('ba'), 'nonsense')).toEqual([]);
  });
});
