/**
 * The 3D canvas (LatticeCanvas and three.js, about 140 kB gzip) as its own chunk (issue #15): the lattice
 * view's text, readouts and map paint first, and the crystal follows as soon as its chunk has arrived.
 * LatticeStage starts the fetch as it mounts and keeps the canvas box at its size meanwhile.
 */
import { lazyComponent } from '../../components/lazy.svelte';

export const latticeCanvas = lazyComponent(() => import('./LatticeCanvas.svelte'));
