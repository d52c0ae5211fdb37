/**
 * Dot-to-dot tunnelling coupling ∝ exp(−β·d) (model.ts, part 4), d = the inter-dot gap bridged by two
 * ligand shells. β is measured through one alkanethiol monolayer, not between dots: illustrative.
 * Pure TypeScript: no DOM.
 */
import { ligandById } from '../data/ligands';
import { finite } from './checks';

/**
 * Tunnelling decay constant β, nm⁻¹: 0.91 Å⁻¹ = 9.1 nm⁻¹, through-bond β of alkanethiol monolayers,
 * Slowinski et al., J. Am. Chem. Soc. 1997, 119, 11910 (abstract: "βtb = 1.14 per methylene group or
 * 0.91 Å⁻¹"). Marking (a2): read in a third-party copy of the abstract. Measured for electron transfer
 * through a single alkanethiol layer on mercury, NOT between dots: illustrative for dot-to-dot coupling.
 */
export const TUNNELLING_BETA_PER_NM = 9.1;

// ------------------------------------------------------------------------------------------------ tunnelling

/**
 * Relative tunnelling coupling across a gap d:  T = exp(−β·d).
 * β default TUNNELLING_BETA_PER_NM (9.1 nm⁻¹, alkanethiol monolayers; illustrative for dots).
 * @throws RangeError for non-finite input, distanceNm < 0 or betaPerNm ≤ 0.
 */
export function tunnellingCoupling(distanceNm: number, betaPerNm: number = TUNNELLING_BETA_PER_NM): number {
  finite('distanceNm', distanceNm);
  finite('betaPerNm', betaPerNm);
  if (distanceNm < 0) throw new RangeError(`distanceNm must be ≥ 0, got ${distanceNm}`);
  if (betaPerNm <= 0) throw new RangeError(`betaPerNm must be > 0, got ${betaPerNm}`);
  return Math.exp(-betaPerNm * distanceNm);
}

/**
 * Coupling of gap d relative to a reference gap: exp(−β·(d − d_ref)), > 1 when d < d_ref.
 * @throws RangeError as tunnellingCoupling, or when the ratio overflows (|β·(d − d_ref)| > 700).
 */
export function relativeCoupling(distanceNm: number, referenceDistanceNm: number, betaPerNm: number = TUNNELLING_BETA_PER_NM): number {
  const log10 = tunnellingLog10Ratio(distanceNm, referenceDistanceNm, betaPerNm);
  if (Math.abs(log10 * Math.LN10) > 700) throw new RangeError('coupling ratio out of range; use tunnellingLog10Ratio');
  return Math.exp(log10 * Math.LN10);
}

/** log10 of relativeCoupling: −β·(d − d_ref)/ln 10 (for ratios too large to print). Same guards. */
export function tunnellingLog10Ratio(distanceNm: number, referenceDistanceNm: number, betaPerNm: number = TUNNELLING_BETA_PER_NM): number {
  tunnellingCoupling(distanceNm, betaPerNm);
  tunnellingCoupling(referenceDistanceNm, betaPerNm);
  return (-betaPerNm * (distanceNm - referenceDistanceNm)) / Math.LN10;
}

export interface ShellEstimate {
  /** Longest tail among the placed ligands with a length estimate, nm (0 for bare ions); null if none. */
  maxChainNm: number | null;
  /** Gap between two dots = two shells of that tail (no interdigitation: an upper bound), nm; null if none. */
  interDotNm: number | null;
  /** Placed ligand ids without a chain estimate (aromatic/branched), ignored in the estimate. */
  unknownIds: string[];
}

/**
 * Inter-dot gap from the ligands present: d = 2 · max(chain length) — two facing shells of fully
 * extended tails, not interdigitated (an upper bound; the tails' chain estimates are in data/ligands.ts).
 */
export function interDotDistanceNm(ligandIds: readonly string[]): ShellEstimate {
  let max: number | null = null;
  const unknown = new Set<string>();
  for (const id of new Set(ligandIds)) {
    const l = ligandById(id);
    if (!l || l.chainLengthNm === null) {
      unknown.add(id);
      continue;
    }
    max = max === null ? l.chainLengthNm : Math.max(max, l.chainLengthNm);
  }
  return { maxChainNm: max, interDotNm: max === null ? null : 2 * max, unknownIds: [...unknown] };
}
