/**
 * The first links of the dot's chain (readouts/chain.ts, issue #18): formula → phase verdict → bulk gap →
 * confined gap and colour. Split from chain.ts (issue #15) so the chain strip of every view shows these at
 * once from light modules — readouts/latticeVerdict.ts (no geometry) and readouts/confinementMarker.ts (no
 * AM1.5G table, no spectra) — while PLQY, V_OC and efficiency (readouts/chainTail.ts: the ligand model and
 * the Shockley–Queisser limit) arrive in a chunk of their own. The equations and sources are in chain.ts's
 * header; the code is moved here unchanged.
 *
 * Pure TypeScript: no DOM.
 */
import type { UrlState } from '../state/schema';
import { latticeVerdictModel, type LatticeStructure } from './latticeVerdict';
import { confinementMarker } from './confinementMarker';
import { dotBulk, type MixedSeries, type NotModelledCode } from '../physics/mixedHalide';
import type { Regime } from '../physics/cubeExciton';
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

/** The links that need no ligand model and no AM1.5G table: formula, phase, bulk gap, size, dot gap, λ. */
export interface ChainHead {
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
}

/** The first links of the chain (file header). Never throws for a validated state. */
export function chainHead(state: UrlState): ChainHead {
  const pbs = state.sel === 'PbS' || state.system === 'PbS';
  const lat = latticeVerdictModel(state);
  const conf = orNull(() => confinementMarker(state));
  const sizeNm = conf ? conf.diameterNm : state.d;
  let bulkGapEv: number | null = null;
  let series: ChainHead['series'] = null;
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
  };
}
