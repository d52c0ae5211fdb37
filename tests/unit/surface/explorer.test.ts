import { describe, expect, it } from 'vitest';
import { canPlace, explorerModel, placeLigand, purifySurface, removeLigandAt, SURFACE_KEY_DEFAULTS, toggleVacancy, type SurfaceKeys } from '../../../src/lib/surface/explorer';
import { SCHEMA } from '../../../src/lib/state/schema';
import { percent } from '../../../src/lib/format';
import { ligandById } from '../../../src/lib/data/ligands';
import { dropReasonText, editMessageText } from '../../../src/views/ligands/editText';

const base: SurfaceKeys = { system: 'CsPbBr3', facet: '100', term: 'CsX', vac: '', lig: '' };

describe('explorer model from URL keys', () => {
  it('ideal CsX surface: no traps, neutral, empty', () => {
    const m = explorerModel(base);
    expect(m.ledger.trapSites).toBe(0);
    expect(m.ledger.netCharge).toBe(0);
    expect(m.ledger.coverage).toBe(0);
    expect(m.dropped).toEqual([]);
  });

  it('a halide vacancy is one trap (its Pb-uc); oleylamine on that Pb heals it', () => {
    const m = explorerModel({ ...base, vac: 'x3' });
    expect(m.ledger.trapSites).toBe(1);
    expect([...m.trapSiteIds]).toEqual(['p3']);
    expect(m.ledger.netCharge).toBe(1);
    const r = placeLigand(m, 'oam', 'p3');
    expect(r.ok).toBe(true);
    expect(r.lig).toBe('oam@p3');
    expect(r.message).toEqual({
      code: 'placed',
      ligandId: 'oam',
      site: { id: 'p3', kind: 'Pb-uc', element: 'Pb' },
      partner: null,
      outcome: { code: 'traps-healed', count: 1 },
      chargeDeltaE: 0,
      unit: 'neutral',
      counterIon: null,
      after: { trapSites: 0, netChargeE: 1, occupiedSites: 1, totalSites: 72 },
    });
    // The announcement reads the ledger the tiles show: the halide is still missing (+1 e).
    expect(editMessageText(r.message, { kRad: 1, kTrap: 10 })).toBe(
      `Oleylamine (L-type, 2 e⁻) bound to under-coordinated Pb²⁺ p3: trap healed. Ledger: net charge +1 e, 0 unpassivated trap sites, coverage 1 of 72 spots, PLQY ${percent(1, 0)}.`,
    );
    const m2 = explorerModel({ ...base, vac: 'x3', lig: r.lig });
    expect(m2.ledger.trapSites).toBe(0);
    expect(m2.healedSiteIds.has('p3')).toBe(true);
  });

  it('oleylamine on an A site is refused with the CBC reason', () => {
    const m = explorerModel(base);
    const r = placeLigand(m, 'oam', 'a0');
    expect(r.ok).toBe(false);
    expect(r.lig).toBe('');
    expect(r.message).toMatchObject({ code: 'refused', ligandId: 'oam', refusal: { code: 'l-on-a' } });
    expect(editMessageText(r.message)).toMatch(/^Refused: Oleylamine on surface Cs⁺ a0\. An L-type donor needs an empty acceptor orbital/);
  });

  it('the vacancy and the Pb under it are one spot', () => {
    const m = explorerModel({ ...base, vac: 'x3', lig: 'oam@p3' });
    const v = canPlace(m, ligandById('oa'), 'x3');
    expect(v.ok).toBe(false);
    const m2 = explorerModel({ ...base, vac: 'x3', lig: 'oam@p3,oa@x3' });
    expect(m2.placements).toEqual([{ ligandId: 'oam', siteId: 'p3' }]);
    expect(m2.dropped[0]).toMatchObject({ key: 'lig', token: 'oa@x3', reason: { code: 'refused', refusal: { code: 'same-spot' } } });
    expect(dropReasonText(m2.dropped[0].token, m2.dropped[0].reason)).toBe(
      'x3 and p3 are the same spot (a halide vacancy and the Pb²⁺ under it), and p3 already holds a ligand',
    );
    if (!v.ok) expect(v.refusal).toMatchObject({ code: 'same-spot', siteId: 'x3', linkedId: 'p3', occupiedBy: 'oam' });
  });

  it('drops unknown ligands, unknown sites, refused placements and bad vacancies, with reasons', () => {
    const m = explorerModel({ ...base, vac: 'x3,q9,a999', lig: 'nope@a1,oam@a1,oam@zz1,oam@p3' });
    expect(m.surface.vacancies).toEqual(['x3']);
    expect(m.placements).toEqual([{ ligandId: 'oam', siteId: 'p3' }]);
    expect(m.dropped.map((d) => d.token).sort()).toEqual(['a999', 'nope@a1', 'oam@a1', 'oam@zz1', 'q9'].sort());
    for (const d of m.dropped) expect(dropReasonText(d.token, d.reason).length).toBeGreaterThan(5);
    const text = Object.fromEntries(m.dropped.map((d) => [d.token, dropReasonText(d.token, d.reason)]));
    expect(text['q9']).toBe('no site q9 on this surface');
    expect(text['a999']).toBe('no site a999 on this surface');
    expect(text['nope@a1']).toBe('Unknown ligand "nope".');
    expect(text['oam@zz1']).toBe('There is no site "zz1" on this surface.');
  });

  it('toggleVacancy makes and fills; filling removes the ligand in that spot', () => {
    const m = explorerModel(base);
    const made = toggleVacancy(m, 'x5');
    expect(made.vac).toBe('x5');
    expect(made.message).toMatchObject({ code: 'vacancy-made', exposedPbId: 'p5' });
    expect(editMessageText(made.message)).toBe('Br⁻ vacancy made at x5, exposing under-coordinated Pb²⁺ p5 (a trap).');
    expect(editMessageText(made.message, { kRad: 1, kTrap: 0 })).toBe(
      `Br⁻ vacancy made at x5, exposing under-coordinated Pb²⁺ p5 (a trap). Ledger: net charge +1 e, 1 unpassivated trap site, coverage 0 of 72 spots, PLQY ${percent(1, 0)}.`,
    );
    const withLig = explorerModel({ ...base, vac: 'x5', lig: 'oam@p5' });
    const filled = toggleVacancy(withLig, 'p5');
    expect(filled.vac).toBe('');
    expect(filled.lig).toBe('');
    expect(editMessageText(filled.message)).toBe('Br⁻ put back at x5: vacancy filled (Oleylamine removed).');
    expect(toggleVacancy(explorerModel({ ...base, system: 'PbS' }), 'p0').ok).toBe(false);
  });

  it('removeLigandAt removes the placement', () => {
    const m = explorerModel({ ...base, vac: 'x3', lig: 'oam@p3' });
    const r = removeLigandAt(m, 'p3');
    expect(r.lig).toBe('');
    expect(editMessageText(r.message)).toBe('Oleylamine removed from under-coordinated Pb²⁺ p3.');
  });

  it('every announcement carries the ledger the tiles show: oleate fills a vacancy → net charge 0 (not −1)', () => {
    const m = explorerModel({ ...base, vac: 'x3' });
    const r = placeLigand(m, 'oa', 'x3');
    const next = explorerModel({ ...base, vac: r.vac, lig: r.lig });
    expect(r.message).toMatchObject({ code: 'placed', chargeDeltaE: -1, after: { netChargeE: next.ledger.netCharge, trapSites: next.ledger.trapSites } });
    expect(next.ledger.netCharge).toBe(0);
    expect(editMessageText(r.message, { kRad: 1, kTrap: 10 })).toMatch(/Ledger: net charge 0 e, 0 unpassivated trap sites, coverage 1 of 72 spots, PLQY 100\s%\.$/);
  });

  it('PbBr₂ on a vacancy: the sentence says what it leaves (a Br⁻), and the ledger is neutral', () => {
    const m = explorerModel({ ...base, vac: 'x3' });
    const r = placeLigand(m, 'pbbr2', 'x3');
    expect(r.message).toMatchObject({ code: 'placed', unit: 'donated-halide', after: { netChargeE: 0, trapSites: 0 } });
    expect(editMessageText(r.message)).toBe(
      'Lead bromide (Z-type) gave one Br⁻ to Br⁻ vacancy x3: trap healed. That Br⁻ stays as an X-type anion; the metal goes back into solution with its other halide.',
    );
  });

  it('DDAB on a lone vacancy: Br⁻ fills it, DDA⁺ stays as the counter-ion (+1 e, said so)', () => {
    const m = explorerModel({ ...base, vac: 'x3' });
    const r = placeLigand(m, 'ddab', 'x3');
    expect(r.message).toMatchObject({ code: 'placed', counterIon: 'cation', after: { netChargeE: 1, trapSites: 0 } });
    expect(editMessageText(r.message)).toMatch(/its cation stays in the ligand shell as the counter-ion\.$/);
    const next = explorerModel({ ...base, vac: r.vac, lig: r.lig });
    expect(next.ledger.charge).toMatchObject({ openHalideVacancies: 0, adsorbedCations: 1 });
  });

  it('SURFACE_KEY_DEFAULTS equal the schema defaults', () => {
    for (const k of ['system', 'facet', 'term', 'vac', 'lig'] as const) expect(SURFACE_KEY_DEFAULTS[k]).toBe(SCHEMA[k].default);
  });

  it('purify strips the dynamic OA/OAm ligands (review §3.1) and leaves vacancies', () => {
    const m = explorerModel({ ...base, vac: 'x3', lig: 'oam@p3,oamh@a0' });
    const r = purifySurface(m);
    expect(r.lig).toBe('');
    const after = explorerModel({ ...base, vac: r.vac, lig: r.lig });
    expect(after.ledger.trapSites).toBeGreaterThanOrEqual(1);
    expect(after.ledger.netCharge).toBe(m.ledger.netCharge);
  });

  it('PbS: bare sites are traps; I⁻ heals Pb on (111)', () => {
    const m = explorerModel({ ...base, system: 'PbS', facet: '111' });
    expect(m.ledger.trapSites).toBe(m.surface.sites.length);
    const r = placeLigand(m, 'i', 'p0');
    expect(r.ok).toBe(true);
    expect(explorerModel({ ...base, system: 'PbS', facet: '111', lig: r.lig }).ledger.trapSites).toBe(m.surface.sites.length - 1);
  });
});

describe('spots', () => {
  it('a halide vacancy and the Pb²⁺ under it are one spot (the ledger’s coverage unit)', async () => {
    const { spotIdOf } = await import('../../../src/lib/surface/explorer');
    const m = explorerModel({ ...base, vac: 'x3' });
    expect(spotIdOf(m.surface, m.siteById.get('p3')!)).toBe('x3');
    expect(spotIdOf(m.surface, m.siteById.get('x3')!)).toBe('x3');
    expect(spotIdOf(m.surface, m.siteById.get('a0')!)).toBe('a0');
  });
});

describe('every free-mode placement: text, ledger and announcement agree', () => {
  it('one site of each kind on each surface, every ligand: the message carries the ledger of the next model', async () => {
    const { LIGANDS } = await import('../../../src/lib/data/ligands');
    const { breakdownSum } = await import('../../../src/lib/ligands/model');
    const { ledgerSummary } = await import('../../../src/lib/surface/explorer');
    const surfaces: SurfaceKeys[] = [
      { ...base, vac: 'x3,a3,x20' },
      { ...base, term: 'PbX2', vac: 'x5' },
      { ...base, system: 'CsPbI3', vac: 'x7,a7' },
      { ...base, system: 'PbS', facet: '100' },
      { ...base, system: 'PbS', facet: '111' },
    ];
    let placed = 0;
    for (const keys of surfaces) {
      const m = explorerModel(keys);
      const oneOfEach = new Map<string, string>();
      for (const s of m.surface.sites) if (!oneOfEach.has(s.kind)) oneOfEach.set(s.kind, s.id);
      for (const l of LIGANDS) {
        for (const siteId of oneOfEach.values()) {
          const r = placeLigand(m, l.id, siteId);
          if (!r.ok) continue;
          placed += 1;
          const next = explorerModel({ ...keys, vac: r.vac, lig: r.lig });
          expect(next.dropped, `${l.id}@${siteId}`).toEqual([]);
          expect(r.message.code).toBe('placed');
          if (r.message.code !== 'placed') continue;
          expect(r.message.after, `${l.id}@${siteId}`).toEqual(ledgerSummary(next));
          expect(breakdownSum(next.ledger.charge), `${l.id}@${siteId}`).toBe(next.ledger.netCharge);
          expect(next.ledger.netCharge - m.ledger.netCharge, `${l.id}@${siteId}`).toBe(r.message.chargeDeltaE);
          expect(next.ledger.totalSites).toBe(m.ledger.totalSites);
          const text = editMessageText(r.message, { kRad: 1, kTrap: 10 });
          const q = next.ledger.netCharge;
          expect(text, `${l.id}@${siteId}`).toContain(`Ledger: net charge ${q > 0 ? `+${q}` : q < 0 ? `−${-q}` : '0'} e`);
          if (l.cbcClass === 'cation') expect(text).toContain('not a ligand of the metal');
        }
      }
    }
    expect(placed).toBeGreaterThan(100);
  });
});
