/**
 * Words for the stability verdict of lib/physics/tolerance.ts perovskiteVerdict (review §2.1 windows,
 * Bartel τ < 4.18). Pure: used by the badge, the live summary and the canvas overlay.
 */
import type { PerovskiteVerdict } from '../../lib/physics/tolerance';
import { MU_MAX, MU_MIN, T_PEROVSKITE_MAX, T_PEROVSKITE_MIN } from '../../lib/physics/tolerance';

export type VerdictTone = 'ok' | 'info' | 'warn' | 'bad';

export interface VerdictWords {
  tone: VerdictTone;
  /** Short headline, e.g. "Tilted perovskite". */
  title: string;
  /** One line: why, in the student's words. */
  why: string;
}

export function verdictWords(v: PerovskiteVerdict): VerdictWords {
  switch (v.phase) {
    case 'cubic':
      return {
        tone: 'ok',
        title: 'Cubic perovskite',
        why: 'The A cation fits its cage: 0.9 ≤ t ≤ 1.0, the ideal cubic α phase (Pm3̄m).',
      };
    case 'tilted':
      return {
        tone: 'info',
        title: 'Tilted perovskite',
        why: 'The A cation is a little small for its cage (t < 0.9): the octahedra tilt, giving an orthorhombic γ-type structure.',
      };
    case 'a-too-large':
      return {
        tone: 'warn',
        title: 'A cation too large',
        why:
          v.t > T_PEROVSKITE_MAX
            ? `t > ${T_PEROVSKITE_MAX}: the A cation cannot fit between corner-sharing octahedra; no perovskite forms.`
            : 't > 1.0: the A cation is too large for the cubic cage; hexagonal (face-sharing) phases compete.',
      };
    case 'non-perovskite': {
      let why: string;
      if (v.mu < MU_MIN) why = `μ < ${MU_MIN}: the B cation is too small for a stable BX₆ octahedron.`;
      else if (v.mu > MU_MAX) why = `μ > ${MU_MAX}: the B cation is too large for a stable BX₆ octahedron.`;
      else if (v.t < T_PEROVSKITE_MIN) why = `t < ${T_PEROVSKITE_MIN}: the A cation is too small to hold the corner-sharing framework.`;
      else why = `t > ${T_PEROVSKITE_MAX}: the A cation is far too large for the cage.`;
      return { tone: 'bad', title: 'Not a perovskite', why };
    }
  }
}

/** When Goldschmidt (t, μ) and Bartel's τ disagree, one sentence saying so; else null. */
export function disagreement(v: PerovskiteVerdict): string | null {
  if (v.criteriaAgree || v.tau === null) return null;
  return v.goldschmidtPerovskite
    ? 'Bartel’s τ disagrees: τ ≥ 4.18 predicts no perovskite. Such compounds are often perovskite only when hot, or metastable.'
    : 'Bartel’s τ disagrees: τ < 4.18 predicts a perovskite although t or μ is outside the review’s ranges.';
}
