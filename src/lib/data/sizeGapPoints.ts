/**
 * Measured (size, first-exciton) points for the size–gap plot.
 *
 * Copied from /work/shared/reference/size-gap-points.json (field named beside each entry), which
 * took them from the project's PbS paper (Liao et al., EES Sol. 2025, 1, 1148, section 2, Fig. 2a/b)
 * via pbs-paper-devices.json. Marking (a) = read in that source.
 *
 * ONLY PbS points exist: no CsPbCl₃/CsPbBr₃/CsPbI₃ size-vs-gap numbers could be read in a table or
 * data file when the reference folder was curated (Protesescu 2015 Fig. 2 is a figure only), so the
 * CsPbX₃ lists are deliberately empty (size-gap-points.json "summary", "not_found").
 */
import type { ConfinementMaterial } from './materials';

export interface SizeGapPoint {
  /** Mean TEM diameter, nm; null when the paper gives no size. */
  diameterNm: number | null;
  /** ± standard deviation of the diameter, nm ("4.1 ± 0.5 nm"); null when not given. */
  diameterSigmaNm: number | null;
  /** First excitonic absorption peak, nm; null when not given. */
  firstExcitonNm: number | null;
  /** Same as an energy, eV (hc/λ, as tabulated in size-gap-points.json); null when not given. */
  firstExcitonEv: number | null;
  /** Surface ligand / capping, as a code (the view words it): oleic acid, or (BA)₂PbI₄ after ligand exchange. */
  capping: SizeGapCapping;
  /** Sample name as the paper writes it (language-neutral); the view adds size or gap to make the plot label. */
  sample: string;
  /** Citation string. */
  source: string;
  /** Provenance marking of the reference file. */
  marking: string;
}

export type SizeGapCapping = 'oleic-acid' | 'ba2pbi4-exchange';

const PBS_PAPER =
  'Liao et al., "In situ 2D-perovskite-like ligands offer versatile passivation of large and small sized PbS quantum dots for infrared photovoltaics", EES Sol. 2025, 1, 1148';

/** Measured points per material (PbS only; CsPbX₃ lists empty on purpose, see file header). */
export const SIZE_GAP_POINTS: Readonly<Record<ConfinementMaterial, readonly SizeGapPoint[]>> = {
  PbS: [
    {
      // size-gap-points.json PbS[0]
      diameterNm: 4.1,
      diameterSigmaNm: 0.5,
      firstExcitonNm: 1180,
      firstExcitonEv: 1.0507,
      capping: 'oleic-acid',
      sample: 'PbS-OA', // plotted as "PbS-OA, 4.1 ± 0.5 nm"
      source: `${PBS_PAPER}, section 2, Fig. 2a (TEM 4.1 ± 0.5 nm) and Fig. 2b (first exciton 1180 nm), "consistent with" the Moreels curve, Eq. 1`,
      marking: 'a (via pbs-paper-devices.json)',
      // The Moreels curve predicts 1.0413 eV = 1190.6 nm for 4.1 nm, and 4.053 nm for 1180 nm (computed,
      // size-gap-points.json moreels_check).
    },
    {
      // size-gap-points.json PbS[1]
      diameterNm: 3.7,
      diameterSigmaNm: 0.5,
      firstExcitonNm: null,
      firstExcitonEv: null,
      capping: 'ba2pbi4-exchange',
      sample: 'PbS-(BA)₂PbI₄', // "PbS-(BA)₂PbI₄, 3.7 ± 0.5 nm"
      source: `${PBS_PAPER}, section 2, Fig. 2a (TEM after ligand exchange)`,
      marking: 'a / b',
      // Same dots as the 4.1 nm OA batch after exchange; the exciton red-shifts slightly (3 nm in solution, 25 nm
      // in film): the TEM size shrink is ligand/measurement related, not a different core.
    },
    {
      // size-gap-points.json PbS[2]
      diameterNm: null,
      diameterSigmaNm: null,
      firstExcitonNm: 933,
      firstExcitonEv: 1.3289,
      capping: 'oleic-acid',
      sample: 'PbS-933', // "PbS-933 (≈1.3 eV), size not given"
      source: `${PBS_PAPER}, section 2 (small dots, exciton 933 nm, ~1.3 eV bandgap)`,
      marking: 'a / b',
      // No size stated in the paper; the Moreels curve would give 3.029 nm (computed, not published).
    },
  ],
  CsPbCl3: [], // size-gap-points.json CsPbCl3: [] (none found)
  CsPbBr3: [], // size-gap-points.json CsPbBr3: [] (none found)
  CsPbI3: [], // size-gap-points.json CsPbI3: [] (none found)
};

// Why the CsPbX₃ lists are empty (size-gap-points.json summary / not_found): the view says it in its
// "Measured points" note (message conf_points_missing_note).
