/**
 * What the ligand explorer shows, computed purely from the validated URL state (embed API readouts):
 * the surface built from `system`/`facet`/`term` with the vacancies `vac` and the placements `lig`
 * applied (src/lib/surface/explorer.ts), the ledger (src/lib/ligands/model.ts: net charge, unpassivated
 * trap sites, coverage) and the illustrative ensemble PLQY with the URL's rates `krad` and `ktrap` — the
 * same numbers the view's ledger tiles show and its live region announces (one ledger).
 *
 * A guided scenario (`scenario`, `step`) supplies the surface keys it defines when the URL leaves them
 * at their defaults (see resolveLigandsState), so a short scenario URL reproduces its step.
 *
 * Pure TypeScript: no DOM.
 */
import type { UrlState } from '../state/schema';
import { plqy, trapFreeShare } from '../ligands/model';
import { explorerModel, type ExplorerModel, type SurfaceKeys } from '../surface/explorer';
import { resolveScenarioKeys } from '../surface/scenarioState';
import { orNull } from './orNull';

export interface LigandsReadouts {
  system: string;
  /** Facet shown, '100' or '111' (CsPbX₃ is always shown on (100)). */
  facet: string;
  /** 'CsX' or 'PbX2' for CsPbX₃; null for PbS. */
  termination: string | null;
  /** Unpassivated trap sites on the drawn patch. */
  trapSites: number;
  /** Net charge of the patch relative to the ideal neutral surface, e. The one documented name. */
  netChargeE: number;
  /** @deprecated Alias of netChargeE, kept so that old embeds keep working (docs/embedding.md). */
  netCharge: number;
  /** Fraction of the patch's binding spots holding a ligand, 0–1 (fixed denominator: totalSites). */
  coverage: number;
  /** Illustrative ensemble PLQY, 0–1, with the URL's `krad` and `ktrap`; null if it cannot be computed. */
  plqy: number | null;
  /** Share of dots with no trap at all in the ensemble model, e^(−λ), 0–1. */
  trapFreeDots: number;
  /** Number of ligands placed (valid placements). */
  placedLigands: number;
  /** Number of vacancies. */
  vacancies: number;
  /** Binding spots of the patch (the coverage denominator; never changes with vacancies or washing). */
  totalSites: number;
  /** Canonical placements, ligandId@siteId comma list. */
  lig: string;
  /** Canonical vacancies, comma list of site ids. */
  vac: string;
  /** Scenario id and step shown ('' and 0 when none). */
  scenario: string;
  step: number;
}

/**
 * Ensemble PLQY of the illustrative model (model.ts plqy) that never throws: null for inputs outside its
 * domain (e.g. a slider at an impossible value), shown as "—". The view's tiles, its announcements and the
 * embed readouts all call this one function.
 */
export function ligandsPlqy(trapSites: number, totalSites: number, kRad: number, kTrap: number): number | null {
  return orNull(() => plqy({ trapSites, totalSites: Math.max(1, totalSites), kRad, kTrapPerSite: kTrap }));
}

/** The surface keys the explorer uses for this URL state (scenario defaults applied). */
export function resolveLigandsState(state: UrlState): SurfaceKeys {
  return resolveScenarioKeys(state);
}

/** The explorer model for a URL state. */
export function ligandsModel(state: UrlState): ExplorerModel {
  return explorerModel(resolveLigandsState(state));
}

export function ligandsReadouts(state: UrlState): LigandsReadouts {
  const m = ligandsModel(state);
  const total = Math.max(1, m.ledger.totalSites);
  const led = m.ledger;
  return {
    system: m.system,
    facet: m.facet,
    termination: m.system === 'PbS' ? null : m.term,
    trapSites: led.trapSites,
    netChargeE: led.netCharge,
    netCharge: led.netCharge,
    coverage: led.coverage,
    plqy: ligandsPlqy(led.trapSites, led.totalSites, state.krad, state.ktrap),
    trapFreeDots: trapFreeShare({ trapSites: led.trapSites, totalSites: total }),
    placedLigands: m.placements.length,
    vacancies: m.surface.vacancies.length,
    totalSites: led.totalSites,
    lig: m.placements.map((p) => `${p.ligandId}@${p.siteId}`).join(','),
    vac: m.surface.vacancies.join(','),
    scenario: state.scenario,
    step: state.step,
  };
}
