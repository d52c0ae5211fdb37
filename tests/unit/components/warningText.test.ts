/**
 * The words of the URL-state warnings (src/i18n/warningText.ts): url.ts returns codes and values,
 * the shell says them — in the same English sentences the banner showed before the codes (issue #7).
 */
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { parseQuery, applyPartial } from '../../../src/lib/state/url';
import { defaultState, SCHEMA } from '../../../src/lib/state/schema';
import { warningText } from '../../../src/i18n/warningText';

const texts = (query: string) => parseQuery(query).warnings.map(warningText);

describe('warningText', () => {
  it('words unknown and repeated parameters', () => {
    expect(texts('foo=bar')).toEqual(['Unknown parameter “foo” was ignored.']);
    expect(texts('view=ligands&view=lattice')).toEqual(['Parameter “view” was given more than once; the first value was used.']);
  });

  it('words a clamped number, with and without a unit', () => {
    expect(texts('rA=99')).toEqual(['“rA=99” is outside 1–3.2 Å; using 3.2.']);
    expect(texts('step=99')).toEqual(['“step=99” is outside 0–20; using 20.']);
  });

  it('words refused values with their reason', () => {
    expect(texts('rA=abc')).toEqual(['“rA=abc” was ignored (expected a number); using the default.']);
    expect(texts('theme=neon')).toEqual(['“theme=neon” was ignored (expected one of light, dark, projector); using the default.']);
    expect(texts('embed=yes')).toEqual(['“embed=yes” was ignored (expected 1 or 0); using the default.']);
    expect(texts('materials=Gold')).toEqual([
      `“materials=Gold” was ignored (expected a comma list of ${SCHEMA.materials.values.join(', ')}); using the default.`,
    ]);
    expect(texts('cells=30')).toEqual(['“cells=30” was ignored (each repeat must be between 1 and 20); using the default.']);
    expect(texts('target=blue')).toEqual([
      '“target=blue” was ignored (expected a wavelength such as 520nm or a gap such as 2.4eV); using the default.',
    ]);
    expect(texts('target=10nm')).toEqual(['“target=10nm” was ignored (wavelength must be 200–4000 nm); using the default.']);
    expect(texts('target=9eV')).toEqual(['“target=9eV” was ignored (gap must be 0.3–6 eV); using the default.']);
    expect(texts('vac=<b>')).toEqual([
      '“vac=<b>” was ignored (expected a comma list of short ids such as x3,a5 or oam@x3); using the default.',
    ]);
    expect(texts(`comp=${'A'.repeat(50)}`)).toEqual([`“comp=${'A'.repeat(24)}…” was ignored (is longer than 40 characters); using the default.`]);
  });

  it('words a refused formula with the composition parser’s own sentence', () => {
    const [t] = texts('comp=Xy3');
    expect(t).toMatch(/^“comp=Xy3” was ignored \(Unknown symbol at "Xy3": .*\); using the default\.$/);
  });

  it('words values that are not strings (attributes, pqd:set) by their type', () => {
    const w = applyPartial(defaultState(), [['d', Number.NaN], ['materials', 3]]).warnings.map(warningText);
    expect(w).toEqual([
      '“d=number” was ignored (expected a finite number); using the default.',
      '“materials=number” was ignored (expected a comma list); using the default.',
    ]);
  });

  it('gives every warning of any query a sentence', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...Object.keys(SCHEMA), 'zz', ''), fc.string({ maxLength: 12 })), { maxLength: 6 }), (pairs) => {
        for (const w of applyPartial(defaultState(), pairs).warnings) expect(warningText(w).length).toBeGreaterThan(10);
      }),
      { numRuns: 2000 },
    );
  });
});
