import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compositionVerdict,
  effectiveRadii,
  formatFormula,
  parseFormula,
  type Composition,
} from '../../../src/lib/physics/composition';
import { IONS_BY_SITE, type IonId } from '../../../src/lib/data/ionicRadii';

function parsed(text: string): Composition {
  const r = parseFormula(text);
  if (!r.ok) throw new Error(`expected ${text} to parse: ${r.error}`);
  return r.composition;
}

describe('parseFormula', () => {
  it('CsPbI3', () => {
    expect(parsed('CsPbI3')).toEqual({
      A: [{ ion: 'Cs', fraction: 1 }],
      B: [{ ion: 'Pb', fraction: 1 }],
      X: [{ ion: 'I', fraction: 1 }],
    });
  });

  it.each(['FAPbI3', 'MAPbI3', 'CsSnI3', 'RbPbBr3', 'CsPbCl3', 'CsGeI3', 'KPbF3', 'GAPbI3'])('%s parses', (f) => {
    const c = parsed(f);
    expect(c.A).toHaveLength(1);
    expect(c.X[0].fraction).toBe(1);
  });

  it('mixed sites: Cs0.5FA0.5PbI3, Cs0.85FA0.15PbI3, CsPbBr1.5I1.5', () => {
    expect(parsed('Cs0.5FA0.5PbI3').A).toEqual([
      { ion: 'Cs', fraction: 0.5 },
      { ion: 'FA', fraction: 0.5 },
    ]);
    const c = parsed('Cs0.85FA0.15PbI3');
    expect(c.A[0].fraction).toBeCloseTo(0.85, 15);
    expect(c.A[1].fraction).toBeCloseTo(0.15, 15);
    expect(parsed('CsPbBr1.5I1.5').X).toEqual([
      { ion: 'Br', fraction: 0.5 },
      { ion: 'I', fraction: 0.5 },
    ]);
    expect(parsed('CsPbClBr2').X.map((s) => s.fraction)).toEqual([1 / 3, 2 / 3]);
  });

  it('accepts whitespace and Unicode subscripts', () => {
    expect(parsed(' Cs Pb I₃ ')).toEqual(parsed('CsPbI3'));
    expect(parsed('CsPbBr₁.₅I₁.₅')).toEqual(parsed('CsPbBr1.5I1.5'));
  });

  it.each([
    ['', { code: 'empty' }],
    ['CsPbI', { code: 'subscript-sum', site: 'X', ions: ['I'], sum: 1, target: 3 }],
    ['CsFAPbI3', { code: 'subscript-sum', site: 'A', ions: ['Cs', 'FA'], sum: 2, target: 1 }],
    ['PbCsI3', { code: 'wrong-order', ion: 'Cs', site: 'A' }],
    ['CsPbI3Cs', { code: 'wrong-order', ion: 'Cs', site: 'A' }],
    ['CsCsPbI3', { code: 'repeated-ion', ion: 'Cs' }],
    ['CsPbXe3', { code: 'unknown-symbol', at: 'Xe3' }],
    ['CsI3', { code: 'missing-site', site: 'B' }],
    ['Cs0PbI3', { code: 'subscript-not-positive', ion: 'Cs' }],
    ['csPbI3', { code: 'unknown-symbol', at: 'csPbI3' }],
    ['CsPb', { code: 'missing-site', site: 'X' }],
    ['Cs'.repeat(101), { code: 'too-long', maxLength: 200 }],
  ])('rejects %j', (text, detail) => {
    const r = parseFormula(text);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.detail).toEqual(detail);
      expect(r.error).toBe(detail.code);
    }
  });

  it('never throws on arbitrary strings (fast-check)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (s) => {
        const r = parseFormula(s);
        expect(typeof r.ok).toBe('boolean');
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('Cs', 'FA', 'F', 'A', 'Pb', 'I', 'Br', '0.5', '1', '.', '3', '1e3', '-', ' ', '₃'), {
          maxLength: 20,
        }),
        (parts) => {
          const r = parseFormula(parts.join(''));
          expect(typeof r.ok).toBe('boolean');
        },
      ),
      { numRuns: 2000 },
    );
  }, 60_000); // generous timeout: 4000 runs take ~0.3 s, but CI machines can be heavily loaded

  it('non-string input gives an error object', () => {
    expect(parseFormula(undefined as unknown as string)).toEqual({ ok: false, error: 'not-text', detail: { code: 'not-text' } });
    expect(parseFormula(42 as unknown as string).ok).toBe(false);
  });
});

describe('formatFormula', () => {
  it.each(['CsPbI3', 'FAPbI3', 'MAPbI3', 'Cs0.5FA0.5PbI3', 'CsPbBr1.5I1.5', 'CsSnI3', 'RbPbBr3', 'Cs0.85FA0.15PbI3'])(
    '%s round-trips exactly',
    (f) => {
      expect(formatFormula(parsed(f))).toBe(f);
    },
  );

  it('drops zero shares; normalises', () => {
    expect(
      formatFormula({ A: [{ ion: 'Cs', fraction: 1 }, { ion: 'FA', fraction: 0 }], B: [{ ion: 'Pb', fraction: 1 }], X: [{ ion: 'I', fraction: 1 }] }),
    ).toBe('CsPbI3');
  });

  it('throws RangeError for an invalid composition', () => {
    expect(() => formatFormula({ A: [], B: [{ ion: 'Pb', fraction: 1 }], X: [{ ion: 'I', fraction: 1 }] })).toThrow(RangeError);
    expect(() =>
      formatFormula({ A: [{ ion: 'Pb', fraction: 1 }], B: [{ ion: 'Pb', fraction: 1 }], X: [{ ion: 'I', fraction: 1 }] }),
    ).toThrow(RangeError);
    expect(() =>
      formatFormula({ A: [{ ion: 'Cs', fraction: Number.NaN }], B: [{ ion: 'Pb', fraction: 1 }], X: [{ ion: 'I', fraction: 1 }] }),
    ).toThrow(RangeError);
  });

  it('parse ∘ format is the identity to 1e-6 on random compositions (fast-check)', () => {
    const siteArb = (ions: readonly IonId[]) =>
      fc
        .subarray([...ions], { minLength: 1 })
        .chain((chosen) =>
          fc.tuple(fc.constant(chosen), fc.array(fc.double({ min: 0.01, max: 1, noNaN: true }), { minLength: chosen.length, maxLength: chosen.length })),
        )
        .map(([chosen, w]) => {
          const total = w.reduce((a, b) => a + b, 0);
          return chosen.map((ion, i) => ({ ion, fraction: w[i] / total }));
        });
    fc.assert(
      fc.property(siteArb(IONS_BY_SITE.A), siteArb(IONS_BY_SITE.B), siteArb(IONS_BY_SITE.X), (A, B, X) => {
        const c: Composition = { A, B, X };
        const text = formatFormula(c);
        const back = parsed(text);
        for (const site of ['A', 'B', 'X'] as const) {
          expect(back[site].map((s) => s.ion)).toEqual(c[site].map((s) => s.ion));
          back[site].forEach((s, i) => expect(Math.abs(s.fraction - c[site][i].fraction)).toBeLessThan(1e-6));
        }
        expect(formatFormula(back)).toBe(text);
      }),
      { numRuns: 500 },
    );
  }, 60_000);
});

describe('effectiveRadii', () => {
  it('single-ion sites give the table radii (ionic-radii.json)', () => {
    expect(effectiveRadii(parsed('CsPbI3'))).toEqual({ rA: 1.88, rB: 1.19, rX: 2.2 });
    expect(effectiveRadii(parsed('CsPbI3'), 'review')).toEqual({ rA: 1.81, rB: 1.19, rX: 2.2 });
  });

  it('mixed sites are composition-weighted', () => {
    const r = effectiveRadii(parsed('Cs0.5FA0.5PbBr1.5I1.5'));
    expect(r.rA).toBeCloseTo((1.88 + 2.53) / 2, 12);
    expect(r.rX).toBeCloseTo((1.96 + 2.2) / 2, 12);
    const rv = effectiveRadii(parsed('Cs0.85FA0.15PbI3'), 'review');
    expect(rv.rA).toBeCloseTo(0.85 * 1.81 + 0.15 * 2.79, 12);
  });

  it('compositionVerdict flags iodide-rich X sites', () => {
    const v = compositionVerdict(parsed('CsPbI3'));
    expect(v.t).toBeCloseTo(0.851, 3);
    expect(v.reasons.map((r) => r.code)).toContain('iodide-cspbi3-situation');
    expect(compositionVerdict(parsed('CsPbBr3')).reasons.map((r) => r.code)).not.toContain('iodide-cspbi3-situation');
    // Cs/FA alloying raises t into the cubic window
    expect(compositionVerdict(parsed('Cs0.25FA0.75PbI3')).phase).toBe('cubic');
  });
});
