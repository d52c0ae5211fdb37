import { describe, expect, it } from 'vitest';
import { SCENARIOS } from '../../../src/lib/ligands/scenarios';
import { activeScenario, resolveScenarioKeys, scenarioKeys, surfaceKeysAtDefaults } from '../../../src/lib/surface/scenarioState';
import { explorerModel } from '../../../src/lib/surface/explorer';
import { parseQuery } from '../../../src/lib/state/url';

describe('scenario steps on the surface geometry', () => {
  it('every step of every scenario resolves to keys the explorer accepts without dropping anything', () => {
    for (const s of SCENARIOS) {
      s.steps.forEach((_, i) => {
        const k = scenarioKeys(s.id, i)!;
        const m = explorerModel(k);
        expect(m.dropped, `${s.id} step ${i}`).toEqual([]);
        expect(m.placements.length).toBe(k.lig === '' ? 0 : k.lig.split(',').length);
      });
    }
  });

  it('native-purify: the purification step leaves vacancies and traps (review §3)', () => {
    const before = explorerModel(scenarioKeys('native-purify', 1)!);
    const after = explorerModel(scenarioKeys('native-purify', 2)!);
    expect(before.ledger.trapSites).toBe(0);
    expect(after.surface.vacancies.length).toBeGreaterThan(0);
    expect(after.ledger.trapSites).toBeGreaterThan(0);
    expect(after.ledger.netCharge).toBe(0);
  });

  it('metal-halide: PbBr2 heals every trap of the halide-poor surface', () => {
    expect(explorerModel(scenarioKeys('metal-halide', 0)!).ledger.trapSites).toBeGreaterThan(0);
    expect(explorerModel(scenarioKeys('metal-halide', 1)!).ledger.trapSites).toBe(0);
  });

  it('a short scenario URL takes its surface from the step; explicit keys win', () => {
    const short = parseQuery('?view=ligands&scenario=metal-halide&step=1').state;
    expect(surfaceKeysAtDefaults({ system: short.system, facet: short.facet, term: short.term, vac: short.vac, lig: short.lig })).toBe(true);
    expect(resolveScenarioKeys(short)).toEqual(scenarioKeys('metal-halide', 1));
    const explicit = parseQuery('?view=ligands&scenario=metal-halide&step=1&vac=x3').state;
    expect(resolveScenarioKeys(explicit).vac).toBe('x3');
    expect(activeScenario(short)).toEqual({ id: 'metal-halide', index: 1, count: 3 });
    expect(activeScenario(parseQuery('?scenario=nope').state)).toBeNull();
    // Out-of-range step clamps to the last step.
    expect(activeScenario(parseQuery('?scenario=metal-halide&step=9').state)?.index).toBe(2);
  });
});
