import { describe, expect, it } from 'vitest';
import { ledger, plqy, DEFAULT_PLQY_PARAMS, applyVacancies } from '../../../src/lib/ligands/model';
import { SCENARIOS, checkScenario, plainBuilder, resolveStep, resolveVacancies, scenarioById, scenarioStep, spread, type Scenario } from '../../../src/lib/ligands/scenarios';
import { csxPatch, pbs100Patch } from './fixtures';

const ideal = (system: string) => (system === 'PbS' ? pbs100Patch(6) : csxPatch(6));
function stateOf(s: Scenario, i: number) {
  const st = s.steps[i];
  const sitesIdeal = st.system === 'PbS' && st.facet === '111' ? pbs100Patch(6).filter((x) => x.kind === 'Pb100').map((x) => ({ ...x, kind: 'Pb111' as const })) : ideal(st.system);
  const r = resolveStep(st, plainBuilder(sitesIdeal));
  const sites = applyVacancies(sitesIdeal, r.vacancies).sites;
  return { r, l: ledger({ sites, placements: r.placements, system: st.system }) };
}

describe('scenarios (issue #6 guided scenarios)', () => {
  it('has the five scenarios the issue lists, url-safe ids', () => {
    expect(SCENARIOS.map((s) => s.id)).toEqual(['native-purify', 'solid-exchange', 'metal-halide', 'zwitterion', 'pbs-ba2pbi4']);
  });
  it.each(SCENARIOS.map((s) => [s.id, s] as const))('%s references existing ligands and site kinds, and every placement is allowed', (_id, s) => {
    expect(checkScenario(s)).toEqual([]);
  });
  it('checkScenario catches a broken scenario', () => {
    const s = SCENARIOS[0];
    const bad: Scenario = { ...s, id: 'Bad Id' as Scenario['id'], steps: [{ ...s.steps[1], placements: [{ ligandId: 'oam', kind: 'A' }, { ligandId: 'zzz', kind: 'X' }] }] };
    const p = checkScenario(bad);
    expect(p.some((x) => /id/.test(x))).toBe(true);
    expect(p.some((x) => /refused/.test(x))).toBe(true);
    expect(p.some((x) => /unknown ligand zzz/.test(x))).toBe(true);
  });
  it('every step resolves with no rejected placement', () => {
    for (const s of SCENARIOS) {
      s.steps.forEach((_, i) => {
        const { l } = stateOf(s, i);
        expect(l.rejected, `${s.id} step ${i}`).toEqual([]);
      });
    }
  });
  it('native-purify: purification strips half of OA/OAm, leaves traps, keeps the charge neutral, PLQY falls', () => {
    const s = scenarioById('native-purify')!;
    const before = stateOf(s, 1).l;
    const after = stateOf(s, 2);
    expect(before.trapSites).toBe(0);
    expect(after.r.removed.length).toBe(before.accepted.length / 2);
    expect(after.l.trapSites).toBeGreaterThan(0);
    expect(after.l.netCharge).toBe(0);
    const q = (n: number) => plqy({ trapSites: n, totalSites: 72, ...DEFAULT_PLQY_PARAMS });
    expect(q(after.l.trapSites)).toBeLessThan(q(before.trapSites));
  });
  it('solid-exchange: every step is charge-neutral; acetate and FA⁺ replace OA⁻ and OAm⁺ on the same sites', () => {
    const s = scenarioById('solid-exchange')!;
    const steps = s.steps.map((_, i) => stateOf(s, i));
    for (const st of steps) expect(st.l.netCharge).toBe(0);
    const sitesOf = (i: number) => steps[i].r.placements.map((p) => p.siteId).sort();
    expect(sitesOf(1)).toEqual(sitesOf(0));
    expect(sitesOf(2)).toEqual(sitesOf(0));
    expect(steps[2].r.placements.some((p) => p.ligandId === 'fa')).toBe(true);
  });
  it('metal-halide: a lead-rich surface (+4 e, 4 traps); PbBr₂ or ZnBr₂ leaves a Br⁻ in each vacancy: no trap, neutral', () => {
    const s = scenarioById('metal-halide')!;
    expect(stateOf(s, 0).l).toMatchObject({ trapSites: 4, netCharge: 4 });
    expect(stateOf(s, 1).l).toMatchObject({ trapSites: 0, netCharge: 0 });
    expect(stateOf(s, 2).l).toMatchObject({ trapSites: 0, netCharge: 0 });
  });
  it('zwitterion: each sulfobetaine fills a halide and an A-site vacancy; they survive a wash', () => {
    const s = scenarioById('zwitterion')!;
    const st = stateOf(s, 1).l;
    expect(st.openVacancies).toEqual({ A: 0, X: 0 });
    expect(st.trapSites).toBe(0);
    expect(st.netCharge).toBe(0);
    expect(st.accepted.every((a) => a.partnerSiteId !== null)).toBe(true);
    const washed = stateOf(s, 2);
    expect(washed.r.removed).toEqual([]);
  });
  it('pbs-ba2pbi4: iodide alone leaves (100) charged with bare S and washes off; (BA)₂PbI₄ caps every site and survives the wash', () => {
    const s = scenarioById('pbs-ba2pbi4')!;
    expect(stateOf(s, 1).l).toMatchObject({ trapSites: 18, netCharge: -18 }); // I⁻ on Pb, S bare
    const washedPbI2 = stateOf(s, 2);
    expect(washedPbI2.r.removed.length).toBe(9);
    expect(washedPbI2.l).toMatchObject({ trapSites: 27, netCharge: -9 });
    expect(stateOf(s, 3).l).toMatchObject({ trapSites: 0, netCharge: 0 });
    const washed = stateOf(s, 4);
    expect(washed.r.removed).toEqual([]);
    expect(washed.l).toMatchObject({ trapSites: 0, netCharge: 0, coverage: 1 });
  });
  it('scenarioStep clamps the step and returns undefined for unknown ids', () => {
    const steps = scenarioById('native-purify')!.steps;
    expect(scenarioStep('native-purify', 99)).toBe(steps[2]);
    expect(scenarioStep('native-purify', -3)).toBe(steps[0]);
    expect(scenarioStep('native-purify', Number.NaN)).toBe(steps[0]);
    expect(scenarioStep('native-purify', 1.7)).toBe(steps[1]);
    expect(scenarioStep('nope', 0)).toBeUndefined();
  });
  it('spread and AX pairs are deterministic and adjacent', () => {
    expect(spread(10, 2)).toEqual([2, 7]);
    expect(spread(3, 5)).toEqual([0, 1, 2]);
    const v = resolveVacancies(scenarioById('zwitterion')!.steps[0], csxPatch(6));
    expect(v.length).toBe(18);
    expect(resolveVacancies(scenarioById('zwitterion')!.steps[0], csxPatch(6))).toEqual(v);
    const byId = new Map(csxPatch(6).map((s) => [s.id, s]));
    for (let i = 0; i < v.length; i += 2) {
      const x = byId.get(v[i])!;
      const a = byId.get(v[i + 1])!;
      expect(Math.hypot(x.xAngstrom! - a.xAngstrom!, x.yAngstrom! - a.yAngstrom!)).toBeLessThan(5);
    }
  });
});
