/**
 * Words for the stability verdict of lib/physics/tolerance.ts perovskiteVerdict (review §2.1 windows,
 * Bartel τ < 4.18). Pure: used by the badge, the live summary and the canvas overlay. The sentences are
 * messages of messages/lattice/en.json; the windows are passed in, formatted, from tolerance.ts.
 */
import { m } from '../../paraglide/messages.js';
import { fixed, sig } from '../../lib/format';
import type { PerovskiteVerdict, VerdictReason, VerdictReasonCode } from '../../lib/physics/tolerance';
import {
  MU_MAX,
  MU_MIN,
  TAU_THRESHOLD,
  T_CUBIC_MAX,
  T_CUBIC_MIN,
  T_PEROVSKITE_MAX,
  T_PEROVSKITE_MIN,
} from '../../lib/physics/tolerance';

export type VerdictTone = 'ok' | 'info' | 'warn' | 'bad';

export interface VerdictWords {
  tone: VerdictTone;
  /** Short headline, e.g. "Tilted perovskite". */
  title: string;
  /** One line: why, in the student's words. */
  why: string;
}

/** A window edge as the review writes it: 0.813, 1.107, 0.9, 1 (shortest form, up to 4 significant digits). */
export const limit = (x: number): string => sig(x, 4);
/** The cubic band as the headline writes it: 0.9 and 1.0. */
const band = (x: number): string => fixed(x, 1);

export interface VerdictContext {
  /** The black perovskite phase is known to be metastable at room temperature (CsPbI₃). */
  blackPhaseMetastable?: boolean;
}

/**
 * Headline of the verdict. Where t says perovskite but Bartel's τ says no, the headline says so as a
 * warning — "Black phase metastable at room temperature" for a compound known to be (CsPbI₃), else
 * "Perovskite unlikely: τ says no" (e.g. RbPbI₃) — never a check mark.
 */
export function verdictWords(v: PerovskiteVerdict, context: VerdictContext = {}): VerdictWords {
  if ((v.phase === 'tilted' || v.phase === 'cubic') && v.tauPerovskite === false) {
    const threshold = limit(TAU_THRESHOLD);
    return context.blackPhaseMetastable
      ? { tone: 'warn', title: m.lat_verdict_metastable_title(), why: m.lat_verdict_metastable_why({ threshold }) }
      : { tone: 'warn', title: m.lat_verdict_tau_no_title(), why: m.lat_verdict_tau_no_why({ threshold }) };
  }
  switch (v.phase) {
    case 'cubic':
      return {
        tone: 'ok',
        title: m.lat_verdict_cubic_title(),
        why: m.lat_verdict_cubic_why({ min: band(T_CUBIC_MIN), max: band(T_CUBIC_MAX) }),
      };
    case 'tilted':
      return {
        tone: 'info',
        title: m.lat_verdict_tilted_title(),
        why: m.lat_verdict_tilted_why({ min: band(T_CUBIC_MIN) }),
      };
    case 'a-too-large':
      return {
        tone: 'warn',
        title: m.lat_verdict_a_too_large_title(),
        why:
          v.t > T_PEROVSKITE_MAX
            ? m.lat_verdict_a_too_large_why_outside({ max: limit(T_PEROVSKITE_MAX) })
            : m.lat_verdict_a_too_large_why({ max: band(T_CUBIC_MAX) }),
      };
    case 'non-perovskite': {
      let why: string;
      if (v.mu < MU_MIN) why = m.lat_verdict_none_why_mu_low({ min: limit(MU_MIN) });
      else if (v.mu > MU_MAX) why = m.lat_verdict_none_why_mu_high({ max: limit(MU_MAX) });
      else if (v.t < T_PEROVSKITE_MIN) why = m.lat_verdict_none_why_t_low({ min: limit(T_PEROVSKITE_MIN) });
      else why = m.lat_verdict_none_why_t_high({ max: limit(T_PEROVSKITE_MAX) });
      return { tone: 'bad', title: m.lat_verdict_none_title(), why };
    }
  }
}

/** When Goldschmidt (t, μ) and Bartel's τ disagree, one sentence saying so; else null. */
export function disagreement(v: PerovskiteVerdict): string | null {
  if (v.criteriaAgree || v.tau === null) return null;
  // Already the headline (verdictWords).
  if ((v.phase === 'tilted' || v.phase === 'cubic') && v.tauPerovskite === false) return null;
  const threshold = limit(TAU_THRESHOLD);
  return v.goldschmidtPerovskite ? m.lat_disagree_tau_no({ threshold }) : m.lat_disagree_tau_yes({ threshold });
}

const f3 = (x: number): string => fixed(x, 3);
const f2 = (x: number): string => fixed(x, 2);
const tWindow = (): { min: string; max: string } => ({ min: limit(T_PEROVSKITE_MIN), max: limit(T_PEROVSKITE_MAX) });
const muWindow = (): { min: string; max: string } => ({ min: limit(MU_MIN), max: limit(MU_MAX) });

/** One sentence per reason code; the mapped type makes TypeScript check that every code has its sentence. */
const REASON_TEXT: { [C in VerdictReasonCode]: (r: Extract<VerdictReason, { code: C }>) => string } = {
  't-below-window': (r) => m.lat_reason_t_below({ t: f3(r.t), ...tWindow() }),
  't-above-window': (r) => m.lat_reason_t_above({ t: f3(r.t), ...tWindow() }),
  't-inside-window': (r) => m.lat_reason_t_inside({ t: f3(r.t), ...tWindow() }),
  'mu-below-window': (r) => m.lat_reason_mu_below({ mu: f3(r.mu), ...muWindow() }),
  'mu-above-window': (r) => m.lat_reason_mu_above({ mu: f3(r.mu), ...muWindow() }),
  'mu-inside-window': (r) => m.lat_reason_mu_inside({ mu: f3(r.mu), ...muWindow() }),
  'phase-cubic': (r) => m.lat_reason_phase_cubic({ t: f3(r.t), min: limit(T_CUBIC_MIN), max: limit(T_CUBIC_MAX) }),
  'phase-tilted': (r) => m.lat_reason_phase_tilted({ t: f3(r.t), min: limit(T_CUBIC_MIN) }),
  'phase-a-too-large': (r) => m.lat_reason_phase_a_too_large({ t: f3(r.t), max: limit(T_CUBIC_MAX) }),
  'tau-undefined': (r) => m.lat_reason_tau_undefined({ rA: f2(r.rA), rB: f2(r.rB) }),
  'tau-perovskite': (r) => m.lat_reason_tau_perovskite({ tau: f2(r.tau), threshold: limit(TAU_THRESHOLD) }),
  'tau-non-perovskite': (r) => m.lat_reason_tau_non_perovskite({ tau: f2(r.tau), threshold: limit(TAU_THRESHOLD) }),
  'criteria-disagree-tau-no': (r) => m.lat_reason_disagree_tau_no({ tau: f2(r.tau), threshold: limit(TAU_THRESHOLD) }),
  'criteria-disagree-tau-yes': (r) => m.lat_reason_disagree_tau_yes({ tau: f2(r.tau), threshold: limit(TAU_THRESHOLD) }),
  'iodide-delta-phase': () => m.lat_reason_iodide_delta_phase(),
  'iodide-cspbi3-situation': () => m.lat_reason_iodide_cspbi3(),
};

/** The sentence of one verdict reason, with its numbers (t, μ to 3 decimals; τ and radii to 2). */
export function reasonText(r: VerdictReason): string {
  return (REASON_TEXT[r.code] as (r: VerdictReason) => string)(r);
}
