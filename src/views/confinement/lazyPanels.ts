/**
 * The confinement panels below the first screen, each its own chunk (issue #15): the ensemble spectra and
 * the solar-cell limit. ConfinementView starts loading them as it mounts and shows a placeholder of about
 * their height until they arrive.
 */
import { lazyComponent } from '../../components/lazy.svelte';

export const spectraPanel = lazyComponent(() => import('./spectra/SpectraPanel.svelte'));
export const solarCellPanel = lazyComponent(() => import('./SolarCellPanel.svelte'));
