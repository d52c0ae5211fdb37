/**
 * The lattice view's code → message mappings (src/views/lattice/verdictText.ts, formulaText.ts, slots.ts):
 * every verdict reason and formula error is worded (messages/lattice/en.json), with its numbers filled in.
 */
import { describe, it, expect } from 'vitest';
import { perovskiteVerdict } from '../../../src/lib/physics/tolerance';
import { parseFormula } from '../../../src/lib/physics/composition';
import { disagreement, reasonText, verdictWords } from '../../../src/views/lattice/verdictText';
import { formulaErrorText } from '../../../src/i18n/formulaText';
import { slots } from '../../../src/components/slots';
import { m } from '../../../src/paraglide/messages.js';

describe('verdict reasons: codes worded by verdictText.reasonText', () => {
  // A grid over the radii the app allows, hitting every code (each branch of the verdict).
  const cases: [number, number, number][] = [];
  for (const rA of [0.9, 1.2, 1.64, 1.88, 2.17, 2.53, 2.7, 3.2]) {
    for (const rB of [0.73, 1.15, 1.19, 1.6, 2.2]) for (const rX of [1.33, 1.81, 1.96, 2.2]) cases.push([rA, rB, rX]);
  }

  it('words every reason of every case: a whole sentence, its numbers filled in', () => {
    const seen = new Set<string>();
    for (const [rA, rB, rX] of cases) {
      for (const iodide of [false, true]) {
        const v = perovskiteVerdict(rA, rB, rX, { iodide });
        for (const r of v.reasons) {
          seen.add(r.code);
          const text = reasonText(r);
          expect(text, `${r.code} (rA ${rA}, rB ${rB}, rX ${rX})`).toMatch(/^\S.*[.)]$/);
          expect(text).not.toMatch(/NaN|[{}]|= undefined/);
          if ('t' in r) expect(text).toContain((r as { t: number }).t.toFixed(3));
        }
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
