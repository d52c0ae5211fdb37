/**
 * Bartel et al., Sci. Adv. 5 (2019) eaav0693, Table S1 (CJBartel/perovskite-stability TableS1.csv @965b8de,
 * copied verbatim into /work/shared/reference/bartel-tableS1.csv; the rows tested here are copied into
 * fixtures/bartel-tableS1-rows.csv). The lattice view's τ is computed from Shannon radii as Bartel did,
 * whichever radius table the student chose for t and μ (issue #11): it must reproduce the published τ,
 * its classification (τ < 4.18) and the experimental label of these rows.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { latticeReadouts } from '../../../src/lib/readouts/lattice';
import { parseQuery } from '../../../src/lib/state/url';
import { bartelTau, TAU_THRESHOLD } from '../../../src/lib/physics/tolerance';

const rows = readFileSync(join(__dirname, 'fixtures', 'bartel-tableS1-rows.csv'), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => {
    const c = line.split(',');
    return { formula: c[0], exp: Number(c[1]), rA: Number(c[9]), rB: Number(c[10]), rX: Number(c[11]), t: Number(c[12]), tau: Number(c[13]), tauPred: Number(c[15]) };
  });

describe('τ against Bartel Table S1 rows (fixture)', () => {
  it('has the rows', () => expect(rows.map((r) => r.formula).sort()).toEqual(['CsPbBr3', 'CsPbCl3', 'CsPbF3', 'CsPbI3', 'CsSnBr3', 'CsSnI3', 'RbPbI3']));
  it.each(rows.map((r) => [r.formula, r] as const))('%s: τ from the table radii equals the published τ (2 decimals) and its prediction', (_f, r) => {
    const tau = bartelTau(r.rA, r.rB, r.rX) as number;
    expect(Math.abs(tau - r.tau)).toBeLessThanOrEqual(0.005 + 1e-9);
    expect(tau < TAU_THRESHOLD ? 1 : -1).toBe(r.tauPred);
  });
  it.each(rows.map((r) => [r.formula, r] as const))('%s: the lattice readout τ is the same with the review radius table', (formula, r) => {
    for (const set of ['shannon', 'review']) {
      const { state, warnings } = parseQuery(`?comp=${formula}&radii=${set}`);
      expect(warnings).toEqual([]);
      const out = latticeReadouts(state);
      expect(Math.abs((out.bartelTau as number) - r.tau)).toBeLessThanOrEqual(0.005 + 1e-9);
    }
  });
  it('RbPbI3 (exp. label −1, non-perovskite) and CsPbI3 (τ 4.30) are predicted non-perovskite by τ; the headline is not "tilted"', () => {
    for (const f of ['RbPbI3', 'CsPbI3']) expect(latticeReadouts(parseQuery(`?comp=${f}`).state).tauPerovskite).toBe(false);
  });
});
