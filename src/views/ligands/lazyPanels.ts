/**
 * The ligand panel below the first screen, its own chunk (issue #15): the devices chart. LigandsView starts
 * loading it as it mounts and shows a placeholder of about its height until it arrives.
 */
import { lazyComponent } from '../../components/lazy.svelte';

export const deviceChart = lazyComponent(() => import('./DeviceChart.svelte'));
