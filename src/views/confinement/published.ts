/**
 * Published measurements as plot points, with the text a student reads on hover/focus (citation included):
 * - size–gap points: data/sizeGapPoints.ts (PbS paper, Liao et al. EES Sol. 2025, 1, 1148 — PbS only);
 * - measured CsPbX₃ size × emission ranges: data/cspbx3Measured.ts.
 * The published solar cells (beside their Shockley–Queisser limits) are in ./publishedDevices.ts, a module of
 * its own (issue #15): they need the AM1.5G table, which the first screen does not.
 */
import { m } from '../../paraglide/messages.js';
import type { MaterialId } from '../../lib/state/schema';
import { SIZE_GAP_POINTS, type SizeGapCapping, type SizeGapPoint } from '../../lib/data/sizeGapPoints';
import { fixed, sig } from '../../lib/format';
import { MATERIAL_ORDER, displayName } from './model';
import type { AxisMark, MeasuredRange, PlotPoint } from './types';
import { CSPBX3_MEASURED_RANGES } from '../../lib/data/cspbx3Measured';
import { gapFromWavelength } from '../../lib/physics/units';

/**
 * Measured CsPbX₃ size × emission ranges (data/cspbx3Measured.ts) as boxes: shown when their material is
 * shown (the all-halide range when any CsPbX₃ is shown).
 */
export function measuredRanges(shown: readonly MaterialId[]): MeasuredRange[] {
  return CSPBX3_MEASURED_RANGES.filter((r) => (r.allHalides ? shown.some((s) => s !== 'PbS') : shown.includes(r.material))).map((r) => ({
    id: r.id,
    material: r.material,
    minSizeNm: r.minSizeNm,
    maxSizeNm: r.maxSizeNm,
    minGapEv: gapFromWavelength(r.maxEmissionNm),
    maxGapEv: gapFromWavelength(r.minEmissionNm),
    short: r.allHalides ? m.conf_range_short_all() : m.conf_range_short({ material: displayName(r.material) }),
    label: m.conf_range_tip({
      what: r.allHalides ? m.conf_range_all_halides() : displayName(r.material),
      minSize: sig(r.minSizeNm, 3),
      maxSize: sig(r.maxSizeNm, 3),
      minNm: String(r.minEmissionNm),
      maxNm: String(r.maxEmissionNm),
      note: r.emissionChecked ? m.conf_range_pairing_note() : m.conf_range_unchecked(),
      citation: r.citation,
    }),
  }));
}

const PBS_SHORT_CITE = 'Liao et al., EES Sol. 2025, 1, 1148 (PbS paper)';

/** The capping of a measured sample, in words. */
const CAPPING_TEXT: Readonly<Record<SizeGapCapping, () => string>> = {
  'oleic-acid': () => m.conf_capping_oleic_acid(),
  'ba2pbi4-exchange': () => m.conf_capping_ba2pbi4_exchange(),
};

/** Plot label of a measured sample: name and size ("PbS-OA, 4.1 ± 0.5 nm"), or name and gap when no size is given. */
export function sampleLabel(p: SizeGapPoint): string {
  if (p.diameterNm !== null) {
    return m.conf_point_sample_sized({ sample: p.sample, diameter: sig(p.diameterNm, 3), sigma: sig(p.diameterSigmaNm, 3) });
  }
  return m.conf_point_sample_sizeless({ sample: p.sample, gap: fixed(p.firstExcitonEv, 1) });
}

/** Size–gap points of the shown materials that have both a size and a gap. */
export function sizeGapPlotPoints(shown: readonly MaterialId[]): PlotPoint[] {
  const out: PlotPoint[] = [];
  for (const mat of MATERIAL_ORDER) {
    if (!shown.includes(mat)) continue;
    SIZE_GAP_POINTS[mat].forEach((p, i) => {
      if (p.diameterNm === null || p.firstExcitonEv === null) return;
      out.push({
        id: `${mat}-${i}`,
        material: mat,
        diameterNm: p.diameterNm,
        diameterErrNm: p.diameterSigmaNm,
        gapEv: p.firstExcitonEv,
        label: m.conf_point_tip({
          sample: sampleLabel(p),
          capping: CAPPING_TEXT[p.capping](),
          wavelength: fixed(p.firstExcitonNm, 0),
          gap: fixed(p.firstExcitonEv, 3),
          citation: PBS_SHORT_CITE,
        }),
      });
    });
  }
  return out;
}

/** Published gaps without a size: pins on the wavelength axis. */
export function sizelessAxisMarks(shown: readonly MaterialId[]): AxisMark[] {
  const out: AxisMark[] = [];
  for (const mat of MATERIAL_ORDER) {
    if (!shown.includes(mat)) continue;
    SIZE_GAP_POINTS[mat].forEach((p, i) => {
      if (p.diameterNm !== null || p.firstExcitonEv === null || p.firstExcitonNm === null) return;
      out.push({
        id: `${mat}-axis-${i}`,
        material: mat,
        gapEv: p.firstExcitonEv,
        wavelengthNm: p.firstExcitonNm,
        label: m.conf_axis_mark_tip({
          sample: sampleLabel(p),
          wavelength: fixed(p.firstExcitonNm, 0),
          gap: fixed(p.firstExcitonEv, 3),
          citation: PBS_SHORT_CITE,
        }),
      });
    });
  }
  return out;
}

/** Points of the size–gap data that cannot be plotted (no gap given), for the notes and the data table. */
export function unplottedSizePoints(): { material: MaterialId; label: string; why: string }[] {
  const out: { material: MaterialId; label: string; why: string }[] = [];
  for (const mat of MATERIAL_ORDER) {
    for (const p of SIZE_GAP_POINTS[mat]) {
      if (p.diameterNm !== null && p.firstExcitonEv === null) {
        out.push({ material: mat, label: sampleLabel(p), why: m.conf_unplotted_no_exciton() });
      }
    }
  }
  return out;
}
