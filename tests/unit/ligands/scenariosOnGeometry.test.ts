/**
 * Integration: every scenario step, resolved on the explorer's real geometry (src/lib/surface, built by
 * the ligand-view), gives placements the ledger accepts, and the outcomes the scenarios promise.
 */
import { describe, expect, it } from 'vitest';
import { buildSurface } from '../../../src/lib/surface/surface';
import { ledger } from '../../../src/lib/ligands/model';
import { SCENARIOS, resolveStep, scenarioById } from '../../../src/lib/ligands/scenarios';
import type { ScenarioStep } from '../../../src/lib/ligands/scenarios';

function onGeometry(st: ScenarioStep) {
  const params = { system: st.system, facet: st.facet, term: st.term } as const;
  const r = resolveStep(st, (ids) => buildSurface(params, ids).surface.sites);
  const built = buildSurface(params, r.vacancies);
  expect(built.droppedVacancies).toEqual([]);
  return { r, l: ledger({ sites: built.surface.sites, placements: r.placements, system: st.system }) };
}

describe('scenarios on the explorer geometry', () => {
  it('every step resolves without a rejected placement or a dropped vacancy', () => {
    for (const s of SCENARIOS) {
      s.steps.forEach((st, i) => {
        const { l } = onGeometry(st);
        expect(l.rejected, `${s.id} step ${i}`).toEqual([]);
      });
    }
  });
  it('purification creates traps; PbBr₂ and zwitterions heal them; (BA)₂PbI₄ caps PbS (100) with no net charge', () => {
    const np = scenarioById('native-purify')!;
    expect(onGeometry(np.steps[1]).l.trapSites).toBe(0);
    const purified = onGeometry(np.steps[2]).l;
    expect(purified.trapSites).toBeGreaterThan(0);
    expect(purified.netCharge).toBe(0);
    const mh = scenarioById('metal-halide')!;
    expect(onGeometry(mh.steps[0]).l.trapSites).toBeGreaterThan(0);
    expect(onGeometry(mh.steps[1]).l.trapSites).toBe(0);
    const zw = scenarioById('zwitterion')!;
    const z = onGeometry(zw.steps[1]).l;
    expect(z.trapSites).toBe(0);
    expect(z.openVacancies).toEqual({ A: 0, X: 0 });
    const pbs = scenarioById('pbs-ba2pbi4')!;
    expect(onGeometry(pbs.steps[3]).l).toMatchObject({ trapSites: 0, netCharge: 0 });
    expect(onGeometry(pbs.steps[0]).l.trapSites).toBe(0); // I⁻ on every Pb of (111)
  });
});
