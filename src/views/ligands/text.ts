/**
 * The words of the ligand explorer (issue #7: "All user-facing text comes from one message catalogue"):
 * the lib (src/lib/ligands/rules.ts, src/lib/surface/*) returns codes and numbers — why a ligand may not
 * bind, what an edit did, why a URL token was dropped, which site — and this module turns them into
 * sentences from messages/ligands/en.json (keys `lig_*`). Each table is a Record over the lib's code union,
 * so TypeScript proves every code has its message. Ligand names come from the ligand data's own messages
 * (dataText.ts).
 */
import { m } from '../../paraglide/messages.js';
import { ligandById, type Ligand, type SiteKind, type SystemFamily } from '../../lib/data/ligands';
import type { Refusal, RefusalCode } from '../../lib/ligands/rules';
import type { DropReason, EditMessage, LedgerSummary, PlaceOutcome, SiteRef } from '../../lib/surface/explorer';
import { ligandsPlqy } from '../../lib/readouts/ligands';
import { percent } from '../../lib/format';
import type { SurfaceNote } from '../../lib/surface/surface';
import type { Surface } from '../../lib/surface/types';
import { ligandShortName } from './dataText';

/** Names a student reads for a kind of site ("surface Cs⁺ (A) site"). */
export const SITE_KIND_TEXT: Readonly<Record<SiteKind, () => string>> = {
  A: m.lig_site_kind_a,
  X: m.lig_site_kind_x,
  'Pb-uc': m.lig_site_kind_pb_uc,
  'A-vac': m.lig_site_kind_a_vac,
  'X-vac': m.lig_site_kind_x_vac,
  Pb111: m.lig_site_kind_pb111,
  Pb100: m.lig_site_kind_pb100,
  S100: m.lig_site_kind_s100,
};

export function siteKindText(kind: SiteKind): string {
  return SITE_KIND_TEXT[kind]();
}

const SITE_TEXT: Readonly<Record<SiteKind, (p: { id: string; halide: string }) => string>> = {
  A: m.lig_site_a,
  X: m.lig_site_x,
  'Pb-uc': m.lig_site_pb_uc,
  'A-vac': m.lig_site_a_vac,
  'X-vac': m.lig_site_x_vac,
  Pb111: m.lig_site_pb111,
  Pb100: m.lig_site_pb100,
  S100: m.lig_site_s100,
};

/** Short name of one site for labels and screen readers: "surface Cs⁺ a12", "under-coordinated Pb²⁺ p3". */
export function siteLabel(site: SiteRef): string {
  return SITE_TEXT[site.kind]({ id: site.id, halide: site.element });
}

const SYSTEM_DOTS: Readonly<Record<SystemFamily, () => string>> = { CsPbX3: m.lig_system_dots_cspbx3, PbS: m.lig_system_dots_pbs };

/** "CsPbX₃ dots", "PbS dots". */
export function systemDots(family: SystemFamily): string {
  return SYSTEM_DOTS[family]();
}

/** Display name of a ligand in sentences ("Oleylamine"); an unknown id is shown as itself. */
function nameOf(id: string | undefined): string {
  return id === undefined ? '' : ligandShortName(id);
}

/**
 * CBC description of a ligand for sentences: "L-type, 2 e⁻", "zwitterion, X-type, 1 e⁻", or for an
 * ammonium / A-site cation "a cation, not a ligand of the metal: fills an A site".
 */
export function ligandClassText(l: Ligand): string {
  if (l.cbcClass === 'cation') return l.cationRole === 'h-bond' ? m.lig_class_text_cation_h_bond() : m.lig_class_text_cation_a_site();
  return l.family === 'zwitterion'
    ? m.lig_class_text_zwitterion({ electrons: String(l.electrons) })
    : m.lig_class_text({ cls: l.cbcClass, electrons: String(l.electrons) });
}

/** The letter drawn on a ligand's badge and head: L, X, Z — or "+" for a cation (no CBC class). */
export function classBadge(l: Pick<Ligand, 'cbcClass'>): string {
  return l.cbcClass === 'cation' ? '+' : l.cbcClass;
}

/** Signed charge for numbers: "+1", "−2", "0". */
export function signedNumber(q: number): string {
  return q > 0 ? `+${q}` : q < 0 ? `−${-q}` : '0';
}

/** The PLQY model's rates, for the sentence that reads out the ledger. */
export interface PlqyRates {
  kRad: number;
  kTrap: number;
}

/** The ledger after an edit as one sentence — the same numbers the ledger tiles show (one ledger). */
export function ledgerSentence(after: LedgerSummary, rates: PlqyRates): string {
  return m.lig_msg_ledger({
    charge: signedNumber(after.netChargeE),
    traps: countTraps(after.trapSites),
    occupied: String(after.occupiedSites),
    total: String(after.totalSites),
    plqy: percent(ligandsPlqy(after.trapSites, after.totalSites, rates.kRad, rates.kTrap), 0),
  });
}

interface RefusalParams {
  ligand: string;
  site: string;
  r: Refusal;
}

const REFUSAL_TEXT: Readonly<Record<RefusalCode, (p: RefusalParams) => string>> = {
  'unknown-ligand': ({ r }) => (r.ligandId ? m.lig_refuse_unknown_ligand_id({ id: r.ligandId }) : m.lig_refuse_unknown_ligand()),
  'unknown-site': ({ r }) => m.lig_refuse_unknown_site({ id: r.siteId ?? '' }),
  'site-not-on-system': ({ site, r }) => m.lig_refuse_site_not_on_system({ site, system: r.system ? systemDots(r.system) : '' }),
  'ligand-not-for-system': ({ ligand, r }) => {
    const names = (r.systems ?? []).map(systemDots);
    const systems = names.length === 2 ? m.lig_list_two({ first: names[0], second: names[1] }) : names.join(', ');
    return m.lig_refuse_ligand_not_for_system({ ligand, systems, system: r.system ? systemDots(r.system) : '' });
  },
  occupied: ({ site, r }) => m.lig_refuse_occupied({ site, occupant: nameOf(r.occupiedBy) }),
  'same-spot': ({ r }) =>
    r.occupiedBy
      ? m.lig_refuse_same_spot({ site: r.siteId ?? '', linked: r.linkedId ?? '', occupant: nameOf(r.occupiedBy) })
      : m.lig_refuse_same_spot_url({ site: r.siteId ?? '', linked: r.linkedId ?? '' }),
  'l-on-a': ({ ligand }) => m.lig_refuse_l_on_a({ ligand }),
  'l-on-a-vac': ({ ligand }) => m.lig_refuse_l_on_a_vac({ ligand }),
  'l-on-x': () => m.lig_refuse_l_on_x(),
  'l-not-reported': ({ ligand, site }) => m.lig_refuse_l_not_reported({ ligand, site }),
  'z-no-lone-pair': ({ ligand }) => m.lig_refuse_z_no_lone_pair({ ligand }),
  'z-on-acceptor': ({ ligand }) => m.lig_refuse_z_on_acceptor({ ligand }),
  'z-not-reported': ({ ligand, site }) => m.lig_refuse_z_not_reported({ ligand, site }),
  'zwitterion-on-occupied': ({ site }) => m.lig_refuse_zwitterion_on_occupied({ site }),
  'ion-pair-on-occupied': ({ site }) => m.lig_refuse_ion_pair_on_occupied({ site }),
  'zwitterion-not-reported': ({ ligand, site }) => m.lig_refuse_zwitterion_not_reported({ ligand, site }),
  'ion-pair-not-reported': ({ ligand, site }) => m.lig_refuse_ion_pair_not_reported({ ligand, site }),
  'anion-on-sulfur': () => m.lig_refuse_anion_on_sulfur(),
  'anion-on-cation-site': () => m.lig_refuse_anion_on_cation_site(),
  'anion-on-halide': ({ ligand }) => m.lig_refuse_anion_on_halide({ ligand }),
  'anion-not-reported': ({ ligand, site }) => m.lig_refuse_anion_not_reported({ ligand, site }),
  'cation-on-metal-pbs': () => m.lig_refuse_cation_on_metal_pbs(),
  'cation-on-halide': () => m.lig_refuse_cation_on_halide(),
  'cation-on-metal': () => m.lig_refuse_cation_on_metal(),
  'cation-not-reported': ({ ligand, site }) => m.lig_refuse_cation_not_reported({ ligand, site }),
  'not-reported': ({ ligand, site }) => m.lig_refuse_not_reported({ ligand, site }),
};

/** Why a ligand may not bind a site, as a sentence a student understands. */
export function refusalText(r: Refusal): string {
  return REFUSAL_TEXT[r.code]({ ligand: nameOf(r.ligandId), site: r.kind ? siteKindText(r.kind) : '', r });
}

type DropCode = DropReason['code'];
const DROP_TEXT: Readonly<Record<DropCode, (token: string, reason: DropReason) => string>> = {
  'not-site-id': () => m.lig_drop_not_site_id(),
  'not-placement': () => m.lig_drop_not_placement(),
  'no-site': (id) => m.lig_drop_no_site({ id }),
  'not-vacancy-site': (id) => m.lig_drop_not_vacancy_site({ id }),
  duplicate: (id) => m.lig_drop_duplicate({ id }),
  refused: (_token, reason) => (reason.code === 'refused' ? refusalText(reason.refusal) : ''),
};

/** Why a URL token (vacancy id or ligandId@siteId) could not be used. */
export function dropReasonText(token: string, reason: DropReason): string {
  return DROP_TEXT[reason.code](token, reason);
}

const NOTE_TEXT: Readonly<Record<SurfaceNote['code'], (n: SurfaceNote) => string>> = {
  'facet-111-pbs-only': (n) => m.lig_note_facet_111_pbs_only({ system: n.system }),
};

/** A normalisation of the surface parameters, as a sentence. */
export function surfaceNoteText(n: SurfaceNote): string {
  return NOTE_TEXT[n.code](n);
}

/** One-line description of the drawn facet (no full stop). */
export function surfaceDescription(s: Surface): string {
  if (s.halide) {
    const p = { system: s.system, halide: s.halide, notation: s.notation };
    return s.termination === 'PbX2' ? m.lig_surface_pbx2(p) : m.lig_surface_csx(p);
  }
  return s.facet === '111' ? m.lig_surface_pbs111() : m.lig_surface_pbs100();
}

/** Notation of the drawn facet: the review's termination model for CsPbX₃, "PbS (111), Pb-terminated" for PbS. */
export function surfaceNotation(s: Surface): string {
  if (s.halide) return s.notation;
  return s.facet === '111' ? m.lig_notation_pbs111() : m.lig_notation_pbs100();
}

/** "1 ligand", "3 ligands". */
export function countLigands(count: number): string {
  return count === 1 ? m.lig_count_ligands_one({ count: String(count) }) : m.lig_count_ligands_other({ count: String(count) });
}
export function countVacancies(count: number): string {
  return count === 1 ? m.lig_count_vacancies_one({ count: String(count) }) : m.lig_count_vacancies_other({ count: String(count) });
}
export function countTraps(count: number): string {
  return count === 1 ? m.lig_count_traps_one({ count: String(count) }) : m.lig_count_traps_other({ count: String(count) });
}
function countNewVacancies(count: number): string {
  return count === 1 ? m.lig_count_new_vacancies_one({ count: String(count) }) : m.lig_count_new_vacancies_other({ count: String(count) });
}

const OUTCOME_TEXT: Readonly<Record<PlaceOutcome['code'], (o: PlaceOutcome) => string>> = {
  'traps-healed': (o) => (o.code === 'traps-healed' && o.count !== 1 ? m.lig_outcome_traps_healed({ count: String(o.count) }) : m.lig_outcome_trap_healed()),
  // The passivated kinds are shown by their codes (A-vac, X-vac), as the ledger names them.
  passivated: (o) => m.lig_outcome_passivated({ sites: o.code === 'passivated' ? joinAnd(o.kinds) : '' }),
  'no-trap': () => m.lig_outcome_no_trap(),
};

function joinAnd(items: readonly string[]): string {
  return items.reduce((acc, x, i) => (i === 0 ? x : m.lig_list_two({ first: acc, second: x })), '');
}

/** The ion a vacancy lacks: "Cs⁺" or "Br⁻". */
function missingIon(site: SiteRef): string {
  return site.kind === 'A-vac' || site.kind === 'A' ? 'Cs⁺' : `${site.element}⁻`;
}

type EditCode = EditMessage['code'];
type Of<C extends EditCode> = Extract<EditMessage, { code: C }>;

const EDIT_TEXT: { readonly [C in EditCode]: (msg: Of<C>) => string } = {
  'unknown-ligand': (x) => m.lig_msg_unknown_ligand({ id: x.ligandId }),
  'no-site': (x) => m.lig_msg_no_site({ id: x.siteId }),
  refused: (x) => m.lig_msg_refused({ ligand: nameOf(x.ligandId), site: siteLabel(x.site), reason: refusalText(x.refusal) }),
  placed: (x) => {
    const l = ligandById(x.ligandId);
    const site = x.partner
      ? m.lig_msg_site_with_partner({ site: siteLabel(x.site), partner: m.lig_site_kind_with_id({ kind: siteKindText(x.partner.kind), id: x.partner.id }) })
      : siteLabel(x.site);
    const outcome = OUTCOME_TEXT[x.outcome.code](x.outcome);
    if (x.unit === 'donated-halide') return m.lig_msg_placed_donor({ ligand: nameOf(x.ligandId), site, outcome, halide: l?.donorHalide ?? '' });
    const p = { ligand: nameOf(x.ligandId), cls: l ? ligandClassText(l) : '', site, outcome };
    if (x.counterIon) return m.lig_msg_placed_counter({ ...p, ion: x.counterIon === 'cation' ? m.lig_ion_cation() : m.lig_ion_anion() });
    return m.lig_msg_placed(p);
  },
  'nothing-to-remove': (x) => m.lig_msg_nothing_to_remove({ id: x.siteId }),
  removed: (x) => m.lig_msg_removed({ ligand: nameOf(x.ligandId), site: x.site ? siteLabel(x.site) : x.siteId }),
  'vacancy-not-allowed': (x) => m.lig_msg_vacancy_not_allowed({ site: siteLabel(x.site) }),
  'vacancy-filled': (x) => {
    const p = { ion: missingIon(x.site), id: x.site.id };
    return x.removedLigandIds.length > 0
      ? m.lig_msg_vacancy_filled_removed({ ...p, ligands: x.removedLigandIds.map(nameOf).join(', ') })
      : m.lig_msg_vacancy_filled(p);
  },
  'vacancy-occupied': (x) => m.lig_msg_vacancy_occupied({ id: x.siteId }),
  'vacancy-made': (x) => {
    if (x.site.kind === 'A') return m.lig_msg_vacancy_made_a({ id: x.site.id });
    return x.exposedPbId
      ? m.lig_msg_vacancy_made_x_exposing({ halide: x.site.element, id: x.site.id, pb: x.exposedPbId })
      : m.lig_msg_vacancy_made_x({ halide: x.site.element, id: x.site.id });
  },
  'purified-none': () => m.lig_msg_purified_none(),
  purified: (x) =>
    m.lig_msg_purified({
      ligands: countLigands(x.removed),
      vacancies: countNewVacancies(x.newVacancies),
    }),
};

/**
 * What an edit did, as the sentence for the live region; an edit that changed the surface is followed by
 * the ledger sentence (net charge, traps, coverage, PLQY with these rates) — what the tiles then show.
 */
export function editMessageText(msg: EditMessage, rates?: PlqyRates): string {
  const f = EDIT_TEXT[msg.code] as (x: EditMessage) => string;
  const text = f(msg);
  return 'after' in msg && rates ? `${text} ${ledgerSentence(msg.after, rates)}` : text;
}

/** The drawing's description for screen readers: the surface, what the view shows, the counts, the keys. */
export function figureDescription(model: { surface: Surface; system: string; placements: readonly unknown[]; ledger: { trapSites: number } }, side: boolean, row: number): string {
  const surface = model.surface;
  return [
    m.lig_fig_surface({ description: surfaceDescription(surface) }),
    side
      ? m.lig_fig_side({ row: String(row + 1), rows: String(surface.rows) })
      : (model.system === 'PbS' ? m.lig_fig_top_positions : m.lig_fig_top_cells)({ cols: String(surface.cols), rows: String(surface.rows) }),
    m.lig_fig_counts({
      traps: countTraps(model.ledger.trapSites),
      ligands: countLigands(model.placements.length),
      vacancies: countVacancies(surface.vacancies.length),
    }),
    m.lig_fig_keys(),
  ].join(' ');
}
