/**
 * The words of the ligand data (issue #7: "All user-facing text comes from one message catalogue"): names,
 * site notes and class ambiguities of the ligand library (lib/data/ligands.ts), binding-group names, and the
 * titles, summaries and step texts of the guided scenarios (lib/ligands/scenarios.ts), and the device chart's
 * strategy labels that are not the review's own words (lib/ligands/deviceLigands.ts). The lib tables keep
 * ids, classes, numbers, citations and the papers' quotes; their prose lives in messages/ligand-data/en.json
 * (keys `ligd_*`).
 *
 * Each table below is a Record over the lib's id union, so TypeScript proves every ligand, binding group and
 * scenario has its text; tests/unit/ligands/dataText.test.ts checks every step and ambiguity reading too.
 */
import { m } from '../../paraglide/messages.js';
import { isLigandId, ligandById, type BindingGroup, type LigandId } from '../../lib/data/ligands';
import { scenarioById, type ScenarioId, type ScenarioStep } from '../../lib/ligands/scenarios';
import type { DevicePoint } from '../../lib/ligands/deviceLigands';
import { fixed } from '../../lib/format';

type Msg = () => string;

export interface LigandText {
  /** Full name, e.g. "Oleylamine (OAm, neutral)". */
  name: Msg;
  /** Name without the parenthesis, for sentences: "Oleylamine". */
  short: Msg;
  /** How binds/heals were chosen where the paper names no site (null when it does). */
  siteNote: Msg | null;
  /** The class readings (one per lib `ambiguity.readings` entry, same order) and why they differ. */
  ambiguity: { why: Msg; where: readonly Msg[] } | null;
}

/** Review §3.1 zwitterions (sulfobetaine, phosphocholine, glycine) share one ambiguity. */
const ZWITTERION: LigandText['ambiguity'] = {
  why: m.ligd_amb_zwitterion_why,
  where: [m.ligd_amb_zwitterion_where1, m.ligd_amb_zwitterion_where2],
};

export const LIGAND_TEXT: Readonly<Record<LigandId, LigandText>> = {
  oa: { name: m.ligd_oa_name, short: m.ligd_oa_short, siteNote: m.ligd_oa_site_note, ambiguity: null },
  oam: { name: m.ligd_oam_name, short: m.ligd_oam_short, siteNote: m.ligd_oam_site_note, ambiguity: null },
  oamh: { name: m.ligd_oamh_name, short: m.ligd_oamh_short, siteNote: null, ambiguity: null },
  octam: { name: m.ligd_octam_name, short: m.ligd_octam_short, siteNote: m.ligd_octam_site_note, ambiguity: { why: m.ligd_octam_amb_why, where: [m.ligd_octam_amb_where1, m.ligd_octam_amb_where2] } },
  octac: { name: m.ligd_octac_name, short: m.ligd_octac_short, siteNote: m.ligd_octac_site_note, ambiguity: null },
  oac: { name: m.ligd_oac_name, short: m.ligd_oac_short, siteNote: m.ligd_oac_site_note, ambiguity: null },
  bza: { name: m.ligd_bza_name, short: m.ligd_bza_short, siteNote: m.ligd_bza_site_note, ambiguity: null },
  scn: { name: m.ligd_scn_name, short: m.ligd_scn_short, siteNote: m.ligd_scn_site_note, ambiguity: null },
  bf4: { name: m.ligd_bf4_name, short: m.ligd_bf4_short, siteNote: m.ligd_bf4_site_note, ambiguity: null },
  cl: { name: m.ligd_cl_name, short: m.ligd_cl_short, siteNote: m.ligd_cl_site_note, ambiguity: null },
  fa: { name: m.ligd_fa_name, short: m.ligd_fa_short, siteNote: null, ambiguity: null },
  pea: { name: m.ligd_pea_name, short: m.ligd_pea_short, siteNote: null, ambiguity: null },
  fpea: { name: m.ligd_fpea_name, short: m.ligd_fpea_short, siteNote: m.ligd_fpea_site_note, ambiguity: null },
  ga: { name: m.ligd_ga_name, short: m.ligd_ga_short, siteNote: null, ambiguity: null },
  ddab: { name: m.ligd_ddab_name, short: m.ligd_ddab_short, siteNote: m.ligd_ddab_site_note, ambiguity: null },
  csac: { name: m.ligd_csac_name, short: m.ligd_csac_short, siteNote: m.ligd_csac_site_note, ambiguity: null },
  tmsi: { name: m.ligd_tmsi_name, short: m.ligd_tmsi_short, siteNote: m.ligd_tmsi_site_note, ambiguity: null },
  top: { name: m.ligd_top_name, short: m.ligd_top_short, siteNote: null, ambiguity: null },
  topo: { name: m.ligd_topo_name, short: m.ligd_topo_short, siteNote: null, ambiguity: null },
  tbp: { name: m.ligd_tbp_name, short: m.ligd_tbp_short, siteNote: null, ambiguity: null },
  '4mp': { name: m.ligd_4mp_name, short: m.ligd_4mp_short, siteNote: null, ambiguity: { why: m.ligd_4mp_amb_why, where: [m.ligd_4mp_amb_where1, m.ligd_4mp_amb_where2] } },
  dpa: { name: m.ligd_dpa_name, short: m.ligd_dpa_short, siteNote: m.ligd_dpa_site_note, ambiguity: null },
  dbsa: { name: m.ligd_dbsa_name, short: m.ligd_dbsa_short, siteNote: m.ligd_dbsa_site_note, ambiguity: { why: m.ligd_dbsa_amb_why, where: [m.ligd_dbsa_amb_where1, m.ligd_dbsa_amb_where2] } },
  sbet: { name: m.ligd_sbet_name, short: m.ligd_sbet_short, siteNote: m.ligd_sbet_site_note, ambiguity: ZWITTERION },
  pchol: { name: m.ligd_pchol_name, short: m.ligd_pchol_short, siteNote: m.ligd_pchol_site_note, ambiguity: ZWITTERION },
  aet: { name: m.ligd_aet_name, short: m.ligd_aet_short, siteNote: null, ambiguity: { why: m.ligd_aet_amb_why, where: [m.ligd_aet_amb_where1, m.ligd_aet_amb_where2] } },
  gly: { name: m.ligd_gly_name, short: m.ligd_gly_short, siteNote: null, ambiguity: ZWITTERION },
  lphe: { name: m.ligd_lphe_name, short: m.ligd_lphe_short, siteNote: m.ligd_lphe_site_note, ambiguity: { why: m.ligd_lphe_amb_why, where: [m.ligd_lphe_amb_where1] } },
  ida: { name: m.ligd_ida_name, short: m.ligd_ida_short, siteNote: m.ligd_ida_site_note, ambiguity: { why: m.ligd_ida_amb_why, where: [m.ligd_ida_amb_where1] } },
  edta: { name: m.ligd_edta_name, short: m.ligd_edta_short, siteNote: m.ligd_edta_site_note, ambiguity: null },
  pbbr2: { name: m.ligd_pbbr2_name, short: m.ligd_pbbr2_short, siteNote: null, ambiguity: { why: m.ligd_pbbr2_amb_why, where: [m.ligd_pbbr2_amb_where1, m.ligd_pbbr2_amb_where2] } },
  znbr2: { name: m.ligd_znbr2_name, short: m.ligd_znbr2_short, siteNote: m.ligd_znbr2_site_note, ambiguity: { why: m.ligd_znbr2_amb_why, where: [m.ligd_znbr2_amb_where1, m.ligd_znbr2_amb_where2] } },
  cdcl2: { name: m.ligd_cdcl2_name, short: m.ligd_cdcl2_short, siteNote: m.ligd_cdcl2_site_note, ambiguity: { why: m.ligd_cdcl2_amb_why, where: [m.ligd_cdcl2_amb_where1] } },
  ycl3: { name: m.ligd_ycl3_name, short: m.ligd_ycl3_short, siteNote: null, ambiguity: { why: m.ligd_ycl3_amb_why, where: [m.ligd_ycl3_amb_where1, m.ligd_ycl3_amb_where2] } },
  i: { name: m.ligd_i_name, short: m.ligd_i_short, siteNote: null, ambiguity: null },
  ma: { name: m.ligd_ma_name, short: m.ligd_ma_short, siteNote: m.ligd_ma_site_note, ambiguity: null },
  ba: { name: m.ligd_ba_name, short: m.ligd_ba_short, siteNote: null, ambiguity: null },
};

export const BINDING_GROUP_TEXT: Readonly<Record<BindingGroup, Msg>> = {
  carboxylate: m.ligd_group_carboxylate,
  amine: m.ligd_group_amine,
  ammonium: m.ligd_group_ammonium,
  pseudohalide: m.ligd_group_pseudohalide,
  tetrafluoroborate: m.ligd_group_tetrafluoroborate,
  halide: m.ligd_group_halide,
  amidinium: m.ligd_group_amidinium,
  guanidinium: m.ligd_group_guanidinium,
  'quaternary-ammonium-bromide': m.ligd_group_quaternary_ammonium_bromide,
  'cs-carboxylate': m.ligd_group_cs_carboxylate,
  'silyl-iodide': m.ligd_group_silyl_iodide,
  phosphine: m.ligd_group_phosphine,
  'phosphine-oxide': m.ligd_group_phosphine_oxide,
  'pyridine-thiol': m.ligd_group_pyridine_thiol,
  'secondary-amine': m.ligd_group_secondary_amine,
  sulfonate: m.ligd_group_sulfonate,
  'sulfonate-quaternary-ammonium': m.ligd_group_sulfonate_quaternary_ammonium,
  'phosphate-quaternary-ammonium': m.ligd_group_phosphate_quaternary_ammonium,
  'thiolate-ammonium': m.ligd_group_thiolate_ammonium,
  'carboxylate-ammonium': m.ligd_group_carboxylate_ammonium,
  'amino-acid': m.ligd_group_amino_acid,
  'two-carboxylates': m.ligd_group_two_carboxylates,
  'carboxylates-amines': m.ligd_group_carboxylates_amines,
  'metal-halide-bromide-donor': m.ligd_group_metal_halide_bromide_donor,
  'metal-halide': m.ligd_group_metal_halide,
  'trivalent-metal-halide-chloride-donor': m.ligd_group_trivalent_metal_halide_chloride_donor,
};

export interface StepText {
  /** Short title shown in the stepper. */
  title: Msg;
  /** What the lecturer says: what the picture shows and why. */
  description: Msg;
  /** Source of the step and which numbers are illustrative. */
  note: Msg;
}

export interface ScenarioText {
  title: Msg;
  summary: Msg;
  /** One entry per lib step, same order. */
  steps: readonly StepText[];
}

export const SCENARIO_TEXT: Readonly<Record<ScenarioId, ScenarioText>> = {
  'native-purify': {
    title: m.ligd_scn_native_purify_title,
    summary: m.ligd_scn_native_purify_summary,
    steps: [
      { title: m.ligd_scn_native_purify_step1_title, description: m.ligd_scn_native_purify_step1_description, note: m.ligd_scn_native_purify_step1_note },
      { title: m.ligd_scn_native_purify_step2_title, description: m.ligd_scn_native_purify_step2_description, note: m.ligd_scn_native_purify_step2_note },
      { title: m.ligd_scn_native_purify_step3_title, description: m.ligd_scn_native_purify_step3_description, note: m.ligd_scn_native_purify_step3_note },
    ],
  },
  'solid-exchange': {
    title: m.ligd_scn_solid_exchange_title,
    summary: m.ligd_scn_solid_exchange_summary,
    steps: [
      { title: m.ligd_scn_solid_exchange_step1_title, description: m.ligd_scn_solid_exchange_step1_description, note: m.ligd_scn_solid_exchange_step1_note },
      { title: m.ligd_scn_solid_exchange_step2_title, description: m.ligd_scn_solid_exchange_step2_description, note: m.ligd_scn_solid_exchange_step2_note },
      { title: m.ligd_scn_solid_exchange_step3_title, description: m.ligd_scn_solid_exchange_step3_description, note: m.ligd_scn_solid_exchange_step3_note },
      { title: m.ligd_scn_solid_exchange_step4_title, description: m.ligd_scn_solid_exchange_step4_description, note: m.ligd_scn_solid_exchange_step4_note },
    ],
  },
  'metal-halide': {
    title: m.ligd_scn_metal_halide_title,
    summary: m.ligd_scn_metal_halide_summary,
    steps: [
      { title: m.ligd_scn_metal_halide_step1_title, description: m.ligd_scn_metal_halide_step1_description, note: m.ligd_scn_metal_halide_step1_note },
      { title: m.ligd_scn_metal_halide_step2_title, description: m.ligd_scn_metal_halide_step2_description, note: m.ligd_scn_metal_halide_step2_note },
      { title: m.ligd_scn_metal_halide_step3_title, description: m.ligd_scn_metal_halide_step3_description, note: m.ligd_scn_metal_halide_step3_note },
    ],
  },
  zwitterion: {
    title: m.ligd_scn_zwitterion_title,
    summary: m.ligd_scn_zwitterion_summary,
    steps: [
      { title: m.ligd_scn_zwitterion_step1_title, description: m.ligd_scn_zwitterion_step1_description, note: m.ligd_scn_zwitterion_step1_note },
      { title: m.ligd_scn_zwitterion_step2_title, description: m.ligd_scn_zwitterion_step2_description, note: m.ligd_scn_zwitterion_step2_note },
      { title: m.ligd_scn_zwitterion_step3_title, description: m.ligd_scn_zwitterion_step3_description, note: m.ligd_scn_zwitterion_step3_note },
      { title: m.ligd_scn_zwitterion_step4_title, description: m.ligd_scn_zwitterion_step4_description, note: m.ligd_scn_zwitterion_step4_note },
    ],
  },
  'pbs-ba2pbi4': {
    title: m.ligd_scn_pbs_ba2pbi4_title,
    summary: m.ligd_scn_pbs_ba2pbi4_summary,
    steps: [
      { title: m.ligd_scn_pbs_ba2pbi4_step1_title, description: m.ligd_scn_pbs_ba2pbi4_step1_description, note: m.ligd_scn_pbs_ba2pbi4_step1_note },
      { title: m.ligd_scn_pbs_ba2pbi4_step2_title, description: m.ligd_scn_pbs_ba2pbi4_step2_description, note: m.ligd_scn_pbs_ba2pbi4_step2_note },
      { title: m.ligd_scn_pbs_ba2pbi4_step3_title, description: m.ligd_scn_pbs_ba2pbi4_step3_description, note: m.ligd_scn_pbs_ba2pbi4_step3_note },
      { title: m.ligd_scn_pbs_ba2pbi4_step4_title, description: m.ligd_scn_pbs_ba2pbi4_step4_description, note: m.ligd_scn_pbs_ba2pbi4_step4_note },
      { title: m.ligd_scn_pbs_ba2pbi4_step5_title, description: m.ligd_scn_pbs_ba2pbi4_step5_description, note: m.ligd_scn_pbs_ba2pbi4_step5_note },
    ],
  },
};

/** Full name of a ligand ("Oleylamine (OAm, neutral)"); an unknown id is shown as itself. */
export function ligandName(id: string): string {
  return isLigandId(id) ? LIGAND_TEXT[id].name() : id;
}

/** Name without the parenthesis ("Oleylamine"), for sentences; an unknown id is shown as itself. */
export function ligandShortName(id: string): string {
  return isLigandId(id) ? LIGAND_TEXT[id].short() : id;
}

/** The site-choice note of a ligand, or null. */
export function ligandSiteNote(id: string): string | null {
  return isLigandId(id) ? (LIGAND_TEXT[id].siteNote?.() ?? null) : null;
}

/** Why a ligand has more than one class reading, or null. */
export function ligandAmbiguityWhy(id: string): string | null {
  return isLigandId(id) ? (LIGAND_TEXT[id].ambiguity?.why() ?? null) : null;
}

/** Where the i-th class reading of a ligand's ambiguity comes from ('' if there is none). */
export function ligandAmbiguityWhere(id: string, i: number): string {
  return isLigandId(id) ? (LIGAND_TEXT[id].ambiguity?.where[i]?.() ?? '') : '';
}

/** Name of a binding group ("carboxylate", "phosphine oxide"). */
export function bindingGroupText(group: BindingGroup): string {
  return BINDING_GROUP_TEXT[group]();
}

/** Binding group of a ligand by id ('' for an unknown id). */
export function ligandBindingGroup(id: string): string {
  const l = ligandById(id);
  return l ? bindingGroupText(l.bindingGroup) : '';
}

function scenarioText(id: string): ScenarioText | undefined {
  const s = scenarioById(id);
  return s ? SCENARIO_TEXT[s.id] : undefined;
}

/** Title of a scenario ('' for an unknown id). */
export function scenarioTitle(id: string): string {
  return scenarioText(id)?.title() ?? '';
}

/** One-sentence summary of a scenario ('' for an unknown id). */
export function scenarioSummary(id: string): string {
  return scenarioText(id)?.summary() ?? '';
}

/** Title, description and note of step i (0-based) of a scenario; empty strings where there is none. */
export function stepText(scenarioId: string, i: number): { title: string; description: string; note: string } {
  const st = scenarioText(scenarioId)?.steps[i];
  return st ? { title: st.title(), description: st.description(), note: st.note() } : { title: '', description: '', note: '' };
}

/**
 * Strategy of a device as the chart writes it: review Table 1 as printed ("FAI–EtOAc ligand exchange"); a PbS
 * paper device by its ligand and the dots' gap ("PbI₂ (control), 1.0 eV PbS dots").
 */
export function deviceStrategy(d: DevicePoint): string {
  // Table 1 prints "<agent> ligand exchange" or "<agent> synthesis ligand": the agent (reagent names) stays,
  // the words around it are text.
  if (!d.pbs) return d.synthesis ? m.ligd_dev_strategy_synthesis({ agent: d.agent }) : m.ligd_dev_strategy_exchange({ agent: d.agent });
  const p = { ligand: d.pbs.ligand, gap: fixed(d.pbs.bandgapEv, 1) };
  return d.pbs.control ? m.ligd_dev_pbs_strategy_control(p) : m.ligd_dev_pbs_strategy(p);
}

/** Short label of a device for the chart axis: "FAI–EtOAc", "L-PHE (synthesis)", "(BA)₂PbI₄ · 1.0 eV". */
export function deviceShortLabel(d: DevicePoint): string {
  if (d.pbs) return m.ligd_dev_pbs_short({ ligand: d.pbs.ligand, gap: fixed(d.pbs.bandgapEv, 1) });
  return d.synthesis ? m.ligd_dev_synthesis_short({ agent: d.agent }) : d.agent;
}

const CHARGE_WHY_TEXT: Readonly<Record<NonNullable<ScenarioStep['chargeWhy']>, () => string>> = {
  'lead-rich': m.ligd_charge_why_lead_rich,
  'anions-on-100': m.ligd_charge_why_anions_100,
};

/** Why a scenario step's surface is not charge-balanced, in words ('' when it is balanced). */
export function chargeWhyText(code: ScenarioStep['chargeWhy']): string {
  return code ? `${m.ligd_charge_why_title()} ${CHARGE_WHY_TEXT[code]()}` : '';
}
