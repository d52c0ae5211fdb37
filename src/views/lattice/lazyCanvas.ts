/**
 * The 3D canvas (LatticeCanvas and three.js, about 150 kB gzip) as its own chunk (issue #15). LatticeStage
 * fetches it only on the student's first sign of wanting 3D (pointer, wheel, focus or a tap on the stage, a
 * structure control, PNG or reset: the facade pattern); until then the stage shows a static drawing of the
 * same structure (stage/LatticePoster.svelte), and a structure too big for a drawing starts it at once.
 */
import { lazyComponent } from '../../components/lazy.svelte';

export const latticeCanvas = lazyComponent(() => import('./LatticeCanvas.svelte'));
