/**
 * Measured CsPbX₃ nanocrystal sizes and emission peaks, as RANGES (only the ends could be read; no
 * size-by-size table or data file was reachable). Copied from /work/shared/reference/confinement-sources.md §1,
 * where each is marked with the page it was read on. The view draws each as a box (size range × energy range)
 * with its citation on hover/focus.
 *
 * - Krieg et al. 2021: abstract (PMID 33532576): mean NC size "between 3.5 and 16 nm", emission peak
 *   "between 479 and 518 nm" (CsPbBr₃, oblate cuboids 1.2 × 1.2 × 1). Read (checked). Pairing 3.5 nm with
 *   479 nm and 16 nm with 518 nm is an inference (smaller dots emit bluer).
 * - Protesescu et al. 2015: abstract (datapdf.com copy): "monodisperse colloidal nanocubes (4−15 nm edge
 *   lengths)" of CsPbX₃, X = Cl, Br, I (read, checked). Their emission range 410–700 nm across all halides is
 *   as commonly quoted (issue #11); the abstract was cut off before it, so it is NOT checked.
 */
import type { ConfinementMaterial } from './materials';
import { KRIEG_2021 } from './materials';

export interface MeasuredRangeData {
  id: string;
  /** Material whose colour the box takes ('CsPbBr3' for the all-halide Protesescu range, drawn neutral). */
  material: ConfinementMaterial;
  /** True when the range spans several halides. */
  allHalides: boolean;
  minSizeNm: number;
  maxSizeNm: number;
  /** Emission peak range, nm. */
  minEmissionNm: number;
  maxEmissionNm: number;
  /** Whether the emission range was read in the source (the size range always was). */
  emissionChecked: boolean;
  citation: string;
}

export const CSPBX3_MEASURED_RANGES: readonly MeasuredRangeData[] = [
  {
    id: 'krieg2021',
    material: 'CsPbBr3',
    allHalides: false,
    minSizeNm: 3.5,
    maxSizeNm: 16,
    minEmissionNm: 479,
    maxEmissionNm: 518,
    emissionChecked: true,
    citation: KRIEG_2021,
  },
  {
    id: 'protesescu2015',
    material: 'CsPbBr3',
    allHalides: true,
    minSizeNm: 4,
    maxSizeNm: 15,
    minEmissionNm: 410,
    maxEmissionNm: 700,
    emissionChecked: false,
    citation:
      'Protesescu et al., "Nanocrystals of cesium lead halide perovskites (CsPbX3, X = Cl, Br, and I)", Nano Lett. 15 (2015) 3692 (abstract: 4–15 nm edge lengths)',
  },
];
