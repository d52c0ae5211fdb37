/**
 * The ligand explorer's URL writes and figure facts (src/views/ligands/actions.ts), pure and in Node, on a
 * fake store that validates like the app state.
 */
import { describe, expect, it } from 'vitest';
import { defaultState, type UrlState } from '../../../../src/lib/state/schema';
import { coerceValue } from '../../../../src/lib/state/url';
import { scenarioById } from '../../../../src/lib/ligands/scenarios';
import { explorerModel, placeLigand, type SurfaceKeys } from '../../../../src/lib/surface/explorer';
import { stepKeys } from '../../../../src/lib/surface/scenarioState';
import { ligandById } from '../../../../src/lib/data/ligands';
import {
  cleanKeys,
  commitKeys,
  goToStep,
  headroomAngstrom,
  interestingRow,
  keysForSystem,
  leaveScenario,
  placeableSpotCount,
  shownRow,
  type LigandsKey,
  type LigandsStore,
} from '../../../../src/views/ligands/actions';
import { TAIL_BREAK_ANGSTROM, maxTailAngstrom } from '../../../../src/views/ligands/drawing';

function store(partial: Partial<UrlState> = {}): LigandsStore & { values: UrlState } {
  const values: UrlState = { ...defaultState(), ...partial };
  return {
    values,
    set<K extends LigandsKey>(key: K, value: UrlState[K]): boolean {
      const r = coerceValue(key, value);
      if (!r.ok) return false;
      (values as Record<string, unknown>)[key] = r.value;
      return true;
    },
  };
}
const BARE: SurfaceKeys = { system: 'CsPbBr3', facet: '100', term: 'CsX', vac: '', lig: '' };

describe('surface keys', () => {
  it('commitKeys writes all five and stays in the scenario while the surface differs from the defaults', () => {
    const st = store({ scenario: 'native-purify', step: 1 });
    const next = { ...BARE, system: 'CsPbI3' as const, vac: 'x' };
    expect(commitKeys(st, next)).toBe(false);
    expect(st.values).toMatchObject({ system: 'CsPbI3', facet: '100', term: 'CsX', scenario: 'native-purify', step: 1 });
  });
  it('a surface edited back to the defaults leaves the scenario', () => {
    const st = store({ scenario: 'native-purify', step: 2 });
    expect(commitKeys(st, BARE)).toBe(true);
    expect(st.values).toMatchObject({ scenario: '', step: 0 });
  });
  it('switching within a family keeps vacancies and ligands; across families clears them', () => {
    const keys = { ...BARE, vac: 'v1', lig: 'oam@a1' };
    expect(keysForSystem(keys, 'CsPbBr3', 'CsPbI3')).toEqual({ sameFamily: true, next: { ...keys, system: 'CsPbI3' } });
    const pbs = keysForSystem({ ...keys, facet: '100' }, 'CsPbBr3', 'PbS');
    expect(pbs).toEqual({ sameFamily: false, next: { system: 'PbS', facet: '100', term: 'CsX', vac: '', lig: '' } });
    // a perovskite always shows (100)
    expect(keysForSystem({ ...keys, system: 'PbS', facet: '111' }, 'PbS', 'CsPbBr3').next.facet).toBe('100');
  });
  it('cleanKeys empties the surface and applies a termination or facet', () => {
    expect(cleanKeys({ ...BARE, vac: 'a', lig: 'b' }, { term: 'PbX2' })).toEqual({ ...BARE, term: 'PbX2' });
  });
});

describe('scenario steps', () => {
  const scenario = scenarioById('solid-exchange')!;
  it('goToStep clamps the index and writes the step with its surface', () => {
    const st = store({ scenario: 'solid-exchange' });
    const r = goToStep(st, scenario, 99);
    expect(r.index).toBe(scenario.steps.length - 1);
    expect(r.keys).toEqual(stepKeys(scenario.steps[r.index]));
    expect(st.values.step).toBe(r.index);
    expect({ system: st.values.system, facet: st.values.facet, term: st.values.term, vac: st.values.vac, lig: st.values.lig }).toEqual(r.keys);
    expect(goToStep(st, scenario, -3).index).toBe(0);
  });
  it('leaveScenario clears scenario and step', () => {
    const st = store({ scenario: 'solid-exchange', step: 2 });
    leaveScenario(st);
    expect(st.values).toMatchObject({ scenario: '', step: 0 });
  });
});

describe('figure facts', () => {
  it('a bare surface has no headroom and starts at row 0 unless the user chose one (clamped)', () => {
    const model = explorerModel(BARE);
    expect(headroomAngstrom(model)).toBe(0);
    expect(interestingRow(model)).toBe(0);
    expect(shownRow(model, 2)).toBe(2);
    expect(shownRow(model, 999)).toBe(model.surface.rows - 1);
    expect(shownRow(model, -4)).toBe(0);
  });
  it("a scenario step's ligands set the headroom: their longest tail, capped, at least 6 Å", () => {
    const scenario = scenarioById('native-purify')!;
    const model = explorerModel(stepKeys(scenario.steps[1]));
    expect(model.placements.length).toBeGreaterThan(0);
    const ligands = model.placements.map((p) => ligandById(p.ligandId)!);
    const expected = Math.max(6, Math.min(TAIL_BREAK_ANGSTROM, maxTailAngstrom(ligands)));
    expect(headroomAngstrom(model)).toBeGreaterThanOrEqual(expected);
    expect(headroomAngstrom(model)).toBeLessThanOrEqual(Math.max(expected, 5));
  });
  it('the first row shown is the row of the first trap, vacancy or ligand', () => {
    const scenario = scenarioById('native-purify')!;
    const model = explorerModel(stepKeys(scenario.steps[scenario.steps.length - 1]));
    const r = interestingRow(model);
    const rowHas = model.surface.sites.some((x) => x.row === r && (model.trapSiteIds.has(x.id) || x.vacant || model.occupantBySite.has(x.id)));
    expect(rowHas || (model.trapSiteIds.size === 0 && model.surface.vacancies.length === 0 && model.placements.length === 0)).toBe(true);
  });
  it('placeableSpotCount counts the spots a ligand can take, and one fewer after placing one there', () => {
    // the washed surface of the native-ligand scenario: Cs and Br vacancies left by the wash
    const keys = stepKeys(scenarioById('native-purify')!.steps[2]);
    const model = explorerModel(keys);
    const n = placeableSpotCount(model, 'oamh');
    expect(n).toBeGreaterThan(0);
    const site = model.surface.sites.find((x) => placeLigand(model, 'oamh', x.id).ok)!;
    const r = placeLigand(model, 'oamh', site.id);
    expect(r.ok).toBe(true);
    const after = explorerModel({ ...keys, vac: r.vac, lig: r.lig });
    expect(placeableSpotCount(after, 'oamh')).toBe(n - 1);
    expect(placeableSpotCount(model, 'no-such-ligand')).toBe(0);
  });
});
