/**
 * Layout helpers of the device chart (DeviceChart.svelte): grouping of the devices into sections,
 * material encodings (colour + shape from lib/data/materialEncoding.ts, colour-blind safe, plus a fill style
 * per exchange type), and the text of a row for screen readers.
 */
import { m as msg } from '../../paraglide/messages.js';
import { fixed, withUnit } from '../../lib/format';
import { ligandById } from '../../lib/data/ligands';
import { METRIC_INFO, metricValue, type DeviceMaterial, type DeviceMetric, type DevicePoint } from '../../lib/ligands/deviceLigands';
import { deviceStrategy } from './deviceText';
import { MATERIALS } from '../../lib/data/materials';
import { MATERIAL_COLOR, MATERIAL_NAME, MATERIAL_SHAPE } from '../../lib/data/materialEncoding';
import { sqLimit } from '../../lib/physics/sq';
import { nonRadiativeVocLossV, plqyForVocDeficit } from '../../lib/physics/voc';

export type GroupBy = 'exchange' | 'material';

/**
 * Colour, marker shape and printed name of each material: the one encoding every chart uses
 * (lib/data/materialEncoding.ts), so a material looks the same here as in the confinement view.
 */
export { MATERIAL_COLOR, MATERIAL_SHAPE };
export const MATERIAL_LABEL = MATERIAL_NAME;
export const MATERIALS_IN_ORDER: readonly DeviceMaterial[] = ['CsPbI3', 'CsPbBr3', 'PbS'];

export interface ChartSection {
  key: string;
  title: string;
  /** For narrow screens. */
  shortTitle: string;
  devices: DevicePoint[];
}

/** Sections of the chart, in display order. Empty sections are dropped. */
export function sections(devices: readonly DevicePoint[], groupBy: GroupBy): ChartSection[] {
  let out: ChartSection[];
  if (groupBy === 'exchange') {
    out = [
      { key: 'solid', title: msg.lig_section_solid(), shortTitle: msg.lig_section_solid_short(), devices: devices.filter((d) => d.origin === 'review' && d.exchange === 'solid-state') },
      { key: 'liquid', title: msg.lig_section_liquid(), shortTitle: msg.lig_section_liquid_short(), devices: devices.filter((d) => d.origin === 'review' && d.exchange === 'liquid-state') },
      { key: 'pbs', title: msg.lig_section_pbs(), shortTitle: msg.lig_section_pbs_short(), devices: devices.filter((d) => d.origin === 'pbs') },
    ];
  } else {
    out = MATERIALS_IN_ORDER.map((m) => ({
      key: m,
      title: msg.lig_section_material({ material: MATERIAL_LABEL[m] }),
      shortTitle: msg.lig_section_material({ material: MATERIAL_LABEL[m] }),
      devices: devices
        .filter((d) => d.material === m)
        .sort((a, b) => (a.exchange === b.exchange ? 0 : a.exchange === 'solid-state' ? -1 : 1)),
    }));
  }
  return out.filter((s) => s.devices.length > 0);
}

/** Plain-text metric names (screen readers read "V OC", not "V underscore OC"). */
export const METRIC_PLAIN: Readonly<Record<DeviceMetric, string>> = { pce: 'PCE', voc: 'VOC', jsc: 'JSC', ff: 'FF' };

/** The value with its unit, or "not given in the paper’s text". */
export function metricValueText(d: DevicePoint, metric: DeviceMetric): string {
  const v = metricValue(d, metric);
  const info = METRIC_INFO[metric];
  if (v === null) return msg.lig_chart_not_given();
  return `${fixed(v, info.decimals)}${info.unit === '%' ? ' %' : ` ${info.unit}`}`;
}

/** A metric name with its value and unit, plain text. */
export function metricText(d: DevicePoint, metric: DeviceMetric): string {
  return `${METRIC_PLAIN[metric]} ${metricValueText(d, metric)}`;
}

/** Names of the mapped ligands, for the row text. */
export function ligandNames(d: DevicePoint): string {
  return d.ligandIds.map((id) => ligandById(id)?.label ?? id).join(', ');
}

/** "solid-state" / "liquid-state": the exchange type in words. */
export function exchangeText(exchange: DevicePoint['exchange']): string {
  return exchange === 'solid-state' ? msg.lig_exchange_solid() : msg.lig_exchange_liquid();
}

/** The full row as one sentence (aria-label of a bar, live-region text). */
export function rowText(d: DevicePoint): string {
  const metrics = (['pce', 'voc', 'jsc', 'ff'] as const).map((m) => metricText(d, m)).join(', ');
  return msg.lig_row_text({
    material: MATERIAL_LABEL[d.material],
    strategy: deviceStrategy(d),
    exchange: exchangeText(d.exchange),
    metrics,
    ligands: ligandNames(d),
    citation: d.citation,
  });
}

// ---------------------------------------------------------------- V_OC deficit read as a PLQY (issue #18)

/**
 * Where each cell's gap comes from: the PbS paper gives its dots' gaps (1.0 and 1.3 eV, §2); review Table 1
 * gives none, so its cells sit at the bulk gap the app uses for the material (data/materials.ts: CsPbI₃
 * 1.73 eV, black phase, as commonly quoted, not checked; CsPbBr₃ 2.412 eV, fitted to measured dot emission) —
 * the view says so, and that a dot's real gap is higher, so the PLQY read from a bulk gap is too high.
 */
export type CellGapSource = 'pbs-paper' | 'bulk';

export interface CellDeficit {
  gapEv: number;
  gapSource: CellGapSource;
  /** Shockley–Queisser V_OC at that gap (physics/sq.ts, AM1.5G, 300 K), V. */
  vocSqV: number;
  /** The cell's measured V_OC, V. */
  vocV: number;
  /** V_OC,SQ − V_OC, V. */
  deficitV: number;
  /** Q with V_OC = V_OC,SQ + (kT/q) ln Q (physics/voc.ts plqyForVocDeficit); > 1 when V_OC exceeds the limit. */
  plqy: number;
}

/** The gap a cell is placed at, eV, and where it comes from (CellGapSource). */
export function cellGap(d: DevicePoint): { gapEv: number; gapSource: CellGapSource } {
  return d.pbs ? { gapEv: d.pbs.bandgapEv, gapSource: 'pbs-paper' } : { gapEv: MATERIALS[d.material].bulkGapEv, gapSource: 'bulk' };
}

/** A cell's V_OC deficit and the PLQY it corresponds to; null when its V_OC is not given or the gap is out of range. */
export function cellDeficit(d: DevicePoint): CellDeficit | null {
  if (d.vocV === null) return null;
  const { gapEv, gapSource } = cellGap(d);
  const sq = sqLimit(gapEv);
  if (!sq) return null;
  const deficitV = sq.vocV - d.vocV;
  return { gapEv, gapSource, vocSqV: sq.vocV, vocV: d.vocV, deficitV, plqy: plqyForVocDeficit(deficitV) };
}

/** The PLQY lines drawn under the SQ line (1 = the SQ limit itself): each decade costs 59.5 mV at 300 K. */
export const PLQY_LINES: readonly number[] = [1, 0.1, 0.01, 0.001, 0.0001];

/** V_OC(E_g) = V_OC,SQ(E_g) + (kT/q) ln Q for each Q of PLQY_LINES, sampled on [gMin, gMax] (n points). */
export function vocLines(gMinEv: number, gMaxEv: number, n = 80): { plqy: number; points: { gapEv: number; vocV: number }[] }[] {
  const gaps = Array.from({ length: n }, (_, i) => gMinEv + ((gMaxEv - gMinEv) * i) / (n - 1));
  return PLQY_LINES.map((q) => ({
    plqy: q,
    points: gaps.flatMap((g) => {
      const sq = sqLimit(g);
      return sq ? [{ gapEv: g, vocV: sq.vocV + nonRadiativeVocLossV(q) }] : [];
    }),
  }));
}

const SUPERSCRIPT: Record<string, string> = { '-': '⁻', '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹' };

/**
 * A PLQY (fraction) as a percentage a student can read: "10 %", "0.073 %", and below 0.001 % a power of
 * ten, "5.1 × 10⁻⁷ %". Two significant figures by default (the V_OC values have two decimals); the
 * line labels use one ("0.1 %").
 */
export function plqyText(q: number, significant = 2): string {
  const p = q * 100;
  if (!Number.isFinite(p) || p <= 0) return '—';
  if (p >= 0.001) {
    const decimals = Math.max(0, significant - 1 - Math.floor(Math.log10(p)));
    return `${fixed(p, decimals)} %`;
  }
  const e = Math.floor(Math.log10(p));
  let mant = p / 10 ** e;
  let exp = e;
  if (Number(mant.toFixed(significant - 1)) >= 10) {
    mant /= 10;
    exp += 1;
  }
  const sup = String(exp)
    .split('')
    .map((c) => SUPERSCRIPT[c])
    .join('');
  return `${fixed(mant, significant - 1)} × 10${sup} %`;
}

/** The deficit sentence of a cell (details panel, bar label with the V_OC metric, point description). */
export function deficitText(d: DevicePoint): string {
  const c = cellDeficit(d);
  if (!c) return msg.lig_deficit_none();
  const p = { voc: withUnit(c.vocV, 'V', 2), vocSq: withUnit(c.vocSqV, 'V', 2), gap: withUnit(c.gapEv, 'eV', 2) };
  if (c.deficitV < 0) return msg.lig_deficit_above(p);
  return msg.lig_deficit_text({ ...p, deficit: withUnit(c.deficitV * 1000, 'mV', 0), plqy: plqyText(c.plqy) });
}

/** Where the cell's gap comes from, in words ('' without a V_OC). */
export function gapText(d: DevicePoint): string {
  const c = cellDeficit(d);
  if (!c) return '';
  // as the source gives it: 1.0 / 1.3 eV (PbS paper), 1.73 / 2.412 eV (data/materials.ts)
  const gap = withUnit(c.gapEv, 'eV', c.gapSource === 'pbs-paper' ? 1 : Number.isInteger(Math.round(c.gapEv * 1e6) / 1e4) ? 2 : 3);
  return c.gapSource === 'pbs-paper' ? msg.lig_deficit_gap_pbs({ gap }) : msg.lig_deficit_gap_bulk({ gap, material: MATERIAL_LABEL[d.material] });
}
