/**
 * The ligand explorer's state, computed purely from the URL state (issue #6): the surface patch
 * (system, facet, termination; vacancies `vac` applied), the placements `lig` validated against the
 * ligand library and the binding rules, and the ledger (src/lib/ligands/model.ts). Also the edits a
 * user makes — place, remove, make/fill a vacancy, purify — as pure functions returning the new `vac`
 * and `lig` strings plus a message to announce (a code with its parameters; the view words it,
 * src/views/ligands/text.ts).
 *
 * Validation on load: a vacancy id that is not an A or X site of this surface, an unknown ligand, an
 * unknown site, a placement the rules refuse, or a second ligand on one spot, is dropped, and the
 * explorer shows why (local notice; the global URL warnings are the schema's).
 *
 * One spot rule: on the CsX termination a halide vacancy 'x' + k and the Pb²⁺ 'p' + k it exposes are
 * the same place on the surface; one ligand may bind there, either in the vacancy or on the Pb.
 *
 * Pure TypeScript: no DOM.
 */
import { ligandById, type Ligand, type SiteKind } from '../data/ligands';
import { boundUnit, canBind, type BindResult, type BoundUnit, type Refusal } from '../ligands/rules';
import {
  ledger,
  purify,
  type AcceptedPlacement,
  type LedgerResult,
  type Placement,
  type PurifyOptions,
  type PurifyResult,
} from '../ligands/model';
import { buildSurface, effectiveFacet, type SurfaceNote, type VacancyIdDropCode } from './surface';
import { parseIdList, parsePlacementList, serializeIdList, serializePlacementList, type TokenDropCode } from './tokens';
import type { MaterialId, Surface, SurfaceElement, SurfaceSite, SurfaceFacet, Termination } from './types';

/** Why a URL token could not be used: malformed, a bad vacancy id, or a placement refused. */
export type DropReason =
  | { code: TokenDropCode }
  | { code: VacancyIdDropCode }
  | { code: 'refused'; refusal: Refusal };

export interface DroppedItem {
  key: 'vac' | 'lig';
  token: string;
  reason: DropReason;
}

export interface ExplorerModel {
  system: MaterialId;
  facet: Surface['facet'];
  term: Termination;
  surface: Surface;
  siteById: Map<string, SurfaceSite>;
  /** Valid placements, in URL order. */
  placements: Placement[];
  /** The ledger of the model (accepted placements carry partner sites and healed ids). */
  ledger: LedgerResult;
  /** Ligand bound at each site id (a chelating ligand appears on both of its sites). */
  occupantBySite: Map<string, AcceptedPlacement>;
  /** Trap-kind site ids that no ligand heals. */
  trapSiteIds: Set<string>;
  /** Trap-kind site ids healed by a ligand. */
  healedSiteIds: Set<string>;
  /** URL tokens that could not be used, with the reason. */
  dropped: DroppedItem[];
  /** Normalisations (e.g. facet 111 on CsPbX₃). */
  notes: SurfaceNote[];
}

/** The URL keys that describe the surface (their schema entries: src/lib/state/schema.ts). */
export interface SurfaceKeys {
  system: MaterialId;
  facet: SurfaceFacet;
  term: Termination;
  vac: string;
  lig: string;
}

/**
 * Defaults of the surface keys — the same as the schema's (a unit test checks they agree; the schema is a
 * layer above and this file may not import it).
 */
export const SURFACE_KEY_DEFAULTS: Readonly<SurfaceKeys> = { system: 'CsPbBr3', facet: '100', term: 'CsX', vac: '', lig: '' };

/**
 * The ledger after an edit, as every message carries it: the live region announces exactly what the
 * ledger tiles show (one ledger, src/lib/ligands/model.ts).
 */
export interface LedgerSummary {
  trapSites: number;
  netChargeE: number;
  occupiedSites: number;
  totalSites: number;
}

export function ledgerSummary(model: ExplorerModel): LedgerSummary {
  const l = model.ledger;
  return { trapSites: l.trapSites, netChargeE: l.netCharge, occupiedSites: l.occupiedSites, totalSites: l.totalSites };
}

/** The site that shares its spot with `site` (X-vac ↔ the Pb-uc under it on the CsX termination), or null. */
export function linkedSpotId(surface: Surface, site: SurfaceSite): string | null {
  if (surface.termination !== 'CsX') return null;
  if (site.kind === 'X-vac' || site.kind === 'Pb-uc') return site.exposes[0] ?? null;
  return null;
}

/** The spot a site belongs to, as the ledger counts spots: the Pb²⁺ under a halide vacancy is the vacancy's spot. */
export function spotIdOf(surface: Surface, site: SurfaceSite): string {
  return site.kind === 'Pb-uc' && surface.termination === 'CsX' && site.exposes[0] ? site.exposes[0] : site.id;
}

/** Builds the explorer model from the surface keys of the URL state. Never throws on any valid UrlState. */
export function explorerModel(keys: SurfaceKeys): ExplorerModel {
  const facet = effectiveFacet(keys.system, keys.facet);
  const dropped: DroppedItem[] = [];
  const vacList = parseIdList(keys.vac);
  for (const d of vacList.dropped) dropped.push({ key: 'vac', token: d.token, reason: { code: d.reason } });
  const built = buildSurface({ system: keys.system, facet, term: keys.term }, vacList.items);
  for (const d of built.droppedVacancies) dropped.push({ key: 'vac', token: d.token, reason: { code: d.reason } });
  const surface = built.surface;
  const siteById = new Map(surface.sites.map((s) => [s.id, s]));

  const ligList = parsePlacementList(keys.lig);
  for (const d of ligList.dropped) dropped.push({ key: 'lig', token: d.token, reason: { code: d.reason } });
  // One ligand per spot (X-vac and the Pb-uc under it are one spot); the ledger checks the rest.
  const spotTaken = new Set<string>();
  const candidates: Placement[] = [];
  for (const p of ligList.items) {
    const site = siteById.get(p.siteId);
    if (site) {
      const linked = linkedSpotId(surface, site);
      if (linked && spotTaken.has(linked)) {
        dropped.push({
          key: 'lig',
          token: `${p.ligandId}@${p.siteId}`,
          reason: { code: 'refused', refusal: { code: 'same-spot', ligandId: p.ligandId, kind: site.kind, siteId: p.siteId, linkedId: linked } },
        });
        continue;
      }
      spotTaken.add(site.id);
    }
    candidates.push(p);
  }
  const led = ledger({ sites: surface.sites, placements: candidates, system: keys.system });
  for (const r of led.rejected) {
    dropped.push({ key: 'lig', token: `${r.placement.ligandId}@${r.placement.siteId}`, reason: { code: 'refused', refusal: r.refusal } });
  }
  const occupantBySite = new Map<string, AcceptedPlacement>();
  const healed = new Set<string>();
  for (const a of led.accepted) {
    occupantBySite.set(a.siteId, a);
    if (a.partnerSiteId) occupantBySite.set(a.partnerSiteId, a);
    for (const id of a.healsSiteIds) healed.add(id);
  }
  return {
    system: keys.system,
    facet,
    term: keys.term,
    surface,
    siteById,
    placements: led.accepted.map((a) => ({ ligandId: a.ligandId, siteId: a.siteId })),
    ledger: led,
    occupantBySite,
    trapSiteIds: new Set(led.trapSiteIds),
    healedSiteIds: healed,
    dropped,
    notes: built.notes,
  };
}

/** Whether `ligand` may bind `siteId` now (rules + occupancy + one-spot rule). */
export function canPlace(model: ExplorerModel, ligand: Ligand | undefined, siteId: string): BindResult {
  const site = model.siteById.get(siteId);
  if (!site) return { ok: false, refusal: { code: 'unknown-site', ligandId: ligand?.id, siteId } };
  const occ = model.occupantBySite.get(siteId);
  const occupiedBy: string | null = occ ? occ.ligandId : null;
  const linked = linkedSpotId(model.surface, site);
  if (!occupiedBy && linked) {
    const o2 = model.occupantBySite.get(linked);
    if (o2) {
      return {
        ok: false,
        refusal: { code: 'same-spot', ligandId: ligand?.id, kind: site.kind, siteId, linkedId: linked, occupiedBy: o2.ligandId },
      };
    }
  }
  return canBind(ligand, site, { system: model.system, occupiedBy });
}

/** A site as a message names it (the view words it: "surface Cs⁺ a12", "under-coordinated Pb²⁺ p3"). */
export interface SiteRef {
  id: string;
  kind: SiteKind;
  element: SurfaceElement;
}

function siteRef(s: SurfaceSite): SiteRef {
  return { id: s.id, kind: s.kind, element: s.element };
}

/** What a placement did to the traps: healed n of them, passivated sites of these kinds, or nothing. */
export type PlaceOutcome = { code: 'traps-healed'; count: number } | { code: 'passivated'; kinds: SiteKind[] } | { code: 'no-trap' };

/**
 * What an edit did, for the live region (a code with its parameters; the view words it). Ligands by id,
 * trap counts after the edit.
 */
export type EditMessage =
  | { code: 'unknown-ligand'; ligandId: string }
  | { code: 'no-site'; siteId: string }
  | { code: 'refused'; ligandId: string; site: SiteRef; refusal: Refusal }
  | {
      code: 'placed';
      ligandId: string;
      site: SiteRef;
      /** Second site of a chelating ligand, or null. */
      partner: { id: string; kind: SiteKind } | null;
      outcome: PlaceOutcome;
      /** Net-charge change of the placement, e. */
      chargeDeltaE: number;
      /** What stays bound (rules.ts boundUnit): e.g. 'donated-halide' for a metal halide on a vacancy. */
      unit: BoundUnit;
      /** An ion pair's second ion left on top as the counter-ion (no vacancy for it), or null. */
      counterIon: 'cation' | 'anion' | null;
      after: LedgerSummary;
    }
  | { code: 'nothing-to-remove'; siteId: string }
  | { code: 'removed'; ligandId: string; site: SiteRef | null; siteId: string; after: LedgerSummary }
  | { code: 'vacancy-not-allowed'; site: SiteRef }
  | { code: 'vacancy-filled'; site: SiteRef; removedLigandIds: string[]; after: LedgerSummary }
  | { code: 'vacancy-occupied'; siteId: string }
  | { code: 'vacancy-made'; site: SiteRef; exposedPbId: string | null; after: LedgerSummary }
  | { code: 'purified-none'; after: LedgerSummary }
  | { code: 'purified'; removed: number; newVacancies: number; trapsBefore: number; after: LedgerSummary };

export interface EditResult {
  ok: boolean;
  /** New URL values (unchanged when !ok). */
  vac: string;
  lig: string;
  /** What to announce in the live region. */
  message: EditMessage;
}

function vacString(model: ExplorerModel): string {
  return serializeIdList(model.surface.vacancies);
}

/** Places a ligand; the message says what it bound to and what it healed (or why it was refused). */
export function placeLigand(model: ExplorerModel, ligandId: string, siteId: string): EditResult {
  const l = ligandById(ligandId);
  const site = model.siteById.get(siteId);
  const same = { vac: vacString(model), lig: serializePlacementList(model.placements) };
  if (!l) return { ok: false, ...same, message: { code: 'unknown-ligand', ligandId } };
  if (!site) return { ok: false, ...same, message: { code: 'no-site', siteId } };
  const verdict = canPlace(model, l, siteId);
  if (!verdict.ok) return { ok: false, ...same, message: { code: 'refused', ligandId, site: siteRef(site), refusal: verdict.refusal } };
  const placements = [...model.placements, { ligandId, siteId }];
  const lig = serializePlacementList(placements);
  const next = explorerModel({ system: model.system, facet: model.facet, term: model.term, vac: same.vac, lig });
  const acc = next.ledger.accepted[next.ledger.accepted.length - 1];
  const healedTraps = acc ? acc.healsSiteIds.filter((id) => model.trapSiteIds.has(id)) : [];
  let outcome: PlaceOutcome;
  if (healedTraps.length > 0) outcome = { code: 'traps-healed', count: healedTraps.length };
  else if (acc && acc.healsSiteIds.length > 0) outcome = { code: 'passivated', kinds: acc.healsSiteIds.map((id) => next.siteById.get(id)?.kind ?? 'A-vac') };
  else outcome = { code: 'no-trap' };
  const partner = acc?.partnerSiteId ? { id: acc.partnerSiteId, kind: next.siteById.get(acc.partnerSiteId)?.kind ?? 'A-vac' } : null;
  return {
    ok: true,
    vac: same.vac,
    lig,
    message: {
      code: 'placed',
      ligandId,
      site: siteRef(site),
      partner,
      outcome,
      chargeDeltaE: acc ? acc.chargeDeltaE : 0,
      unit: boundUnit(l, site),
      counterIon: l.xKind === 'ion-pair' && acc && !acc.partnerSiteId ? (site.kind === 'A-vac' ? 'anion' : 'cation') : null,
      after: ledgerSummary(next),
    },
  };
}

/** Removes the ligand bound at `siteId` (either of a chelating ligand's sites). */
export function removeLigandAt(model: ExplorerModel, siteId: string): EditResult {
  const occ = model.occupantBySite.get(siteId);
  const vac = vacString(model);
  if (!occ) return { ok: false, vac, lig: serializePlacementList(model.placements), message: { code: 'nothing-to-remove', siteId } };
  const placements = model.placements.filter((p) => !(p.ligandId === occ.ligandId && p.siteId === occ.siteId));
  const lig = serializePlacementList(placements);
  const next = explorerModel({ system: model.system, facet: model.facet, term: model.term, vac, lig });
  const site = model.siteById.get(occ.siteId);
  return {
    ok: true,
    vac,
    lig,
    message: { code: 'removed', ligandId: occ.ligandId, site: site ? siteRef(site) : null, siteId: occ.siteId, after: ledgerSummary(next) },
  };
}

/**
 * Makes a vacancy at an A or X site, or fills a vacancy again. Filling removes the ligand that sat in
 * the vacancy or on the Pb²⁺ under it (the ion is back). A site holding a ligand cannot be made vacant.
 */
export function toggleVacancy(model: ExplorerModel, siteId: string): EditResult {
  const site = model.siteById.get(siteId);
  const vacNow = vacString(model);
  const ligNow = serializePlacementList(model.placements);
  if (!site) return { ok: false, vac: vacNow, lig: ligNow, message: { code: 'no-site', siteId } };
  // A Pb-uc under a halide vacancy: toggling it fills the vacancy above.
  const target = site.kind === 'Pb-uc' && model.surface.termination === 'CsX' && site.exposes[0] ? model.siteById.get(site.exposes[0]) : site;
  if (!target || (!target.vacancyAllowed && !target.vacant)) {
    return { ok: false, vac: vacNow, lig: ligNow, message: { code: 'vacancy-not-allowed', site: siteRef(site) } };
  }
  if (target.vacant) {
    const vac = serializeIdList(model.surface.vacancies.filter((id) => id !== target.id));
    const linked = linkedSpotId(model.surface, target);
    const gone = model.placements.filter((p) => {
      const occ = model.occupantBySite.get(p.siteId);
      return p.siteId === target.id || p.siteId === linked || (occ?.partnerSiteId === target.id && occ.siteId === p.siteId);
    });
    const lig = serializePlacementList(model.placements.filter((p) => !gone.includes(p)));
    const next = explorerModel({ system: model.system, facet: model.facet, term: model.term, vac, lig });
    return {
      ok: true,
      vac,
      lig,
      message: { code: 'vacancy-filled', site: siteRef(target), removedLigandIds: gone.map((p) => p.ligandId), after: ledgerSummary(next) },
    };
  }
  if (model.occupantBySite.has(target.id)) {
    return { ok: false, vac: vacNow, lig: ligNow, message: { code: 'vacancy-occupied', siteId: target.id } };
  }
  const vac = serializeIdList([...model.surface.vacancies, target.id]);
  const next = explorerModel({ system: model.system, facet: model.facet, term: model.term, vac, lig: ligNow });
  const t = next.siteById.get(target.id);
  const exposedPbId = t?.kind === 'X-vac' && t.exposes.length > 0 && model.surface.termination === 'CsX' ? t.exposes[0] : null;
  return { ok: true, vac, lig: ligNow, message: { code: 'vacancy-made', site: siteRef(target), exposedPbId, after: ledgerSummary(next) } };
}

export interface PurifyEdit extends EditResult {
  result: PurifyResult;
}

/**
 * One purification step (model.ts purify: loosely bound ligands are stripped deterministically, each
 * ligand losing the fraction 1 − P_survive of its placements; stripped exchanges leave vacancies and
 * neutral pairs leave together).
 */
export function purifySurface(model: ExplorerModel, options: PurifyOptions = {}): PurifyEdit {
  const result = purify({ sites: model.surface.sites, placements: model.placements, system: model.system }, options);
  const vacIds = [...model.surface.vacancies];
  for (const id of result.newVacancies) if (!vacIds.includes(id)) vacIds.push(id);
  const vac = serializeIdList(vacIds);
  const lig = serializePlacementList(result.placements);
  const next = explorerModel({ system: model.system, facet: model.facet, term: model.term, vac, lig });
  const nRemoved = result.removed.length;
  const message: EditMessage =
    nRemoved === 0 && result.newVacancies.length === 0
      ? { code: 'purified-none', after: ledgerSummary(next) }
      : { code: 'purified', removed: nRemoved, newVacancies: result.newVacancies.length, trapsBefore: model.ledger.trapSites, after: ledgerSummary(next) };
  return { ok: true, vac, lig, message, result };
}
