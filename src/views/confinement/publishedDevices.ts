/**
 * The published solar cells of the confinement view, each beside the Shockley–Queisser limit at its gap
 * (physics/sq.ts): data/reviewTable1.ts (review Table 1, CsPbI₃ and CsPbBr₃) and data/pbsDevices.ts (PbS
 * paper, 1.0 eV and 1.3 eV cells). Moved from ./published.ts unchanged (issue #15): the limit needs the
 * AM1.5G table, which only the solar-cell panel and the data tables use, not the first screen.
 *
 * Gap of each cell: the PbS cells at their stated dot gaps (1.0 and 1.3 eV, PbS paper). Table 1 of the review
 * gives no gaps, so its cells are placed at the bulk gap of their material from data/materials.ts
 * (CsPbI₃ 1.73 eV, CsPbBr₃ 2.412 eV); the films' real gaps lie somewhat
 * above, by the confinement of dots whose size the table does not give, so the x position is approximate.
 */
import { m } from '../../paraglide/messages.js';
import type { MaterialId } from '../../lib/state/schema';
import { REVIEW_TABLE1_ROWS, type ReviewTable1Row } from '../../lib/data/reviewTable1';
import { PBS_DEVICES, type PbsDevice } from '../../lib/data/pbsDevices';
import { MATERIALS } from '../../lib/data/materials';
import { sqLimit } from '../../lib/physics/sq';
import { fixed, percent, sig } from '../../lib/format';
import { displayName } from './model';
import type { DevicePoint } from './types';

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
