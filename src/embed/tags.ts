/** Tag names of the custom elements (one per view). */
import type { ViewId } from '../lib/state/schema';

export const WIDGET_TAG: Record<ViewId, string> = {
  lattice: 'pqd-lattice',
  confinement: 'pqd-confinement',
  ligands: 'pqd-ligands',
};
