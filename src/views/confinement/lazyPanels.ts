/**
 * The confinement panels below the first screen, each its own chunk (issue #15): the ensemble spectra and
 * the solar-cell limit. ConfinementView shows a placeholder of about their height, whose `near` attachment
 * fetches the chunk when the placeholder comes near the viewport (a phone's first load leaves them out).
 */
import { lazyComponent } from '../../components/lazy.svelte';

export const spectraPanel = lazyComponent(() => import('./spectra/SpectraPanel.svelte'));
export const solarCellPanel = lazyComponent(() => import('./SolarCellPanel.svelte'));
