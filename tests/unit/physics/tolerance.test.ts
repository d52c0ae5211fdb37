import { describe, expect, it } from 'vitest';
import {
  bartelTau,
  classifyPhase,
  isGoldschmidtPerovskite,
  octahedralFactor,
  perovskiteVerdict,
  toleranceFactor,
} from '../../../src/lib/physics/tolerance';

// Worked table copied from /work/shared/reference/stability.json worked_table (computed there from
// Shannon/Kieslich radii, 4 d.p.) with Bartel et al. Sci. Adv. 2019 TableS1 values (2 d.p., read in
// CJBartel/perovskite-stability TableS1.csv, commit 965b8de) where published.
const WORKED = [
  { compound: 'CsPbCl3', rA: 1.88, rB: 1.19, rX: 1.81, t: 0.8697, mu: 0.6575, tau: 3.9756, s1: { t: 0.87, tau: 3.98 } },
  { compound: 'CsPbBr3', rA: 1.88, rB: 1.19, rX: 1.96, t: 0.862, mu: 0.6071, tau: 4.1016, s1: { t: 0.86, tau: 4.1 } },
  { compound: 'CsPbI3', rA: 1.88, rB: 1.19, rX: 2.2, t: 0.851, mu: 0.5409, tau: 4.3033, s1: { t: 0.85, tau: 4.3 } },
  { compound: 'MAPbI3', rA: 2.17, rB: 1.19, rX: 2.2, t: 0.9115, mu: 0.5409, tau: 3.884, s1: null },
  { compound: 'FAPbI3', rA: 2.53, rB: 1.19, rX: 2.2, t: 0.9866, mu: 0.5409, tau: 3.6674, s1: null },
  { compound: 'CsSnI3', rA: 1.88, rB: 1.15, rX: 2.2, t: 0.8612, mu: 0.5227, tau: 4.2391, s1: { t: 0.86, tau: 4.24 } },
  { compound: 'RbPbI3', rA: 1.72, rB: 1.19, rX: 2.2, t: 0.8177, mu: 0.5409, tau: 4.7724, s1: { t: 0.82, tau: 4.77 } },
];

// stability.json worked_table[*].with_review_alternative_rA (review radii Cs 1.81, MA 2.70, FA 2.79)
const REVIEW_ALT = [
  { rA: 1.81, rB: 1.19, rX: 1.81, t: 0.8532, tau: 4.1479 },
  { rA: 1.81, rB: 1.19, rX: 1.96, t: 0.8463, tau: 4.2739 },
  { rA: 1.81, rB: 1.19, rX: 2.2, t: 0.8364, tau: 4.4756 },
  { rA: 2.7, rB: 1.19, rX: 2.2, t: 1.0221, tau: 3.6181 },
  { rA: 2.79, rB: 1.19, rX: 2.2, t: 1.0408, tau: 3.6003 },
  { rA: 1.81, rB: 1.15, rX: 2.2, t: 0.8464, tau: 4.3831 },
];

const round = (x: number, dp: number) => Math.round(x * 10 ** dp) / 10 ** dp;

/** The reason codes of a verdict, in order (the sentences are the view's: tests/unit/lattice/verdictText.test.ts). */
const codes = (v: { reasons: readonly { code: string }[] }): string[] => v.reasons.map((r) => r.code);

describe('Goldschmidt t, μ and Bartel τ', () => {
  it.each(WORKED)('$compound matches stability.json worked table to 4 d.p.', (row) => {
    expect(round(toleranceFactor(row.rA, row.rB, row.rX), 4)).toBe(row.t);
    expect(round(octahedralFactor(row.rB, row.rX), 4)).toBe(row.mu);
    expect(round(bartelTau(row.rA, row.rB, row.rX) as number, 4)).toBe(row.tau);
  });

  it.each(WORKED.filter((r) => r.s1))('$compound matches Bartel 2019 TableS1 to 2 d.p.', (row) => {
    expect(round(toleranceFactor(row.rA, row.rB, row.rX), 2)).toBe(row.s1!.t);
    expect(round(bartelTau(row.rA, row.rB, row.rX) as number, 2)).toBe(row.s1!.tau);
  });

  it.each(REVIEW_ALT)('review radii rA=$rA rX=$rX: t=$t τ=$tau (stability.json with_review_alternative_rA)', (row) => {
    expect(round(toleranceFactor(row.rA, row.rB, row.rX), 4)).toBe(row.t);
    expect(round(bartelTau(row.rA, row.rB, row.rX) as number, 4)).toBe(row.tau);
  });

  it('CsSnI3 sensitivity to r(Sn) (stability.json CsSnI3_sensitivity_to_rSn_A)', () => {
    expect(round(toleranceFactor(1.88, 1.1, 2.2), 4)).toBe(0.8742);
    expect(round(bartelTau(1.88, 1.1, 2.2) as number, 4)).toBe(4.1888);
    expect(round(toleranceFactor(1.88, 1.18, 2.2), 4)).toBe(0.8535);
    expect(round(bartelTau(1.88, 1.18, 2.2) as number, 4)).toBe(4.2851);
  });

  it('t formula, exact: t = (rA+rX)/(√2(rB+rX))', () => {
    expect(toleranceFactor(1, 1, 1)).toBeCloseTo(1 / Math.SQRT2, 15);
    expect(toleranceFactor(Math.SQRT2 * 2 - 1, 1, 1)).toBeCloseTo(1, 15);
  });

  it('τ with nA = 2 follows the formula', () => {
    const rA = 1.6, rB = 0.6, rX = 1.4, ratio = rA / rB;
    expect(bartelTau(rA, rB, rX, 2)).toBeCloseTo(rX / rB - 2 * (2 - ratio / Math.log(ratio)), 12);
  });

  it('τ is null (undefined) when rA ≤ rB', () => {
    expect(bartelTau(1.19, 1.19, 2.2)).toBeNull();
    expect(bartelTau(1.0, 1.19, 2.2)).toBeNull();
  });

  it.each([0, -1, Number.NaN, Number.POSITIVE_INFINITY])('bad radius %s throws RangeError', (bad) => {
    expect(() => toleranceFactor(bad, 1.19, 2.2)).toThrow(RangeError);
    expect(() => toleranceFactor(1.88, bad, 2.2)).toThrow(RangeError);
    expect(() => toleranceFactor(1.88, 1.19, bad)).toThrow(RangeError);
    expect(() => octahedralFactor(bad, 2.2)).toThrow(RangeError);
    expect(() => bartelTau(bad, 1.19, 2.2)).toThrow(RangeError);
    expect(() => bartelTau(1.88, 1.19, 2.2, bad)).toThrow(RangeError);
    expect(() => perovskiteVerdict(1.88, 1.19, bad)).toThrow(RangeError);
  });
});

describe('phase windows (review §2.1: 0.813–1.107, cubic 0.9–1.0, μ 0.442–0.895)', () => {
  it('boundaries are inclusive as written', () => {
    expect(classifyPhase(0.813, 0.6)).toBe('tilted');
    expect(classifyPhase(0.8129999, 0.6)).toBe('non-perovskite');
    expect(classifyPhase(0.8999999, 0.6)).toBe('tilted');
    expect(classifyPhase(0.9, 0.6)).toBe('cubic');
    expect(classifyPhase(1.0, 0.6)).toBe('cubic');
    expect(classifyPhase(1.0000001, 0.6)).toBe('a-too-large');
    expect(classifyPhase(1.2, 0.6)).toBe('a-too-large');
    expect(classifyPhase(0.95, 0.442)).toBe('cubic');
    expect(classifyPhase(0.95, 0.4419999)).toBe('non-perovskite');
    expect(classifyPhase(0.95, 0.895)).toBe('cubic');
    expect(classifyPhase(0.95, 0.8950001)).toBe('non-perovskite');
    expect(isGoldschmidtPerovskite(1.107, 0.6)).toBe(true);
    expect(isGoldschmidtPerovskite(1.1070001, 0.6)).toBe(false);
    expect(isGoldschmidtPerovskite(0.813, 0.442)).toBe(true);
    expect(isGoldschmidtPerovskite(0.8129999, 0.6)).toBe(false);
    expect(() => classifyPhase(Number.NaN, 0.5)).toThrow(RangeError);
  });

  it('CsPbI3 (Shannon): tilted, Goldschmidt yes, τ no, disagree, δ-phase mentioned', () => {
    const v = perovskiteVerdict(1.88, 1.19, 2.2);
    expect(v.phase).toBe('tilted');
    expect(v.goldschmidtPerovskite).toBe(true);
    expect(v.tauPerovskite).toBe(false);
    expect(v.criteriaAgree).toBe(false);
    expect(codes(v)).toEqual([
      't-inside-window',
      'mu-inside-window',
      'phase-tilted',
      'tau-non-perovskite',
      'criteria-disagree-tau-no',
      'iodide-cspbi3-situation',
    ]);
    expect(v.reasons[0]).toEqual({ code: 't-inside-window', t: v.t });
    expect(v.t).toBeCloseTo(0.851, 3);
    expect(v.reasons[4]).toEqual({ code: 'criteria-disagree-tau-no', tau: v.tau });
  });

  it('CsPbBr3: tilted, both criteria perovskite, no δ-phase sentence', () => {
    const v = perovskiteVerdict(1.88, 1.19, 1.96);
    expect(v.phase).toBe('tilted');
    expect(v.tauPerovskite).toBe(true);
    expect(v.criteriaAgree).toBe(true);
    expect(codes(v)).toEqual(['t-inside-window', 'mu-inside-window', 'phase-tilted', 'tau-perovskite']);
  });

  it('FAPbI3 (Kieslich radius): cubic; MAPbI3 with review radius 2.70: A too large (t 1.022)', () => {
    expect(perovskiteVerdict(2.53, 1.19, 2.2).phase).toBe('cubic');
    const ma = perovskiteVerdict(2.7, 1.19, 2.2);
    expect(ma.phase).toBe('a-too-large');
    expect(ma.goldschmidtPerovskite).toBe(true);
    expect(codes(ma)).toContain('phase-a-too-large');
    expect(ma.reasons).toContainEqual({ code: 'phase-a-too-large', t: ma.t });
  });

  it('a very small A cation on an iodide: non-perovskite, the yellow δ-phase', () => {
    const v = perovskiteVerdict(1.64, 1.19, 2.2); // K+: t = 0.802
    expect(v.phase).toBe('non-perovskite');
    expect(v.goldschmidtPerovskite).toBe(false);
    expect(codes(v)).toContain('iodide-delta-phase');
    expect(v.reasons[0]).toEqual({ code: 't-below-window', t: v.t });
  });

  it('non-iodide non-perovskite has no δ-phase sentence; option overrides inference', () => {
    const v = perovskiteVerdict(1.2, 1.19, 1.81);
    expect(v.phase).toBe('non-perovskite');
    expect(codes(v)).not.toContain('iodide-delta-phase');
    expect(codes(perovskiteVerdict(1.2, 1.19, 1.81, { iodide: true }))).toContain('iodide-delta-phase');
  });

  it('τ undefined: tauPerovskite null, a reason says why', () => {
    const v = perovskiteVerdict(1.0, 1.19, 2.2);
    expect(v.tau).toBeNull();
    expect(v.tauPerovskite).toBeNull();
    expect(v.criteriaAgree).toBe(true);
    expect(v.reasons).toContainEqual({ code: 'tau-undefined', rA: 1.0, rB: 1.19 });
  });

  it('μ out of range: B cation too small (Ge2+ with I-: μ = 0.332)', () => {
    const v = perovskiteVerdict(1.88, 0.73, 2.2);
    expect(v.mu).toBeCloseTo(0.3318, 4);
    expect(v.phase).toBe('non-perovskite');
    expect(v.reasons[1]).toEqual({ code: 'mu-below-window', mu: v.mu });
  });
});
