/**
 * The composition picker's model: which A, B and X choices a formula corresponds to, and back.
 *
 * The picker offers the compositions of issue #4 — A = Cs, Rb, MA, FA or a Cs₁₋ₓFAₓ mix; B = Pb or Sn;
 * X = Cl, Br, I or a two-halide mix CsPbCl₃₋ₓBrₓ / CsPbBr₃₋ₓIₓ — while the URL's `comp` formula may hold
 * any composition the parser accepts (K, GA, Ge, F, three halides …). Such a site shows as "custom"
 * (no choice selected) and stays editable through the formula field.
 *
 * Mixed sites are linear (Vegard-like) averages of the radii (lib/physics/composition.ts, review §4).
 * Pure TypeScript, no DOM.
 */
import { m } from '../../paraglide/messages.js';
import { formatFormula, parseFormula, type Composition } from '../../lib/physics/composition';
import type { IonId } from '../../lib/data/ionicRadii';

export type AChoice = 'Cs' | 'Rb' | 'MA' | 'FA' | 'CsFA';
export type BChoice = 'Pb' | 'Sn';
export type XChoice = 'Cl' | 'Br' | 'I' | 'ClBr' | 'BrI';
export type XMix = 'ClBr' | 'BrI';

/**
 * A picker choice: its id, its label (ion symbols, the same in every language) and its hint, a message
 * read when the options are drawn (so it follows the current locale).
 */
export interface Choice<T extends string> {
  id: T;
  label: string;
  hint: () => string;
}

export const A_CHOICES: readonly Choice<AChoice>[] = [
  { id: 'Cs', label: 'Cs', hint: () => m.lat_ion_hint_cs() },
  { id: 'Rb', label: 'Rb', hint: () => m.lat_ion_hint_rb() },
  { id: 'MA', label: 'MA', hint: () => m.lat_ion_hint_ma() },
  { id: 'FA', label: 'FA', hint: () => m.lat_ion_hint_fa() },
  { id: 'CsFA', label: 'Cs/FA', hint: () => m.lat_ion_hint_csfa() },
];
export const B_CHOICES: readonly Choice<BChoice>[] = [
  { id: 'Pb', label: 'Pb', hint: () => m.lat_ion_hint_pb() },
  { id: 'Sn', label: 'Sn', hint: () => m.lat_ion_hint_sn() },
];
export const X_CHOICES: readonly Choice<XChoice>[] = [
  { id: 'Cl', label: 'Cl', hint: () => m.lat_ion_hint_cl() },
  { id: 'Br', label: 'Br', hint: () => m.lat_ion_hint_br() },
  { id: 'I', label: 'I', hint: () => m.lat_ion_hint_i() },
  { id: 'ClBr', label: 'Cl/Br', hint: () => m.lat_ion_hint_clbr() },
  { id: 'BrI', label: 'Br/I', hint: () => m.lat_ion_hint_bri() },
];

/** Options for Segmented: the choices with their hints in the current locale. */
export function choiceOptions<T extends string>(choices: readonly Choice<T>[]): { id: T; label: string; hint: string }[] {
  return choices.map((c) => ({ id: c.id, label: c.label, hint: c.hint() }));
}

/** The two halides of a mix, first and second (the slider sets the second one's subscript x). */
export const X_MIX_IONS: Readonly<Record<XMix, readonly [IonId, IonId]>> = {
  ClBr: ['Cl', 'Br'],
  BrI: ['Br', 'I'],
};

/** Presets of issue #4, in the order shown. */
export const PRESETS: readonly string[] = ['CsPbCl3', 'CsPbBr3', 'CsPbI3', 'FAPbI3', 'MAPbI3', 'Cs0.5FA0.5PbI3'];

/** What the picker shows. `null` = the site holds something the picker does not offer (custom). */
export interface PickerState {
  a: AChoice | null;
  /** FA fraction x of Cs₁₋ₓFAₓ, 0…1 (meaningful when a = 'CsFA'). */
  faFraction: number;
  b: BChoice | null;
  x: XChoice | null;
  /** Subscript x of the second halide in AB(X1)₃₋ₓ(X2)ₓ, 0…3 (meaningful for a mix). */
  xSecond: number;
}

/**
 * Mix modes the user chose, kept by the view: dragging a mix slider to an end gives a pure formula
 * (formatFormula drops zero shares), and the picker must then stay in mix mode rather than jump to the
 * pure ion.
 */
export interface MixPreference {
  aMix: boolean;
  xMix: XMix | null;
}

function fractionOf(shares: Composition['A'], ion: IonId): number {
  return shares.filter((s) => s.ion === ion).reduce((acc, s) => acc + s.fraction, 0);
}
function onlyIons(shares: Composition['A'], ions: readonly IonId[]): boolean {
  return shares.every((s) => ions.includes(s.ion));
}

/** The picker's view of a composition, honouring the user's mix preference. */
export function pickerFromComposition(c: Composition, pref: MixPreference = { aMix: false, xMix: null }): PickerState {
  let a: AChoice | null = null;
  let faFraction = 0;
  if (onlyIons(c.A, ['Cs', 'FA']) && (c.A.length === 2 || pref.aMix)) {
    a = 'CsFA';
    faFraction = fractionOf(c.A, 'FA');
  } else if (c.A.length === 1 && (['Cs', 'Rb', 'MA', 'FA'] as IonId[]).includes(c.A[0].ion)) {
    a = c.A[0].ion as AChoice;
    faFraction = a === 'FA' ? 1 : 0;
  }

  let b: BChoice | null = null;
  if (c.B.length === 1 && (c.B[0].ion === 'Pb' || c.B[0].ion === 'Sn')) b = c.B[0].ion;

  let x: XChoice | null = null;
  let xSecond = 0;
  const mixOf = (ions: readonly IonId[]): XMix | null => {
    if (c.X.length !== 2) return null;
    for (const m of ['ClBr', 'BrI'] as const) {
      const [p, q] = X_MIX_IONS[m];
      if (ions.includes(p) && ions.includes(q)) return m;
    }
    return null;
  };
  const mix = mixOf(c.X.map((s) => s.ion));
  if (mix) {
    x = mix;
    xSecond = 3 * fractionOf(c.X, X_MIX_IONS[mix][1]);
  } else if (c.X.length === 1 && pref.xMix && X_MIX_IONS[pref.xMix].includes(c.X[0].ion)) {
    x = pref.xMix;
    xSecond = c.X[0].ion === X_MIX_IONS[pref.xMix][1] ? 3 : 0;
  } else if (c.X.length === 1 && (['Cl', 'Br', 'I'] as IonId[]).includes(c.X[0].ion)) {
    x = c.X[0].ion as XChoice;
    xSecond = 0;
  }
  return { a, faFraction, b, x, xSecond };
}

/**
 * The composition with one site replaced by a picker choice; the other sites are kept as they are (so a
 * custom site survives a change elsewhere).
 */
export function withA(c: Composition, a: AChoice, faFraction: number): Composition {
  if (a === 'CsFA') {
    const x = clamp01(faFraction);
    return { ...c, A: [{ ion: 'Cs', fraction: 1 - x }, { ion: 'FA', fraction: x }] };
  }
  return { ...c, A: [{ ion: a, fraction: 1 }] };
}
export function withB(c: Composition, b: BChoice): Composition {
  return { ...c, B: [{ ion: b, fraction: 1 }] };
}
export function withX(c: Composition, x: XChoice, xSecond: number): Composition {
  if (x === 'ClBr' || x === 'BrI') {
    const [p, q] = X_MIX_IONS[x];
    const f = clamp01(xSecond / 3);
    return { ...c, X: [{ ion: p, fraction: 1 - f }, { ion: q, fraction: f }] };
  }
  return { ...c, X: [{ ion: x, fraction: 1 }] };
}

function clamp01(v: number): number {
  return Number.isFinite(v) ? Math.min(1, Math.max(0, v)) : 0;
}

/** Canonical formula of a composition (the `comp` URL value). */
export function toFormula(c: Composition): string {
  return formatFormula(c);
}

/** Parses a formula, or null when it is not a valid ABX₃ formula. */
export function compositionOf(formula: string): Composition | null {
  const r = parseFormula(formula);
  return r.ok ? r.composition : null;
}

/** Text of the A- and X-site labels for the 3D legend and atom labels, e.g. 'Cs/FA', 'Br/I'. */
export function siteLabel(shares: Composition['A']): string {
  return shares.map((s) => s.ion).join('/');
}

export interface FormulaPart {
  text: string;
  sub: boolean;
}
/**
 * Splits a formula into element symbols and subscripts for display with <sub>:
 * 'Cs0.5FA0.5PbI3' → Cs, 0.5, FA, 0.5, Pb, I, 3.
 */
export function formulaParts(formula: string): FormulaPart[] {
  const out: FormulaPart[] = [];
  const re = /([A-Za-z]+)|(\d+(?:\.\d+)?|\.\d+)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(formula)) !== null) {
    if (m[1]) out.push({ text: m[1], sub: false });
    else out.push({ text: m[2], sub: true });
  }
  return out;
}

/**
 * A formula with Unicode subscript digits (for plain-text places: titles, file names are ASCII):
 * 'CsPbBr1.5I1.5' → 'CsPbBr₁.₅I₁.₅'.
 */
export function formulaUnicode(formula: string): string {
  const SUB = '₀₁₂₃₄₅₆₇₈₉';
  return formulaParts(formula)
    .map((p) => (p.sub ? p.text.replace(/\d/g, (d) => SUB[Number(d)]) : p.text))
    .join('');
}
