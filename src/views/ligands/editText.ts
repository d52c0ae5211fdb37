/**
 * What an edit of the surface did, as the sentence for the live region, and why a ligand may not bind a site
 * or a URL token could not be used (issue #7: the lib returns codes, src/lib/ligands/rules.ts and
 * src/lib/surface/explorer.ts; the words are messages/ligands/en.json, keys `lig_msg_*`, `lig_refuse_*`,
 * `lig_drop_*`, `lig_outcome_*`). Each table is a Record over the lib's code union, so TypeScript proves every
 * code has its message. A chunk of its own (issue #15): the view fetches it when a ligand is selected or a
 * mode chosen, and at the latest on the first edit (LigandsView announces once it has arrived).
 */
import { m } from '../../paraglide/messages.js';
import { ligandById } from '../../lib/data/ligands';
import type { Refusal, RefusalCode } from '../../lib/ligands/rules';
import type { DropReason, EditMessage, PlaceOutcome, SiteRef } from '../../lib/surface/explorer';
import { countLigands, ledgerSentence, ligandClassText, nameOf, siteKindText, siteLabel, systemDots, type PlqyRates } from './text';

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
