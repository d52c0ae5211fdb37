/**
 * What the ligand explorer's controls do to the URL state, as pure functions over a small `{ values, set }`
 * store (the app state in the view, a fake in Node tests), and the figure facts the view derives from the
 * explorer model (which side-view row to show first, the room above the surface for tails, how many spots
 * a ligand can bind to). Every write goes through `set`, which validates against the schema.
 *
 * The surface is five URL keys (system, facet, term, vac, lig). A scenario step pins all five; a surface
 * edited back to the defaults leaves the scenario.
 */
import type { UrlState } from '../../lib/state/schema';
import type { MaterialId } from '../../lib/state/schema';
import { ligandById } from '../../lib/data/ligands';
import type { Scenario } from '../../lib/ligands/scenarios';
import { canPlace, spotIdOf, type ExplorerModel, type SurfaceKeys } from '../../lib/surface/explorer';
import { stepKeys, surfaceKeysAtDefaults } from '../../lib/surface/scenarioState';
import { TAIL_BREAK_ANGSTROM, maxTailAngstrom } from './drawing';

/** The URL keys the ligand controls write. */
export type LigandsKey = 'system' | 'facet' | 'term' | 'vac' | 'lig' | 'scenario' | 'step';

export interface LigandsStore {
  readonly values: Pick<UrlState, LigandsKey>;
  set<K extends LigandsKey>(key: K, value: UrlState[K]): boolean;
}

/**
 * Writes all five surface keys (so a scenario-derived surface is pinned). A surface back at the defaults
 * leaves the scenario; returns whether it did.
 */
export function commitKeys(store: LigandsStore, next: SurfaceKeys): boolean {
  store.set('system', next.system);
  store.set('facet', next.facet);
  store.set('term', next.term);
  store.set('vac', next.vac);
  store.set('lig', next.lig);
  if (store.values.scenario && surfaceKeysAtDefaults(next)) {
    store.set('scenario', '');
    store.set('step', 0);
    return true;
  }
  return false;
}

/**
 * The surface after choosing system `v`: within one family (CsPbX₃ ↔ CsPbX₃) vacancies and ligands stay;
 * across families they are cleared; a perovskite always shows its (100) facet.
 */
export function keysForSystem(keys: SurfaceKeys, current: MaterialId, v: MaterialId): { next: SurfaceKeys; sameFamily: boolean } {
  const sameFamily = (v === 'PbS') === (current === 'PbS');
  return {
    sameFamily,
    next: { system: v, facet: v === 'PbS' ? keys.facet : '100', term: keys.term, vac: sameFamily ? keys.vac : '', lig: sameFamily ? keys.lig : '' },
  };
}

/** A clean surface (no vacancies, no ligands), optionally with another termination or facet. */
export function cleanKeys(keys: SurfaceKeys, change: Partial<Pick<SurfaceKeys, 'term' | 'facet'>> = {}): SurfaceKeys {
  return { ...keys, ...change, vac: '', lig: '' };
}

/** Goes to step `index` (clamped) of `scenario`: writes the step and its surface; returns both. */
export function goToStep(store: LigandsStore, scenario: Scenario, index: number): { index: number; keys: SurfaceKeys } {
  const i = Math.min(scenario.steps.length - 1, Math.max(0, index));
  const keys = stepKeys(scenario.steps[i]);
  store.set('step', i);
  store.set('system', keys.system);
  store.set('facet', keys.facet);
  store.set('term', keys.term);
  store.set('vac', keys.vac);
  store.set('lig', keys.lig);
  return { index: i, keys };
}

/** Leaves any scenario (free exploration). */
export function leaveScenario(store: LigandsStore): void {
  store.set('scenario', '');
  store.set('step', 0);
}

/** Row the side view cuts through first: a trap's (CsX-terminated perovskite), else a vacancy's, else a ligand's, else 0. */
export function interestingRow(model: ExplorerModel): number {
  const surface = model.surface;
  const firstTrap = surface.sites.find((x) => model.trapSiteIds.has(x.id));
  if (firstTrap && surface.termination !== 'PbX2' && model.system !== 'PbS') return firstTrap.row;
  const firstVac = surface.sites.find((x) => x.vacant);
  if (firstVac) return firstVac.row;
  const firstLig = model.placements[0] ? model.siteById.get(model.placements[0].siteId) : undefined;
  return firstLig ? firstLig.row : 0;
}

/** The side-view row shown: the user's choice if any, else `interestingRow`, inside the patch. */
export function shownRow(model: ExplorerModel, userRow: number | null): number {
  return Math.min(model.surface.rows - 1, Math.max(0, userRow ?? interestingRow(model)));
}

/**
 * Room above the surface for tails, Å: the longest tail on the surface (whole patch, so rows do not jump),
 * at least 6 Å; 0 when bare. Long tails are drawn broken at TAIL_BREAK_ANGSTROM (drawing.ts), so the
 * surface, its vacancies and marks stay on screen first. A ligand without a chain length (a salt, a ring)
 * needs 5 Å.
 */
export function headroomAngstrom(model: ExplorerModel): number {
  if (model.placements.length === 0) return 0;
  const ligands = model.placements.map((p) => ligandById(p.ligandId)).filter((l): l is NonNullable<typeof l> => l !== undefined);
  return Math.max(
    6,
    Math.min(TAIL_BREAK_ANGSTROM, maxTailAngstrom(ligands)),
    model.placements.some((p) => ligandById(p.ligandId)?.chainLengthNm === null) ? 5 : 0,
  );
}

/** How many spots `ligandId` can bind to, counted as the ledger counts them (a halide vacancy and the Pb²⁺ under it are one). */
export function placeableSpotCount(model: ExplorerModel, ligandId: string): number {
  const ligand = ligandById(ligandId);
  const surface = model.surface;
  return new Set(surface.sites.filter((x) => canPlace(model, ligand, x.id).ok).map((x) => spotIdOf(surface, x))).size;
}
