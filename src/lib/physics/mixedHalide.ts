/**
 * Composition → bulk gap and confinement parameters of the dot (issue #18, "one dot").
 *
 * - End members CsPbCl₃, CsPbBr₃, CsPbI₃: their parameters as the confinement view uses them
 *   (data/materials.ts MATERIALS, every value with its source there).
 * - Mixed halides CsPb(Br₁₋ₓIₓ)₃ (x = iodide share of the X site) and CsPb(Cl₁₋ₓBrₓ)₃ (x = bromide share):
 *   every parameter LINEAR between the two end members, P(x) = (1 − x)·P₀ + x·P₁ (Vegard-like; bowing
 *   parameter b = 0). The gap: cluster-expansion DFT on CsPbX₃ alloys finds "negligible or even negative
 *   band gap bowing parameters at high temperature", and (Br,Cl) and (I,Br) mixing easy at room temperature
 *   (PMID 26278729, abstract; attributed to Yin, Yan & Wei, J. Phys. Chem. Lett. 2014). No measured bowing
 *   parameter was read, so the app says "linear". The masses, dielectric constant and exciton binding
 *   energy are interpolated the same way: no source for the mixed values was read (an assumption, said
 *   on screen).
 * - Mixed-halide dots segregate into I-rich and Br-rich domains under illumination (light-induced halide
 *   segregation): the result carries `segregatesUnderLight` so the views can say the gap may drift towards
 *   the I-rich end under light.
 * - Not modelled (the result says why; no gap is invented): (Cl,I) mixes — the same DFT abstract finds
 *   them hard to form below 625 K; three-halide mixes; fluoride; any A site other than Cs (MA, FA, …: no
 *   source giving their gaps was read for the app) and any B site other than Pb.
 *
 * Pure TypeScript: no DOM.
 */
import type { Composition } from './composition';
import { MATERIALS, type MaterialParameters } from '../data/materials';

/** The three CsPbX₃ end members. */
export type EndMember = 'CsPbCl3' | 'CsPbBr3' | 'CsPbI3';

/** Citation of the "negligible bowing" result (English; shown with lang="en"). */
export const BOWING_SOURCE =
  'Cluster-expansion DFT on CsPbX3 alloys, "negligible or even negative band gap bowing parameters", PubMed 26278729 (abstract; Yin, Yan & Wei, J. Phys. Chem. Lett. 2014)';

/** Bowing parameter used for both mixed-halide series, eV (linear gap; see file header). */
export const BOWING_EV = 0;

export type MixedSeries = 'end-member' | 'br-i' | 'cl-br';

export type NotModelledCode =
  /** A site not pure Cs (MA, FA, GA, Rb, K or a mix): no gap source read. */
  | 'a-site'
  /** B site not pure Pb (Sn, Ge or a mix). */
  | 'b-site'
  /** Cl and I together (hard to mix, DFT abstract above), or all three halides. */
  | 'cl-i'
  | 'three-halides'
  /** Fluoride on the X site. */
  | 'fluoride';

export type DotBulk =
  | {
      ok: true;
      series: MixedSeries;
      /** Share of the heavier halide in the series (I in Br–I, Br in Cl–Br); 0 or 1 for end members. */
      x: number;
      /** The end members at x = 0 and x = 1 (the same one twice for a pure compound). */
      from: EndMember;
      to: EndMember;
      /** The end member nearest in composition (the confinement and ligand views' material). */
      nearest: EndMember;
      /** Parameters for the cube model (physics/cubeExciton.ts accepts this object). */
      params: MaterialParameters;
      /** Bulk gap, eV (= params.bulkGapEv). */
      bulkGapEv: number;
      /** Two halides mixed: the dot segregates under light (file header). */
      segregatesUnderLight: boolean;
      /** True when the end-member values were not all read in their primary source. */
      unchecked: boolean;
    }
  | { ok: false; code: NotModelledCode; nearest: EndMember };

/** Linear interpolation P(x) = (1 − x) a + x b. */
export function lerp(a: number, b: number, x: number): number {
  return (1 - x) * a + x * b;
}

function share(c: Composition, site: 'A' | 'B' | 'X', ion: string): number {
  const list = c[site];
  const total = list.reduce((s, e) => s + e.fraction, 0);
  return total > 0 ? list.filter((e) => e.ion === ion).reduce((s, e) => s + e.fraction, 0) / total : 0;
}

/**
 * The CsPbX₃ end member whose halide has the largest share of the X site (ties go to the heavier halide;
 * fluoride counts as chloride). Used to keep the confinement view's `sel` and the ligand view's `system`
 * beside the dot's composition.
 */
export function nearestEndMember(c: Composition): EndMember {
  const cl = share(c, 'X', 'Cl') + share(c, 'X', 'F');
  const br = share(c, 'X', 'Br');
  const i = share(c, 'X', 'I');
  if (i >= br && i >= cl && i > 0) return 'CsPbI3';
  if (br >= cl && br > 0) return 'CsPbBr3';
  return 'CsPbCl3';
}

/** Parameters linear between two end members at x (see the file header). */
export function interpolatedParameters(from: EndMember, to: EndMember, x: number, displayName: string): MaterialParameters {
  if (!Number.isFinite(x) || x < 0 || x > 1) throw new RangeError(`x must be in 0…1; got ${String(x)}`);
  const a = MATERIALS[from];
  const b = MATERIALS[to];
  const eb = a.excitonBindingEnergyMeV !== null && b.excitonBindingEnergyMeV !== null ? lerp(a.excitonBindingEnergyMeV, b.excitonBindingEnergyMeV, x) : null;
  const bohr = lerp(a.excitonBohrRadiusNm, b.excitonBohrRadiusNm, x);
  return {
    ...(x < 0.5 ? a : b),
    displayName,
    // E_g(x) = (1 − x) E_g0 + x E_g1 − b x(1 − x), b = BOWING_EV = 0
    bulkGapEv: lerp(a.bulkGapEv, b.bulkGapEv, x) - BOWING_EV * x * (1 - x),
    electronMassRatio: lerp(a.electronMassRatio, b.electronMassRatio, x),
    holeMassRatio: lerp(a.holeMassRatio, b.holeMassRatio, x),
    dielectricConstant: lerp(a.dielectricConstant, b.dielectricConstant, x),
    excitonBohrRadiusNm: bohr,
    excitonBohrDiameterNm: 2 * bohr,
    excitonBohrAsPublished: 'computed',
    excitonBindingEnergyMeV: eb,
    kaneEnergyEv: null,
    checked: {
      bulkGap: a.checked.bulkGap && b.checked.bulkGap && (x === 0 || x === 1),
      masses: false,
      dielectric: false,
      excitonBinding: false,
    },
  };
}

/** Bulk gap and confinement parameters of the dot's composition, or why they are not modelled. */
export function dotBulk(c: Composition, displayName: string): DotBulk {
  const nearest = nearestEndMember(c);
  if (share(c, 'A', 'Cs') < 1) return { ok: false, code: 'a-site', nearest };
  if (share(c, 'B', 'Pb') < 1) return { ok: false, code: 'b-site', nearest };
  if (share(c, 'X', 'F') > 0) return { ok: false, code: 'fluoride', nearest };
  const cl = share(c, 'X', 'Cl');
  const br = share(c, 'X', 'Br');
  const i = share(c, 'X', 'I');
  const present = [cl, br, i].filter((s) => s > 0).length;
  if (present === 3) return { ok: false, code: 'three-halides', nearest };
  if (cl > 0 && i > 0) return { ok: false, code: 'cl-i', nearest };
  let from: EndMember;
  let to: EndMember;
  let x: number;
  let series: MixedSeries;
  if (present === 1) {
    from = to = nearest;
    x = 0;
    series = 'end-member';
  } else if (i > 0) {
    from = 'CsPbBr3';
    to = 'CsPbI3';
    x = i;
    series = 'br-i';
  } else {
    from = 'CsPbCl3';
    to = 'CsPbBr3';
    x = br;
    series = 'cl-br';
  }
  const params = series === 'end-member' ? MATERIALS[from] : interpolatedParameters(from, to, x, displayName);
  const unchecked = !(params.checked.bulkGap && params.checked.masses && params.checked.dielectric);
  return { ok: true, series, x, from, to, nearest, params, bulkGapEv: params.bulkGapEv, segregatesUnderLight: series !== 'end-member', unchecked };
}
