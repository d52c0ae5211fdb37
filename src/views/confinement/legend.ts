/**
 * The keys drawn inside the confinement charts (so an exported figure keeps its key), as plain data:
 * which entries the size→gap plot shows for the chosen materials, models and overlays, and the fixed key of
 * the solar-cell plot. Labels come from the message catalogue when the function runs (the locale in force).
 */
import { m } from '../../paraglide/messages.js';
import type { GapModel } from '../../lib/physics/inverse';
import type { MaterialId } from '../../lib/state/schema';
import type { LegendEntry } from './labels';
import { MATERIAL_ORDER, MODEL_OPACITY, MODEL_ORDER, MODEL_WEIGHT, SERIES_COLOR, SERIES_DASH, SERIES_SHAPE, displayName } from './model';

/** Legend name of each model. */
const MODEL_LEGEND: Record<GapModel, () => string> = {
  cube: () => m.conf_legend_model_cube(),
  brus: () => m.conf_legend_model_brus(),
  confinement: () => m.conf_legend_model_confinement(),
  moreels: () => m.conf_legend_model_moreels(),
};

export interface SizeGapLegendInput {
  materials: readonly MaterialId[];
  models: readonly string[];
  /** The marker's material (colour of the departure band). */
  selected: MaterialId;
  /** Formula of the dot's own curve when it is a mix; null otherwise. */
  dotCurveLabel: string | null;
  /** Label of the "textbook departs" band when it is drawn; null otherwise. */
  departureLabel: string | null;
  /** Whether measured size–colour ranges, and measured points or axis marks, are drawn. */
  hasRanges: boolean;
  hasMeasured: boolean;
}

/** Key of the size→gap plot: materials (colour + dash), the dot's curve, models (weight, band), bulk line, overlays. */
export function sizeGapLegend(input: SizeGapLegendInput): LegendEntry[] {
  const out: LegendEntry[] = [];
  for (const mat of MATERIAL_ORDER) {
    if (input.materials.includes(mat)) out.push({ key: mat, label: displayName(mat), kind: 'line', color: SERIES_COLOR[mat], dash: SERIES_DASH[mat] });
  }
  if (input.dotCurveLabel !== null) {
    out.push({ key: 'dot-curve', label: m.conf_dot_curve_legend({ formula: input.dotCurveLabel }), kind: 'line', color: 'var(--text)', weight: 1.25 });
  }
  for (const model of MODEL_ORDER) {
    if (!input.models.includes(model)) continue;
    out.push({
      key: model,
      label: MODEL_LEGEND[model](),
      kind: 'line',
      color: 'var(--text)',
      weight: MODEL_WEIGHT[model],
      opacity: MODEL_OPACITY[model],
      band: model === 'moreels',
    });
  }
  out.push({ key: 'bulk', label: m.conf_legend_bulk(), kind: 'line', color: 'var(--muted)', dash: [3.5, 2.5], thin: true });
  if (input.departureLabel !== null) {
    out.push({ key: 'departure', label: input.departureLabel, kind: 'line', color: SERIES_COLOR[input.selected], band: true, weight: 0.01, opacity: 0.5 });
  }
  if (input.hasRanges) out.push({ key: 'ranges', label: m.conf_legend_ranges(), kind: 'shape', shape: 'square', color: 'var(--muted)' });
  if (input.hasMeasured) out.push({ key: 'measured', label: m.conf_legend_measured(), kind: 'shape', shape: 'circle', color: SERIES_COLOR.PbS });
  return out;
}

/** Key of the solar-cell plot: the SQ limit, the review's cells, the PbS paper's cells, this dot's gap. */
export function sqLegend(): LegendEntry[] {
  const cells = (mat: 'CsPbBr3' | 'CsPbI3'): LegendEntry => ({
    key: mat === 'CsPbBr3' ? 'br' : 'i',
    label: m.conf_legend_cells_review({ material: displayName(mat) }),
    kind: 'shape',
    shape: SERIES_SHAPE[mat],
    color: SERIES_COLOR[mat],
  });
  return [
    { key: 'sq', label: m.conf_legend_sq(), kind: 'line', color: 'var(--text)' },
    cells('CsPbBr3'),
    cells('CsPbI3'),
    { key: 'pbs', label: m.conf_legend_cells_pbs(), kind: 'shape', shape: SERIES_SHAPE.PbS, color: SERIES_COLOR.PbS },
    { key: 'dot', label: m.conf_legend_this_dot(), kind: 'line', color: 'var(--text)', dash: [3, 3], thin: true },
  ];
}
