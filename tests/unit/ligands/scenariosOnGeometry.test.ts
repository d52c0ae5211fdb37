/**
 * Integration: every scenario step, resolved on the explorer's real geometry (src/lib/surface, built by
 * the ligand-view), gives placements the ledger accepts, and the outcomes the scenarios promise.
 */
import { describe, expect, it } from 'vitest';
import { buildSurface } from '../../../src/lib/surface/surface';
import { breakdownSum, ledger } from '../../../src/lib/ligands/model';
import { explorerModel } from '../../../src/lib/surface/explorer';
import { stepKeys } from '../../../src/lib/surface/scenarioState';
import { ligandsReadouts } from '../../../src/lib/readouts/ligands';
import { parseQuery } from '../../../src/lib/state/url';
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

/**
 * Each scenario step's ledger, pinned on the explorer model the view, the live region and the embed
 * readouts all read (one ledger). q = net charge (e), traps, occupied spots / spots, ligands placed.
 * A step that is not charge-balanced carries `chargeWhy` (its words are on screen); every scenario ends
 * balanced.
 */
const PINNED: Record<string, [q: number, traps: number, occupied: number, total: number, placed: number][]> = {
  'native-purify': [
    [0, 0, 0, 72, 0],
    [0, 0, 36, 72, 36],
    [0, 9, 18, 72, 18],
  ],
  'solid-exchange': [
    [0, 0, 36, 72, 36],
    [0, 0, 36, 72, 36],
    [0, 0, 36, 72, 36],
    [0, 0, 36, 72, 36],
  ],
  'metal-halide': [
    [4, 4, 17, 72, 17],
    [0, 0, 21, 72, 21],
    [0, 0, 21, 72, 21],
  ],
  zwitterion: [
    [0, 9, 0, 72, 0],
    [0, 0, 18, 72, 9],
    [0, 0, 18, 72, 9],
    [0, 0, 18, 72, 9],
  ],
  'pbs-ba2pbi4': [
    [0, 0, 56, 56, 56],
    [-50, 50, 50, 100, 50],
    [-25, 75, 25, 100, 25],
    [0, 0, 100, 100, 100],
    [0, 0, 100, 100, 100],
  ],
};

describe('each scenario step: narrative and ledger agree (pinned)', () => {
  it.each(SCENARIOS.map((s) => [s.id, s] as const))('%s', (id, s) => {
    const rows = s.steps.map((st) => {
      const m = explorerModel(stepKeys(st));
      const l = m.ledger;
      expect(breakdownSum(l.charge)).toBe(l.netCharge);
      expect(m.dropped).toEqual([]);
      return [l.netCharge, l.trapSites, l.occupiedSites, l.totalSites, m.placements.length];
    });
    expect(rows).toEqual(PINNED[id]);
    s.steps.forEach((st, i) => expect(st.chargeWhy !== undefined, `${id} step ${i}: chargeWhy iff unbalanced`).toBe(rows[i][0] !== 0));
    expect(rows[rows.length - 1][0], `${id} ends balanced`).toBe(0);
  });
  it('the readouts of a scenario URL are the same numbers (one ledger)', () => {
    const st = scenarioById('pbs-ba2pbi4')!.steps[4];
    const m = explorerModel(stepKeys(st));
    const r = ligandsReadouts(parseQuery('?view=ligands&scenario=pbs-ba2pbi4&step=4').state);
    expect(r).toMatchObject({ netChargeE: m.ledger.netCharge, netCharge: m.ledger.netCharge, trapSites: 0, coverage: 1, totalSites: 100, plqy: 1 });
  });
});
