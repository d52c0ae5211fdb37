/**
 * latticeReadouts / latticeModel against published and worked values.
 *
 * Reference values copied as literals (tests never read ../shared):
 *  - /work/shared/reference/stability.json worked_table[]: t, mu, tau computed from the Shannon radii
 *    (marking "computed", quoted to 4 decimals) and with_review_alternative_rA;
 *  - Bartel et al., Sci. Adv. 5 (2019) eaav0693, TableS1.csv (CJBartel/perovskite-stability @965b8de)
 *    t and tau, published to 2 decimals (stability.json worked_table[].published_Bartel_TableS1).
 */
import { describe, expect, it } from 'vitest';
import { latticeModel, latticeReadouts } from '../../../src/lib/readouts/lattice';
import { parseQuery } from '../../../src/lib/state/url';
import { cellParameterAngstrom } from '../../../src/lib/geometry/perovskite';
import { toleranceFactor } from '../../../src/lib/physics/tolerance';

function readouts(query: string) {
  const { state, warnings } = parseQuery(query);
  expect(warnings).toEqual([]);
  return latticeReadouts(state);
}

/** stability.json worked_table (Shannon radii, 4-decimal values → tolerance 5e-5 plus rounding of the quoted digit). */
const WORKED: { comp: string; t: number; mu: number; tau: number }[] = [
  { comp: 'CsPbCl3', t: 0.8697, mu: 0.6575, tau: 3.9756 },
  { comp: 'CsPbBr3', t: 0.862, mu: 0.6071, tau: 4.1016 },
  { comp: 'CsPbI3', t: 0.851, mu: 0.5409, tau: 4.3033 },
  { comp: 'MAPbI3', t: 0.9115, mu: 0.5409, tau: 3.884 },
  { comp: 'FAPbI3', t: 0.9866, mu: 0.5409, tau: 3.6674 },
  { comp: 'CsSnI3', t: 0.8612, mu: 0.5227, tau: 4.2391 },
  { comp: 'RbPbI3', t: 0.8177, mu: 0.5409, tau: 4.7724 },
];

/** Bartel 2019 TableS1 (2 decimals → tolerance 0.005). */
const BARTEL_TABLE_S1: { comp: string; t: number; tau: number }[] = [
  { comp: 'CsPbCl3', t: 0.87, tau: 3.98 },
  { comp: 'CsPbBr3', t: 0.86, tau: 4.1 },
  { comp: 'CsPbI3', t: 0.85, tau: 4.3 },
  { comp: 'CsSnI3', t: 0.86, tau: 4.24 },
  { comp: 'RbPbI3', t: 0.82, tau: 4.77 },
];

describe('latticeReadouts: published t, μ, τ', () => {
  it.each(WORKED)('$comp matches stability.json worked_table (Shannon radii, 4 decimals)', ({ comp, t, mu, tau }) => {
    const r = readouts(`?comp=${comp}`);
    expect(r.formula).toBe(comp);
    expect(Math.abs(r.toleranceFactor - t)).toBeLessThanOrEqual(5.1e-5);
    expect(Math.abs(r.octahedralFactor - mu)).toBeLessThanOrEqual(5.1e-5);
    expect(Math.abs((r.bartelTau as number) - tau)).toBeLessThanOrEqual(5.1e-5);
  });

  it.each(BARTEL_TABLE_S1)('$comp matches Bartel et al. 2019 TableS1 (2 decimals)', ({ comp, t, tau }) => {
    const r = readouts(`?comp=${comp}`);
    expect(Math.abs(r.toleranceFactor - t)).toBeLessThanOrEqual(0.005);
    expect(Math.abs((r.bartelTau as number) - tau)).toBeLessThanOrEqual(0.005);
  });

  it('review radius set: CsPbCl3 with Cs⁺ 1.81 Å gives t 0.8532 (stability.json with_review_alternative_rA); τ stays on Shannon radii (3.98, Bartel TableS1)', () => {
    const r = readouts('?comp=CsPbCl3&radii=review');
    expect(r.rAAngstrom).toBe(1.81);
    expect(Math.abs(r.toleranceFactor - 0.8532)).toBeLessThanOrEqual(5.1e-5);
    // With the review's Cs⁺ 1.81 Å τ would be 4.1479 (stability.json); Bartel calibrated 4.18 on Shannon.
    expect(r.bartelTau).toBe(readouts('?comp=CsPbCl3').bartelTau);
    expect((r.bartelTau as number).toFixed(2)).toBe('3.98');
  });

  it('review radius set: MAPbI3 with MA⁺ 2.70 Å gives t 1.0221 (stability.json) → A too large, drawn cubic', () => {
    const r = readouts('?comp=MAPbI3&radii=review');
    expect(Math.abs(r.toleranceFactor - 1.0221)).toBeLessThanOrEqual(5.1e-5);
    // τ from Shannon/Kieslich radii (MA⁺ 2.17 Å), not the review's 2.70 Å (which would give 3.6181).
    expect((r.bartelTau as number).toFixed(2)).toBe('3.88');
    expect(r.verdict).toBe('a-too-large');
    expect(r.structure).toBe('cubic');
    expect(r.tiltDeg).toBe(0);
  });
});

describe('latticeReadouts: state handling', () => {
  it('has exactly the documented keys, with no NaN', () => {
    const r = readouts('');
    expect(Object.keys(r).sort()).toEqual(
      [
        'aPseudoCubicAngstrom',
        'bartelTau',
        'blackPhaseMetastable',
        'bxbApicalDeg',
        'bxbEquatorialDeg',
        'structureSource',
        'tiltAntiPhaseDeg',
        'tiltInPhaseDeg',
        'criteriaAgree',
        'facet100Share',
        'facet100ShareModel',
        'formula',
        'pbsDotAtoms',
        'goldschmidtPerovskite',
        'octahedralFactor',
        'rAAngstrom',
        'rBAngstrom',
        'rXAngstrom',
        'structure',
        'tauPerovskite',
        'tiltDeg',
        'toleranceFactor',
        'verdict',
      ].sort(),
    );
    for (const v of Object.values(r)) if (typeof v === 'number') expect(Number.isFinite(v)).toBe(true);
  });

  it('default state is CsPbBr3, tilted, drawn orthorhombic from its published structure (Pb–Br–Pb 153.0°, 161.0°)', () => {
    const r = readouts('');
    expect(r.formula).toBe('CsPbBr3');
    expect(r.verdict).toBe('tilted');
    expect(r.structure).toBe('orthorhombic');
    expect(r.structureSource).toBe('published');
    expect(r.bxbEquatorialDeg).toBeCloseTo(152.96, 1);
    expect(r.bxbApicalDeg).toBeCloseTo(160.97, 1);
    expect(r.tiltDeg).toBeCloseTo(((r.tiltAntiPhaseDeg as number) + (r.tiltInPhaseDeg as number)) / 2, 12);
    expect(r.tiltDeg as number).toBeGreaterThan(9);
    expect(r.aPseudoCubicAngstrom).toBeCloseTo(cellParameterAngstrom(1.19, 1.96), 12);
  });

  it('an r_A override replaces the table radius (exact Goldschmidt formula, review Eq. 1)', () => {
    const r = readouts('?comp=CsPbBr3&rA=2.3');
    expect(r.rAAngstrom).toBe(2.3);
    const expected = (2.3 + 1.96) / (Math.SQRT2 * (1.19 + 1.96));
    expect(Math.abs(r.toleranceFactor / expected - 1)).toBeLessThan(1e-12);
    expect(r.toleranceFactor).toBe(toleranceFactor(2.3, 1.19, 1.96));
  });

  it('FAPbI3 (t 0.987) is cubic under auto; phase=orthorhombic forces Pnma', () => {
    expect(readouts('?comp=FAPbI3').structure).toBe('cubic');
    const forced = readouts('?comp=FAPbI3&phase=orthorhombic');
    expect(forced.structure).toBe('orthorhombic');
    // Modelled from t: (1 − t)/(1 − t_CsPbBr3) of CsPbBr₃'s distortion — a small tilt.
    expect(forced.structureSource).toBe('modelled');
    expect(forced.tiltDeg as number).toBeGreaterThan(0);
    expect(forced.tiltDeg as number).toBeLessThan(2);
  });

  it('phase=cubic draws no tilt even for t < 0.9', () => {
    const r = readouts('?comp=CsPbI3&phase=cubic');
    expect(r.structure).toBe('cubic');
    expect(r.tiltDeg).toBe(0);
  });

  it('outside the window (t < 0.813) the structure is "non-perovskite" and no tilt is claimed', () => {
    const r = readouts('?comp=CsPbI3&rA=1.2');
    // t = (1.2 + 2.2) / (√2 (1.19 + 2.2)) = 0.7092 < 0.813 (review §2.1)
    expect(r.toleranceFactor).toBeCloseTo(0.70918, 4);
    expect(r.verdict).toBe('non-perovskite');
    expect(r.structure).toBe('non-perovskite');
    expect(r.tiltDeg).toBeNull();
    expect(r.goldschmidtPerovskite).toBe(false);
  });

  it('CsPbI3: Goldschmidt says perovskite, τ 4.30 ≥ 4.18 says no (criteria disagree)', () => {
    const r = readouts('?comp=CsPbI3');
    expect(r.goldschmidtPerovskite).toBe(true);
    expect(r.tauPerovskite).toBe(false);
    expect(r.criteriaAgree).toBe(false);
  });

  it('mixed Cs0.5FA0.5PbI3 averages r_A linearly: (1.88 + 2.53)/2 = 2.205 Å', () => {
    const r = readouts('?comp=Cs0.5FA0.5PbI3');
    expect(r.rAAngstrom).toBeCloseTo(2.205, 12);
    expect(r.formula).toBe('Cs0.5FA0.5PbI3');
  });

  it('a bad comp in the URL is refused with a warning and the default CsPbBr3 is used', () => {
    const { state, warnings } = parseQuery('?comp=Xy3');
    expect(warnings.map((w) => w.key)).toEqual(['comp']);
    expect(latticeReadouts(state).formula).toBe('CsPbBr3');
  });

  it('a state whose comp the parser rejects (not via the URL) falls back to CsPbBr3 and says why', () => {
    const state = { ...parseQuery('').state, comp: 'Xy3' };
    const m = latticeModel(state);
    expect(m.formula).toBe('CsPbBr3');
    expect(m.formulaError).toEqual({ code: 'unknown-symbol', at: 'Xy3' });
    expect(latticeReadouts(state).formula).toBe('CsPbBr3');
  });

  it('rA outside the schema range is clamped by the URL layer, and t follows the clamped value', () => {
    const { state, warnings } = parseQuery('?rA=9');
    expect(warnings.length).toBe(1);
    expect(latticeReadouts(state).rAAngstrom).toBe(3.2);
  });
});
