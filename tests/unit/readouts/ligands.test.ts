import { describe, expect, it } from 'vitest';
import { ligandsPlqy, ligandsReadouts } from '../../../src/lib/readouts/ligands';
import { readoutsFor } from '../../../src/lib/readouts/index';
import { parseQuery } from '../../../src/lib/state/url';
import { defaultState } from '../../../src/lib/state/schema';
import { DEFAULT_PLQY_PARAMS, plqy } from '../../../src/lib/ligands/model';

const q = (s: string) => parseQuery(s).state;

describe('ligandsReadouts', () => {
  it('default state: ideal CsBr-terminated CsPbBr3 (100), no traps, PLQY 1', () => {
    const r = ligandsReadouts(defaultState());
    expect(r).toMatchObject({
      system: 'CsPbBr3',
      facet: '100',
      termination: 'CsX',
      trapSites: 0,
      netCharge: 0,
      coverage: 0,
      plqy: 1,
      placedLigands: 0,
      vacancies: 0,
      totalSites: 72,
    });
  });

  it('a halide vacancy: one trap, +1 e, the ensemble PLQY with the default rates', () => {
    const r = ligandsReadouts(q('?view=ligands&vac=x3'));
    expect(r.trapSites).toBe(1);
    expect(r.netChargeE).toBe(1);
    expect(r.netCharge).toBe(1); // deprecated alias, kept working
    expect(r.plqy).toBeCloseTo(plqy({ trapSites: 1, totalSites: 72, ...DEFAULT_PLQY_PARAMS }), 12);
    expect(r.trapFreeDots).toBeCloseTo(Math.exp(-1), 12);
  });

  it('plqy follows krad and ktrap from the URL (issue #12)', () => {
    const at = (extra: string) => ligandsReadouts(q(`?view=ligands&vac=x3${extra}`)).plqy as number;
    expect(at('&ktrap=0')).toBe(1);
    expect(at('&ktrap=1')).toBeCloseTo(plqy({ trapSites: 1, totalSites: 72, kRad: 1, kTrapPerSite: 1 }), 12);
    expect(at('&ktrap=1')).toBeGreaterThan(at('&ktrap=5'));
    expect(at('&krad=5&ktrap=1')).toBeGreaterThan(at('&krad=1&ktrap=1'));
    expect(at('')).toBeCloseTo(plqy({ trapSites: 1, totalSites: 72, kRad: 1, kTrapPerSite: 10 }), 12);
  });

  it('oleylamine on the exposed Pb heals the trap; coverage counts the site', () => {
    const r = ligandsReadouts(q('?view=ligands&vac=x3&lig=oam@p3'));
    expect(r.trapSites).toBe(0);
    expect(r.plqy).toBe(1);
    expect(r.placedLigands).toBe(1);
    expect(r.coverage).toBeCloseTo(1 / 72, 12); // one fixed denominator: the vacancy and its Pb are one spot
    expect(r.totalSites).toBe(72);
    expect(r.lig).toBe('oam@p3');
  });

  it('invalid tokens are dropped: oleylamine on an A site does not count', () => {
    const r = ligandsReadouts(q('?view=ligands&lig=oam@a0,zz@x1'));
    expect(r.placedLigands).toBe(0);
    expect(r.lig).toBe('');
  });

  it('PbX2 termination: every surface Pb is a trap (36 on 6×6 cells)', () => {
    const r = ligandsReadouts(q('?view=ligands&term=PbX2'));
    expect(r.termination).toBe('PbX2');
    expect(r.trapSites).toBe(36);
    expect(r.plqy).toBeCloseTo(plqy({ trapSites: 36, totalSites: 108, ...DEFAULT_PLQY_PARAMS }), 12);
    expect(r.plqy).toBeLessThan(0.01); // a bare surface with traps shows them: no 100 %
  });

  it('PbS: termination null; facet 111 kept', () => {
    const r = ligandsReadouts(q('?view=ligands&system=PbS&facet=111'));
    expect(r.termination).toBeNull();
    expect(r.facet).toBe('111');
    expect(r.trapSites).toBe(56);
    expect(r.netChargeE).toBe(56); // bare polar (111): +1 e per Pb
    expect(r.plqy).toBeLessThan(0.01);
  });

  it('a PbBr₂-healed vacancy: no trap, neutral (the Br⁻ it leaves fills the vacancy)', () => {
    const r = ligandsReadouts(q('?view=ligands&vac=x3&lig=pbbr2@x3'));
    expect(r).toMatchObject({ trapSites: 0, netChargeE: 0, placedLigands: 1, plqy: 1 });
  });

  it('a scenario URL reproduces its step', () => {
    const r = ligandsReadouts(q('?view=ligands&scenario=metal-halide&step=1'));
    expect(r.scenario).toBe('metal-halide');
    expect(r.step).toBe(1);
    expect(r.trapSites).toBe(0);
    expect(r.vacancies).toBeGreaterThan(0);
    expect(r.placedLigands).toBeGreaterThan(0);
  });

  it('is registered for the embed API and yields only plain values', () => {
    const r = readoutsFor('ligands', q('?view=ligands&vac=x3'));
    expect(r.trapSites).toBe(1);
    for (const v of Object.values(r)) expect(['number', 'string', 'boolean'].includes(typeof v) || v === null).toBe(true);
  });

  it('ligandsPlqy returns null instead of throwing for impossible parameters', () => {
    expect(ligandsPlqy(1, 10, 0, 0.25)).toBeNull();
    expect(ligandsPlqy(1, 10, 1, Number.NaN)).toBeNull();
    expect(ligandsPlqy(0, 10, 1, 0.25)).toBe(1);
  });
});
