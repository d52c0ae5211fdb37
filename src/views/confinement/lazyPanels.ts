/**
 * What the confinement view loads after its first screen, each its own chunk (issue #15):
 * - the ensemble spectra and the solar-cell limit panels: ConfinementView shows a placeholder of about their
 *   height, whose `near` attachment fetches the chunk when the placeholder comes near the viewport (a phone's
 *   first load leaves them out); likewise the "How is this computed?" notes at the foot of the view;
 * - the published solar cells' hidden table for screen readers (CellsTable, which needs the SQ limit), with
 *   the solar-cell panel it puts in words or with the "How is this computed?" notes (the size→gap plot's
 *   hidden table, DataTables, is part of the view itself);
 * - the marker's full model (lib/readouts/confinement.ts `confinementModel`: the Shockley–Queisser limit with
 *   the AM1.5G table and the ensemble spectra), which nothing on the first screen shows — the view draws the
 *   marker from readouts/confinementMarker.ts and fetches this with the student's first change (for the
 *   readout's live text) or with either panel that shows it.
 */
import { lazyComponent, lazyValue } from '../../components/lazy.svelte';

export const fullModel = lazyValue(() => import('../../lib/readouts/confinement'));

/** A panel that shows the full model: its chunk and the model's, fetched side by side. */
function withModel<T>(load: () => Promise<T>): () => Promise<T> {
  return () => Promise.all([load(), fullModel.preload()]).then(([mod]) => mod);
}

export const cellsTable = lazyComponent(() => import('./CellsTable.svelte'));

/** A panel that brings the cells' hidden table with it (fetched beside it, not waited for). */
function withTables<T>(load: () => Promise<T>): () => Promise<T> {
  return () => {
    void cellsTable.preload().catch(() => {});
    return load();
  };
}

export const spectraPanel = lazyComponent(withModel(() => import('./spectra/SpectraPanel.svelte')));
export const solarCellPanel = lazyComponent(withTables(withModel(() => import('./SolarCellPanel.svelte'))));
export const howPanel = lazyComponent(withTables(() => import('./HowPanel.svelte')));
