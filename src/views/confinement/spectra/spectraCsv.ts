/**
 * CSV of the spectra panel: one row per energy sample of lib/physics/spectra.ts ensembleSpectra, with the
 * wavelength hc/E beside it, the total absorption, its first-transition and continuum parts, and the
 * emission. Comment lines (worded by the view) say what and where from. Pure: no DOM.
 */
import { toCsv } from '../../../lib/export/csv';
import { HC_EV_NM } from '../../../lib/physics/constants';
import type { EnsembleSpectra } from '../../../lib/physics/spectra';

export const SPECTRA_CSV_HEADER = ['energy_eV', 'wavelength_nm', 'absorption', 'absorption_first_transition', 'absorption_continuum', 'emission'] as const;

export function spectraCsv(spectra: EnsembleSpectra, comments: string[]): string {
  const rows: number[][] = [];
  for (let i = 0; i < spectra.energiesEv.length; i++) {
    const e = spectra.energiesEv[i];
    rows.push([e, HC_EV_NM / e, spectra.absorption[i], spectra.firstBand[i], spectra.continuum[i], spectra.emission[i]]);
  }
  return toCsv({ comments, header: [...SPECTRA_CSV_HEADER], rows });
}
