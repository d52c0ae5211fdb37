/**
 * Words for the formula parser's errors (lib/physics/composition.ts FormulaError codes): one message of
 * messages/lattice/en.json per code and site, so a translation never glues a site name into a sentence.
 */
import { m } from '../paraglide/messages.js';
import { sig } from '../lib/format';
import type { FormulaError, FormulaErrorCode } from '../lib/physics/composition';

/** One sentence per code; the mapped type makes TypeScript check that every code has its sentence. */
const FORMULA_ERROR_TEXT: { [C in FormulaErrorCode]: (e: Extract<FormulaError, { code: C }>) => string } = {
  unreadable: () => m.lat_formula_error_unreadable(),
  'not-text': () => m.lat_formula_error_not_text(),
  empty: () => m.lat_formula_error_empty(),
  'too-long': (e) => m.lat_formula_error_too_long({ max: String(e.maxLength) }),
  'unknown-symbol': (e) => m.lat_formula_error_unknown_symbol({ at: e.at }),
  'number-not-finite': (e) => m.lat_formula_error_number_not_finite({ ion: e.ion }),
  'subscript-not-positive': (e) => m.lat_formula_error_subscript_not_positive({ ion: e.ion }),
  'wrong-order': (e) =>
    ({ A: m.lat_formula_error_order_a, B: m.lat_formula_error_order_b, X: m.lat_formula_error_order_x })[e.site]({ ion: e.ion }),
  'repeated-ion': (e) => m.lat_formula_error_repeated_ion({ ion: e.ion }),
  'missing-site': (e) =>
    ({ A: m.lat_formula_error_missing_a, B: m.lat_formula_error_missing_b, X: m.lat_formula_error_missing_x })[e.site](),
  'subscript-sum': (e) =>
    ({ A: m.lat_formula_error_sum_a, B: m.lat_formula_error_sum_b, X: m.lat_formula_error_sum_x })[e.site]({
      ions: e.ions.join(', '),
      // Six significant digits, trailing zeros dropped: 2, 0.999, 1.00001.
      sum: sig(e.sum, 6),
      target: String(e.target),
    }),
};

/** The sentence saying why a formula could not be read. */
export function formulaErrorText(e: FormulaError): string {
  return (FORMULA_ERROR_TEXT[e.code] as (e: FormulaError) => string)(e);
}
