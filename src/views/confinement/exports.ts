/**
 * The data file of the size→gap plot: every drawn curve point (material, model, size, gap, wavelength) and,
 * for a mixed dot, its own curve under its formula, with comment lines saying what the columns are.
 * Pure: the view saves the text through lib/export/download.ts.
 */
import { m } from '../../paraglide/messages.js';
import { toCsv, type CsvCell } from '../../lib/export/csv';
import { wavelengthFromGap } from '../../lib/physics/units';
import type { Curve, CurvePoint } from './model';

/** File name (without extension) of each confinement export. */
export const EXPORT_STEM = { curves: 'confinement-curves', sizeGap: 'confinement-size-gap', sq: 'confinement-sq-limit' } as const;

export const CURVES_CSV_HEADER = ['material', 'model', 'size_nm', 'gap_eV', 'wavelength_nm'] as const;

/** CSV of the drawn curves, then the mixed dot's curve (cube model) under `dot.formula`. */
export function curvesCsv(curves: readonly Curve[], dot: { formula: string; points: readonly CurvePoint[] } | null): string {
  const rows: CsvCell[][] = [];
  for (const c of curves) {
    for (const p of c.points) rows.push([c.material, c.model, p.diameterNm, p.gapEv, wavelengthFromGap(p.gapEv)]);
  }
  if (dot) for (const p of dot.points) rows.push([dot.formula, 'cube', p.diameterNm, p.gapEv, wavelengthFromGap(p.gapEv)]);
  return toCsv({ comments: [m.conf_csv_title(), m.conf_csv_models(), m.conf_csv_parameters()], header: CURVES_CSV_HEADER, rows });
}
