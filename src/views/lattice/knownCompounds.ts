/**
 * Reference compounds marked on the t–μ stability map, computed with the core from the Shannon set
 * (lib/data/ionicRadii.ts 'shannon': Shannon 1976 / Bartel 2019, MA⁺/FA⁺ Kieslich effective radii), so
 * they sit exactly where the current-composition marker would for the same formula.
 * The list (CsPbCl₃, CsPbBr₃, CsPbI₃, MAPbI₃, FAPbI₃, CsSnI₃, RbPbI₃) follows the worked table of
 * /work/shared/reference/stability.json; `roomTemperature` says what forms at room temperature
 * (stability.json worked_table[].published_Bartel_TableS1.exp_label, review §2.1 for CsPbI₃'s δ-phase;
 * MAPbI₃ and FAPbI₃ perovskite at room temperature, FAPbI₃ metastable — general knowledge, (b)).
 */
import { m } from '../../paraglide/messages.js';
import { compositionVerdict } from '../../lib/physics/composition';
import { parseFormula } from '../../lib/physics/composition';

export interface KnownCompound {
  formula: string;
  t: number;
  mu: number;
  tau: number | null;
  /**
   * Label offset from the marker, px (chosen by eye so the cluster near t ≈ 0.86 stays legible; a leader
   * line is drawn when the label sits away from its marker).
   */
  label: { dx: number; dy: number; anchor: 'start' | 'middle' | 'end' };
  /** One line on what forms at room temperature (in the locale current when knownCompounds() ran). */
  note: string;
}

const RIGHT = { dx: 8, dy: 4, anchor: 'start' } as const;
const BELOW = { dx: 0, dy: 17, anchor: 'middle' } as const;
const LIST: readonly { formula: string; label: KnownCompound['label']; note: () => string }[] = [
  { formula: 'CsPbCl3', label: RIGHT, note: () => m.lat_known_cspbcl3() },
  { formula: 'CsPbBr3', label: RIGHT, note: () => m.lat_known_cspbbr3() },
  { formula: 'CsPbI3', label: { dx: -16, dy: -16, anchor: 'end' }, note: () => m.lat_known_cspbi3() },
  { formula: 'CsSnI3', label: { dx: 16, dy: 24, anchor: 'start' }, note: () => m.lat_known_cssni3() },
  { formula: 'RbPbI3', label: { dx: -6, dy: 18, anchor: 'end' }, note: () => m.lat_known_rbpbi3() },
  { formula: 'MAPbI3', label: BELOW, note: () => m.lat_known_mapbi3() },
  { formula: 'FAPbI3', label: BELOW, note: () => m.lat_known_fapbi3() },
];

export function knownCompounds(): KnownCompound[] {
  return LIST.map(({ formula, label, note }) => {
    const r = parseFormula(formula);
    if (!r.ok) throw new Error(`known compound ${formula} does not parse: ${r.error}`);
    const v = compositionVerdict(r.composition, 'shannon');
    return { formula, t: v.t, mu: v.mu, tau: v.tau, label, note: note() };
  });
}
