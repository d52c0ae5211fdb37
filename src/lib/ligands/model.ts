/**
 * The illustrative model of the ligand explorer (issue #6, #12). It turns a described surface (sites, what
 * is vacant, which ligand sits where) into numbers a student can read. ILLUSTRATIVE: the equations are
 * textbook forms with adjustable parameters, not fits to the papers; where a number comes from a paper it
 * is cited, where it is chosen it says so. One ledger: the view, the live region and the embed readouts
 * all read ledger() (no second computation anywhere).
 *
 * 1. Ledger — net charge, unpassivated trap sites, coverage (ledger()).
 *      net charge  q = Σ_bare sites q_bare + Σ_placements (q_left − q_replaced)          (rules.ts)
 *                    = open halide vacancies − open A-site vacancies + uncompensated polar (111) Pb
 *                      − anions bound on top + cations bound on top                        (ChargeBreakdown)
 *      trap sites  = surface sites of a trap kind (under-coordinated Pb²⁺, bare PbS sites) no ligand heals.
 *      coverage    = binding spots holding a ligand / binding spots of the ideal patch (a fixed number: a
 *                    halide vacancy and the Pb²⁺ it exposes are one spot, so vacancies never change it).
 *    Why these are traps: review §3 "The undercoordinated Pb atoms on the PQD surface usually act as
 *    charge-trapping centers"; §3.2 "the undercoordinated lead atoms (in other words, halogen vacancies)
 *    are the most abundant active defects". A-site vacancies are not counted as traps by default (the
 *    review never calls them trap centres); PbS sites without a ligand are (PbS paper §2: non-polar (100)
 *    facets give "reduced surface passivation efficiency"). The set is an option.
 * 2. Dot PLQY as an ensemble (plqy()): the patch stands for one dot's surface; the traps per dot scatter
 *    as a Poisson variable of mean λ = n_traps (the standard picture for randomly placed defects); a dot
 *    with k traps has PLQY_k = k_rad / (k_rad + k·k_trap), and the ensemble averages over dots:
 *      PLQY = Σ_k e^(−λ) λ^k / k! · k_rad / (k_rad + k·k_trap).
 *    With a fast trap (k_trap ≫ k_rad) it tends to e^(−λ), the share of dots with no trap at all.
 * 3. Purification (purify()): what the papers SAY about each ligand (review: OA/OAm "highly dynamic … easily
 *    lost"; PbS paper: PbI₂/MAPbI₃ ligands "detach", (BA)₂PbI₄ ligands "less inclined to detach"). One wash
 *    strips the fraction `washLoss` (CHOSEN, default ½, adjustable) of the loosely bound ligands and none of
 *    the strongly bound ones. The PbS paper's DFT energies (−2.03, −2.14, −2.49 eV) are shown, not turned
 *    into survival: differences of 0.1–0.5 eV between slab energies with different reference states do not
 *    support a quantitative Boltzmann factor.
 * 4. Dot-to-dot tunnelling coupling ∝ exp(−β·d), d = the inter-dot gap bridged by two ligand shells
 *    (tunnellingCoupling(), interDotDistanceNm()).
 *
 * Pure TypeScript: no DOM.
 */
import { ligandById, type Ligand, type SiteKind } from '../data/ligands';
import { boundUnit, canBind, chargeDelta, VACANCY_CHARGE_E, type Refusal } from './rules';

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

/**
 * Default share of a loosely bound ligand's placements one purification wash strips. CHOSEN (illustrative),
 * not from a paper: the papers say which ligands are "easily lost" or "detach" and which do not, not how
 * many leave per wash. Adjustable (purify options).
 */
export const DEFAULT_WASH_LOSS = 0.5;

/**
 * Tunnelling decay constant β, nm⁻¹: 0.91 Å⁻¹ = 9.1 nm⁻¹, through-bond β of alkanethiol monolayers,
 * Slowinski et al., J. Am. Chem. Soc. 1997, 119, 11910 (abstract: "βtb = 1.14 per methylene group or
 * 0.91 Å⁻¹"). Marking (a2): read in a third-party copy of the abstract. Measured for electron transfer
 * through a single alkanethiol layer on mercury, NOT between dots: illustrative for dot-to-dot coupling.
 */
export const TUNNELLING_BETA_PER_NM = 9.1;

/**
 * Default PLQY-model rates, in units of k₀ (ILLUSTRATIVE, chosen, not fitted): k_rad = 1 and k_trap = 10 per
 * trap, a fast trap — a dot with one trap keeps 1/11 ≈ 9 % of its emission, so a dot is bright only when
 * it has no trap (the ensemble picture, plqy()).
 */
export const DEFAULT_PLQY_PARAMS = { kRad: 1, kTrapPerSite: 10 } as const;

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

// ------------------------------------------------------------------------------------------------ PLQY

export interface PlqyParams {
  /** Unpassivated trap sites on the patch (≥ 0, ≤ totalSites). */
  trapSites: number;
  /** Binding spots on the patch (≥ 1); bounds trapSites. */
  totalSites: number;
  /** Radiative rate (any unit; the model is a ratio). > 0. Illustrative default 1. */
  kRad: number;
  /** Trap-assisted rate per trap, same unit as kRad. ≥ 0. Illustrative default 10 (a fast trap). */
  kTrapPerSite: number;
  /**
   * Surface spots of one dot, for the mean traps per dot λ = trapSites × sitesPerDot / totalSites. Default:
   * totalSites (the drawn patch stands for one dot's surface — a scale choice of this model).
   */
  sitesPerDot?: number;
}

/** Mean number of traps per dot of the ensemble model (see plqy()). */
export function meanTrapsPerDot({ trapSites, totalSites, sitesPerDot }: Pick<PlqyParams, 'trapSites' | 'totalSites' | 'sitesPerDot'>): number {
  return trapSites * ((sitesPerDot ?? totalSites) / totalSites);
}

/**
 * Ensemble PLQY of the illustrative model (file header, 2.):
 *   λ = mean traps per dot,  PLQY = Σ_k Poisson(k; λ) · k_rad / (k_rad + k·k_trap).
 * Result in [0, 1]: 1 with no traps, falling monotonically as traps are added or k_trap grows; e^(−λ) ≤ PLQY.
 * @throws RangeError for non-finite input, kRad ≤ 0, kTrapPerSite < 0, totalSites < 1, trapSites < 0,
 *   trapSites > totalSites or sitesPerDot ≤ 0.
 */
export function plqy(params: PlqyParams): number {
  const { trapSites, totalSites, kRad, kTrapPerSite } = params;
  finite('trapSites', trapSites);
  finite('totalSites', totalSites);
  finite('kRad', kRad);
  finite('kTrapPerSite', kTrapPerSite);
  if (params.sitesPerDot !== undefined) {
    finite('sitesPerDot', params.sitesPerDot);
    if (params.sitesPerDot <= 0) throw new RangeError(`sitesPerDot must be > 0, got ${params.sitesPerDot}`);
  }
  if (kRad <= 0) throw new RangeError(`kRad must be > 0, got ${kRad}`);
  if (kTrapPerSite < 0) throw new RangeError(`kTrapPerSite must be ≥ 0, got ${kTrapPerSite}`);
  if (totalSites < 1) throw new RangeError(`totalSites must be ≥ 1, got ${totalSites}`);
  if (trapSites < 0 || trapSites > totalSites) throw new RangeError(`trapSites must be in [0, totalSites = ${totalSites}], got ${trapSites}`);
  const lambda = meanTrapsPerDot(params);
  if (lambda === 0) return 1;
  // Σ over k up to far past the mean; the Poisson weights are built in log space (no under/overflow).
  const kMax = Math.ceil(lambda + 12 * Math.sqrt(lambda) + 30);
  let logP = -lambda; // ln P(0)
  let sum = 0;
  for (let k = 0; k <= kMax; k++) {
    if (k > 0) logP += Math.log(lambda) - Math.log(k);
    sum += Math.exp(logP) * (kRad / (kRad + k * kTrapPerSite));
  }
  return Math.min(1, Math.max(0, sum));
}

/** Share of dots with no trap at all, e^(−λ) (the PLQY limit for a very fast trap). */
export function trapFreeShare(params: Pick<PlqyParams, 'trapSites' | 'totalSites' | 'sitesPerDot'>): number {
  return Math.exp(-meanTrapsPerDot(params));
}

// ------------------------------------------------------------------------------------------------ purification

export interface SurvivalEstimate {
  /** Share of this ligand's placements that stay through one wash, 0–1. */
  fraction: number;
  /** 'stated': from what a paper says (retention quote); 'assumed': no source says, kept (1). */
  basis: 'stated' | 'assumed';
  /** What the source says: easily lost ('dynamic') or retained ('strong'); null when assumed. */
  kind: 'dynamic' | 'strong' | null;
  /** The quote it rests on ('' when assumed). */
  quote: string;
}

/**
 * What a source says about keeping ligand `l` through a wash, on a site of `siteKind`, with these other
 * ligands on the surface: a site-specific statement first (I⁻ on the polar PbS (111)), then a partner
 * statement (I⁻ with BA⁺: the (BA)₂PbI₄ shell), then the ligand's own; none → assumed kept.
 */
export function ligandSurvival(
  l: Ligand,
  context: { siteKind?: SiteKind; presentIds?: ReadonlySet<string> } = {},
  washLoss: number = DEFAULT_WASH_LOSS,
): SurvivalEstimate {
  finite('washLoss', washLoss);
  if (washLoss < 0 || washLoss > 1) throw new RangeError(`washLoss must be in [0, 1], got ${washLoss}`);
  const bySite = context.siteKind ? l.retentionBySite?.[context.siteKind] : undefined;
  const withPartner = l.retentionWithPartner && context.presentIds?.has(l.retentionWithPartner.ligandId) ? l.retentionWithPartner : undefined;
  const r = bySite ?? withPartner ?? l.retention;
  if (!r) return { fraction: 1, basis: 'assumed', kind: null, quote: '' };
  return { fraction: r.kind === 'dynamic' ? 1 - washLoss : 1, basis: 'stated', kind: r.kind, quote: r.quote };
}

export interface PurifyOptions {
  /** Share of loosely bound ligands one wash strips, 0–1 (default DEFAULT_WASH_LOSS). */
  washLoss?: number;
}

export interface PurifyResult {
  /** Placements that stay, in their original order. */
  placements: Placement[];
  /** Placements stripped. */
  removed: Placement[];
  /** Ids of A and X sites that become vacant (to add to the URL's vacancy list). */
  newVacancies: string[];
  /** Survival used per ligand id present (for a ligand on several kinds of site: the first placement's). */
  survival: Record<string, SurvivalEstimate>;
  /** Net-charge change left after pairing (0 unless no free surface ion was left to pair with), e. */
  residualChargeE: number;
}

/**
 * One purification wash. Placements are grouped by ligand and by what the sources say about them there
 * (ligandSurvival); of each group the share 1 − P is stripped (spread evenly, deterministic). A ligand
 * stripped from an occupied A or X site (an exchange) leaves that site vacant. Ligands leave as neutral
 * pairs (review §3: "Ligand detachment from the PQD surface result in the formation of A- and X-site
 * vacancies for charge neutralization"): while the wash would change the net charge, the nearest free
 * surface ion of the right sign leaves too — a halide with a lost cation, a Cs⁺ with a lost anion. On PbS
 * there is no such ion in the model, so the charge change stays (residualChargeE).
 */
export function purify(state: SurfaceState, options: PurifyOptions = {}): PurifyResult {
  const washLoss = options.washLoss ?? DEFAULT_WASH_LOSS;
  const led = ledger(state);
  const byId = new Map(state.sites.map((s) => [s.id, s]));
  const presentIds = new Set(led.accepted.map((a) => a.ligandId));
  const survival: Record<string, SurvivalEstimate> = {};
  const groups = new Map<string, { est: SurvivalEstimate; list: AcceptedPlacement[] }>();
  for (const a of led.accepted) {
    const l = ligandById(a.ligandId);
    const site = byId.get(a.siteId);
    if (!l || !site) continue;
    const est = ligandSurvival(l, { siteKind: site.kind, presentIds }, washLoss);
    if (!survival[a.ligandId]) survival[a.ligandId] = est;
    const key = `${a.ligandId}|${est.kind ?? 'assumed'}`;
    const g = groups.get(key);
    if (g) g.list.push(a);
    else groups.set(key, { est, list: [a] });
  }
  const removedSet = new Set<AcceptedPlacement>();
  for (const { est, list } of groups.values()) {
    const n = list.length;
    const toRemove = Math.round((1 - est.fraction) * n);
    const rr = n === 0 ? 0 : toRemove / n;
    // Even spread: remove element i when floor((i+1)·rr) > floor(i·rr).
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
