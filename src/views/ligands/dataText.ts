/**
 * The words of the ligand data (issue #7: "All user-facing text comes from one message catalogue"): names,
 * site notes and class ambiguities of the ligand library (lib/data/ligands.ts), binding-group names, and the
 * titles, summaries and step texts of the guided scenarios (lib/ligands/scenarios.ts), and the device chart's
 * strategy labels that are not the review's own words (lib/ligands/deviceLigands.ts). The lib tables keep
 * ids, classes, numbers, citations and the papers' quotes; their prose lives in messages/ligand-data/en.json
 * (keys `ligd_*`).
 *
 * The id → message index (LIGAND_TEXT, BINDING_GROUP_TEXT, SCENARIO_TEXT) is generated from the catalogue
 * and the library's ids by scripts/ligand-text.mjs (`npm run i18n`) into dataText.generated.ts; its tables
 * are Records over the lib's id unions, so TypeScript proves every ligand, binding group and scenario has its
 * text, and tests/unit/i18nLigandData.test.ts checks every step and ambiguity reading too. This file reads it.
 */
import { m } from '../../paraglide/messages.js';
import { isLigandId, ligandById, type BindingGroup } from '../../lib/data/ligands';
import { scenarioById, type ScenarioStep } from '../../lib/ligands/scenarios';
import type { DevicePoint } from '../../lib/ligands/deviceLigands';
import { fixed } from '../../lib/format';
import { BINDING_GROUP_TEXT, LIGAND_TEXT, SCENARIO_TEXT, type ScenarioText } from './dataText.generated';

export { BINDING_GROUP_TEXT, LIGAND_TEXT, SCENARIO_TEXT, type LigandText, type ScenarioText, type StepText } from './dataText.generated';

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
