/**
 * The words of the ligand data (issue #7: "All user-facing text comes from one message catalogue"): names and
 * binding-group names of the ligand library (lib/data/ligands.ts) and the titles of the guided scenarios and
 * their steps (lib/ligands/scenarios.ts). The lib tables keep ids, classes, numbers, citations and the papers'
 * quotes; their prose lives in messages/ligand-data/en.json (keys `ligd_*`).
 *
 * What the first screen does not show is read from modules of its own, in the chunks that show it (issue
 * #15): a ligand's site note and class readings (ligandNotes.ts, with the ligand card), a scenario's summary
 * and step texts (scenarioText.ts, with the scenario panel), the device chart's labels (deviceText.ts).
 *
 * The id → message index (LIGAND_NAME_TEXT, BINDING_GROUP_TEXT, SCENARIO_TITLES and the other two modules'
 * tables) is generated from the catalogue and the library's ids by scripts/ligand-text.mjs (`npm run i18n`);
 * its tables are Records over the lib's id unions, so TypeScript proves every ligand, binding group and
 * scenario has its text, and tests/unit/i18nLigandData.test.ts checks every step and ambiguity reading too.
 */
import { isLigandId, ligandById, type BindingGroup } from '../../lib/data/ligands';
import { scenarioById } from '../../lib/ligands/scenarios';
import { BINDING_GROUP_TEXT, LIGAND_NAME_TEXT, SCENARIO_TITLES } from './dataText.generated';

export { BINDING_GROUP_TEXT, LIGAND_NAME_TEXT, SCENARIO_TITLES, type LigandNameText, type ScenarioTitles } from './dataText.generated';

/** Full name of a ligand ("Oleylamine (OAm, neutral)"); an unknown id is shown as itself. */
export function ligandName(id: string): string {
  return isLigandId(id) ? LIGAND_NAME_TEXT[id].name() : id;
}

/** Name without the parenthesis ("Oleylamine"), for sentences; an unknown id is shown as itself. */
export function ligandShortName(id: string): string {
  return isLigandId(id) ? LIGAND_NAME_TEXT[id].short() : id;
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

/** Title of a scenario ('' for an unknown id). */
export function scenarioTitle(id: string): string {
  const s = scenarioById(id);
  return s ? SCENARIO_TITLES[s.id].title() : '';
}

/** Short title of step i (0-based) of a scenario ('' where there is none). */
export function stepTitle(scenarioId: string, i: number): string {
  const s = scenarioById(scenarioId);
  return (s && SCENARIO_TITLES[s.id].steps[i]?.()) ?? '';
}
