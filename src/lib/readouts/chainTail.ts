/**
 * The last links of the dot's chain (readouts/chain.ts, issue #18): PLQY → V_OC → efficiency, from the
 * ligand view's surface model and the Shockley–Queisser limit at the dot's gap. Split from chain.ts
 * (issue #15): these need the ligand library, the surface explorer and the AM1.5G table, so the chain strip
 * loads this module as a chunk of its own (when its PLQY link comes near the viewport) while its first links
 * (readouts/chainHead.ts) show at once. The equations and sources are in chain.ts's header; the code is
 * moved here unchanged.
 *
 * Pure TypeScript: no DOM.
 */
import type { UrlState } from '../state/schema';
import { ligandsModel, ligandsPlqy } from './ligands';
import { vocWithLoss, type VocResult } from '../physics/voc';
import { sqLimit, type SqResult } from '../physics/sq';
import { orNull } from './orNull';

/** The links that need the ligand model and the Shockley–Queisser limit: PLQY, V_OC, efficiency. */
export interface ChainTail {
  /** Illustrative ensemble PLQY of the surface, 0–1; null when it cannot be computed. */
  plqy: number | null;
  /** Trap sites left open on the drawn surface patch. */
  trapSites: number;
  /** Shockley–Queisser limit at the dot's gap; null without a gap. */
  sq: SqResult | null;
  /** V_OC and efficiency of a cell of this dot; null without a gap or with PLQY 0. */
  device: VocResult | null;
  /** Why there is no device estimate: no gap, or PLQY = 0 (no light out: ln 0). */
  deviceMissing: 'no-gap' | 'no-plqy' | null;
}

/** PLQY, V_OC and efficiency of the dot whose confined gap is `gapEv` (chainHead). Never throws for a validated state. */
export function chainTail(state: UrlState, gapEv: number | null): ChainTail {
  const lig = orNull(() => ligandsModel(state));
  const trapSites = lig?.ledger.trapSites ?? 0;
  const plqy = lig ? ligandsPlqy(lig.ledger.trapSites, lig.ledger.totalSites, state.krad, state.ktrap) : null;
  const device = gapEv !== null && plqy !== null && plqy > 0 ? vocWithLoss(gapEv, plqy) : null;
  const deviceMissing = device ? null : gapEv === null ? 'no-gap' : 'no-plqy';
  return {
    plqy,
    trapSites,
    sq: gapEv === null ? null : sqLimit(gapEv),
    device,
    deviceMissing,
  };
}
