/**
 * The words of the URL-state warnings (src/lib/state/url.ts returns codes and values; the shell says them):
 * used by the ErrorBanner, and by the iframe bridge for the `warnings` sentences of `pqd:warnings`.
 * `Record<Code, …>` tables, so TypeScript proves every code has a message. Plain text: rendered as text,
 * never as HTML.
 */
import { m } from '../paraglide/messages.js';
import type { RefusalReason, Warning } from '../lib/state/url';
import { formulaErrorText } from './formulaText';

type ReasonCode = RefusalReason['code'];
type ReasonOf<C extends ReasonCode> = Extract<RefusalReason, { code: C }>;
/** Name and value of the refused parameter, as the message shows them, and what was used instead. */
interface Named {
  name: string;
  value: string;
  outcome: string;
}

const REFUSED: { [C in ReasonCode]: (n: Named, r: ReasonOf<C>) => string } = {
  one_of: (n, r) => m.url_refused_one_of({ ...n, values: r.values }),
  bool: (n) => m.url_refused_bool(n),
  number: (n) => m.url_refused_number(n),
  finite: (n) => m.url_refused_finite(n),
  list: (n) => m.url_refused_list(n),
  list_of: (n, r) => m.url_refused_list_of({ ...n, values: r.values }),
  empty: (n) => m.url_refused_empty(n),
  text: (n) => m.url_refused_text(n),
  too_long: (n, r) => m.url_refused_too_long({ ...n, max: String(r.maxLength) }),
  unreadable: (n) => m.url_refused_unreadable(n),
  cells: (n) => m.url_refused_cells(n),
  cells_range: (n, r) => m.url_refused_cells_range({ ...n, max: String(r.max) }),
  target: (n) => m.url_refused_target(n),
  target_wavelength: (n, r) => m.url_refused_target_wavelength({ ...n, min: String(r.min), max: String(r.max) }),
  target_gap: (n, r) => m.url_refused_target_gap({ ...n, min: String(r.min), max: String(r.max) }),
  formula: (n, r) => m.url_refused_formula({ ...n, reason: formulaErrorText(r.error) }),
  tokens: (n) => m.url_refused_tokens(n),
  scenario: (n) => m.url_refused_scenario(n),
  view3d: (n) => m.url_refused_view3d(n),
};

/**
 * What happened instead of a refused value: from a URL the default is used; from an embedding page
 * (`pqd:set`, `el.state`, a changed attribute) the widget keeps its current value (issue #14).
 */
export type Outcome = 'default' | 'kept';
const OUTCOME: Record<Outcome, () => string> = { default: m.url_outcome_default, kept: m.url_outcome_kept };

/** Why a value was refused, as the whole warning sentence for `name=value`. */
export function refusalText(name: string, value: string, reason: RefusalReason, outcome: Outcome = 'default'): string {
  const say = REFUSED[reason.code] as (n: Named, r: RefusalReason) => string;
  return say({ name, value, outcome: OUTCOME[outcome === 'kept' ? 'kept' : 'default']() }, reason);
}

const WARNING: { [C in Warning['code']]: (w: Extract<Warning, { code: C }>, outcome: Outcome) => string } = {
  unknown: (w) => m.url_unknown({ name: w.key }),
  repeated: (w) => m.url_repeated({ name: w.key }),
  clamped: (w) => {
    // Range ends and the clamped value as the schema writes them (String, as in a URL).
    const p = { name: w.key, value: w.value, min: String(w.min), max: String(w.max), used: String(w.used) };
    return w.unit ? m.url_clamped_unit({ ...p, unit: w.unit }) : m.url_clamped(p);
  },
  refused: (w, outcome) => refusalText(w.key, w.value, w.reason, outcome),
  unreadable_address: () => m.url_unreadable_address(),
};

/** One warning as a sentence, as for a URL: a refused value leaves the default in place. */
export function warningText(w: Warning): string {
  return (WARNING[w.code] as (w: Warning, outcome: Outcome) => string)(w, 'default');
}

/** One warning as a sentence for an embedding page (`pqd:set`): a refused value leaves the current one. */
export function keptWarningText(w: Warning): string {
  return (WARNING[w.code] as (w: Warning, outcome: Outcome) => string)(w, 'kept');
}
