import { describe, expect, it } from 'vitest';
import { CHAIN_NM_PER_CARBON, LIGANDS, LIGAND_ID_RE, SITE_KINDS, cbcElectrons, ligandById, ligandsFor, type Ligand } from '../../../src/lib/data/ligands';
import { checkLigand } from '../../../src/lib/ligands/rules';
import { LIGAND_QUOTES } from '../../../src/lib/data/ligandQuotes';

// Ligands issue #6 requires (the brief's ids).
const REQUIRED = [
  'oa', 'oam', 'oamh', 'octam', 'octac', 'ddab', 'top', 'topo', 'tbp', 'ida', 'sbet', 'pchol', 'aet', 'dbsa', 'oac',
  'fa', 'pea', 'ga', 'scn', 'csac', 'pbbr2', 'znbr2', 'cdcl2', 'ycl3', 'bf4', '4mp', 'edta', 'gly', 'lphe', 'tmsi',
  'i', 'ma', 'ba',
];

describe('ligand library (src/lib/data/ligands.ts)', () => {
  it('holds every ligand issue #6 asks for', () => {
    for (const id of REQUIRED) expect(ligandById(id), id).toBeDefined();
  });

  it('ids are unique, url-safe and short', () => {
    const ids = LIGANDS.map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]{1,12}$/);
    expect(LIGAND_ID_RE.test('Bad-Id')).toBe(false);
  });

  it.each(LIGANDS.map((l) => [l.id, l] as const))('%s is consistent with the CBC rules (review §3.1: L 2, X 1, Z 0 electrons; a cation none)', (_id, l) => {
    expect(checkLigand(l)).toEqual([]);
    expect(l.electrons).toBe({ L: 2, X: 1, Z: 0, cation: null }[l.cbcClass]);
    expect(l.source.trim().length).toBeGreaterThan(0);
    expect(LIGAND_QUOTES[l.id].trim().length).toBeGreaterThan(0); // data/ligandQuotes.ts
    for (const k of [...l.binds, ...l.heals]) expect(SITE_KINDS).toContain(k);
  });

  it('checkLigand catches broken entries (the check can fail)', () => {
    const oam = ligandById('oam') as Ligand;
    expect(checkLigand({ ...oam, electrons: 1 })).not.toEqual([]);
    expect(checkLigand({ ...oam, binds: ['A'] })).not.toEqual([]);
    expect(checkLigand({ ...oam, id: 'OAm!' as Ligand['id'] })).not.toEqual([]); // an id the LigandId type would refuse
    expect(checkLigand({ ...oam, source: ' ' })).not.toEqual([]);
    const oa = ligandById('oa') as Ligand;
    expect(checkLigand({ ...oa, chargeE: 0 })).not.toEqual([]);
    expect(checkLigand({ ...oa, binds: ['A-vac'] })).not.toEqual([]);
    expect(checkLigand({ ...oa, xKind: null })).not.toEqual([]);
    const fa = ligandById('fa') as Ligand;
    expect(checkLigand({ ...fa, electrons: 1 })).not.toEqual([]);
    expect(checkLigand({ ...fa, cbcClass: 'X', family: 'X' })).not.toEqual([]);
    expect(checkLigand({ ...fa, binds: ['X'] })).not.toEqual([]);
    expect(checkLigand({ ...oa, donorHalide: 'Br' })).not.toEqual([]);
  });

  it('cbcElectrons follows review §3.1 ("2, 1, and 0, respectively"); a cation bonds to no metal', () => {
    expect([cbcElectrons('L'), cbcElectrons('X'), cbcElectrons('Z'), cbcElectrons('cation')]).toEqual([2, 1, 0, null]);
  });

  it('adsorption energies only where a paper gives them: PbS paper §2 DFT on (100), I⁻ −2.03, MA⁺ −2.14, BA⁺ −2.49 eV', () => {
    expect(ligandById('i')?.adsorptionEnergyEv).toBe(-2.03);
    expect(ligandById('ma')?.adsorptionEnergyEv).toBe(-2.14);
    expect(ligandById('ba')?.adsorptionEnergyEv).toBe(-2.49);
    const others = LIGANDS.filter((l) => !['i', 'ma', 'ba'].includes(l.id));
    for (const l of others) expect(l.adsorptionEnergyEv, l.id).toBeNull();
  });

  it('classes as the CBC defines them: L amine/phosphine/phosphine oxide, X carboxylate, Z CdX₂; ammonium and A-site cations are no ligand of the metal, with the review’s "X-type" kept beside', () => {
    for (const id of ['oam', 'top', 'topo', 'tbp']) expect(ligandById(id)?.cbcClass, id).toBe('L');
    for (const id of ['oa', 'oac', 'octac', 'bza', 'scn', 'cl', 'dbsa', 'i']) expect(ligandById(id)?.cbcClass, id).toBe('X');
    expect(ligandById('oa')?.xKind).toBe('anion');
    for (const id of ['oamh', 'fa', 'pea', 'fpea', 'ga', 'ma', 'ba']) {
      const l = ligandById(id) as Ligand;
      expect(l.cbcClass, id).toBe('cation');
      expect(l.electrons, id).toBeNull();
      expect(l.chargeE, id).toBe(1);
    }
    for (const id of ['oamh', 'fa', 'pea', 'fpea', 'ga']) {
      expect(ligandById(id)?.reviewClass?.cbcClass, id).toBe('X');
      expect(ligandById(id)?.cationRole, id).toBe('a-site');
    }
    for (const id of ['ma', 'ba']) expect(ligandById(id)?.cationRole, id).toBe('h-bond');
    for (const id of ['pbbr2', 'znbr2', 'cdcl2', 'ycl3']) expect(ligandById(id)?.cbcClass, id).toBe('Z');
    expect(ligandById('pbbr2')?.donorHalide).toBe('Br');
    expect(ligandById('cdcl2')?.donorHalide).toBeUndefined();
    // ion pairs: the anion is the X ligand; TMSI's cation picture is one paper's proposal
    for (const id of ['ddab', 'csac', 'tmsi']) expect(ligandById(id)?.xKind, id).toBe('ion-pair');
    expect(ligandById('tmsi')?.pictureIsProposal).toBe(true);
    expect(ligandById('tmsi')?.formula).toBe('(CH3)3Si–I');
  });

  it('records the review’s ambiguities rather than picking silently', () => {
    const dbsa = ligandById('dbsa')?.ambiguity;
    expect(dbsa?.readings.map((r) => r.cbcClass).sort()).toEqual(['L', 'X']);
    const aet = ligandById('aet')?.ambiguity;
    expect(aet?.readings.map((r) => r.cbcClass).sort()).toEqual(['L', 'X']);
    for (const id of ['sbet', 'pchol', 'gly']) {
      const l = ligandById(id) as Ligand;
      expect(l.family).toBe('zwitterion');
      expect(l.ambiguity?.readings.map((r) => r.cbcClass)).toEqual(['X', 'X']); // its text: tests/unit/ligands/dataText.test.ts
      expect(l.binds).toEqual(expect.arrayContaining(['X-vac', 'A-vac']));
    }
    for (const id of ['pbbr2', 'znbr2', 'ycl3']) {
      expect(ligandById(id)?.ambiguity?.readings.map((r) => r.cbcClass).sort(), id).toEqual(['X', 'Z']);
    }
  });

  it('PbS ligands bind the sites the PbS paper names: I⁻ on Pb (polar (111) preferred), BA⁺ on S of (100)', () => {
    expect(ligandById('i')?.binds[0]).toBe('Pb111');
    expect(ligandById('ba')?.binds).toEqual(['S100']);
    expect(ligandsFor('PbS').map((l) => l.id).sort()).toEqual(['ba', 'i', 'ma', 'oa']);
  });

  it('chain-length estimate: n_C × 0.1253 nm from Slowinski et al. 1997 (1.14 per CH₂ = 0.91 Å⁻¹)', () => {
    expect(CHAIN_NM_PER_CARBON).toBeCloseTo(0.1252747, 6);
    expect(ligandById('oam')?.chainLengthNm).toBeCloseTo(18 * 0.1252747, 5);
    expect(ligandById('oac')?.chainCarbons).toBe(1);
    expect(ligandById('pea')?.chainLengthNm).toBeNull();
    // shorter ligands of the exchange really are shorter
    const len = (id: string) => ligandById(id)?.chainLengthNm as number;
    expect(len('oac')).toBeLessThan(len('octac'));
    expect(len('octac')).toBeLessThan(len('oa'));
  });

  it('ligandById returns undefined for unknown ids', () => {
    expect(ligandById('nope')).toBeUndefined();
    expect(ligandById('')).toBeUndefined();
  });
});
