/**
 * The chain strip's last links (PLQY, V_OC, efficiency) as a chunk of their own (issue #15):
 * lib/readouts/chainTail.ts needs the ligand library, the surface explorer and the AM1.5G table, which the
 * confinement view (and, for the table, the lattice and ligands views) would otherwise load with the page.
 * ChainStrip shows its first links at once and fetches this when its PLQY link comes near the viewport
 * (`near`: at once on a wide screen, where the strip wraps; on a phone, where the strip scrolls sideways,
 * when the student scrolls it towards the PLQY link). Tests preload it.
 */
import { lazyValue } from '../lazy.svelte';

export const chainTail = lazyValue(() => import('../../lib/readouts/chainTail'));
