/**
 * The illustrative model of the ligand explorer (issue #6, "What it does"). It turns a described surface
 * (sites, what is vacant, which ligand sits where) into numbers a student can read. ILLUSTRATIVE: the
 * equations are textbook forms with adjustable parameters, not fits to the papers; where a number comes
 * from a paper it is cited, where it is chosen it says so.
 *
 * 1. Ledger — net charge, unpassivated trap sites, coverage (ledger()).
 *      net charge  q = Σ_vacancies q_vac + Σ_placements (q_ligand − q_replaced)        (rules.ts)
 *      trap sites  = surface sites of a trap kind (under-coordinated Pb²⁺, bare PbS sites) no ligand heals.
 *    Why these are traps: review §3 "The undercoordinated Pb atoms on the PQD surface usually act as
 *    charge-trapping centers"; §3.2 "the undercoordinated lead atoms (in other words, halogen vacancies)
 *    are the most abundant active defects". A-site vacancies are not counted as traps by default (the
 *    review never calls them trap centres); PbS sites without a ligand are (PbS paper §2: non-polar (100)
 *    facets give "reduced surface passivation efficiency"). The set is an option.
 * 2. PLQY = k_rad / (k_rad + k_trap · n_traps)   (radiative against trap-assisted rates; plqy()).
 * 3. Purification survival (two-state Boltzmann):
 *      P_bound = 1 / (1 + exp((E_ad + E_strip) / k_BT))                                  (survivalFraction())
 *    bound state at energy E_ad (the PbS paper's DFT adsorption energies on (100): I⁻ −2.03, MA⁺ −2.14,
 *    BA⁺ −2.49 eV), stripped state at −E_strip (what the antisolvent offers a detached ligand; chosen).
 * 4. Dot-to-dot tunnelling coupling ∝ exp(−β·d), d = the inter-dot gap bridged by two ligand shells
 *    (tunnellingCoupling(), interDotDistanceNm()).
 *
 * Pure TypeScript: no DOM.
 */
import { ligandById, type Ligand, type SiteKind } from '../data/ligands';
import { BOLTZMANN_J_K, ELEMENTARY_CHARGE_C } from '../physics/constants';
import { canBind, chargeDelta, VACANCY_CHARGE_E, type Refusal } from './rules';

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
  /** CBC electrons of the bond (Ligand.electrons). */
  electrons: 0 | 1 | 2;
}

export interface LedgerResult {
  /** Net charge of the drawn surface relative to the ideal (neutral) one, e. */
  netCharge: number;
  /** Unpassivated trap sites. */
  trapSites: number;
  /** Their ids, in site order. */
  trapSiteIds: string[];
  /** Trap-kind sites a ligand heals. */
  healedTrapSites: number;
  /** All trap-kind sites (healed + unpassivated). */
  trapCapableSites: number;
  /** Sites on the patch. */
  totalSites: number;
  /** Sites carrying a ligand (a chelating ligand counts both its sites). */
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

/** Room temperature, K (25 °C; a convention, the papers treat at room temperature). */
export const ROOM_TEMPERATURE_K = 298.15;
/** Thermal energy k_BT at ROOM_TEMPERATURE_K, eV (CODATA 2018 k_B and e, physics/constants.ts): 0.025693 eV. */
export const KT_ROOM_EV = (BOLTZMANN_J_K * ROOM_TEMPERATURE_K) / ELEMENTARY_CHARGE_C;

/**
 * Default stripping energy of the purification step, eV. CHOSEN (illustrative), not from a paper: set
 * between the PbS paper's DFT energies of I⁻/MA⁺ (−2.03/−2.14 eV) and BA⁺ (−2.49 eV) so that the
 * paper's observation shows — PbI₂- and MAPbI₃-capped dots lose ligands and aggregate on adding toluene,
 * (BA)₂PbI₄-capped ones do not (PbS paper §2, Fig. 1: "capping ligands of PbS-MAPbI₃ and PbS-PbI₂ CQDs tend
 * to interact with the antisolvent molecules and detach from their surface"). Adjustable.
 */
export const DEFAULT_STRIPPING_ENERGY_EV = 2.2;

/**
 * Tunnelling decay constant β, nm⁻¹: 0.91 Å⁻¹ = 9.1 nm⁻¹, through-bond β of alkanethiol monolayers,
 * Slowinski et al., J. Am. Chem. Soc. 1997, 119, 11910 (abstract: "βtb = 1.14 per methylene group or
 * 0.91 Å⁻¹"). Marking (a2): read in a third-party copy of the abstract. Measured for electron transfer
 * through a single alkanethiol layer on mercury, NOT between dots: illustrative for dot-to-dot coupling.
 */
export const TUNNELLING_BETA_PER_NM = 9.1;

/**
 * Default PLQY-model rates, in units of k_rad (ILLUSTRATIVE, chosen, not fitted): k_rad = 1 and
 * k_trap = 0.25 k_rad per trap site, so that 4 unpassivated traps on the drawn patch halve the PLQY.
 */
export const DEFAULT_PLQY_PARAMS = { kRad: 1, kTrapPerSite: 0.25 } as const;

// ------------------------------------------------------------------------------------------------ helpers

function finite(name: string, x: number): void {
  if (typeof x !== 'number' || !Number.isFinite(x)) throw new RangeError(`${name} must be a finite number, got ${String(x)}`);
}

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

function distance2(a: SurfaceSite, b: SurfaceSite): number | null {
  if (a.xAngstrom === undefined || a.yAngstrom === undefined || b.xAngstrom === undefined || b.yAngstrom === undefined) return null;
  return (a.xAngstrom - b.xAngstrom) ** 2 + (a.yAngstrom - b.yAngstrom) ** 2;
}

/** Candidate second sites for a chelating ligand on `site`, nearest first. */
function partnerCandidates(site: SurfaceSite, sites: readonly SurfaceSite[], byId: Map<string, SurfaceSite>, maxDistanceAngstrom: number): SurfaceSite[] {
  if (site.neighbors) return site.neighbors.map((id) => byId.get(id)).filter((s): s is SurfaceSite => s !== undefined);
  const withD = sites
    .filter((s) => s.id !== site.id)
    .map((s) => ({ s, d2: distance2(site, s) }))
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
 * The ledger of a surface: net charge, unpassivated trap sites and coverage, after making the placements
 * in order (a refused or impossible placement is listed in `rejected` and changes nothing).
 *
 *   netCharge = Σ_sites q_vac(kind) + Σ_accepted (q_ligand − q_replaced)    [e; rules.ts]
 *   trapSites = #{ sites of a trap kind that no accepted placement heals }
 *   coverage  = occupied sites / all sites
 *
 * Chelation: a zwitterion or ion pair with two binding groups placed on a vacancy also takes the nearest
 * free vacancy of the other kind (X-vac ↔ A-vac) among `neighbors`, or within partnerMaxDistanceAngstrom
 * when sites carry positions; with none free it binds one site only. Healing: a ligand heals its site if
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
    if (isChelating(l) && (site.kind === 'X-vac' || site.kind === 'A-vac')) {
      const want: SiteKind = site.kind === 'X-vac' ? 'A-vac' : 'X-vac';
      const partner = partnerCandidates(site, sites, byId, maxD).find((c) => c.kind === want && !occupant.has(c.id));
      if (partner) {
        occupant.set(partner.id, l.id);
        partnerSiteId = partner.id;
        healSite(l, partner, healsSiteIds);
      }
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
  for (const s of sites) {
    if (occupant.has(s.id)) continue;
    if (s.kind === 'A-vac') openA += 1;
    if (s.kind === 'X-vac') openX += 1;
  }
  const totalSites = sites.length;
  return {
    netCharge,
    trapSites: trapSiteIds.length,
    trapSiteIds,
    healedTrapSites: trapCapable - trapSiteIds.length,
    trapCapableSites: trapCapable,
    totalSites,
    occupiedSites: occupant.size,
    coverage: totalSites === 0 ? 0 : occupant.size / totalSites,
    openVacancies: { A: openA, X: openX },
    accepted,
    rejected,
  };
}

// ------------------------------------------------------------------------------------------------ PLQY

export interface PlqyParams {
  /** Unpassivated trap sites on the patch (≥ 0, ≤ totalSites). */
  trapSites: number;
  /** Sites on the patch (≥ 1); bounds trapSites. */
  totalSites: number;
  /** Radiative rate (any unit; the model is a ratio). > 0. Illustrative default 1. */
  kRad: number;
  /** Trap-assisted rate per trap site, same unit as kRad. ≥ 0. Illustrative default 0.25. */
  kTrapPerSite: number;
}

/**
 * Photoluminescence quantum yield of the illustrative two-channel model:
 *   PLQY = k_rad / (k_rad + k_trap · n_traps)
 * (every excitation decays radiatively at k_rad or through one of n_traps trap sites at k_trap each).
 * Result in [0, 1]: 1 with no traps, falling monotonically as traps are added.
 * @throws RangeError for non-finite input, kRad ≤ 0, kTrapPerSite < 0, totalSites < 1, trapSites < 0 or
 *   trapSites > totalSites.
 */
export function plqy({ trapSites, totalSites, kRad, kTrapPerSite }: PlqyParams): number {
  finite('trapSites', trapSites);
  finite('totalSites', totalSites);
  finite('kRad', kRad);
  finite('kTrapPerSite', kTrapPerSite);
  if (kRad <= 0) throw new RangeError(`kRad must be > 0, got ${kRad}`);
  if (kTrapPerSite < 0) throw new RangeError(`kTrapPerSite must be ≥ 0, got ${kTrapPerSite}`);
  if (totalSites < 1) throw new RangeError(`totalSites must be ≥ 1, got ${totalSites}`);
  if (trapSites < 0 || trapSites > totalSites) throw new RangeError(`trapSites must be in [0, totalSites = ${totalSites}], got ${trapSites}`);
  return kRad / (kRad + kTrapPerSite * trapSites);
}

// ------------------------------------------------------------------------------------------------ purification

/**
 * Fraction of a ligand that stays bound through a purification step (two-state Boltzmann):
 *   P_bound = 1 / (1 + exp((E_ad + E_strip) / k_BT))
 * E_ad: adsorption energy (negative = bound; the PbS paper's DFT values on (100)); E_strip: how strongly
 * the purification medium binds a detached ligand (the stripped state sits at −E_strip; default
 * DEFAULT_STRIPPING_ENERGY_EV, chosen); k_BT: thermal energy (default KT_ROOM_EV). More negative E_ad →
 * larger P_bound: for the PbS paper's energies BA⁺ (−2.49) > MA⁺ (−2.14) > I⁻ (−2.03 eV).
 * @throws RangeError for non-finite input, kT_eV ≤ 0 or strippingEnergyEv < 0.
 */
export function survivalFraction(adsorptionEnergyEv: number, kT_eV: number = KT_ROOM_EV, strippingEnergyEv: number = DEFAULT_STRIPPING_ENERGY_EV): number {
  finite('adsorptionEnergyEv', adsorptionEnergyEv);
  finite('kT_eV', kT_eV);
  finite('strippingEnergyEv', strippingEnergyEv);
  if (kT_eV <= 0) throw new RangeError(`kT_eV must be > 0, got ${kT_eV}`);
  if (strippingEnergyEv < 0) throw new RangeError(`strippingEnergyEv must be ≥ 0, got ${strippingEnergyEv}`);
  const x = (adsorptionEnergyEv + strippingEnergyEv) / kT_eV;
  // exp overflows to Infinity for x > ~709, giving 0 — the right limit, never NaN.
  return 1 / (1 + Math.exp(x));
}

export interface SurvivalEstimate {
  fraction: number;
  /** 'energy': from the ligand's published adsorption energy; 'stated': from the review's words
   *  (dynamic → 0, strong → 1); 'assumed': no source says, kept (1). */
  basis: 'energy' | 'stated' | 'assumed';
}

/** Survival of one ligand through purification, from its energy when published, else from the review's words. */
export function ligandSurvival(l: Ligand, kT_eV: number = KT_ROOM_EV, strippingEnergyEv: number = DEFAULT_STRIPPING_ENERGY_EV): SurvivalEstimate {
  if (l.adsorptionEnergyEv !== null) {
    return { fraction: survivalFraction(l.adsorptionEnergyEv, kT_eV, strippingEnergyEv), basis: 'energy' };
  }
  if (l.retention) return { fraction: l.retention.kind === 'dynamic' ? 0 : 1, basis: 'stated' };
  return { fraction: 1, basis: 'assumed' };
}

export interface PurifyOptions {
  kT_eV?: number;
  strippingEnergyEv?: number;
}

export interface PurifyResult {
  /** Placements that stay, in their original order. */
  placements: Placement[];
  /** Placements stripped. */
  removed: Placement[];
  /** Ids of A and X sites that become vacant (to add to the URL's vacancy list). */
  newVacancies: string[];
  /** Survival used per ligand id present. */
  survival: Record<string, SurvivalEstimate>;
  /** Net-charge change left after pairing (0 unless no free site was left to pair with), e. */
  residualChargeE: number;
}

/**
 * One purification step. For each ligand present, a fraction 1 − P of its placements is stripped
 * (spread evenly over its placements, deterministic), with P from ligandSurvival(). A ligand stripped from
 * an occupied A or X site (an exchange) leaves that site vacant. Ligands leave as neutral pairs (review
 * §3: "Ligand detachment from the PQD surface result in the formation of A- and X-site vacancies for
 * charge neutralization"): while the step would change the net charge, the nearest free surface ion of
 * the right sign leaves too — a halide with a lost cation, a Cs⁺ with a lost anion.
 */
export function purify(state: SurfaceState, options: PurifyOptions = {}): PurifyResult {
  const kT = options.kT_eV ?? KT_ROOM_EV;
  const strip = options.strippingEnergyEv ?? DEFAULT_STRIPPING_ENERGY_EV;
  const led = ledger(state);
  const byId = new Map(state.sites.map((s) => [s.id, s]));
  const survival: Record<string, SurvivalEstimate> = {};
  const groups = new Map<string, AcceptedPlacement[]>();
  for (const a of led.accepted) {
    const g = groups.get(a.ligandId);
    if (g) g.push(a);
    else groups.set(a.ligandId, [a]);
  }
  const removedSet = new Set<AcceptedPlacement>();
  for (const [id, list] of groups) {
    const l = ligandById(id);
    if (!l) continue;
    const est = ligandSurvival(l, kT, strip);
    survival[id] = est;
    const r = 1 - est.fraction; // fraction removed
    // Even spread: remove element i when floor((i+1)·r) > floor(i·r).
    const n = list.length;
    const toRemove = Math.round(r * n);
    const rr = n === 0 ? 0 : toRemove / n;
    list.forEach((a, i) => {
      if (Math.floor((i + 1) * rr + 1e-9) > Math.floor(i * rr + 1e-9)) removedSet.add(a);
    });
  }
  const occupiedAfter = new Set<string>();
  for (const a of led.accepted) {
    if (removedSet.has(a)) continue;
    occupiedAfter.add(a.siteId);
    if (a.partnerSiteId) occupiedAfter.add(a.partnerSiteId);
  }
  const newVacancies: string[] = [];
  const vacated = new Set<string>();
  let dq = 0;
  const removedSites: SurfaceSite[] = [];
  for (const a of led.accepted) {
    if (!removedSet.has(a)) continue;
    const l = ligandById(a.ligandId);
    const site = byId.get(a.siteId);
    if (!l || !site) continue;
    removedSites.push(site);
    dq -= a.chargeDeltaE;
    if (site.kind === 'A' || site.kind === 'X') {
      newVacancies.push(site.id);
      vacated.add(site.id);
      dq += VACANCY_CHARGE_E[site.kind === 'A' ? 'A-vac' : 'X-vac'];
    }
  }
  // Pair up: remove free surface ions of the right sign, nearest to the stripped sites first.
  const freeOf = (kind: 'A' | 'X'): SurfaceSite[] => {
    const free = state.sites.filter((s) => s.kind === kind && !occupiedAfter.has(s.id) && !vacated.has(s.id));
    const score = (s: SurfaceSite): number => {
      let best = Number.POSITIVE_INFINITY;
      for (const r of removedSites) {
        if (r.neighbors?.includes(s.id)) return 0;
        const d = distance2(r, s);
        if (d !== null && d < best) best = d;
      }
      return best;
    };
    return free.map((s, i) => ({ s, d: score(s), i })).sort((a, b) => a.d - b.d || a.i - b.i).map((e) => e.s);
  };
  while (dq !== 0) {
    const kind: 'A' | 'X' = dq < 0 ? 'X' : 'A'; // too negative → a halide leaves (+1); too positive → a Cs⁺ leaves (−1)
    const next = freeOf(kind)[0];
    if (!next) break;
    newVacancies.push(next.id);
    vacated.add(next.id);
    dq += VACANCY_CHARGE_E[kind === 'A' ? 'A-vac' : 'X-vac'];
  }
  return {
    placements: led.accepted.filter((a) => !removedSet.has(a)).map((a) => ({ ligandId: a.ligandId, siteId: a.siteId })),
    removed: led.accepted.filter((a) => removedSet.has(a)).map((a) => ({ ligandId: a.ligandId, siteId: a.siteId })),
    newVacancies,
    survival,
    residualChargeE: dq,
  };
}

// ------------------------------------------------------------------------------------------------ tunnelling

/**
 * Relative tunnelling coupling across a gap d:  T = exp(−β·d).
 * β default TUNNELLING_BETA_PER_NM (9.1 nm⁻¹, alkanethiol monolayers; illustrative for dots).
 * @throws RangeError for non-finite input, distanceNm < 0 or betaPerNm ≤ 0.
 */
export function tunnellingCoupling(distanceNm: number, betaPerNm: number = TUNNELLING_BETA_PER_NM): number {
  finite('distanceNm', distanceNm);
  finite('betaPerNm', betaPerNm);
  if (distanceNm < 0) throw new RangeError(`distanceNm must be ≥ 0, got ${distanceNm}`);
  if (betaPerNm <= 0) throw new RangeError(`betaPerNm must be > 0, got ${betaPerNm}`);
  return Math.exp(-betaPerNm * distanceNm);
}

/**
 * Coupling of gap d relative to a reference gap: exp(−β·(d − d_ref)), > 1 when d < d_ref.
 * @throws RangeError as tunnellingCoupling, or when the ratio overflows (|β·(d − d_ref)| > 700).
 */
export function relativeCoupling(distanceNm: number, referenceDistanceNm: number, betaPerNm: number = TUNNELLING_BETA_PER_NM): number {
  const log10 = tunnellingLog10Ratio(distanceNm, referenceDistanceNm, betaPerNm);
  if (Math.abs(log10 * Math.LN10) > 700) throw new RangeError('coupling ratio out of range; use tunnellingLog10Ratio');
  return Math.exp(log10 * Math.LN10);
}

/** log10 of relativeCoupling: −β·(d − d_ref)/ln 10 (for ratios too large to print). Same guards. */
export function tunnellingLog10Ratio(distanceNm: number, referenceDistanceNm: number, betaPerNm: number = TUNNELLING_BETA_PER_NM): number {
  tunnellingCoupling(distanceNm, betaPerNm);
  tunnellingCoupling(referenceDistanceNm, betaPerNm);
  return (-betaPerNm * (distanceNm - referenceDistanceNm)) / Math.LN10;
}

export interface ShellEstimate {
  /** Longest tail among the placed ligands with a length estimate, nm (0 for bare ions); null if none. */
  maxChainNm: number | null;
  /** Gap between two dots = two shells of that tail (no interdigitation: an upper bound), nm; null if none. */
  interDotNm: number | null;
  /** Placed ligand ids without a chain estimate (aromatic/branched), ignored in the estimate. */
  unknownIds: string[];
}

/**
 * Inter-dot gap from the ligands present: d = 2 · max(chain length) — two facing shells of fully
 * extended tails, not interdigitated (an upper bound; the tails' chain estimates are in data/ligands.ts).
 */
export function interDotDistanceNm(ligandIds: readonly string[]): ShellEstimate {
  let max: number | null = null;
  const unknown = new Set<string>();
  for (const id of new Set(ligandIds)) {
    const l = ligandById(id);
    if (!l || l.chainLengthNm === null) {
      unknown.add(id);
      continue;
    }
    max = max === null ? l.chainLengthNm : Math.max(max, l.chainLengthNm);
  }
  return { maxChainNm: max, interDotNm: max === null ? null : 2 * max, unknownIds: [...unknown] };
}
