/**
 * The words of the ligand explorer (issue #7: "All user-facing text comes from one message catalogue"):
 * the lib (src/lib/ligands/rules.ts, src/lib/surface/*) returns codes and numbers — which site, what the
 * surface is, what the ledger says — and this module turns them into sentences from
 * messages/ligands/en.json (keys `lig_*`). What an edit did and why a ligand may not bind or a URL token was
 * dropped are worded by editText.ts, a chunk of its own fetched on the first edit (issue #15). Each table is a Record over the lib's code union,
 * so TypeScript proves every code has its message. Ligand names come from the ligand data's own messages
 * (dataText.ts).
 */
import { m } from '../../paraglide/messages.js';
import type { Ligand, SiteKind, SystemFamily } from '../../lib/data/ligands';
import type { LedgerSummary, SiteRef } from '../../lib/surface/explorer';
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
export function nameOf(id: string | undefined): string {
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

/** "anion", "cation", "ion pair" for the library's entries ('' for the rest). */
export function ligandKindTag(l: Pick<Ligand, 'xKind' | 'cbcClass'>): string {
  if (l.xKind === 'anion') return m.lig_kind_anion();
  if (l.cbcClass === 'cation') return m.lig_kind_cation();
  if (l.xKind === 'ion-pair') return m.lig_kind_ion_pair();
  return '';
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
