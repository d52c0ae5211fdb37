/**
 * The ligand panel below the first screen, its own chunk (issue #15): the devices chart. LigandsView shows a
 * placeholder of about its height, whose `near` attachment fetches the chunk when it comes near the viewport.
 */
import { lazyComponent } from '../../components/lazy.svelte';

export const deviceChart = lazyComponent(() => import('./DeviceChart.svelte'));
