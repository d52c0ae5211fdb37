/**
 * Dot PLQY as an ensemble (model.ts, part 2): the traps per dot scatter as a Poisson variable of mean λ,
 * a dot with k traps has PLQY_k = k_rad / (k_rad + k·k_trap), and the ensemble averages over dots.
 * ILLUSTRATIVE rates (chosen, not fitted). Pure TypeScript: no DOM.
 */
import { finite } from './checks';

/**
 * Default PLQY-model rates, in units of k₀ (ILLUSTRATIVE, chosen, not fitted): k_rad = 1 and k_trap = 10 per
 * trap, a fast trap — a dot with one trap keeps 1/11 ≈ 9 % of its emission, so a dot is bright only when
 * it has no trap (the ensemble picture, plqy()).
 */
export const DEFAULT_PLQY_PARAMS = { kRad: 1, kTrapPerSite: 10 } as const;

// ------------------------------------------------------------------------------------------------ PLQY

export interface PlqyParams {
  /** Unpassivated trap sites on the patch (≥ 0, ≤ totalSites). */
  trapSites: number;
  /** Binding spots on the patch (≥ 1); bounds trapSites. */
  totalSites: number;
  /** Radiative rate (any unit; the model is a ratio). > 0. Illustrative default 1. */
  kRad: number;
  /** Trap-assisted rate per trap, same unit as kRad. ≥ 0. Illustrative default 10 (a fast trap). */
  kTrapPerSite: number;
  /**
   * Surface spots of one dot, for the mean traps per dot λ = trapSites × sitesPerDot / totalSites. Default:
   * totalSites (the drawn patch stands for one dot's surface — a scale choice of this model).
   */
  sitesPerDot?: number;
}

/** Mean number of traps per dot of the ensemble model (see plqy()). */
export function meanTrapsPerDot({ trapSites, totalSites, sitesPerDot }: Pick<PlqyParams, 'trapSites' | 'totalSites' | 'sitesPerDot'>): number {
  return trapSites * ((sitesPerDot ?? totalSites) / totalSites);
}

/**
 * Ensemble PLQY of the illustrative model (file header, 2.):
 *   λ = mean traps per dot,  PLQY = Σ_k Poisson(k; λ) · k_rad / (k_rad + k·k_trap).
 * Result in [0, 1]: 1 with no traps, falling monotonically as traps are added or k_trap grows; e^(−λ) ≤ PLQY.
 * @throws RangeError for non-finite input, kRad ≤ 0, kTrapPerSite < 0, totalSites < 1, trapSites < 0,
 *   trapSites > totalSites or sitesPerDot ≤ 0.
 */
export function plqy(params: PlqyParams): number {
  const { trapSites, totalSites, kRad, kTrapPerSite } = params;
  finite('trapSites', trapSites);
  finite('totalSites', totalSites);
  finite('kRad', kRad);
  finite('kTrapPerSite', kTrapPerSite);
  if (params.sitesPerDot !== undefined) {
    finite('sitesPerDot', params.sitesPerDot);
    if (params.sitesPerDot <= 0) throw new RangeError(`sitesPerDot must be > 0, got ${params.sitesPerDot}`);
  }
  if (kRad <= 0) throw new RangeError(`kRad must be > 0, got ${kRad}`);
  if (kTrapPerSite < 0) throw new RangeError(`kTrapPerSite must be ≥ 0, got ${kTrapPerSite}`);
  if (totalSites < 1) throw new RangeError(`totalSites must be ≥ 1, got ${totalSites}`);
  if (trapSites < 0 || trapSites > totalSites) throw new RangeError(`trapSites must be in [0, totalSites = ${totalSites}], got ${trapSites}`);
  const lambda = meanTrapsPerDot(params);
  if (lambda === 0) return 1;
  // Σ over k up to far past the mean; the Poisson weights are built in log space (no under/overflow).
  const kMax = Math.ceil(lambda + 12 * Math.sqrt(lambda) + 30);
  let logP = -lambda; // ln P(0)
  let sum = 0;
  for (let k = 0; k <= kMax; k++) {
    if (k > 0) logP += Math.log(lambda) - Math.log(k);
    sum += Math.exp(logP) * (kRad / (kRad + k * kTrapPerSite));
  }
  return Math.min(1, Math.max(0, sum));
}

/** Share of dots with no trap at all, e^(−λ) (the PLQY limit for a very fast trap). */
export function trapFreeShare(params: Pick<PlqyParams, 'trapSites' | 'totalSites' | 'sitesPerDot'>): number {
  return Math.exp(-meanTrapsPerDot(params));
}
