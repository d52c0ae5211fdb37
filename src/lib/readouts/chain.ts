/**
 * The chain of the one dot (issue #18): formula → phase verdict → bulk gap → confined gap and colour →
 * PLQY → V_OC → efficiency bound, computed from the validated URL state through the same core functions
 * the three views use — one pure view-model for the ChainStrip of every view and widget and for the
 * embed readouts (`plqy`, `vocLimitV`, `vocEstimateV`, `efficiencyLimit`, `efficiencyEstimate`).
 *
 * - Formula: `comp` (canonical), or PbS when the dot is PbS (`sel` = `system` = PbS, state/dot.ts).
 * - Phase verdict: readouts/lattice.ts latticeModel (t, μ, τ; review §2.1, Bartel 2019) for a perovskite;
 *   none for PbS (the lattice view draws ABX₃ perovskites only).
 * - Bulk gap and confinement parameters: physics/mixedHalide.ts dotBulk (end members from data/materials.ts;
 *   Br–I and Cl–Br mixes linear; others not modelled); PbS 0.41 eV (data/materials.ts).
 * - Size, confined gap, λ and regime: the confinement marker's (readouts/confinement.ts confinementModel —
 *   `d` or the target's solution; the cube model with the dot's own parameters, mixes included, or the
 *   Moreels curve for PbS): one computation, so the strip and the confinement view never disagree.
 * - PLQY: the ligand view's ledger and its illustrative ensemble model with `krad`, `ktrap`
 *   (readouts/ligands.ts ligandsPlqy, the same number its tiles show).
 * - V_OC and efficiency: physics/voc.ts vocWithLoss at the confined gap with Q = PLQY.
 *
 * Pure TypeScript: no DOM.
 */
import type { UrlState } from '../state/schema';
import { latticeModel, type LatticeStructure } from './lattice';
import { confinementModel } from './confinement';
import { ligandsModel, ligandsPlqy } from './ligands';
import { dotBulk, type MixedSeries, type NotModelledCode } from '../physics/mixedHalide';
import type { Regime } from '../physics/cubeExciton';
import { vocWithLoss, type VocResult } from '../physics/voc';
import { sqLimit, type SqResult } from '../physics/sq';
import { MATERIALS } from '../data/materials';
import type { PerovskitePhase } from '../physics/tolerance';
import { orNull } from './orNull';

export type ChainFamily = 'perovskite' | 'PbS';

/** Citations of each link (English; the strip shows them with lang="en"). */
export const CHAIN_SOURCES = {
  phase: 'Y. Xu, M. Lyu, J. Zhu, Mater. Chem. Front. 2024, 8, 2029, §2.1 (Eq. 1–2, t and μ windows); C. J. Bartel et al., Sci. Adv. 5 (2019) eaav0693 (τ < 4.18)',
  bulkMix: // English on purpose: citation, shown with lang="en"
    'Linear between the end members (bowing b = 0): cluster-expansion DFT on CsPbX3 alloys, "negligible or even negative band gap bowing parameters", PubMed 26278729 (abstract; Yin, Yan & Wei, J. Phys. Chem. Lett. 2014)',
  // English on purpose: citation, shown with lang="en"
  gapCube: 'Cube model of the confinement view: two-band Kane pair energy with k² = 3π²/L², cube Coulomb term, exciton limit E_g − E_b joined by Kayanuma, Phys. Rev. B 38 (1988) 9797',
  gapPbs: 'I. Moreels et al., ACS Nano 3 (2009) 3023, as Eq. 1 of K. Liao et al., EES Sol. 2025, 1, 1148',
  voc: 'R. T. Ross, J. Chem. Phys. 46 (1967) 4590; U. Rau, Phys. Rev. B 76 (2007) 085303; Shockley–Queisser limit with AM1.5G (ASTM G173-03), 300 K',
} as const;

export interface ChainModel {
  family: ChainFamily;
  /** Canonical formula (`comp`), or 'PbS'. */
  formula: string;
  /** Perovskite verdict and the structure the lattice view shows; null for PbS. */
  phase: {
    verdict: PerovskitePhase;
    structure: LatticeStructure;
    t: number;
    /** Bartel's τ says perovskite (τ < 4.18); null when τ is undefined. The strip words a disagreement as the lattice headline does. */
    tauPerovskite: boolean | null;
    blackPhaseMetastable: boolean;
  } | null;
  /** Bulk gap, eV; null when the composition is not modelled. */
  bulkGapEv: number | null;
  /** Which series the bulk gap comes from; 'pbs' for PbS. */
  series: MixedSeries | 'pbs' | null;
  /** Heavier-halide share x of a mixed series (I in Br–I, Br in Cl–Br). */
  x: number | null;
  /** Why the bulk gap is not modelled, else null. */
  notModelled: NotModelledCode | null;
  /** A two-halide mix: segregates under light. */
  segregatesUnderLight: boolean;
  /** Some end-member value was not read in its primary source. */
  unchecked: boolean;
  /** Dot size, nm, and how it is measured (cube edge for CsPbX₃, sphere diameter for PbS). */
  sizeNm: number;
  sizeKind: 'edge' | 'diameter';
  regime: Regime | null;
  /** Lowest-exciton (confined) gap, eV, and its wavelength, nm; null when not modelled. */
  gapEv: number | null;
  wavelengthNm: number | null;
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

/** Every link of the dot's chain (file header). Never throws for a validated state. */
export function chainModel(state: UrlState): ChainModel {
  const pbs = state.sel === 'PbS' || state.system === 'PbS';
  const lat = latticeModel(state);
  const conf = orNull(() => confinementModel(state));
  const sizeNm = conf ? conf.diameterNm : state.d;
  const lig = orNull(() => ligandsModel(state));
  const trapSites = lig?.ledger.trapSites ?? 0;
  const plqy = lig ? ligandsPlqy(lig.ledger.trapSites, lig.ledger.totalSites, state.krad, state.ktrap) : null;

  let bulkGapEv: number | null = null;
  let series: ChainModel['series'] = null;
  let x: number | null = null;
  let notModelled: NotModelledCode | null = null;
  let segregates = false;
  let unchecked = true;
  let gapEv: number | null = null;
  let regime: Regime | null = null;
  if (pbs) {
    series = 'pbs';
    bulkGapEv = MATERIALS.PbS.bulkGapEv;
    gapEv = conf?.gapEv ?? null;
  } else {
    const b = dotBulk(lat.composition, lat.formula);
    if (b.ok) {
      bulkGapEv = b.bulkGapEv;
      series = b.series;
      x = b.series === 'end-member' ? null : b.x;
      segregates = b.segregatesUnderLight;
      unchecked = b.unchecked;
      // The confinement marker's gap of this very dot (its parameters come from the same dotBulk).
      gapEv = conf && conf.dot.notModelled === null ? conf.gapEv : null;
      regime = conf && conf.dot.notModelled === null ? conf.regime : null;
    } else notModelled = b.code;
  }
  const wavelengthNm = gapEv !== null && conf ? conf.wavelengthNm : null;
  const device = gapEv !== null && plqy !== null && plqy > 0 ? vocWithLoss(gapEv, plqy) : null;
  const deviceMissing = device ? null : gapEv === null ? 'no-gap' : 'no-plqy';
  return {
    family: pbs ? 'PbS' : 'perovskite',
    formula: pbs ? 'PbS' : lat.formula,
    phase: pbs
      ? null
      : {
          verdict: lat.verdict.phase,
          structure: lat.structure,
          t: lat.verdict.t,
          tauPerovskite: lat.verdict.tauPerovskite,
          blackPhaseMetastable: lat.blackPhaseMetastable,
        },
    bulkGapEv,
    series,
    x,
    notModelled,
    segregatesUnderLight: segregates,
    unchecked,
    sizeNm,
    sizeKind: pbs ? 'diameter' : 'edge',
    regime,
    gapEv,
    wavelengthNm,
    plqy,
    trapSites,
    sq: gapEv === null ? null : sqLimit(gapEv),
    device,
    deviceMissing,
  };
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
