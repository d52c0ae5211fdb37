/**
 * Published measurements as plot points, with the text a student reads on hover/focus (citation included):
 * - size–gap points: data/sizeGapPoints.ts (PbS paper, Liao et al. EES Sol. 2025, 1, 1148 — PbS only);
 * - solar cells: data/reviewTable1.ts (review Table 1, CsPbI₃ and CsPbBr₃) and data/pbsDevices.ts (PbS paper,
 *   1.0 eV and 1.3 eV cells), each compared with the Shockley–Queisser limit at its gap (physics/sq.ts).
 *
 * Gap of each cell: the PbS cells at their stated dot gaps (1.0 and 1.3 eV, PbS paper). Table 1 of the review
 * gives no gaps, so its cells are placed at the bulk gap of their material from data/materials.ts
 * (CsPbI₃ 1.73 eV, CsPbBr₃ 2.412 eV); the films' real gaps lie somewhat
 * above, by the confinement of dots whose size the table does not give, so the x position is approximate.
 */
import { m } from '../../paraglide/messages.js';
import type { MaterialId } from '../../lib/state/schema';
import { SIZE_GAP_POINTS, type SizeGapCapping, type SizeGapPoint } from '../../lib/data/sizeGapPoints';
import { REVIEW_TABLE1_ROWS, type ReviewTable1Row } from '../../lib/data/reviewTable1';
import { PBS_DEVICES, type PbsDevice } from '../../lib/data/pbsDevices';
import { MATERIALS } from '../../lib/data/materials';
import { sqLimit } from '../../lib/physics/sq';
import { fixed, percent, sig } from '../../lib/format';
import { MATERIAL_ORDER, displayName } from './model';
import type { AxisMark, DevicePoint, MeasuredRange, PlotPoint } from './types';
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

/** Subscript digits in formulas as printed: (BA)2PbI4 → (BA)₂PbI₄, PbI2 → PbI₂. */
export function chemistry(text: string): string {
  const SUB = '₀₁₂₃₄₅₆₇₈₉';
  return text.replace(/([A-Za-z)])(\d+)/g, (_, a: string, n: string) => a + n.replace(/\d/g, (c) => SUB[Number(c)]));
}

export interface DeviceRow {
  id: string;
  material: MaterialId;
  source: string;
  description: string;
  gapEv: number;
  gapNote: string;
  pce: number;
  vocV: number | null;
  jscMAcm2: number | null;
  ff: number | null;
  sq: ReturnType<typeof sqLimit>;
}

/** The review table's section, in words. */
const EXCHANGE_TEXT: Readonly<Record<ReviewTable1Row['exchange'], () => string>> = {
  'solid-state': () => m.conf_exchange_solid(),
  'liquid-state': () => m.conf_exchange_liquid(),
};
/** A PbS paper ligand as printed, subscripts set; the control's label is words. */
const PBS_LIGAND_TEXT: Readonly<Record<PbsDevice['ligand'], () => string>> = {
  'PbI2 (control)': () => m.conf_ligand_pbi2_control(),
  '(BA)2PbI4': () => chemistry('(BA)2PbI4'),
};

/** Every published cell with its gap and the SQ limit there. */
export function deviceRows(): DeviceRow[] {
  const rows: DeviceRow[] = [];
  REVIEW_TABLE1_ROWS.forEach((r, i) => {
    const gapEv = MATERIALS[r.material].bulkGapEv;
    rows.push({
      id: `review-${i}`,
      material: r.material,
      source: m.conf_cell_source_review({ ref: String(r.reviewRef) }),
      description: m.conf_cell_review({ material: displayName(r.material), strategy: r.strategy, exchange: EXCHANGE_TEXT[r.exchange]() }),
      gapEv,
      gapNote: m.conf_cell_review_gap_note({ material: displayName(r.material) }),
      pce: r.pcePercent / 100,
      vocV: r.vocV,
      jscMAcm2: r.jscMAcm2,
      ff: r.ffPercent / 100,
      sq: sqLimit(gapEv),
    });
  });
  PBS_DEVICES.forEach((d, i) => {
    rows.push({
      id: `pbs-${i}`,
      material: 'PbS',
      source: m.conf_cell_source_pbs(),
      description: m.conf_cell_pbs({ gap: fixed(d.bandgapEv, 1), wavelength: fixed(d.excitonNm, 0), ligand: PBS_LIGAND_TEXT[d.ligand]() }),
      gapEv: d.bandgapEv,
      gapNote: m.conf_cell_pbs_gap_note(),
      pce: d.pcePercent / 100,
      vocV: d.vocV ?? null,
      jscMAcm2: d.jscMAcm2 ?? null,
      ff: d.ffPercent === undefined ? null : d.ffPercent / 100,
      sq: sqLimit(d.bandgapEv),
    });
  });
  return rows;
}

/** A published efficiency (fraction) as printed, to its own precision: 8.65 %, 13.4 %, 16.64 %. */
function publishedPercent(fraction: number): string {
  return `${sig(fraction * 100, 4)}\u202f%`;
}

/** The comparison text of one cell: PCE against the limit, V_OC deficit, J_SC and FF ratios. */
export function deviceLabel(r: DeviceRow): string {
  const sq = r.sq;
  const lines = [
    m.conf_cell_line_title({ description: r.description, source: r.source }),
    m.conf_cell_line_gap({ gap: fixed(r.gapEv, 2), note: r.gapNote }),
  ];
  if (sq) {
    lines.push(
      m.conf_cell_line_pce({ pce: publishedPercent(r.pce), limit: percent(sq.efficiency, 1), share: percent(r.pce / sq.efficiency, 0) }),
    );
    lines.push(
      r.vocV === null
        ? m.conf_cell_line_voc_none()
        : m.conf_cell_line_voc({ voc: fixed(r.vocV, 2), vocSq: fixed(sq.vocV, 2), deficit: fixed(sq.vocV - r.vocV, 2) }),
    );
    lines.push(
      r.jscMAcm2 === null
        ? m.conf_cell_line_jsc_none()
        : m.conf_cell_line_jsc({ jsc: sig(r.jscMAcm2, 3), jscSq: sig(sq.jscMAcm2, 3), share: percent(r.jscMAcm2 / sq.jscMAcm2, 0) }),
    );
    lines.push(
      r.ff === null
        ? m.conf_cell_line_ff_none()
        : m.conf_cell_line_ff({ ff: percent(r.ff, 1), ffSq: percent(sq.ff, 1), ratio: fixed(r.ff / sq.ff, 2) }),
    );
  } else lines.push(m.conf_cell_line_no_sq({ pce: publishedPercent(r.pce) }));
  return lines.join('\n');
}

export function devicePoints(rows: readonly DeviceRow[]): DevicePoint[] {
  return rows.map((r) => ({
    id: r.id,
    material: r.material,
    gapEv: r.gapEv,
    pce: r.pce,
    sqEfficiency: r.sq?.efficiency ?? null,
    label: deviceLabel(r),
  }));
}
