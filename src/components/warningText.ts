/**
 * The words of the URL-state warnings (src/lib/state/url.ts returns codes and values; the shell says them):
 * used by the ErrorBanner, and by the iframe bridge for the `warnings` sentences of `pqd:warnings`.
 * `Record<Code, …>` tables, so TypeScript proves every code has a message. Plain text: rendered as text,
 * never as HTML.
 */
import { m } from '../paraglide/messages.js';
import type { RefusalReason, Warning } from '../lib/state/url';
import { formulaErrorText } from '../views/lattice/formulaText';

type ReasonCode = RefusalReason['code'];
type ReasonOf<C extends ReasonCode> = Extract<RefusalReason, { code: C }>;
/** Name and value of the refused parameter, as the message shows them. */
interface Named {
  name: string;
  value: string;
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
};

/** Why a value was refused, as the whole warning sentence for `name=value`. */
export function refusalText(name: string, value: string, reason: RefusalReason): string {
  const say = REFUSED[reason.code] as (n: Named, r: RefusalReason) => string;
  return say({ name, value }, reason);
}

const WARNING: { [C in Warning['code']]: (w: Extract<Warning, { code: C }>) => string } = {
  unknown: (w) => m.url_unknown({ name: w.key }),
  repeated: (w) => m.url_repeated({ name: w.key }),
  clamped: (w) => {
    // Range ends and the clamped value as the schema writes them (String, as in a URL).
    const p = { name: w.key, value: w.value, min: String(w.min), max: String(w.max), used: String(w.used) };
    return w.unit ? m.url_clamped_unit({ ...p, unit: w.unit }) : m.url_clamped(p);
  },
  refused: (w) => refusalText(w.key, w.value, w.reason),
  unreadable_address: () => m.url_unreadable_address(),
};

/** One warning as a sentence. */
export function warningText(w: Warning): string {
  return (WARNING[w.code] as (w: Warning) => string)(w);
}
