/**
 * Measured numbers the optical-spectra model (physics/spectra.ts) uses or is compared with, each with the
 * place it was read. Only what a source gives is used; where no source gives a number, the model says so.
 *
 * Homogeneous (single-dot) emission linewidth at room temperature, FWHM:
 * - CsPbBr₃: Rainò et al., "Ultra-narrow room-temperature emission from single CsPbBr₃ perovskite quantum
 *   dots", Nat. Commun. 13 (2022) 2587, doi 10.1038/s41467-022-30016-0 (abstract, read on ora.ox.ac.uk and
 *   polloc.cnrs.fr): single as-made dots 70–120 meV; after a mild surface treatment 35–65 meV. The model
 *   uses the LOWER END of the as-made range, 70 meV (the narrowest untreated dot), because the narrowest
 *   ensemble of the Energies 2021 series below is 90 meV wide and the single-dot width must not exceed it.
 * - CsPbCl₃, CsPbI₃: no single-dot measurement was read; the CsPbBr₃ value stands in (the view says so).
 * - PbS: "Fluorescence spectroscopy of single lead sulfide quantum dots" (abstract, read on scilit.net;
 *   commonly attributed to Peterson & Krauss, Nano Lett. 6 (2006) 510 — journal details not checked):
 *   "single-particle line widths averaged 100 meV".
 * The line shape is not given by these abstracts; the model takes a Gaussian of that FWHM, and uses the same
 * width for each absorption line (an assumption: the sources measured emission).
 *
 * Stokes shift (absorption peak − emission peak of an ensemble):
 * - CsPbBr₃: "Growth kinetics and optical properties of CsPbBr₃ perovskite nanocrystals", Energies 14 (2021)
 *   275, doi 10.3390/en14020275 (abstract, mdpi.com/951430): absorption peaks 2.429–2.570 eV, fluorescence
 *   2.391–2.469 eV, Stokes shift decreasing from 101 meV to 38 meV with growing size (2.570 − 2.469 = 0.101,
 *   2.429 − 2.391 = 0.038: the range ends pair up). Their sizes (9.9–12.5 nm) were estimated with an
 *   effective-mass model, so the shift is tied to the measured ABSORPTION PEAK, not to a size; between the two
 *   ends it is interpolated linearly (our choice; the abstract gives the ends only); outside 2.429–2.570 eV no
 *   source gives a shift and none is applied. Same abstract: fluorescence FWHM 150 → 90 meV.
 * - PbS, CsPbCl₃, CsPbI₃: no Stokes shift read; none applied.
 *
 * Comparison values (tests and the view's notes):
 * - PbS paper (Liao et al., EES Sol. 2025, 1, 1148), section 2: OA-capped dots 4.1 ± 0.5 nm (TEM, Fig. 2a) with
 *   the first excitonic absorption peak at 1180 nm; PL FWHM 66 nm (OA) and 65 nm ((BA)₂PbI₄) (Fig. 2b text);
 *   small dots with the first excitonic peak at 933 nm (no size given).
 * - Krieg et al., ACS Cent. Sci. 7 (2021) 135 (abstract): CsPbBr₃ emission 479–518 nm for mean sizes 3.5–16 nm.
 */
import type { ConfinementMaterial } from './materials';

export type LinewidthSourceCode = 'raino-2022' | 'raino-2022-borrowed' | 'single-pbs-qd';

export interface HomogeneousLinewidth {
  /** FWHM of one dot's line, eV. */
  fwhmEv: number;
  /** Which source (the view words it). */
  source: LinewidthSourceCode;
  /** True when the value was measured on a different material and stands in for this one. */
  borrowed: boolean;
}

/** CsPbBr₃ single-dot RT linewidth used: lower end of 70–120 meV (Rainò 2022, abstract). */
export const CSPBBR3_SINGLE_DOT_FWHM_EV = 0.07;
/** Rainò 2022 as-made range, eV (abstract). */
export const CSPBBR3_SINGLE_DOT_RANGE_EV: readonly [number, number] = [0.07, 0.12];
/** Rainò 2022 surface-treated range, eV (abstract). */
export const CSPBBR3_SINGLE_DOT_TREATED_RANGE_EV: readonly [number, number] = [0.035, 0.065];
/** PbS single-dot average linewidth, eV ("averaged 100 meV", abstract). */
export const PBS_SINGLE_DOT_FWHM_EV = 0.1;

export const RAINO_2022 =
  'Rainò et al., "Ultra-narrow room-temperature emission from single CsPbBr3 perovskite quantum dots", Nat. Commun. 13 (2022) 2587 (abstract)';
export const SINGLE_PBS_QD =
  '"Fluorescence spectroscopy of single lead sulfide quantum dots" (abstract; attributed to Peterson & Krauss, Nano Lett. 2006, journal details not checked)';
export const PBS_PAPER_SPECTRA = 'Liao et al., EES Sol. 2025, 1, 1148 (PbS paper), section 2, Fig. 2a (TEM) and 2b (absorption and PL)';
export const ENERGIES_2021 =
  '"Growth kinetics and optical properties of CsPbBr3 perovskite nanocrystals", Energies 14 (2021) 275 (abstract)';

export const HOMOGENEOUS_LINEWIDTH: Readonly<Record<ConfinementMaterial, HomogeneousLinewidth>> = {
  CsPbCl3: { fwhmEv: CSPBBR3_SINGLE_DOT_FWHM_EV, source: 'raino-2022-borrowed', borrowed: true },
  CsPbBr3: { fwhmEv: CSPBBR3_SINGLE_DOT_FWHM_EV, source: 'raino-2022', borrowed: false },
  CsPbI3: { fwhmEv: CSPBBR3_SINGLE_DOT_FWHM_EV, source: 'raino-2022-borrowed', borrowed: true },
  PbS: { fwhmEv: PBS_SINGLE_DOT_FWHM_EV, source: 'single-pbs-qd', borrowed: false },
};

/** One measured end of a Stokes-shift series: ensemble absorption peak and fluorescence peak, eV. */
export interface StokesPoint {
  absorptionEv: number;
  emissionEv: number;
}

/** CsPbBr₃ ends of the Energies 2021 series (abstract): (2.570 → 2.469 eV) and (2.429 → 2.391 eV). */
export const CSPBBR3_STOKES_SERIES: readonly StokesPoint[] = [
  { absorptionEv: 2.429, emissionEv: 2.391 },
  { absorptionEv: 2.57, emissionEv: 2.469 },
];

/** Stokes-shift series per material; null where no source gives one. */
export const STOKES_SERIES: Readonly<Record<ConfinementMaterial, readonly StokesPoint[] | null>> = {
  CsPbCl3: null,
  CsPbBr3: CSPBBR3_STOKES_SERIES,
  CsPbI3: null,
  PbS: null,
};

/** Energies 2021 (abstract): fluorescence FWHM of the series, eV (150 → 90 meV). */
export const CSPBBR3_ENSEMBLE_FL_FWHM_RANGE_EV: readonly [number, number] = [0.09, 0.15];

/** PbS paper: OA-capped dots (TEM mean ± spread, nm), first excitonic absorption peak and PL FWHM, nm. */
export const PBS_PAPER_LARGE_DOTS = { meanNm: 4.1, spreadNm: 0.5, absorptionPeakNm: 1180, plFwhmNm: 66 } as const;
/** PbS paper: small dots, first excitonic absorption peak, nm (no size given). */
export const PBS_PAPER_SMALL_DOTS_ABSORPTION_NM = 933;
