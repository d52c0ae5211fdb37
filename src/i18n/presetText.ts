/**
 * The words of the presets and teacher notes (messages/presets/en.json): each preset of
 * src/lib/presets.ts (by view and id) mapped to its title and hint, and each view's learning goals and
 * "Predict, then check" prompts. Typed per view, so TypeScript proves every preset has its messages.
 */
import { m } from '../paraglide/messages.js';
import type { PresetId } from '../lib/presets';
import type { ViewId } from '../lib/state/schema';

export interface PresetText {
  label: () => string;
  /** What the student should notice. */
  hint: () => string;
}

export interface TeacherNotes {
  goals: (() => string)[];
  /** "Predict, then check" prompts. */
  predictions: (() => string)[];
}

type PresetTexts = { [V in ViewId]: Record<PresetId<V>, PresetText> };

const PRESET_TEXT: PresetTexts = {
  lattice: {
    cspbbr3: { label: m.pre_lattice_cspbbr3_label, hint: m.pre_lattice_cspbbr3_hint },
    cspbcl3: { label: m.pre_lattice_cspbcl3_label, hint: m.pre_lattice_cspbcl3_hint },
    cspbi3: { label: m.pre_lattice_cspbi3_label, hint: m.pre_lattice_cspbi3_hint },
    fapbi3: { label: m.pre_lattice_fapbi3_label, hint: m.pre_lattice_fapbi3_hint },
    mapbi3: { label: m.pre_lattice_mapbi3_label, hint: m.pre_lattice_mapbi3_hint },
    csfa: { label: m.pre_lattice_csfa_label, hint: m.pre_lattice_csfa_hint },
    space: { label: m.pre_lattice_space_label, hint: m.pre_lattice_space_hint },
    nanocube: { label: m.pre_lattice_nanocube_label, hint: m.pre_lattice_nanocube_hint },
  },
  confinement: {
    all: { label: m.pre_confinement_all_label, hint: m.pre_confinement_all_hint },
    green: { label: m.pre_confinement_green_label, hint: m.pre_confinement_green_hint },
    pbs1180: { label: m.pre_confinement_pbs1180_label, hint: m.pre_confinement_pbs1180_hint },
    dispersion: { label: m.pre_confinement_dispersion_label, hint: m.pre_confinement_dispersion_hint },
    iodide: { label: m.pre_confinement_iodide_label, hint: m.pre_confinement_iodide_hint },
    brtoi: { label: m.pre_confinement_brtoi_label, hint: m.pre_confinement_brtoi_hint },
  },
  ligands: {
    native: { label: m.pre_ligands_native_label, hint: m.pre_ligands_native_hint },
    pbx2: { label: m.pre_ligands_pbx2_label, hint: m.pre_ligands_pbx2_hint },
    cspbi3: { label: m.pre_ligands_cspbi3_label, hint: m.pre_ligands_cspbi3_hint },
    pbs: { label: m.pre_ligands_pbs_label, hint: m.pre_ligands_pbs_hint },
    pbs111: { label: m.pre_ligands_pbs111_label, hint: m.pre_ligands_pbs111_hint },
    washed: { label: m.pre_ligands_washed_label, hint: m.pre_ligands_washed_hint },
    healed: { label: m.pre_ligands_healed_label, hint: m.pre_ligands_healed_hint },
  },
};

/** Title and hint of one preset of a view. */
export function presetText<V extends ViewId>(view: V, id: PresetId<V>): PresetText {
  return (PRESET_TEXT[view] as Record<PresetId<V>, PresetText>)[id];
}

export const TEACHER_NOTES: Record<ViewId, TeacherNotes> = {
  lattice: {
    goals: [m.pre_lattice_goal_1, m.pre_lattice_goal_2, m.pre_lattice_goal_3],
    predictions: [m.pre_lattice_predict_1, m.pre_lattice_predict_2, m.pre_lattice_predict_3],
  },
  confinement: {
    goals: [m.pre_confinement_goal_1, m.pre_confinement_goal_2, m.pre_confinement_goal_3, m.pre_chain_goal_brtoi],
    predictions: [m.pre_confinement_predict_1, m.pre_confinement_predict_2, m.pre_confinement_predict_3, m.pre_chain_predict_brtoi],
  },
  ligands: {
    goals: [m.pre_ligands_goal_1, m.pre_ligands_goal_2, m.pre_ligands_goal_3, m.pre_chain_goal_voc],
    predictions: [m.pre_ligands_predict_1, m.pre_ligands_predict_2, m.pre_ligands_predict_3, m.pre_chain_predict_voc],
  },
};
