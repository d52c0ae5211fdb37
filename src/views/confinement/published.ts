/**
 * Published measurements as plot points, with the text a student reads on hover/focus (citation included):
 * - size–gap points: data/sizeGapPoints.ts (PbS paper, Liao et al. EES Sol. 2025, 1, 1148 — PbS only);
 * - solar cells: data/reviewTable1.ts (review Table 1, CsPbI₃ and CsPbBr₃) and data/pbsDevices.ts (PbS paper,
 *   1.0 eV and 1.3 eV cells), each compared with the Shockley–Queisser limit at its gap (physics/sq.ts).
 *
 * Gap of each cell: the PbS cells at their stated dot gaps (1.0 and 1.3 eV, PbS paper). Table 1 of the review
 * gives no gaps, so its cells are placed at the bulk gap of their material from data/materials.ts
 * (CsPbI₃ 1.73 eV, CsPbBr₃ 2.36 eV; reference materials.json, marking (b)); the films' real gaps lie somewhat
 * above, by the confinement of dots whose size the table does not give, so the x position is approximate.
 */
import type { MaterialId } from '../../lib/state/schema';
import { SIZE_GAP_POINTS } from '../../lib/data/sizeGapPoints';
import { REVIEW_TABLE1_ROWS } from '../../lib/data/reviewTable1';
import { PBS_DEVICES } from '../../lib/data/pbsDevices';
import { MATERIALS } from '../../lib/data/materials';
import { sqLimit } from '../../lib/physics/sq';
import { fixed, percent, sig } from '../../lib/format';
import { MATERIAL_ORDER, displayName } from './model';
import type { AxisMark, DevicePoint, PlotPoint } from './types';

const PBS_SHORT_CITE = 'Liao et al., EES Sol. 2025, 1, 1148 (PbS paper)';

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
        label:
          `Measured: ${p.label}, ${p.capping}; first exciton ${fixed(p.firstExcitonNm, 0)} nm = ${fixed(p.firstExcitonEv, 3)} eV. ` +
          `Error bar: ± size standard deviation. Source: ${PBS_SHORT_CITE}, Fig. 2a (TEM) and 2b (absorption).`,
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
        label: `Measured: ${p.label}; first exciton ${fixed(p.firstExcitonNm, 0)} nm = ${fixed(p.firstExcitonEv, 3)} eV (no size reported, so shown on the wavelength axis). Source: ${PBS_SHORT_CITE}, section 2.`,
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
      if (p.diameterNm !== null && p.firstExcitonEv === null) out.push({ material: mat, label: p.label, why: 'no first-exciton energy reported' });
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

/** Every published cell with its gap and the SQ limit there. */
export function deviceRows(): DeviceRow[] {
  const rows: DeviceRow[] = [];
  REVIEW_TABLE1_ROWS.forEach((r, i) => {
    const gapEv = MATERIALS[r.material].bulkGapEv;
    rows.push({
      id: `review-${i}`,
      material: r.material,
      source: `review Table 1, ref. ${r.reviewRef}`,
      description: `${displayName(r.material)} QD cell, ${r.strategy} (${r.exchange})`,
      gapEv,
      gapNote: `bulk ${displayName(r.material)} gap from materials.ts; Table 1 gives no gap`,
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
      source: 'PbS paper, Fig. 5e/6',
      description: `PbS QD cell, ${fixed(d.bandgapEv, 1)} eV dots (${fixed(d.excitonNm, 0)} nm), ${chemistry(d.ligand)}`,
      gapEv: d.bandgapEv,
      gapNote: "the paper's nominal dot gap",
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
  const lines = [`${r.description} — ${r.source}.`, `Gap ${fixed(r.gapEv, 2)} eV (${r.gapNote}).`];
  if (sq) {
    lines.push(`PCE ${publishedPercent(r.pce)} vs SQ limit ${percent(sq.efficiency, 1)} (${percent(r.pce / sq.efficiency, 0)} of the limit).`);
    lines.push(
      r.vocV === null
        ? 'V_OC not reported.'
        : `V_OC ${fixed(r.vocV, 2)} V vs ${fixed(sq.vocV, 2)} V: deficit ${fixed(sq.vocV - r.vocV, 2)} V.`,
    );
    lines.push(
      r.jscMAcm2 === null
        ? 'J_SC not reported.'
        : `J_SC ${sig(r.jscMAcm2, 3)} vs ${sig(sq.jscMAcm2, 3)} mA/cm² (${percent(r.jscMAcm2 / sq.jscMAcm2, 0)}).`,
    );
    lines.push(r.ff === null ? 'FF not reported.' : `FF ${percent(r.ff, 1)} vs ${percent(sq.ff, 1)} (ratio ${fixed(r.ff / sq.ff, 2)}).`);
  } else lines.push(`PCE ${publishedPercent(r.pce)}; no SQ limit at this gap.`);
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
