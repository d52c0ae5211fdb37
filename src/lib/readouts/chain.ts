/**
 * The chain of the one dot (issue #18): formula → phase verdict → bulk gap → confined gap and colour →
 * PLQY → V_OC → efficiency bound, computed from the validated URL state through the same core functions
 * the three views use — one pure view-model for the ChainStrip of every view and widget and for the
 * embed readouts (`plqy`, `vocLimitV`, `vocEstimateV`, `efficiencyLimit`, `efficiencyEstimate`).
 *
 * - Formula: `comp` (canonical), or PbS when the dot is PbS (`sel` = `system` = PbS, state/dot.ts).
 * - Phase verdict: readouts/latticeVerdict.ts latticeVerdictModel (t, μ, τ; review §2.1, Bartel 2019) for a perovskite;
 *   none for PbS (the lattice view draws ABX₃ perovskites only).
 * - Bulk gap and confinement parameters: physics/mixedHalide.ts dotBulk (end members from data/materials.ts;
 *   Br–I and Cl–Br mixes linear; others not modelled); PbS 0.41 eV (data/materials.ts).
 * - Size, confined gap, λ and regime: the confinement marker's (readouts/confinementMarker.ts confinementMarker —
 *   `d` or the target's solution; the cube model with the dot's own parameters, mixes included, or the
 *   Moreels curve for PbS): one computation, so the strip and the confinement view never disagree.
 * - PLQY: the ligand view's ledger and its illustrative ensemble model with `krad`, `ktrap`
 *   (readouts/ligands.ts ligandsPlqy, the same number its tiles show).
 * - V_OC and efficiency: physics/voc.ts vocWithLoss at the confined gap with Q = PLQY.
 *
 * Pure TypeScript: no DOM.
 */
import type { UrlState } from '../state/schema';
import { chainHead, type ChainHead } from './chainHead';
import { chainTail, type ChainTail } from './chainTail';

// The links are computed in two modules (issue #15): chainHead.ts (formula … dot gap, light) and
// chainTail.ts (PLQY, V_OC, efficiency: ligand model and AM1.5G); old import paths keep working.
export { CHAIN_SOURCES, chainHead, type ChainFamily, type ChainHead } from './chainHead';
export { chainTail, type ChainTail } from './chainTail';

export type ChainModel = ChainHead & ChainTail;

/** Every link of the dot's chain (file header). Never throws for a validated state. */
export function chainModel(state: UrlState): ChainModel {
  const head = chainHead(state);
  return { ...head, ...chainTail(state, head.gapEv) };
}

export interface ChainReadouts {
  [key: string]: number | string | null;
  /** The dot's formula (comp, or PbS). */
  dotFormula: string;
  /** The dot's bulk gap and confined (lowest-exciton) gap, eV. */
  dotBulkGapEv: number | null;
  dotGapEv: number | null;
  /** Illustrative ensemble PLQY of the dot's surface, 0–1. */
  plqy: number | null;
  /** Shockley–Queisser V_OC at the dot's gap, V. */
  vocLimitV: number | null;
  /** V_OC,SQ + (kT/q) ln PLQY, V. */
  vocEstimateV: number | null;
  /** SQ efficiency and the efficiency bound with the PLQY loss, fractions 0–1. */
  efficiencyLimit: number | null;
  efficiencyEstimate: number | null;
}

/** The chain's numbers for the embed API, in every view (docs/embedding.md). */
export function chainReadouts(state: UrlState): ChainReadouts {
  const c = chainModel(state);
  const dev = c.device;
  return {
    dotFormula: c.formula,
    dotBulkGapEv: c.bulkGapEv,
    dotGapEv: c.gapEv,
    plqy: c.plqy,
    vocLimitV: c.sq?.vocV ?? null,
    vocEstimateV: dev?.vocEstimateV ?? null,
    efficiencyLimit: c.sq?.efficiency ?? null,
    efficiencyEstimate: dev?.efficiencyEstimate ?? null,
  };
}
