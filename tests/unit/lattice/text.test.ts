/**
 * The lattice view's code → message mappings (src/views/lattice/verdictText.ts, formulaText.ts, slots.ts):
 * every verdict reason and formula error renders the English it rendered when lib/ wrote the sentences
 * itself (issue #7 moved them to messages/lattice/en.json). `oldReasons` and the expected errors below are
 * the former lib code, kept here as the reference for the English text.
 */
import { describe, it, expect } from 'vitest';
import {
  perovskiteVerdict,
  MU_MAX,
  MU_MIN,
  TAU_THRESHOLD,
  T_CUBIC_MAX,
  T_CUBIC_MIN,
  T_PEROVSKITE_MAX,
  T_PEROVSKITE_MIN,
  type PerovskiteVerdict,
} from '../../../src/lib/physics/tolerance';
import { parseFormula } from '../../../src/lib/physics/composition';
import { disagreement, reasonText, verdictWords } from '../../../src/views/lattice/verdictText';
import { formulaErrorText } from '../../../src/views/lattice/formulaText';
import { slots } from '../../../src/components/slots';
import { m } from '../../../src/paraglide/messages.js';

/** The sentences perovskiteVerdict returned before issue #7 (copied from its former body). */
function oldReasons(v: PerovskiteVerdict, rA: number, rB: number, iodide: boolean): string[] {
  const f3 = (x: number) => x.toFixed(3);
  const f2 = (x: number) => x.toFixed(2);
  const { t, mu, tau, phase, tauPerovskite, criteriaAgree, goldschmidtPerovskite } = v;
  const out: string[] = [];
  if (t < T_PEROVSKITE_MIN) {
    out.push(`The tolerance factor t = ${f3(t)} is below ${T_PEROVSKITE_MIN}, the lower end of the perovskite range ${T_PEROVSKITE_MIN}–${T_PEROVSKITE_MAX}: the A cation is too small to hold the corner-sharing octahedral framework.`);
  } else if (t > T_PEROVSKITE_MAX) {
    out.push(`The tolerance factor t = ${f3(t)} is above ${T_PEROVSKITE_MAX}, the upper end of the perovskite range ${T_PEROVSKITE_MIN}–${T_PEROVSKITE_MAX}: the A cation is far too large for the cage.`);
  } else {
    out.push(`The tolerance factor t = ${f3(t)} lies inside the perovskite range ${T_PEROVSKITE_MIN}–${T_PEROVSKITE_MAX}.`);
  }
  if (mu < MU_MIN) {
    out.push(`The octahedral factor μ = ${f3(mu)} is below ${MU_MIN} (stable range ${MU_MIN}–${MU_MAX}): the B cation is too small for a stable BX₆ octahedron.`);
  } else if (mu > MU_MAX) {
    out.push(`The octahedral factor μ = ${f3(mu)} is above ${MU_MAX} (stable range ${MU_MIN}–${MU_MAX}): the B cation is too large for a stable BX₆ octahedron.`);
  } else {
    out.push(`The octahedral factor μ = ${f3(mu)} lies inside the stable range ${MU_MIN}–${MU_MAX}.`);
  }
  if (phase === 'cubic') {
    out.push(`t = ${f3(t)} is within ${T_CUBIC_MIN}–${T_CUBIC_MAX}, the range in which the review expects the cubic structure (the high-temperature α phase); at room temperature such compounds can still be slightly tilted.`);
  } else if (phase === 'tilted') {
    out.push(`t = ${f3(t)} is below ${T_CUBIC_MIN}: the BX₆ octahedra tilt, giving a distorted (tetragonal or orthorhombic) perovskite rather than the cubic one.`);
  } else if (phase === 'a-too-large') {
    out.push(`t = ${f3(t)} is above ${T_CUBIC_MAX}: the review says the A cation is then too large for the cubic perovskite cage (hexagonal or layered structures compete).`);
  }
  if (tau === null) {
    out.push(`Bartel's τ is undefined because r_A = ${f2(rA)} Å is not larger than r_B = ${f2(rB)} Å (τ needs r_A > r_B).`);
  } else if (tauPerovskite) {
    out.push(`Bartel's τ = ${f2(tau)} is below ${TAU_THRESHOLD}, so τ predicts a perovskite.`);
  } else {
    out.push(`Bartel's τ = ${f2(tau)} is not below ${TAU_THRESHOLD}, so τ predicts a non-perovskite.`);
  }
  if (!criteriaAgree) {
    out.push(
      goldschmidtPerovskite
        ? `The two criteria disagree: t and μ are inside the review's ranges, but τ = ${f2(tau as number)} ≥ ${TAU_THRESHOLD} predicts a non-perovskite; such compounds are often perovskite only at high temperature or metastable at room temperature.`
        : `The two criteria disagree: τ = ${f2(tau as number)} < ${TAU_THRESHOLD} predicts a perovskite, but t and μ fall outside the review's ranges.`,
    );
  }
  if (iodide && phase === 'non-perovskite') {
    out.push('For an iodide this corresponds to the yellow non-perovskite δ-phase (edge-sharing octahedra), the phase CsPbI₃ forms at room temperature (review §2.1).');
  } else if (iodide && tauPerovskite === false) {
    out.push('This is the CsPbI₃ situation: the black perovskite phases (α cubic, β tetragonal, γ orthorhombic) are reached only at high temperature or kept metastable, and the yellow non-perovskite δ-phase is thermodynamically stable at room temperature (review §2.1).');
  }
  return out;
}

describe('verdict reasons: codes worded by verdictText.reasonText', () => {
  // A grid over the radii the app allows, hitting every code (each branch of the verdict).
  const cases: [number, number, number][] = [];
  for (const rA of [0.9, 1.2, 1.64, 1.88, 2.17, 2.53, 2.7, 3.2]) {
    for (const rB of [0.73, 1.15, 1.19, 1.6, 2.2]) for (const rX of [1.33, 1.81, 1.96, 2.2]) cases.push([rA, rB, rX]);
  }

  it('renders the same English sentences as before, for every reason of every case', () => {
    const seen = new Set<string>();
    for (const [rA, rB, rX] of cases) {
      for (const iodide of [false, true]) {
        const v = perovskiteVerdict(rA, rB, rX, { iodide });
        v.reasons.forEach((r) => seen.add(r.code));
        expect(v.reasons.map(reasonText), `rA ${rA}, rB ${rB}, rX ${rX}, iodide ${iodide}`).toEqual(oldReasons(v, rA, rB, iodide));
      }
    }
    expect(seen.size).toBe(16); // every VerdictReason code was exercised
  });

  it('CsPbI3 (Shannon): the disagreement sentence, with τ to 2 decimals', () => {
    const v = perovskiteVerdict(1.88, 1.19, 2.2);
    const text = v.reasons.map(reasonText);
    expect(text[0]).toBe('The tolerance factor t = 0.851 lies inside the perovskite range 0.813–1.107.');
    expect(text[4]).toMatch(/^The two criteria disagree: t and μ are inside the review's ranges, but τ = 4\.\d\d ≥ 4\.18/);
  });

  it('headline, why and the τ disagreement', () => {
    expect(verdictWords(perovskiteVerdict(2.53, 1.19, 2.2))).toEqual({
      tone: 'ok',
      title: 'Cubic perovskite',
      why: 'The A cation fits its cage (0.9 ≤ t ≤ 1.0): the corner-sharing octahedra need not tilt, so the cubic structure (Pm3̄m) is the reference. Real crystals may still tilt slightly at room temperature.',
    });
    // MAPbI₃ (t 0.912) is tetragonal at room temperature: never "the ideal cubic α phase".
    expect(verdictWords(perovskiteVerdict(2.17, 1.19, 2.2)).why).not.toMatch(/ideal cubic α/);
    // t and τ disagree → a warning headline, never a check mark: RbPbI₃ (t 0.818, τ 4.77), CsPbI₃ (τ 4.30).
    expect(verdictWords(perovskiteVerdict(1.72, 1.19, 2.2))).toMatchObject({ tone: 'warn', title: 'Perovskite unlikely: τ says no' });
    expect(verdictWords(perovskiteVerdict(1.88, 1.19, 2.2), { blackPhaseMetastable: true })).toMatchObject({
      tone: 'warn',
      title: 'Black phase metastable at room temperature',
    });
    // τ is computed from the radii it is given for τ (the view passes Shannon radii whatever set t uses).
    const v = perovskiteVerdict(1.81, 1.19, 1.81, { tauRadii: { rA: 1.88, rB: 1.19, rX: 1.81 } });
    expect(v.tau).toBeCloseTo(perovskiteVerdict(1.88, 1.19, 1.81).tau as number, 12);
    expect(verdictWords(perovskiteVerdict(1.88, 1.19, 1.96)).why).toBe(
      'The A cation is a little small for its cage (t < 0.9): the octahedra tilt, giving an orthorhombic γ-type structure.',
    );
    expect(verdictWords(perovskiteVerdict(2.7, 1.19, 2.2)).why).toBe(
      't > 1.0: the A cation is too large for the cubic cage; hexagonal (face-sharing) phases compete.',
    );
    expect(verdictWords(perovskiteVerdict(3.2, 1.19, 1.81)).why).toBe(
      't > 1.107: the A cation cannot fit between corner-sharing octahedra; no perovskite forms.',
    );
    expect(verdictWords(perovskiteVerdict(1.2, 1.19, 2.2))).toMatchObject({
      title: 'Not a perovskite',
      why: 't < 0.813: the A cation is too small to hold the corner-sharing framework.',
    });
    expect(verdictWords(perovskiteVerdict(1.88, 0.73, 2.2)).why).toBe('μ < 0.442: the B cation is too small for a stable BX₆ octahedron.');
    // τ-says-no is now the headline itself, so no separate disagreement line (CsPbI₃) …
    expect(disagreement(perovskiteVerdict(1.88, 1.19, 2.2))).toBeNull();
    // … but τ < 4.18 with t outside the window still gets one.
    expect(disagreement(perovskiteVerdict(3.2, 1.19, 1.81))).toBe(
      'Bartel’s τ disagrees: τ < 4.18 predicts a perovskite although t or μ is outside the review’s ranges.',
    );
    expect(disagreement(perovskiteVerdict(1.88, 1.19, 1.96))).toBeNull();
  });
});

describe('formula errors: codes worded by formulaText.formulaErrorText', () => {
  it.each([
    ['', 'Type a formula such as CsPbI3 or Cs0.5FA0.5PbI3.'],
    ['CsPbI', 'The X-site halide subscripts (I) add up to 1; they must add up to 3.'],
    ['CsFAPbI3', 'The A-site cation subscripts (Cs, FA) add up to 2; they must add up to 1.'],
    ['Cs0.3333333FA0.3333333PbI3', 'The A-site cation subscripts (Cs, FA) add up to 0.666667; they must add up to 1.'],
    ['PbCsI3', 'Write the formula in A, B, X order: Cs (A-site cation) comes too late.'],
    ['CsI3Pb', 'Write the formula in A, B, X order: Pb (B-site metal) comes too late.'],
    ['CsCsPbI3', 'Cs appears twice.'],
    ['CsPbXe3', 'Unknown symbol at "Xe3": use Cs, Rb, K, MA, FA, GA (A site), Pb, Sn, Ge (B site) and F, Cl, Br, I (X site).'],
    ['CsI3', 'The formula has no B-site metal.'],
    ['PbI3', 'The formula has no A-site cation.'],
    ['CsPb', 'The formula has no X-site halide.'],
    ['Cs0PbI3', 'The subscript of Cs must be greater than 0.'],
    ['Cs'.repeat(101), 'The formula is longer than 200 characters.'],
  ])('%j', (text, sentence) => {
    const r = parseFormula(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(formulaErrorText(r.detail)).toBe(sentence);
  });

  it('codes the parser cannot reach from a string', () => {
    expect(formulaErrorText({ code: 'not-text' })).toBe('The formula must be text.');
    expect(formulaErrorText({ code: 'unreadable' })).toBe('Could not read this formula.');
    expect(formulaErrorText({ code: 'number-not-finite', ion: 'Cs' })).toBe('The number after Cs is not a finite number.');
  });
});

describe('slots: a message split where its marked-up parameters go', () => {
  it('keeps the sentence whole and gives each slot its value', () => {
    const parts = slots(m.lat_notice_iodide, { phase: 'yellow δ-phase', edges: 'edges', corners: 'corners' }, { octahedra: 'PbI₆' });
    expect(parts.map((p) => p.text).join('')).toBe(
      'Such an iodide takes the yellow δ-phase instead, a non-perovskite (review §2.1): its PbI₆ octahedra share edges in one-dimensional double chains, not corners in a 3D network.',
    );
    expect(parts.filter((p) => p.slot).map((p) => p.slot)).toEqual(['phase', 'edges', 'corners']);
    expect(slots(m.lat_notice_title, { formula: 'CsPbI3' })).toEqual([
      { slot: 'formula', text: 'CsPbI3' },
      { slot: null, text: ': no perovskite' },
    ]);
  });
});
