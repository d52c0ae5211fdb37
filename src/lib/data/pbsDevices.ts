/**
 * PbS quantum-dot solar cells and dots of the project's PbS paper (Liao et al., "In situ
 * 2D-perovskite-like ligands offer versatile passivation of large and small sized PbS quantum dots
 * for infrared photovoltaics", EES Sol. 2025, 1, 1148), section 2, Fig. 5e and Fig. 6.
 *
 * Copied row for row from /work/shared/reference/pbs-paper-devices.json (devices[*], dots[*],
 * tauc_gaps_eV, adsorption_energies_100_eV, trpl_us), curated directly from the paper.
 */

/** Citation shown to students (copied via /work/shared/reference/pbs-paper-devices.json; no file names on screen). */
export const PBS_PAPER_SOURCE = 'Liao et al., EES Sol. 2025, 1, 1148, section 2, Fig. 5e and Fig. 6';

export interface PbsDevice {
  /** Nominal optical gap of the active-layer dots, eV. */
  bandgapEv: number;
  /** First excitonic peak of those dots, nm. */
  excitonNm: number;
  /** Ligand treatment of the active layer. */
  ligand: 'PbI2 (control)' | '(BA)2PbI4';
  /** Champion power conversion efficiency, %. */
  pcePercent: number;
  /** Average PCE, % (1.3 eV devices only). */
  avgPcePercent?: number;
  /** Stabilised PCE, % (1.3 eV devices only). */
  stabilizedPcePercent?: number;
  vocV?: number;
  jscMAcm2?: number;
  ffPercent?: number;
  /** Diode ideality factor from the light-intensity dependence of V_OC. */
  ideality?: number;
  /** J_SC integrated from the EQE spectrum, mA cm⁻². */
  eqeIntegratedJscMAcm2?: number;
  /** Transient photovoltage lifetime, µs. */
  tpvLifetimeUs?: number;
  architecture: string;
}

/** pbs-paper-devices.json devices[*]. */
export const PBS_DEVICES: readonly PbsDevice[] = [
  {
    bandgapEv: 1.0,
    excitonNm: 1180,
    ligand: 'PbI2 (control)',
    pcePercent: 7.13,
    vocV: 0.45,
    jscMAcm2: 31.7,
    ffPercent: 50,
    ideality: 1.91,
    architecture: 'ITO/ZnO/1.0 eV-PbS CQDs/1.3 eV-PbS-EDT/Au',
  },
  {
    bandgapEv: 1.0,
    excitonNm: 1180,
    ligand: '(BA)2PbI4',
    pcePercent: 8.65,
    vocV: 0.47,
    jscMAcm2: 32.9,
    ffPercent: 58,
    ideality: 1.49,
    architecture: 'ITO/ZnO/1.0 eV-PbS CQDs/1.3 eV-PbS-EDT/Au',
  },
  {
    bandgapEv: 1.3,
    excitonNm: 933,
    ligand: 'PbI2 (control)',
    pcePercent: 11.3,
    avgPcePercent: 10.9,
    stabilizedPcePercent: 10.7,
    eqeIntegratedJscMAcm2: 27.4,
    tpvLifetimeUs: 4.7,
    architecture: 'ITO/ZnO/1.3 eV-PbS/1.3 eV-PbS-EDT/Au',
  },
  {
    bandgapEv: 1.3,
    excitonNm: 933,
    ligand: '(BA)2PbI4',
    pcePercent: 13.1,
    avgPcePercent: 12.7,
    stabilizedPcePercent: 12.5,
    eqeIntegratedJscMAcm2: 28.0,
    tpvLifetimeUs: 6.6,
    architecture: 'ITO/ZnO/1.3 eV-PbS/1.3 eV-PbS-EDT/Au',
  },
];

export interface PbsDot {
  capping: string;
  diameterNm?: number;
  diameterSigmaNm?: number;
  firstExcitonNm?: number;
  bandgapEv?: number;
  note: string;
}

/** pbs-paper-devices.json dots[*]. */
export const PBS_DOTS: readonly PbsDot[] = [
  { capping: 'OA', diameterNm: 4.1, diameterSigmaNm: 0.5, firstExcitonNm: 1180, note: "TEM; 'consistent with' the Moreels curve (Eq. 1)" },
  {
    capping: '(BA)2PbI4',
    diameterNm: 3.7,
    diameterSigmaNm: 0.5,
    note: 'after ligand exchange; first exciton red-shifts 3 nm in solution, 25 nm in film',
  },
  { capping: 'OA', firstExcitonNm: 933, bandgapEv: 1.3, note: 'small dots (PbS-933)' },
];

/** Tauc-plot optical gaps of the films, eV (pbs-paper-devices.json tauc_gaps_eV). */
export const PBS_TAUC_GAPS_EV = { 'PbS-(BA)2PbI4 film': 0.96, 'PbS-PbI2 film': 0.97 } as const;

/**
 * DFT adsorption energies on the non-polar (100) facet, eV (pbs-paper-devices.json
 * adsorption_energies_100_eV). I⁻ binds the Pb-rich polar (111) facet preferentially.
 */
export const PBS_ADSORPTION_ENERGIES_100_EV = { 'I-': -2.03, 'MA+': -2.14, 'BA+': -2.49 } as const;

/** Bi-exponential TRPL lifetimes of the films, µs (pbs-paper-devices.json trpl_us). */
export const PBS_TRPL_US = {
  '(BA)2PbI4': { tau1: 1.05, tau2: 3.56 },
  PbI2: { tau1: 0.42, tau2: 5.62 },
} as const;

/** Stability figures as stated (pbs-paper-devices.json stability). */
export const PBS_STABILITY: readonly { condition: string; result: string }[] = [
  { condition: '(BA)2PbI4 1.0 eV, Ar, 1000 h', result: '~105 % of initial PCE (peak ~125 % at 168 h)' },
  { condition: 'PbI2 1.0 eV, Ar, 1000 h', result: '~65 %' },
  { condition: '(BA)2PbI4 1.3 eV, 80 C air, 10 h', result: '89 %' },
  { condition: 'PbI2 1.3 eV, 80 C air, 10 h', result: '67 %' },
  { condition: '(BA)2PbI4, 1 h air 80-90 % RH', result: '96 %' },
];

/** Other facts quoted in the paper (pbs-paper-devices.json facts). */
export const PBS_PAPER_FACTS: readonly { what: string; value: string }[] = [
  { what: 'PbS Bohr exciton radius (nm)', value: '~20' },
  { what: 'bandgap tunability (eV)', value: '0.6-1.5' },
  { what: 'record PbS CQD PCE', value: 'over 15 % (its ref. 20)' },
  { what: 'infrared share of solar spectrum', value: 'nearly 55 %' },
];
