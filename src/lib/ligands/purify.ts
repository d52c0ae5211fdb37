/**
 * One purification wash (model.ts, part 3): what the papers say about keeping each ligand (easily lost vs
 * retained), the CHOSEN share of loosely bound ligands one wash strips, and the neutral pairs that leave
 * with them. Pure TypeScript: no DOM.
 */
import { ligandById, type Ligand, type SiteKind } from '../data/ligands';
import { chargeDelta, VACANCY_CHARGE_E } from './rules';
import { finite } from './checks';
import { ledger, siteDistance2, type AcceptedPlacement, type Placement, type SurfaceSite, type SurfaceState } from './ledger';

/**
 * Default share of a loosely bound ligand's placements one purification wash strips. CHOSEN (illustrative),
 * not from a paper: the papers say which ligands are "easily lost" or "detach" and which do not, not how
 * many leave per wash. Adjustable (purify options).
 */
export const DEFAULT_WASH_LOSS = 0.5;

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
        const d = siteDistance2(r, s);
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
