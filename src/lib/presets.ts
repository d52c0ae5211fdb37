/**
 * Presets and teacher notes per view (issue #7): reachable from inside the app, because a URL parameter is
 * lost when a student opens the page from a chat app or an LMS file. Each preset is a query string in the
 * URL schema (validated like any URL), so a preset and a bookmark are the same thing.
 * Pure data: no DOM.
 */
import type { ViewId } from './state/schema';

export interface Preset {
  /** Stable id; its title and hint are messages (src/i18n/presetText.ts). */
  id: string;
  /** Query string (without `?`) in the URL schema; `view` is added by the caller. */
  query: string;
}

/**
 * The presets of each view, in the order the dialog lists them. Titles, hints and the teacher notes
 * (learning goals, "Predict, then check" prompts) are prose: they live in the message catalogue
 * (messages/presets/en.json), keyed by view and id in src/i18n/presetText.ts.
 */
export const PRESETS = {
  lattice: [
    { id: 'cspbbr3', query: 'comp=CsPbBr3' },
    { id: 'cspbcl3', query: 'comp=CsPbCl3' },
    { id: 'cspbi3', query: 'comp=CsPbI3' },
    { id: 'fapbi3', query: 'comp=FAPbI3' },
    { id: 'mapbi3', query: 'comp=MAPbI3' },
    { id: 'csfa', query: 'comp=Cs0.5FA0.5PbI3' },
    { id: 'space', query: 'comp=CsPbBr3&style=space' },
    { id: 'nanocube', query: 'comp=CsPbBr3&shape=cube&edge=6' },
  ],
  confinement: [
    { id: 'all', query: '' },
    { id: 'green', query: 'sel=CsPbBr3&materials=CsPbBr3&target=510nm' },
    { id: 'pbs1180', query: 'sel=PbS&materials=PbS&models=brus,moreels&target=1180nm' },
    { id: 'dispersion', query: 'sel=PbS&materials=PbS&d=4.1&sigma=0.5' },
    { id: 'iodide', query: 'sel=CsPbI3&materials=CsPbI3&d=10' },
    // issue #18: the chain of one dot
    { id: 'brtoi', query: 'comp=CsPbBr1.5I1.5&d=8' },
  ],
  ligands: [
    { id: 'native', query: 'system=CsPbBr3' },
    { id: 'pbx2', query: 'system=CsPbBr3&term=PbX2' },
    { id: 'cspbi3', query: 'system=CsPbI3' },
    { id: 'pbs', query: 'system=PbS&facet=100' },
    { id: 'pbs111', query: 'system=PbS&facet=111' },
    // issue #18: the same CsPbI3 dot washed (four halide vacancies) and healed (EDTA on them, review §4.1.1)
    { id: 'washed', query: 'comp=CsPbI3&vac=x1,x2,x3,x4' },
    { id: 'healed', query: 'comp=CsPbI3&vac=x1,x2,x3,x4&lig=edta@x1,edta@x2,edta@x3,edta@x4' },
  ],
} as const satisfies Record<ViewId, readonly Preset[]>;

/** The preset ids of one view (the keys its messages must cover). */
export type PresetId<V extends ViewId> = (typeof PRESETS)[V][number]['id'];
