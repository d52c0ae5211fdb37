/**
 * The solar cells of the device chart — every row of the review's Table 1 and every device of the PbS
 * paper — with the ligand ids of the explorer's library that each strategy involves, and the quote that
 * justifies the mapping. Selecting a ligand in the explorer highlights the devices listing it.
 *
 * Device numbers come from src/lib/data/reviewTable1.ts (review Table 1, row for row) and
 * src/lib/data/pbsDevices.ts (PbS paper §2, Fig. 5e and Fig. 6); this module adds only the mapping.
 * Mapping rules: a ligand is listed when the review (or the PbS paper) says the treatment puts it on the
 * surface or names it as the treatment's agent. Solvents are mapped only where the review says what they
 * leave: MeOAc in a solid-state exchange → acetate (review §4.1.1); EtOAc, BuOAc, acetone, 2-pentanol,
 * ACN/TL are not mapped (the review states no surface species for them).
 *
 * Words shown for a device that are not the paper's (the PbS devices' strategy, "(synthesis)") are text:
 * src/views/ligands/dataText.ts deviceStrategy / deviceShortLabel (issue #7). Table 1 strategies are the
 * review's own words, kept as printed.
 *
 * Pure TypeScript: no DOM.
 */
import { REVIEW_TABLE1_ROWS, type ReviewTable1Row } from '../data/reviewTable1';
import { PBS_DEVICES, type PbsDevice } from '../data/pbsDevices';

export type DeviceMaterial = 'CsPbI3' | 'CsPbBr3' | 'PbS';
export type DeviceMetric = 'pce' | 'voc' | 'jsc' | 'ff';

export interface DevicePoint {
  /** Stable key: 'review-<ref>' or 'pbs-<gap>-<ligand>'. */
  key: string;
  origin: 'review' | 'pbs';
  material: DeviceMaterial;
  /** Strategy as printed in review Table 1; null for a PbS paper device (its words: see `pbs`). */
  strategy: string | null;
  /** Stem of the axis label: the Table 1 strategy without "ligand exchange" / "synthesis ligand"; PbS: the ligand. */
  agent: string;
  /** A Table 1 "synthesis ligand" row (the axis label marks it). */
  synthesis: boolean;
  /** A PbS paper device: its ligand treatment (PbI₂ is the paper's control) and the dots' gap, eV. */
  pbs: { ligand: '(BA)₂PbI₄' | 'PbI₂'; control: boolean; bandgapEv: number } | null;
  exchange: 'solid-state' | 'liquid-state';
  pcePercent: number;
  /** Null where the paper gives no value in its text (PbS 1.3 eV devices: only in its SI Fig. S6). */
  vocV: number | null;
  jscMAcm2: number | null;
  ffPercent: number | null;
  /** Where the numbers are: "review Table 1, ref. 127" / "PbS paper Fig. 5e". */
  citation: string;
  /** Ligand ids of src/lib/data/ligands.ts this strategy involves. */
  ligandIds: string[];
  /** Quote justifying ligandIds (or saying why a part of the strategy is not mapped). */
  mappingQuote: string;
}

interface Mapping {
  ligandIds: string[];
  quote: string;
}

const MEOAC =
  'MeOAc → acetate, review §4.1.1: "In the first step of ligand exchange, the OA ligand is replaced by acetic acid produced by MeOAc hydrolysis, forming PQD surface-bound acetate and free OA".';

/** Mapping of Table 1 rows, keyed by the review's reference number (unique per row). */
export const TABLE1_LIGANDS: Readonly<Record<number, Mapping>> = {
  127: { ligandIds: ['fa'], quote: 'review §4.1.1: "When formamidinium iodide (FAI) is used, the smaller FA+ replaces long-chain OAm+ on the PQD surface". EtOAc not mapped.' },
  136: { ligandIds: ['oac'], quote: 'review §4.1.1: "Kim et al. replaced the Pb-based ionic salts with NaOAc to generate OAc− directly".' },
  137: {
    ligandIds: ['pea', 'oac'],
    quote: 'review Fig. 13e: "the solid-state ligand exchange process of CsPbI3-QDs to replace OA and OAm ligands with Ac anions and A cations (A = FA, PA, BA and PEA)".',
  },
  141: { ligandIds: ['gly'], quote: 'review §4.1.1: "The amino acids (glycine), which are used as a dual-passivation ligand". EtOAc not mapped.' },
  142: { ligandIds: ['dpa', 'oac'], quote: 'review §4.1.1: "most of the secondary amines (specially di-n-propylamine, DPA) improved the performance". ' + MEOAC },
  143: { ligandIds: ['csac'], quote: 'review §4.1.1: "a variety of cesium salts (cesium acetate (CsAc) …)"; "The CsAc treated PQD films exhibit improved carrier mobility". EtOAc not mapped.' },
  151: {
    ligandIds: ['ga', 'scn'],
    quote: 'review §4.1.1: "Lin et al. introduced guanidinium thiocyanate (GASCN) to treat the CsPbI3 QD film … The GA+ cations adsorb on the PQD surface". The review states the role of GA⁺ only; SCN⁻ is listed as part of the salt.',
  },
  157: { ligandIds: ['4mp'], quote: 'review §4.1.1: "a Lewis base (para-mercaptopyridine, 4-MP) was introduced into CsPbI3 QDs via post-treatment". EtOAc not mapped.' },
  138: { ligandIds: ['cl'], quote: 'review §4.1.1: "by using 2-pentanol as the solvent and Cl as the short ligand for the post-treatment of PQD solid films".' },
  158: { ligandIds: ['edta'], quote: 'review §4.1.1: "Multidentate molecules, ethylene diamine tetra acetic (EDTA), were introduced to CsPbI3 QD by Chen et al." EtOAc not mapped.' },
  164: {
    ligandIds: ['oac'],
    quote: 'review Fig. 16a: "the solid-state ligand–exchange process of CsPbBr3 QDs using NaOAc-dissolved carboxylate ester solutions"; NaOAc generates OAc⁻ (§4.1.1, ref. 136). BuOAc not mapped.',
  },
  165: { ligandIds: ['ga', 'scn'], quote: 'review §4.1.1: "to remove the long-chain insulating ligand and passivate the QD surface using GASCN salt during the fabrication of CsPbBr3 QD solar cells".' },
  166: {
    ligandIds: ['bza'],
    quote: 'review §4.1.1: "Wang et al. applied benzoic acid (BA) to treat CsPbBr3 QD film". BA here is benzoic acid, not butylammonium.',
  },
  135: {
    ligandIds: ['ga', 'oac'],
    quote: 'review §4.1.1: "a series of guanidinium salts containing different anions (GuaBr, GuaSCN, GuaAc)"; Fig. 16d: "GuaAc-assisted ligand exchange for the direct generation of Ac ions".',
  },
  169: { ligandIds: ['octac', 'octam'], quote: 'review §4.1.2: "partially replacing the OA/OAm ligands with octanoic/octylamine (C8) ligands".' },
  170: { ligandIds: ['lphe'], quote: 'review §4.1.2: "the use of L-phenylalanine (L-PHE) in the in situ management of the surface ligand environment".' },
  171: {
    ligandIds: ['fpea'],
    quote: 'review §4.1.2: "to partly substitute the long insulating ligands of OA and OAm with PEA or 2-(4-fluorophenyl)ethyl ammonium (FPEA)". MeOAc here is the washing solvent of a pseudo-solution exchange: acetate not stated, not mapped.',
  },
  172: { ligandIds: ['tmsi'], quote: 'review §4.1.2: "robustly riveting TMSI ligands … into surface vacancies of PQDs". ACN/TL not mapped.' },
};

const PBS_MAPPING: Record<PbsDevice['ligand'], Mapping> = {
  'PbI2 (control)': { ligandIds: ['i'], quote: 'PbS paper §2: DFT "adsorption energy (E_ad) of I− (in PbI2, MAPbI3 and (BA)2PbI4)": PbI₂ caps with I⁻.' },
  '(BA)2PbI4': { ligandIds: ['ba', 'i'], quote: 'PbS paper abstract: "Such treatment forms a thin shell of BA+ and I− ions on the CQD surface".' },
};

const PBS_EXCHANGE_QUOTE = 'PbS paper abstract: "via an in situ solution-phase ligand-exchange strategy" (liquid-state).';

/** Axis stem of a Table 1 strategy: drop the trailing "ligand exchange" / "synthesis ligand" (and say which). */
export function strategyAgent(strategy: string): { agent: string; synthesis: boolean } {
  const synthesis = /\s+synthesis ligand$/.test(strategy);
  return { agent: strategy.replace(/\s+ligand exchange$/, '').replace(/\s+synthesis ligand$/, ''), synthesis };
}

function fromReview(r: ReviewTable1Row): DevicePoint {
  const m = TABLE1_LIGANDS[r.reviewRef];
  if (!m) throw new Error(`deviceLigands: no ligand mapping for review Table 1 ref. ${r.reviewRef}`);
  return {
    key: `review-${r.reviewRef}`,
    origin: 'review',
    material: r.material,
    strategy: r.strategy,
    ...strategyAgent(r.strategy),
    pbs: null,
    exchange: r.exchange,
    pcePercent: r.pcePercent,
    vocV: r.vocV,
    jscMAcm2: r.jscMAcm2,
    ffPercent: r.ffPercent,
    citation: `review Table 1, ref. ${r.reviewRef}`,
    ligandIds: [...m.ligandIds],
    mappingQuote: m.quote,
  };
}

function fromPbs(d: PbsDevice): DevicePoint {
  const m = PBS_MAPPING[d.ligand];
  const ligand = d.ligand === '(BA)2PbI4' ? '(BA)₂PbI₄' : 'PbI₂';
  return {
    key: `pbs-${d.bandgapEv.toFixed(1)}-${d.ligand === '(BA)2PbI4' ? 'ba2pbi4' : 'pbi2'}`,
    origin: 'pbs',
    material: 'PbS',
    strategy: null,
    agent: ligand,
    synthesis: false,
    pbs: { ligand, control: d.ligand === 'PbI2 (control)', bandgapEv: d.bandgapEv },
    exchange: 'liquid-state',
    pcePercent: d.pcePercent,
    vocV: d.vocV ?? null,
    jscMAcm2: d.jscMAcm2 ?? null,
    ffPercent: d.ffPercent ?? null,
    citation: d.bandgapEv === 1.0 ? 'PbS paper §2, Fig. 5e' : 'PbS paper §2, Fig. 6b',
    ligandIds: [...m.ligandIds],
    mappingQuote: `${m.quote} ${PBS_EXCHANGE_QUOTE}`,
  };
}

/** All devices of the chart: review Table 1 in its order, then the PbS paper's four devices. */
export const DEVICE_POINTS: readonly DevicePoint[] = [...REVIEW_TABLE1_ROWS.map(fromReview), ...PBS_DEVICES.map(fromPbs)];

/** Value of a metric for a device, or null where the paper gives none. Units: PCE %, V_OC V, J_SC mA cm⁻², FF %. */
export function metricValue(d: DevicePoint, metric: DeviceMetric): number | null {
  switch (metric) {
    case 'pce':
      return d.pcePercent;
    case 'voc':
      return d.vocV;
    case 'jsc':
      return d.jscMAcm2;
    case 'ff':
      return d.ffPercent;
  }
}

/** Symbol, unit and shown decimals of each metric (the axis titles are the chart's text). */
export const METRIC_INFO: Readonly<Record<DeviceMetric, { label: string; symbol: string; unit: string; decimals: number }>> = {
  pce: { label: 'PCE', symbol: 'PCE', unit: '%', decimals: 2 },
  voc: { label: 'V_OC', symbol: 'V_OC', unit: 'V', decimals: 2 },
  jsc: { label: 'J_SC', symbol: 'J_SC', unit: 'mA cm⁻²', decimals: 2 },
  ff: { label: 'FF', symbol: 'FF', unit: '%', decimals: 1 },
};

/** Whether a device's strategy involves any of the ligand ids. */
export function involves(d: DevicePoint, ligandIds: readonly string[]): boolean {
  return d.ligandIds.some((id) => ligandIds.includes(id));
}
