/**
 * What the confinement controls do to the URL state, as pure functions over a small `{ values, set }` store
 * (the app state in the view, a fake in Node tests). Every change goes through `set`, which validates and
 * clamps against the schema.
 *
 * One stored fact per quantity (issue #16): the marker's size is `d`, unless a `target` colour is set, in
 * which case the size is *derived* from the target (lib/readouts/confinement.ts) and `d` is left alone —
 * never overwritten with a derived copy. Moving the marker by hand clears the target and stores `d`;
 * clearing the target keeps the marker where it stood by storing the size it had as `d`.
 */
import type { GapModel } from '../../lib/physics/inverse';
import { gapFromWavelength, wavelengthFromGap } from '../../lib/physics/units';
import { MATERIALS as MATERIAL_IDS, type MaterialId, type UrlState } from '../../lib/state/schema';
import { MODEL_ORDER } from './model';

/** The URL keys the confinement controls write. */
export type ControlKey = 'materials' | 'models' | 'sel' | 'd' | 'target' | 'dmin' | 'dmax';

/** The part of the app state the controls read and write. */
export interface ConfinementStore {
  readonly values: Pick<UrlState, ControlKey>;
  set<K extends ControlKey>(key: K, value: UrlState[K]): boolean;
}

/** The drawn size range: dmin/dmax in either order, at least 1 nm wide, inside [1, maxNm]. */
export function plotRange(dmin: number, dmax: number, maxNm: number): { lo: number; hi: number } {
  let lo = Math.min(dmin, dmax);
  let hi = Math.max(dmin, dmax);
  if (hi - lo < 1) hi = Math.min(maxNm, lo + 1);
  if (hi - lo < 1) lo = hi - 1;
  return { lo, hi };
}

/** The marker moved by hand to size `d` (nm, to 0.01 nm): the target, if any, no longer applies. */
export function setMarker(store: ConfinementStore, d: number): void {
  if (store.values.target !== '') store.set('target', '');
  store.set('d', Math.round(d * 100) / 100);
}

/** Puts the marker on `mat`, showing its curves if they were hidden. The size stays one stored fact. */
export function selectMaterial(store: ConfinementStore, mat: MaterialId): void {
  const shown = store.values.materials;
  if (!shown.includes(mat)) store.set('materials', MATERIAL_IDS.filter((x) => x === mat || shown.includes(x)));
  store.set('sel', mat);
}

/** The next material in the menu order (the `M` shortcut). */
export function nextMaterial(sel: MaterialId): MaterialId {
  return MATERIAL_IDS[(MATERIAL_IDS.indexOf(sel) + 1) % MATERIAL_IDS.length];
}

/** Shows or hides a material's curves; hiding the marker's material moves the marker to the first shown one. */
export function toggleMaterial(store: ConfinementStore, mat: MaterialId, on: boolean): void {
  const { materials, sel } = store.values;
  const next = MATERIAL_IDS.filter((x) => (x === mat ? on : materials.includes(x)));
  store.set('materials', next);
  if (!on && sel === mat && next.length > 0) selectMaterial(store, next[0]);
}

/** Draws or hides one model's curves (the marker always follows the default model; `d` is untouched). */
export function toggleModel(store: ConfinementStore, model: GapModel, on: boolean): void {
  const models = store.values.models;
  store.set('models', MODEL_ORDER.filter((x) => (x === model ? on : models.includes(x))));
}

/** Why typed target text was refused (worded by the view). */
export type TargetInputError = 'positive' | 'wavelength-range' | 'gap-range';

/**
 * Commits the text typed in the target field with its unit. Empty text clears the target and keeps the
 * marker at `currentSizeNm` (stored as `d`, to 0.001 nm). Returns the reason when the text is refused.
 */
export function commitTarget(store: ConfinementStore, raw: string, unit: 'nm' | 'eV', currentSizeNm: number): TargetInputError | null {
  const text = raw.trim();
  if (text === '') {
    if (store.values.target !== '') {
      store.set('d', Math.round(currentSizeNm * 1000) / 1000);
      store.set('target', '');
    }
    return null;
  }
  const x = Number(text);
  if (!Number.isFinite(x) || x <= 0) return 'positive';
  const value = `${Math.round(x * 1000) / 1000}${unit}`;
  if (!store.set('target', value)) return unit === 'nm' ? 'wavelength-range' : 'gap-range';
  return null;
}

/** The field text of a parsed target in the other unit (the same photon): eV to 0.001, nm to 0.1. */
export function convertedTargetText(parsed: { wavelengthNm: number } | { gapEv: number }, unit: 'nm' | 'eV'): string {
  const x = 'gapEv' in parsed ? parsed.gapEv : parsed.wavelengthNm;
  const converted = unit === 'eV' ? gapFromWavelength(x) : wavelengthFromGap(x);
  return String(unit === 'eV' ? Math.round(converted * 1000) / 1000 : Math.round(converted * 10) / 10);
}
