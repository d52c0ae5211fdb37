/**
 * Perovskite-QD solar cells from the review's Table 1 ("A summary of the photovoltaic performance of
 * PQD solar cells based on ligand engineering"; Xu et al., Mater. Chem. Front. 2024, 8, 2029) and the
 * record efficiencies quoted in its text (§4).
 *
 * Copied row for row from /work/shared/reference/review-table1-solar-cells.json (rows[*],
 * records_in_text[*]), curated directly from the review; rows checked again against the review text
 * (000_*.txt, Table 1) for this module. `reviewRef` is the reference number in the review.
 * J_SC in mA cm⁻², V_OC in V, FF and PCE in %, under AM1.5G 100 mW cm⁻².
 */

export interface ReviewTable1Row {
  material: 'CsPbI3' | 'CsPbBr3';
  /** Ligand-engineering strategy as printed. */
  strategy: string;
  /** Table section: solid-state or liquid-state ligand exchange. */
  exchange: 'solid-state' | 'liquid-state';
  jscMAcm2: number;
  vocV: number;
  ffPercent: number;
  pcePercent: number;
  /** Reference number in the review. */
  reviewRef: number;
}

export interface ReviewRecord {
  what: string;
  pcePercent: number;
  vocV?: number;
  reviewRef: number;
}

/** Citation for the table, shown to students (copied via review-table1-solar-cells.json; no file names on screen). */
export const REVIEW_TABLE1_SOURCE = 'Xu, Lyu & Zhu, Mater. Chem. Front. 2024, 8, 2029, Table 1';

/** review-table1-solar-cells.json rows[*], in the table's order. */
export const REVIEW_TABLE1_ROWS: readonly ReviewTable1Row[] = [
  { material: 'CsPbI3', strategy: 'FAI–EtOAc ligand exchange', exchange: 'solid-state', jscMAcm2: 14.37, vocV: 1.2, ffPercent: 78.0, pcePercent: 13.4, reviewRef: 127 },
  { material: 'CsPbI3', strategy: 'NaOAc–MeOAc ligand exchange', exchange: 'solid-state', jscMAcm2: 15.21, vocV: 1.18, ffPercent: 74.2, pcePercent: 13.3, reviewRef: 136 },
  { material: 'CsPbI3', strategy: 'PEAI–MeOAc ligand exchange', exchange: 'solid-state', jscMAcm2: 15.3, vocV: 1.23, ffPercent: 74.8, pcePercent: 14.1, reviewRef: 137 },
  { material: 'CsPbI3', strategy: 'Glycine–EtOAc ligand exchange', exchange: 'solid-state', jscMAcm2: 17.66, vocV: 1.22, ffPercent: 63.4, pcePercent: 13.66, reviewRef: 141 },
  { material: 'CsPbI3', strategy: 'DPA–MeOAc ligand exchange', exchange: 'solid-state', jscMAcm2: 15.84, vocV: 1.24, ffPercent: 75.5, pcePercent: 14.9, reviewRef: 142 },
  { material: 'CsPbI3', strategy: 'CsAc–EtOAc ligand exchange', exchange: 'solid-state', jscMAcm2: 14.96, vocV: 1.25, ffPercent: 75.6, pcePercent: 14.1, reviewRef: 143 },
  { material: 'CsPbI3', strategy: 'GASCN–EtOAc ligand exchange', exchange: 'solid-state', jscMAcm2: 15.85, vocV: 1.25, ffPercent: 76.7, pcePercent: 15.21, reviewRef: 151 },
  { material: 'CsPbI3', strategy: '4-MP–EtOAc ligand exchange', exchange: 'solid-state', jscMAcm2: 14.32, vocV: 1.25, ffPercent: 79.0, pcePercent: 14.25, reviewRef: 157 },
  { material: 'CsPbI3', strategy: 'Cl–PeOH ligand exchange', exchange: 'solid-state', jscMAcm2: 17.8, vocV: 1.27, ffPercent: 73.1, pcePercent: 16.53, reviewRef: 138 },
  { material: 'CsPbI3', strategy: 'EDTA–EtOAc ligand exchange', exchange: 'solid-state', jscMAcm2: 17.51, vocV: 1.23, ffPercent: 71.0, pcePercent: 15.25, reviewRef: 158 },
  { material: 'CsPbBr3', strategy: 'NaOAc–BuOAc ligand exchange', exchange: 'solid-state', jscMAcm2: 4.68, vocV: 1.59, ffPercent: 56.9, pcePercent: 4.23, reviewRef: 164 },
  { material: 'CsPbBr3', strategy: 'GASCN–acetone ligand exchange', exchange: 'solid-state', jscMAcm2: 4.49, vocV: 1.54, ffPercent: 72.4, pcePercent: 5.01, reviewRef: 165 },
  { material: 'CsPbBr3', strategy: 'BA–EtOAc ligand exchange', exchange: 'solid-state', jscMAcm2: 4.84, vocV: 1.59, ffPercent: 71.0, pcePercent: 5.46, reviewRef: 166 },
  { material: 'CsPbBr3', strategy: 'GuaAc–MeOAc ligand exchange', exchange: 'solid-state', jscMAcm2: 5.93, vocV: 1.59, ffPercent: 74.7, pcePercent: 7.04, reviewRef: 135 },
  { material: 'CsPbI3', strategy: 'OctAc/OctAm synthesis ligand', exchange: 'liquid-state', jscMAcm2: 16.98, vocV: 1.04, ffPercent: 67.2, pcePercent: 11.87, reviewRef: 169 },
  { material: 'CsPbI3', strategy: 'L-PHE synthesis ligand', exchange: 'liquid-state', jscMAcm2: 15.23, vocV: 1.23, ffPercent: 78.0, pcePercent: 14.62, reviewRef: 170 },
  { material: 'CsPbI3', strategy: 'FPEA + MeOAc ligand exchange', exchange: 'liquid-state', jscMAcm2: 15.38, vocV: 1.27, ffPercent: 74.7, pcePercent: 14.65, reviewRef: 171 },
  { material: 'CsPbI3', strategy: 'TMSI + ACN/TL ligand exchange', exchange: 'liquid-state', jscMAcm2: 17.65, vocV: 1.26, ffPercent: 74.8, pcePercent: 16.64, reviewRef: 172 },
];

/** review-table1-solar-cells.json records_in_text[*] (record PCEs quoted in the review's text). */
export const REVIEW_RECORDS: readonly ReviewRecord[] = [
  { what: "first CsPbI3 PQD solar cell (Luther et al. 2016)", pcePercent: 10.77, vocV: 1.23, reviewRef: 17 },
  { what: "highest PCE of PQD solar cells to date (certified 16.6 %)", pcePercent: 17.39, reviewRef: 18 },
  { what: "Cs0.5FA0.5PbI3 QDs, certified", pcePercent: 16.6, reviewRef: 176 },
  { what: "Cs1-xFAxPbI3 antisolvent-assisted in situ cation exchange", pcePercent: 17.29, reviewRef: 177 },
  { what: "Zn:CsPbI3 QDs (ZnI2 dopant)", pcePercent: 16.07, reviewRef: 178 },
  { what: "HI-assisted CsPbI3 QDs, 14.07 -> 15.72", pcePercent: 15.72, reviewRef: 179 },
  { what: "three-precursor CsPbI3 QDs", pcePercent: 14.24, reviewRef: 180 },
  { what: "TMSI-TOP ternary precursor", pcePercent: 16.25, reviewRef: 181 },
  { what: "surface matrix curing TBI-TOP", pcePercent: 16.21, reviewRef: 182 },
  { what: "CsPbBr3 NCs 20 nm room-temperature reprecipitation", pcePercent: 5.42, vocV: 1.54, reviewRef: 163 },
  { what: "PbX (X = S, Se) QD solar cells before 2016", pcePercent: 13.8, reviewRef: 16 },
];
