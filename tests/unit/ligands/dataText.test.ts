/**
 * The words of the ligand data (src/views/ligands/dataText.ts, messages/ligand-data/en.json): every ligand,
 * binding group, ambiguity reading, scenario and step has a non-empty text, and the English is the text the
 * lib tables held before it moved to the catalogue (issue #7). ligandDataEnglish.fixture.json is that text,
 * dumped from lib/data/ligands.ts, lib/ligands/scenarios.ts and lib/ligands/deviceLigands.ts at commit 7fc69ff
 * (before the move); if the English is deliberately reworded, update the fixture with it.
 */
import { describe, expect, it } from 'vitest';
import { LIGANDS } from '../../../src/lib/data/ligands';
import { SCENARIOS } from '../../../src/lib/ligands/scenarios';
import { DEVICE_POINTS } from '../../../src/lib/ligands/deviceLigands';
import {
  BINDING_GROUP_TEXT,
  LIGAND_TEXT,
  SCENARIO_TEXT,
  bindingGroupText,
  deviceShortLabel,
  deviceStrategy,
  ligandAmbiguityWhere,
  ligandAmbiguityWhy,
  ligandBindingGroup,
  ligandName,
  ligandShortName,
  ligandSiteNote,
  scenarioSummary,
  scenarioTitle,
  stepText,
} from '../../../src/views/ligands/dataText';
import before from './ligandDataEnglish.fixture.json';

interface BeforeLigand {
  id: string;
  name: string;
  bindingGroup: string;
  siteNote: string | null;
  ambiguity: { why: string; where: string[] } | null;
}
interface BeforeScenario {
  id: string;
  title: string;
  summary: string;
  steps: { title: string; description: string; note: string }[];
}
const BEFORE_LIGANDS = before.ligands as BeforeLigand[];
const BEFORE_SCENARIOS = before.scenarios as BeforeScenario[];
const BEFORE_DEVICES = before.devices as { key: string; strategy: string; shortLabel: string }[];

describe('ligand data text (dataText.ts)', () => {
  it('has a text entry for exactly the library’s ligands and scenarios', () => {
    expect(Object.keys(LIGAND_TEXT).sort()).toEqual(LIGANDS.map((l) => l.id).sort());
    expect(Object.keys(SCENARIO_TEXT).sort()).toEqual(SCENARIOS.map((s) => s.id).sort());
    expect(BEFORE_LIGANDS.map((l) => l.id)).toEqual(LIGANDS.map((l) => l.id));
    expect(BEFORE_SCENARIOS.map((s) => s.id)).toEqual(SCENARIOS.map((s) => s.id));
  });

  it.each(LIGANDS.map((l) => [l.id, l] as const))('%s: name, binding group, site note and ambiguity are the English of before', (id, l) => {
    const b = BEFORE_LIGANDS.find((x) => x.id === id)!;
    expect(ligandName(id)).toBe(b.name);
    expect(ligandShortName(id)).toBe(b.name.split(' (')[0]);
    expect(ligandShortName(id).length).toBeGreaterThan(0);
    expect(bindingGroupText(l.bindingGroup)).toBe(b.bindingGroup);
    expect(ligandBindingGroup(id)).toBe(b.bindingGroup);
    expect(ligandSiteNote(id)).toBe(b.siteNote);
    // One explanation per class reading of the lib, and only where the lib has an ambiguity.
    expect(LIGAND_TEXT[l.id].ambiguity?.where.length ?? 0).toBe(l.ambiguity?.readings.length ?? 0);
    expect(ligandAmbiguityWhy(id)).toBe(b.ambiguity?.why ?? null);
    (b.ambiguity?.where ?? []).forEach((w, i) => expect(ligandAmbiguityWhere(id, i), `${id} reading ${i}`).toBe(w));
  });

  it('every binding-group code has a non-empty name', () => {
    for (const [code, text] of Object.entries(BINDING_GROUP_TEXT)) expect(text().trim().length, code).toBeGreaterThan(0);
  });

  it('zwitterions share the review §3.1 explanation (both charges on one molecule)', () => {
    for (const id of ['sbet', 'pchol', 'gly']) expect(ligandAmbiguityWhy(id)).toMatch(/A site and an X site/);
  });

  it('chemical notation with braces survives the message format: [CsPbBr₃](PbBr₂){CsBr}', () => {
    expect(stepText('native-purify', 0).description).toMatch(/^The \[CsPbBr₃\]\(PbBr₂\)\{CsBr\} termination/);
  });

  it.each(SCENARIOS.map((s) => [s.id, s] as const))('%s: title, summary and every step text are the English of before', (id, s) => {
    const b = BEFORE_SCENARIOS.find((x) => x.id === id)!;
    expect(scenarioTitle(id)).toBe(b.title);
    expect(scenarioSummary(id)).toBe(b.summary);
    expect(SCENARIO_TEXT[s.id].steps.length).toBe(s.steps.length);
    s.steps.forEach((_, i) => {
      const t = stepText(id, i);
      expect(t, `${id} step ${i}`).toEqual(b.steps[i]);
      for (const v of Object.values(t)) expect(v.trim().length).toBeGreaterThan(0);
    });
  });

  it('device strategies and axis labels are the English of before (Table 1 as printed; PbS devices worded here)', () => {
    expect(DEVICE_POINTS.map((d) => d.key)).toEqual(BEFORE_DEVICES.map((d) => d.key));
    DEVICE_POINTS.forEach((d, i) => {
      expect(deviceStrategy(d), d.key).toBe(BEFORE_DEVICES[i].strategy);
      expect(deviceShortLabel(d), d.key).toBe(BEFORE_DEVICES[i].shortLabel);
    });
  });

  it('unknown ids: the id itself as a name, no note, empty scenario texts', () => {
    expect(ligandName('zzz')).toBe('zzz');
    expect(ligandShortName('zzz')).toBe('zzz');
    expect(ligandSiteNote('zzz')).toBeNull();
    expect(ligandAmbiguityWhy('oa')).toBeNull();
    expect(ligandAmbiguityWhere('oa', 0)).toBe('');
    expect(scenarioTitle('nope')).toBe('');
    expect(stepText('native-purify', 99)).toEqual({ title: '', description: '', note: '' });
  });
});
