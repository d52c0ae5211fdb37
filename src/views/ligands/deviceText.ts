/**
 * The device chart's words for a device (DeviceChart.svelte and device/*, their own chunk: issue #15): the
 * strategy labels that are not the review's own words (lib/ligands/deviceLigands.ts), from
 * messages/ligand-data/en.json (keys `ligd_dev_*`).
 */
import { m } from '../../paraglide/messages.js';
import type { DevicePoint } from '../../lib/ligands/deviceLigands';
import { fixed } from '../../lib/format';

/**
 * Strategy of a device as the chart writes it: review Table 1 as printed ("FAI–EtOAc ligand exchange"); a PbS
 * paper device by its ligand and the dots' gap ("PbI₂ (control), 1.0 eV PbS dots").
 */
export function deviceStrategy(d: DevicePoint): string {
  // Table 1 prints "<agent> ligand exchange" or "<agent> synthesis ligand": the agent (reagent names) stays,
  // the words around it are text.
  if (!d.pbs) return d.synthesis ? m.ligd_dev_strategy_synthesis({ agent: d.agent }) : m.ligd_dev_strategy_exchange({ agent: d.agent });
  const p = { ligand: d.pbs.ligand, gap: fixed(d.pbs.bandgapEv, 1) };
  return d.pbs.control ? m.ligd_dev_pbs_strategy_control(p) : m.ligd_dev_pbs_strategy(p);
}

/** Short label of a device for the chart axis: "FAI–EtOAc", "L-PHE (synthesis)", "(BA)₂PbI₄ · 1.0 eV". */
export function deviceShortLabel(d: DevicePoint): string {
  if (d.pbs) return m.ligd_dev_pbs_short({ ligand: d.pbs.ligand, gap: fixed(d.pbs.bandgapEv, 1) });
  return d.synthesis ? m.ligd_dev_synthesis_short({ agent: d.agent }) : d.agent;
}
