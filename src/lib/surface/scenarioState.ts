/**
 * Guided scenarios (src/lib/ligands/scenarios.ts) meet the URL: a step resolved on this geometry gives the
 * explicit surface keys (system, facet, term, vac, lig). The explorer writes them all when the lecturer
 * steps Back/Next, so a copied URL carries the whole surface; a short hand-written URL
 * (`?view=ligands&scenario=native-purify&step=2`) leaves the surface keys at their defaults, and then the
 * step supplies them (resolveScenarioKeys). An edit that brings every surface key back to its default
 * leaves the scenario (the explorer clears `scenario`), so that the step cannot silently come back.
 *
 * Pure TypeScript: no DOM.
 */
import { resolveStep, scenarioById, scenarioStep, type ScenarioStep } from '../ligands/scenarios';
import { SURFACE_KEY_DEFAULTS, type SurfaceKeys } from './explorer';
import { buildSurface } from './surface';
import { serializeIdList, serializePlacementList } from './tokens';

/** The surface keys a scenario step gives on this geometry (deterministic), or null for an unknown scenario. */
export function scenarioKeys(scenarioId: string, step: number): SurfaceKeys | null {
  const st = scenarioStep(scenarioId, step);
  if (!st) return null;
  return stepKeys(st);
}

const cache = new Map<ScenarioStep, SurfaceKeys>();

/** Surface keys of a step (memoised: steps are constant data). */
export function stepKeys(st: ScenarioStep): SurfaceKeys {
  const hit = cache.get(st);
  if (hit) return hit;
  const params = { system: st.system, facet: st.facet, term: st.term } as const;
  const r = resolveStep(st, (ids) => buildSurface(params, ids).surface.sites);
  const keys: SurfaceKeys = {
    system: st.system,
    facet: st.facet,
    term: st.term,
    vac: serializeIdList(r.vacancies),
    lig: serializePlacementList(r.placements),
  };
  cache.set(st, keys);
  return keys;
}

/** Whether every surface key of the URL state is at its schema default (explorer.ts SURFACE_KEY_DEFAULTS). */
export function surfaceKeysAtDefaults(k: SurfaceKeys): boolean {
  return sameSurfaceKeys(k, SURFACE_KEY_DEFAULTS);
}

/** The URL state this file reads: the surface keys plus the scenario and its step (a slice of UrlState). */
export interface ScenarioUrlState extends SurfaceKeys {
  scenario: string;
  step: number;
}

/** Whether two sets of surface keys describe the same surface. */
export function sameSurfaceKeys(a: SurfaceKeys, b: SurfaceKeys): boolean {
  return a.system === b.system && a.facet === b.facet && a.term === b.term && a.vac === b.vac && a.lig === b.lig;
}

/** The URL's own surface keys. */
export function urlSurfaceKeys(state: ScenarioUrlState): SurfaceKeys {
  return { system: state.system, facet: state.facet, term: state.term, vac: state.vac, lig: state.lig };
}

/** The surface keys to show: the URL's, or the scenario step's when the URL leaves them all at defaults. */
export function resolveScenarioKeys(state: ScenarioUrlState): SurfaceKeys {
  const own = urlSurfaceKeys(state);
  if (state.scenario && surfaceKeysAtDefaults(own)) {
    const k = scenarioKeys(state.scenario, state.step);
    if (k) return k;
  }
  return own;
}

/** The scenario and (clamped) step index of the state, or null when no known scenario is set. */
export function activeScenario(state: ScenarioUrlState): { id: string; index: number; count: number } | null {
  if (!state.scenario) return null;
  const s = scenarioById(state.scenario);
  if (!s) return null;
  const index = Math.min(Math.max(0, Math.trunc(state.step)), s.steps.length - 1);
  return { id: s.id, index, count: s.steps.length };
}
