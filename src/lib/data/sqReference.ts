/**
 * Shockley–Queisser reference table: our detailed-balance results at 17 gaps plus the optimum, and
 * the published tabulations they were compared with.
 *
 * Copied from /work/shared/reference/sq-limit.json (rows[*], optimum_on_0.001eV_grid,
 * published_comparisons_sources). "Ours" = sq-limit.py (same method as physics/sq.ts): ASTM G173-03
 * AM1.5G (pvlib copy), 300 K cell, step absorptance, hemispherical 300 K black-body emission, ideal
 * diode, efficiency = Pmax / 1000.371 W/m² (the spectrum's trapezoid integral). Marking: computed (a).
 *
 * Comparisons (marking (a): read in public repository data files when the reference folder was
 * curated):
 * - marcus-cmc: "SQ limit.csv" in GitHub repo marcus-cmc/Shockley-Queisser-limit, commit
 *   07b4b23dbc522c691c3099e43f48fc7c1089849e (T = 300 K, AM1.5G ASTMG173, 0.002 eV grid; uses
 *   E = 1240/λ, P_in = 1000 W/m², CODATA 2014 → efficiencies 0.01–0.05 % (abs) above ours).
 * - sidihamady: ShockleyQueisserCurve.txt in GitHub repo sidihamady/Shockley-Queisser, commit
 *   e2a50636ffe29dde9f46880185928b098207709f (~0.0079 eV grid); `interpolatedAtGapPercent` is a
 *   linear interpolation of that curve at our gap (agreement within ~0.08 % abs).
 * - Rühle, Sol. Energy 130 (2016) 139: only the headline 33.7 % at 1.34 eV is recorded ((b) memory,
 *   consistent with a Wikipedia mirror page); the per-gap table was not found.
 */

export interface SqReferenceRow {
  gapEv: number;
  /** Our η, % (3 d.p.). */
  efficiencyPercent: number;
  vocV: number;
  jscMAcm2: number;
  ffPercent: number;
  vmpV: number;
  /** Radiative dark saturation current density, A/m². */
  j0Am2: number;
  /** marcus-cmc "SQ limit.csv" values at the same gap. */
  marcusCmc: { vocV: number; jscMAcm2: number; ffPercent: number; efficiencyPercent: number };
  /** sidihamady ShockleyQueisserCurve.txt: nearest grid point and linear interpolation at our gap. */
  sidihamady: { gridGapEv: number; gridEfficiencyPercent: number; interpolatedAtGapPercent: number };
}

/** Incident power used for η: trapezoid integral of am15g.csv (sq-limit.json assumptions.P_in_W_m2). */
export const SQ_REFERENCE_P_IN_W_M2 = 1000.371;

/** Cell temperature, K (sq-limit.json assumptions.cell_temperature_K). */
export const SQ_REFERENCE_T_CELL_K = 300;

/** sq-limit.json rows[*] (our values and the comparisons). */
export const SQ_REFERENCE_ROWS: readonly SqReferenceRow[] = [
  {
    gapEv: 0.5,
    efficiencyPercent: 14.905,
    vocV: 0.3077,
    jscMAcm2: 66.745,
    ffPercent: 72.6,
    vmpV: 0.2468,
    j0Am2: 0.0045212,
    marcusCmc: { vocV: 0.3077, jscMAcm2: 66.831, ffPercent: 72.6, efficiencyPercent: 14.931 },
    sidihamady: { gridGapEv: 0.501037, gridEfficiencyPercent: 15.0049, interpolatedAtGapPercent: 14.95 },
  },
  {
    gapEv: 0.7,
    efficiencyPercent: 23.722,
    vocV: 0.4886,
    jscMAcm2: 60.703,
    ffPercent: 80.01,
    vmpV: 0.4153,
    j0Am2: 3.7573e-06,
    marcusCmc: { vocV: 0.4886, jscMAcm2: 60.783, ffPercent: 80.01, efficiencyPercent: 23.763 },
    sidihamady: { gridGapEv: 0.699266, gridEfficiencyPercent: 23.7371, interpolatedAtGapPercent: 23.76 },
  },
  {
    gapEv: 0.9,
    efficiencyPercent: 29.421,
    vocV: 0.6721,
    jscMAcm2: 52.061,
    ffPercent: 84.12,
    vmpV: 0.5901,
    j0Am2: 2.6681e-09,
    marcusCmc: { vocV: 0.6721, jscMAcm2: 52.128, ffPercent: 84.12, efficiencyPercent: 29.471 },
    sidihamady: { gridGapEv: 0.897495, gridEfficiencyPercent: 29.3169, interpolatedAtGapPercent: 29.434 },
  },
  {
    gapEv: 1.0,
    efficiencyPercent: 31.545,
    vocV: 0.7648,
    jscMAcm2: 48.22,
    ffPercent: 85.57,
    vmpV: 0.6793,
    j0Am2: 6.8437e-11,
    marcusCmc: { vocV: 0.7648, jscMAcm2: 48.247, ffPercent: 85.57, efficiencyPercent: 31.574 },
    sidihamady: { gridGapEv: 1.00057, gridEfficiencyPercent: 31.5479, interpolatedAtGapPercent: 31.545 },
  },
  {
    gapEv: 1.1,
    efficiencyPercent: 32.902,
    vocV: 0.8578,
    jscMAcm2: 44.23,
    ffPercent: 86.76,
    vmpV: 0.7692,
    j0Am2: 1.7223e-12,
    marcusCmc: { vocV: 0.8577, jscMAcm2: 44.226, ffPercent: 86.76, efficiencyPercent: 32.911 },
    sidihamady: { gridGapEv: 1.10365, gridEfficiencyPercent: 33.0341, interpolatedAtGapPercent: 32.918 },
  },
  {
    gapEv: 1.2,
    efficiencyPercent: 33.347,
    vocV: 0.9507,
    jscMAcm2: 39.985,
    ffPercent: 87.75,
    vmpV: 0.8594,
    j0Am2: 4.2664e-14,
    marcusCmc: { vocV: 0.9507, jscMAcm2: 39.996, ffPercent: 87.75, efficiencyPercent: 33.369 },
    sidihamady: { gridGapEv: 1.1988, gridEfficiencyPercent: 33.3514, interpolatedAtGapPercent: 33.345 },
  },
  {
    gapEv: 1.3,
    efficiencyPercent: 33.112,
    vocV: 1.0438,
    jscMAcm2: 35.817,
    ffPercent: 88.6,
    vmpV: 0.95,
    j0Am2: 1.0429e-15,
    marcusCmc: { vocV: 1.0438, jscMAcm2: 35.822, ffPercent: 88.6, efficiencyPercent: 33.129 },
    sidihamady: { gridGapEv: 1.30188, gridEfficiencyPercent: 33.1484, interpolatedAtGapPercent: 33.119 },
  },
  {
    gapEv: 1.34,
    efficiencyPercent: 33.679,
    vocV: 1.0817,
    jscMAcm2: 35.032,
    ffPercent: 88.91,
    vmpV: 0.9869,
    j0Am2: 2.3554e-16,
    marcusCmc: { vocV: 1.0817, jscMAcm2: 35.033, ffPercent: 88.9, efficiencyPercent: 33.692 },
    sidihamady: { gridGapEv: 1.34153, gridEfficiencyPercent: 33.6721, interpolatedAtGapPercent: 33.675 },
  },
  {
    gapEv: 1.4,
    efficiencyPercent: 33.41,
    vocV: 1.1379,
    jscMAcm2: 32.881,
    ffPercent: 89.33,
    vmpV: 1.0417,
    j0Am2: 2.5202e-17,
    marcusCmc: { vocV: 1.1379, jscMAcm2: 32.879, ffPercent: 89.33, efficiencyPercent: 33.42 },
    sidihamady: { gridGapEv: 1.39703, gridEfficiencyPercent: 33.436, interpolatedAtGapPercent: 33.398 },
  },
  {
    gapEv: 1.5,
    efficiencyPercent: 32.076,
    vocV: 1.2311,
    jscMAcm2: 28.973,
    ffPercent: 89.96,
    vmpV: 1.1328,
    j0Am2: 6.0307e-19,
    marcusCmc: { vocV: 1.2311, jscMAcm2: 28.974, ffPercent: 89.96, efficiencyPercent: 32.089 },
    sidihamady: { gridGapEv: 1.50011, gridEfficiencyPercent: 32.0633, interpolatedAtGapPercent: 32.064 },
  },
  {
    gapEv: 1.6,
    efficiencyPercent: 30.521,
    vocV: 1.3245,
    jscMAcm2: 25.467,
    ffPercent: 90.52,
    vmpV: 1.2242,
    j0Am2: 1.4307e-20,
    marcusCmc: { vocV: 1.3245, jscMAcm2: 25.469, ffPercent: 90.52, efficiencyPercent: 30.535 },
    sidihamady: { gridGapEv: 1.60319, gridEfficiencyPercent: 30.4442, interpolatedAtGapPercent: 30.509 },
  },
  {
    gapEv: 1.73,
    efficiencyPercent: 28.556,
    vocV: 1.4463,
    jscMAcm2: 21.668,
    ffPercent: 91.15,
    vmpV: 1.3437,
    j0Am2: 1.0926e-22,
    marcusCmc: { vocV: 1.4463, jscMAcm2: 21.669, ffPercent: 91.15, efficiencyPercent: 28.566 },
    sidihamady: { gridGapEv: 1.73006, gridEfficiencyPercent: 28.5245, interpolatedAtGapPercent: 28.525 },
  },
  {
    gapEv: 1.8,
    efficiencyPercent: 27.152,
    vocV: 1.5118,
    jscMAcm2: 19.646,
    ffPercent: 91.45,
    vmpV: 1.408,
    j0Am2: 7.8787e-24,
    marcusCmc: { vocV: 1.5118, jscMAcm2: 19.647, ffPercent: 91.45, efficiencyPercent: 27.163 },
    sidihamady: { gridGapEv: 1.80142, gridEfficiencyPercent: 27.1202, interpolatedAtGapPercent: 27.143 },
  },
  {
    gapEv: 2.0,
    efficiencyPercent: 22.838,
    vocV: 1.6987,
    jscMAcm2: 14.586,
    ffPercent: 92.21,
    vmpV: 1.5918,
    j0Am2: 4.2352e-27,
    marcusCmc: { vocV: 1.6987, jscMAcm2: 14.588, ffPercent: 92.21, efficiencyPercent: 22.849 },
    sidihamady: { gridGapEv: 1.99965, gridEfficiencyPercent: 22.842, interpolatedAtGapPercent: 22.833 },
  },
  {
    gapEv: 2.3,
    efficiencyPercent: 16.498,
    vocV: 1.979,
    jscMAcm2: 8.958,
    ffPercent: 93.1,
    vmpV: 1.868,
    j0Am2: 5.0936e-32,
    marcusCmc: { vocV: 1.979, jscMAcm2: 8.96, ffPercent: 93.1, efficiencyPercent: 16.509 },
    sidihamady: { gridGapEv: 2.30096, gridEfficiencyPercent: 16.403, interpolatedAtGapPercent: 16.424 },
  },
  {
    gapEv: 2.5,
    efficiencyPercent: 12.56,
    vocV: 2.1652,
    jscMAcm2: 6.201,
    ffPercent: 93.58,
    vmpV: 2.0518,
    j0Am2: 2.6231e-35,
    marcusCmc: { vocV: 2.1652, jscMAcm2: 6.203, ffPercent: 93.58, efficiencyPercent: 12.569 },
    sidihamady: { gridGapEv: 2.49919, gridEfficiencyPercent: 12.5657, interpolatedAtGapPercent: 12.545 },
  },
  {
    gapEv: 3.0,
    efficiencyPercent: 4.61,
    vocV: 2.6247,
    jscMAcm2: 1.859,
    ffPercent: 94.51,
    vmpV: 2.5062,
    j0Am2: 1.4999e-43,
    marcusCmc: { vocV: 2.6247, jscMAcm2: 1.861, ffPercent: 94.51, efficiencyPercent: 4.616 },
    sidihamady: { gridGapEv: 2.99872, gridEfficiencyPercent: 4.5847, interpolatedAtGapPercent: 4.57 },
  },
];

/** Optimum on a 0.001 eV grid 0.9–1.6 eV (sq-limit.json optimum_on_0.001eV_grid). */
export const SQ_REFERENCE_OPTIMUM = { gapEv: 1.336, efficiencyPercent: 33.693 } as const;

/** marcus-cmc README optimum (sq-limit.json published_comparisons_sources["marcus-cmc"].readme_quote). */
export const SQ_MARCUS_CMC_OPTIMUM = {
  gapEv: 1.337,
  vocV: 1.079,
  jscMAcm2: 35.14,
  ffPercent: 88.88,
  efficiencyPercent: 33.703,
  source: 'marcus-cmc/Shockley-Queisser-limit README (commit 07b4b23), quoted in sq-limit.json (a)',
} as const;

/** Rühle 2016 headline maximum (sq-limit.json published_comparisons_sources.Ruhle_2016; marking (b)). */
export const SQ_RUHLE_2016_MAXIMUM = {
  gapEv: 1.34,
  efficiencyPercent: 33.7,
  source:
    'S. Rühle, Sol. Energy 130 (2016) 139–147, headline maximum 33.7 % at 1.34 eV — (b) from memory, consistent with a Wikipedia mirror page; per-gap table not found',
} as const;

/** Stated agreement of the comparisons with our values, % absolute (sq-limit.json summary_agreement). */
export const SQ_REFERENCE_AGREEMENT_PERCENT = { marcusCmc: 0.05, sidihamady: 0.08 } as const;
