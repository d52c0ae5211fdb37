/**
 * The words of the ligand data (src/views/ligands/dataText.ts, ligandNotes.ts, scenarioText.ts, deviceText.ts,
 * their generated index *.generated.ts, the catalogue messages/ligand-data/en.json): the generated index is
 * what scripts/ligand-text.mjs writes now (run
 * `npm run i18n` after changing the catalogue or the library's ids), every ligand, binding group, ambiguity
 * reading, scenario and step of the library has a non-empty text, and every key of the catalogue is read.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BINDING_GROUPS, LIGANDS } from '../../src/lib/data/ligands';
import { SCENARIOS } from '../../src/lib/ligands/scenarios';
import { DEVICE_POINTS } from '../../src/lib/ligands/deviceLigands';
import {
  BINDING_GROUP_TEXT,
  LIGAND_NAME_TEXT,
  SCENARIO_TITLES,
  bindingGroupText,
  ligandBindingGroup,
  ligandName,
  ligandShortName,
  scenarioTitle,
  stepTitle,
} from '../../src/views/ligands/dataText';
import { LIGAND_NOTES, ligandAmbiguityWhere, ligandAmbiguityWhy, ligandSiteNote } from '../../src/views/ligands/ligandNotes';
import { SCENARIO_TEXT, scenarioSummary, stepText } from '../../src/views/ligands/scenarioText';
import { deviceShortLabel, deviceStrategy } from '../../src/views/ligands/deviceText';
import { CATALOGUE, OUTPUTS, catalogueKeys, libraryIds, render } from '../../scripts/ligand-text.mjs';

const filled = (s: string | null) => s !== null && s.trim().length > 0 && !/[{}]/.test(s);

describe('ligand data text: the generated id → message index', () => {
  it('is what scripts/ligand-text.mjs writes from the catalogue and the library now (npm run i18n)', async () => {
    const expected = render(await libraryIds(), catalogueKeys());
    expect(Object.keys(expected).sort()).toEqual([...OUTPUTS].sort());
    for (const path of OUTPUTS) expect(readFileSync(path, 'utf8'), `${path} is stale: run \`npm run i18n\``).toBe(expected[path]);
  });

  it('names the missing catalogue keys instead of writing an index with holes', async () => {
    const ids = await libraryIds();
    const keys = (catalogueKeys() as string[]).filter((k) => k !== 'ligd_oam_short' && k !== 'ligd_scn_zwitterion_step2_note');
    expect(() => render(ids, keys)).toThrow(/2 key\(s\): ligd_oam_short, ligd_scn_zwitterion_step2_note/);
  });

  it('has an entry for exactly the library’s ligands, binding groups and scenarios', () => {
    expect(Object.keys(LIGAND_NAME_TEXT).sort()).toEqual(LIGANDS.map((l) => l.id).sort());
    expect(Object.keys(LIGAND_NOTES).sort()).toEqual(LIGANDS.map((l) => l.id).sort());
    expect(Object.keys(BINDING_GROUP_TEXT).sort()).toEqual([...BINDING_GROUPS].sort());
    expect(Object.keys(SCENARIO_TITLES).sort()).toEqual(SCENARIOS.map((s) => s.id).sort());
    expect(Object.keys(SCENARIO_TEXT).sort()).toEqual(SCENARIOS.map((s) => s.id).sort());
  });

  it.each(LIGANDS.map((l) => [l.id, l] as const))('%s: name, short name, binding group, site note, one explanation per class reading', (id, l) => {
    expect(filled(ligandName(id))).toBe(true);
    expect(filled(ligandShortName(id))).toBe(true);
    expect(ligandName(id).startsWith(ligandShortName(id))).toBe(true);
    expect(filled(bindingGroupText(l.bindingGroup))).toBe(true);
    expect(ligandBindingGroup(id)).toBe(bindingGroupText(l.bindingGroup));
    const note = ligandSiteNote(id);
    if (note !== null) expect(filled(note)).toBe(true);
    expect(LIGAND_NOTES[l.id].ambiguity?.where.length ?? 0).toBe(l.ambiguity?.readings.length ?? 0);
    if (l.ambiguity) {
      expect(filled(ligandAmbiguityWhy(id))).toBe(true);
      l.ambiguity.readings.forEach((_, i) => expect(filled(ligandAmbiguityWhere(id, i)), `${id} reading ${i}`).toBe(true));
    } else expect(ligandAmbiguityWhy(id)).toBeNull();
  });

  it('entries with a shared ambiguity read one explanation (the zwitterions of review §3.1)', () => {
    const shared = LIGANDS.filter((l) => l.ambiguity?.shared === 'zwitterion').map((l) => l.id);
    expect(shared.sort()).toEqual(['gly', 'pchol', 'sbet']);
    for (const id of shared) expect(ligandAmbiguityWhy(id)).toBe(ligandAmbiguityWhy('sbet'));
    expect(ligandAmbiguityWhy('pbbr2')).not.toBe(ligandAmbiguityWhy('znbr2'));
  });

  it.each(SCENARIOS.map((s) => [s.id, s] as const))('%s: title, summary and a title, description and note for every step', (id, s) => {
    expect(filled(scenarioTitle(id))).toBe(true);
    expect(filled(scenarioSummary(id))).toBe(true);
    expect(SCENARIO_TEXT[s.id].steps.length).toBe(s.steps.length);
    expect(SCENARIO_TITLES[s.id].steps.length).toBe(s.steps.length);
    s.steps.forEach((_, i) => {
      expect(stepText(id, i).title).toBe(stepTitle(id, i));
      for (const [part, v] of Object.entries(stepText(id, i))) expect(v.trim().length, `${id} step ${i + 1} ${part}`).toBeGreaterThan(0);
    });
  });

  it('chemical notation with braces survives the message format: [CsPbBr₃](PbBr₂){CsBr}', () => {
    expect(stepText('native-purify', 0).description).toMatch(/\[CsPbBr₃\]\(PbBr₂\)\{CsBr\}/);
  });

  it('every key of the catalogue is read: by the index, or by the hand-written device and charge words', () => {
    const dir = join(__dirname, '..', '..', 'src', 'views', 'ligands');
    const read = [...OUTPUTS, ...['dataText.ts', 'ligandNotes.ts', 'scenarioText.ts', 'deviceText.ts'].map((f) => join(dir, f))].map((f) => readFileSync(f, 'utf8')).join('\n');
    const unread = (catalogueKeys() as string[]).filter((k) => !new RegExp(`\\bm\\.${k}\\b`).test(read));
    expect(unread, `keys of ${CATALOGUE} nothing reads`).toEqual([]);
  });

  it('device strategies and axis labels keep the printed reagents and fill every parameter', () => {
    for (const d of DEVICE_POINTS) {
      const strategy = deviceStrategy(d);
      const label = deviceShortLabel(d);
      expect(filled(strategy) && filled(label), d.key).toBe(true);
      if (!d.pbs) expect(strategy).toContain(d.agent);
      else expect(label).toContain(d.pbs.ligand);
    }
  });

  it('unknown ids: the id itself as a name, no note, empty scenario texts', () => {
    expect(ligandName('zzz')).toBe('zzz');
    expect(ligandShortName('zzz')).toBe('zzz');
    expect(ligandSiteNote('zzz')).toBeNull();
    expect(ligandAmbiguityWhy('oa')).toBeNull();
    expect(ligandAmbiguityWhere('oa', 0)).toBe('');
    expect(scenarioTitle('nope')).toBe('');
    expect(stepTitle('native-purify', 99)).toBe('');
    expect(stepText('native-purify', 99)).toEqual({ title: '', description: '', note: '' });
  });
});
