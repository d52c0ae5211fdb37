/**
 * The ledger of a described surface (model.ts, part 1): net charge, unpassivated trap sites and coverage,
 * the placements the rules accept (with chelation partners) and the charge breakdown — the one computation
 * the view, the live region and the embed readouts all read. See model.ts for the model as a whole and
 * where each choice comes from.
 *
 * Pure TypeScript: no DOM.
 */
import { ligandById, type Ligand, type SiteKind } from '../data/ligands';
import { boundUnit, canBind, chargeDelta, VACANCY_CHARGE_E, type Refusal } from './rules';
import { finite } from './checks';

// ------------------------------------------------------------------------------------------------ types

/**
 * One surface site as the model needs it, in its CURRENT state (vacancies already applied: a vacated
 * Cs⁺ site has kind 'A-vac', a vacated halide 'X-vac'). Structurally compatible with the geometry's
 * richer site type (src/lib/surface/types.ts), which may be passed as is.
 */
export interface SurfaceSite {
  /** Url-safe id [A-Za-z0-9]{1,12}, e.g. 'a12', 'x7', 'p3', 's5'. */
  id: string;
  kind: SiteKind;
  /**
   * For an X-vac: ids of the under-coordinated Pb (Pb-uc) sites it exposes; filling the vacancy heals
   * them. For a Pb-uc: the X-vac ids above it (not used by the model). Optional.
   */
  exposes?: readonly string[];
  /** Ids of adjacent sites, nearest first (for the second site of a chelating ligand). Optional. */
  neighbors?: readonly string[];
  /** Position in the surface plane, Å (used for "adjacent" when `neighbors` is absent). Optional. */
  xAngstrom?: number;
  yAngstrom?: number;
}

/** A ligand placed on a site (URL token ligandId@siteId). */
export interface Placement {
  ligandId: string;
  siteId: string;
}

/** A plain description of a surface: its sites (current kinds) and the placements, in order. */
export interface SurfaceState {
  sites: readonly SurfaceSite[];
  placements: readonly Placement[];
  /** Material id or family (CsPbCl3 … PbS, CsPbX3); optional, checked by canBind. */
  system?: string;
}

export interface LedgerOptions {
  /** Site kinds that count as trap sites when no ligand heals them. Default DEFAULT_TRAP_KINDS. */
  trapKinds?: readonly SiteKind[];
  /** Farthest a chelating ligand's second site may be, Å, when sites carry positions. Default 5 Å. */
  partnerMaxDistanceAngstrom?: number;
}

export interface AcceptedPlacement extends Placement {
  /** Second site of a chelating zwitterion / ion pair (the complementary vacancy), or null. */
  partnerSiteId: string | null;
  /** Net-charge change of this placement, e (rules.ts chargeDelta). */
  chargeDeltaE: number;
  /** Site ids whose trap this placement heals (may include exposed Pb-uc sites). */
  healsSiteIds: string[];
  /** CBC electrons of the bond (Ligand.electrons); null for a cation (no bond to a metal). */
  electrons: 0 | 1 | 2 | null;
}

/**
 * Where the net charge sits, e (each term is a count; its sign is in the sum):
 *   q = openHalideVacancies − openASiteVacancies + openPolarSites − adsorbedAnions + adsorbedCations.
 */
export interface ChargeBreakdown {
  /** Halide vacancies no anion fills (+1 e each; an L-type donor bound there leaves the halide missing). */
  openHalideVacancies: number;
  /** A-site vacancies no cation fills (−1 e each). */
  openASiteVacancies: number;
  /** Pb of the polar PbS (111) facet with no anion (+1 e each; rules.ts VACANCY_CHARGE_E). */
  openPolarSites: number;
  /** Anions bound on top of a neutral surface — not in a vacancy, not in a halide's place (−1 e each). */
  adsorbedAnions: number;
  /** Cations bound on top: on PbS sulfur, or an ion pair's cation with no A-vacancy to fill (+1 e each). */
  adsorbedCations: number;
}

export interface LedgerResult {
  /** Net charge of the drawn surface relative to the ideal (neutral) one, e. */
  netCharge: number;
  /** Where that charge sits (its terms add up to netCharge). */
  charge: ChargeBreakdown;
  /** Unpassivated trap sites. */
  trapSites: number;
  /** Their ids, in site order. */
  trapSiteIds: string[];
  /** Trap-kind sites a ligand heals. */
  healedTrapSites: number;
  /** All trap-kind sites (healed + unpassivated). */
  trapCapableSites: number;
  /**
   * Binding spots of the ideal patch: every surface site, where a halide vacancy and the Pb²⁺ it exposes
   * count as one spot. Fixed for a facet and termination (vacancies and washing never change it).
   */
  totalSites: number;
  /** Spots holding a ligand (a chelating ligand counts both its spots). */
  occupiedSites: number;
  /** occupiedSites / totalSites, 0–1 (0 for an empty patch). */
  coverage: number;
  /** Vacancies no ligand fills. */
  openVacancies: { A: number; X: number };
  accepted: AcceptedPlacement[];
  /** Placements that could not be made, with the reason (unknown ligand or site, refused, occupied). */
  rejected: { placement: Placement; refusal: Refusal }[];
}

// ------------------------------------------------------------------------------------------------ constants

/**
 * Trap kinds counted by default: the under-coordinated Pb²⁺ (and a halide vacancy standing for the Pb it
 * exposes when the geometry lists no Pb-uc site), and bare PbS sites. Choice of this model; see header.
 */
export const DEFAULT_TRAP_KINDS: readonly SiteKind[] = ['Pb-uc', 'X-vac', 'Pb111', 'Pb100', 'S100'];

/** Default farthest chelation partner, Å: adjacent A and X sites on CsPbX₃ (100) are a/√2 ≤ 4.45 Å apart (a ≤ 6.29 Å, structures.ts). */
export const DEFAULT_PARTNER_MAX_DISTANCE_ANGSTROM = 5;




// ------------------------------------------------------------------------------------------------ helpers


/** Why applyVacancies dropped an id. */
export type VacancyDropCode = 'no-site' | 'not-vacancy-kind' | 'duplicate';

/**
 * Applies vacancies to an ideal site list: an 'A' site becomes 'A-vac', an 'X' site 'X-vac'. For plain
 * descriptions (tests, scenarios); the explorer's geometry does this itself (src/lib/surface/).
 * Unknown ids and ids of other kinds are returned in `dropped` with a reason code: 'no-site', 'not-vacancy-kind'
 * (the site's kind cannot be made vacant), 'duplicate'.
 */
export function applyVacancies(
  sites: readonly SurfaceSite[],
  vacancyIds: readonly string[],
): { sites: SurfaceSite[]; dropped: { id: string; reason: VacancyDropCode }[] } {
  const want = new Set<string>();
  const dropped: { id: string; reason: VacancyDropCode }[] = [];
  const byId = new Map(sites.map((s) => [s.id, s]));
  for (const id of vacancyIds) {
    const s = byId.get(id);
    if (!s) dropped.push({ id, reason: 'no-site' });
    else if (s.kind !== 'A' && s.kind !== 'X') dropped.push({ id, reason: 'not-vacancy-kind' });
    else if (want.has(id)) dropped.push({ id, reason: 'duplicate' });
    else want.add(id);
  }
  return {
    sites: sites.map((s) => (want.has(s.id) ? { ...s, kind: s.kind === 'A' ? 'A-vac' : 'X-vac' } : s)),
    dropped,
  };
}

/** Squared in-plane distance of two sites, Å²; null when either has no coordinates. */
export function siteDistance2(a: SurfaceSite, b: SurfaceSite): number | null {
  if (a.xAngstrom === undefined || a.yAngstrom === undefined || b.xAngstrom === undefined || b.yAngstrom === undefined) return null;
  return (a.xAngstrom - b.xAngstrom) ** 2 + (a.yAngstrom - b.yAngstrom) ** 2;
}

/** Candidate second sites for a chelating ligand on `site`, nearest first. */
function partnerCandidates(site: SurfaceSite, sites: readonly SurfaceSite[], byId: Map<string, SurfaceSite>, maxDistanceAngstrom: number): SurfaceSite[] {
  if (site.neighbors) return site.neighbors.map((id) => byId.get(id)).filter((s): s is SurfaceSite => s !== undefined);
  const withD = sites
    .filter((s) => s.id !== site.id)
    .map((s) => ({ s, d2: siteDistance2(site, s) }))
    .filter((e): e is { s: SurfaceSite; d2: number } => e.d2 !== null && e.d2 <= maxDistanceAngstrom ** 2);
  withD.sort((a, b) => a.d2 - b.d2);
  return withD.map((e) => e.s);
}

/** Whether a ligand on a site of `kind` heals that site's trap. A halide vacancy stands for the Pb²⁺ it exposes. */
function healsKind(l: Ligand, kind: SiteKind): boolean {
  if (l.heals.includes(kind)) return true;
  return kind === 'X-vac' && l.heals.includes('Pb-uc');
}

function isChelating(l: Ligand): boolean {
  return l.denticity >= 2 && (l.family === 'zwitterion' || l.xKind === 'ion-pair') && l.binds.includes('X-vac') && l.binds.includes('A-vac');
}

// ------------------------------------------------------------------------------------------------ ledger

/**
 * The site a Pb-uc shares its spot with: the halide vacancy above it (CsX termination), or null.
 */
function spotOf(s: SurfaceSite, byId: Map<string, SurfaceSite>): string {
  if (s.kind === 'Pb-uc' && s.exposes) {
    const v = s.exposes.find((id) => byId.get(id)?.kind === 'X-vac');
    if (v) return v;
  }
  return s.id;
}

/** Whether a Pb-uc site sits under a halide vacancy (one spot with it; not a spot of its own). */
function isLinkedPb(s: SurfaceSite, byId: Map<string, SurfaceSite>): boolean {
  return spotOf(s, byId) !== s.id;
}

/**
 * The ledger of a surface: net charge (with where it sits), unpassivated trap sites and coverage, after
 * making the placements in order (a refused or impossible placement is listed in `rejected` and changes
 * nothing).
 *
 *   netCharge = Σ_sites q_bare(kind) + Σ_accepted (q_left − q_replaced)    [e; rules.ts]
 *             = the ChargeBreakdown sum (both are computed; they agree by construction, tests check)
 *   trapSites = #{ sites of a trap kind that no accepted placement heals }
 *   coverage  = occupied spots / spots of the ideal patch
 *
 * Chelation: a zwitterion or ion pair with two binding groups placed on a vacancy also takes the nearest
 * free vacancy of the other kind (X-vac ↔ A-vac) among `neighbors`, or within partnerMaxDistanceAngstrom
 * when sites carry positions; with none free it binds one site only and its other ion stays in the ligand
 * shell beside it as a counter-ion (it brings its own counter-charge). Healing: a ligand heals its site if
 * the site's kind is in Ligand.heals (a halide vacancy counts as the Pb²⁺ it exposes); a healed halide
 * vacancy also heals the Pb-uc sites it `exposes`. An X-vac whose exposed Pb-uc sites are listed is not
 * itself counted (its Pb-uc sites are).
 */
export function ledger(state: SurfaceState, options: LedgerOptions = {}): LedgerResult {
  const trapKinds = new Set(options.trapKinds ?? DEFAULT_TRAP_KINDS);
  const maxD = options.partnerMaxDistanceAngstrom ?? DEFAULT_PARTNER_MAX_DISTANCE_ANGSTROM;
  finite('partnerMaxDistanceAngstrom', maxD);
  const sites = state.sites;
  const byId = new Map<string, SurfaceSite>();
  for (const s of sites) byId.set(s.id, s);

  const occupant = new Map<string, string>(); // siteId → ligandId
  const healed = new Set<string>();
  const accepted: AcceptedPlacement[] = [];
  const rejected: { placement: Placement; refusal: Refusal }[] = [];
  let netCharge = 0;
  for (const s of sites) netCharge += VACANCY_CHARGE_E[s.kind];
  // Charge bookkeeping by spot: which vacancies / polar sites an ion fills, and ions bound on top.
  const anionIn = new Set<string>(); // spot ids of X-vac / Pb111 holding an anion
  const cationIn = new Set<string>(); // A-vac ids holding a cation
  let adsorbedAnions = 0;
  let adsorbedCations = 0;
  const putAnion = (s: SurfaceSite): void => {
    const spot = byId.get(spotOf(s, byId)) ?? s;
    if (spot.kind === 'X-vac' || spot.kind === 'Pb111') anionIn.add(spot.id);
    else if (spot.kind !== 'X') adsorbedAnions += 1; // on an X site it takes a halide's place
  };
  const putCation = (s: SurfaceSite): void => {
    if (s.kind === 'A-vac') cationIn.add(s.id);
    else if (s.kind !== 'A') adsorbedCations += 1; // on an A site it takes a Cs⁺'s place
  };

  const healSite = (l: Ligand, s: SurfaceSite, out: string[]): void => {
    if (!healsKind(l, s.kind)) return;
    healed.add(s.id);
    out.push(s.id);
    if (s.kind === 'X-vac' && s.exposes) {
      for (const id of s.exposes) {
        const e = byId.get(id);
        if (e && e.kind === 'Pb-uc' && !healed.has(id)) {
          healed.add(id);
          out.push(id);
        }
      }
    }
  };

  for (const placement of state.placements) {
    const l = ligandById(placement.ligandId);
    const site = byId.get(placement.siteId);
    if (!l) {
      rejected.push({ placement, refusal: { code: 'unknown-ligand', ligandId: placement.ligandId } });
      continue;
    }
    if (!site) {
      rejected.push({ placement, refusal: { code: 'unknown-site', ligandId: placement.ligandId, siteId: placement.siteId } });
      continue;
    }
    const verdict = canBind(l, site, { system: state.system, occupiedBy: occupant.get(site.id) ?? null });
    if (!verdict.ok) {
      rejected.push({ placement, refusal: verdict.refusal });
      continue;
    }
    occupant.set(site.id, l.id);
    const healsSiteIds: string[] = [];
    healSite(l, site, healsSiteIds);
    let partnerSiteId: string | null = null;
    let partner: SurfaceSite | undefined;
    if (isChelating(l) && (site.kind === 'X-vac' || site.kind === 'A-vac')) {
      const want: SiteKind = site.kind === 'X-vac' ? 'A-vac' : 'X-vac';
      partner = partnerCandidates(site, sites, byId, maxD).find((c) => c.kind === want && !occupant.has(c.id));
      if (partner) {
        occupant.set(partner.id, l.id);
        partnerSiteId = partner.id;
        healSite(l, partner, healsSiteIds);
      }
    }
    const unit = boundUnit(l, site);
    if (unit === 'anion' || unit === 'donated-halide') putAnion(site);
    else if (unit === 'cation') putCation(site);
    else if (unit === 'ion-pair') {
      // Its anion goes to the halide side, its cation to the A side; a missing partner leaves that ion on top.
      const xSide = site.kind === 'A-vac' ? partner : site;
      const aSide = site.kind === 'A-vac' ? site : partner;
      if (xSide) putAnion(xSide);
      else adsorbedAnions += 1;
      if (aSide) putCation(aSide);
      else adsorbedCations += 1;
    }
    const dq = chargeDelta(l, site);
    netCharge += dq;
    accepted.push({ ...placement, partnerSiteId, chargeDeltaE: dq, healsSiteIds, electrons: l.electrons });
  }

  const trapSiteIds: string[] = [];
  let trapCapable = 0;
  for (const s of sites) {
    if (!trapKinds.has(s.kind)) continue;
    if (s.kind === 'X-vac' && s.exposes && s.exposes.some((id) => byId.get(id)?.kind === 'Pb-uc')) continue;
    trapCapable += 1;
    if (!healed.has(s.id)) trapSiteIds.push(s.id);
  }
  let openA = 0;
  let openX = 0;
  let chargeOpenA = 0;
  let chargeOpenX = 0;
  let openPolar = 0;
  let totalSpots = 0;
  const occupiedSpots = new Set<string>();
  for (const s of sites) {
    if (!isLinkedPb(s, byId)) totalSpots += 1;
    if (occupant.has(s.id)) occupiedSpots.add(spotOf(s, byId));
    if (s.kind === 'A-vac' && !cationIn.has(s.id)) chargeOpenA += 1;
    if (s.kind === 'X-vac' && !anionIn.has(s.id)) chargeOpenX += 1;
    if (s.kind === 'Pb111' && !anionIn.has(s.id)) openPolar += 1;
    if (occupant.has(s.id)) continue;
    if (s.kind === 'A-vac') openA += 1;
    if (s.kind === 'X-vac' && !s.exposes?.some((id) => occupant.has(id))) openX += 1;
  }
  const charge: ChargeBreakdown = {
    openHalideVacancies: chargeOpenX,
    openASiteVacancies: chargeOpenA,
    openPolarSites: openPolar,
    adsorbedAnions,
    adsorbedCations,
  };
  return {
    netCharge,
    charge,
    trapSites: trapSiteIds.length,
    trapSiteIds,
    healedTrapSites: trapCapable - trapSiteIds.length,
    trapCapableSites: trapCapable,
    totalSites: totalSpots,
    occupiedSites: occupiedSpots.size,
    coverage: totalSpots === 0 ? 0 : occupiedSpots.size / totalSpots,
    openVacancies: { A: openA, X: openX },
    accepted,
    rejected,
  };
}

/** The sum of a charge breakdown, e (equals LedgerResult.netCharge). */
export function breakdownSum(c: ChargeBreakdown): number {
  return c.openHalideVacancies - c.openASiteVacancies + c.openPolarSites - c.adsorbedAnions + c.adsorbedCations;
}
