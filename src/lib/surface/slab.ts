/**
 * The two constructors every facet slab uses (perovskite.ts and pbs.ts): one atom of the slab and one
 * surface site, with their charge and radius from radii.ts. Lengths in Å.
 *
 * Pure TypeScript: no DOM.
 */
import { elementChargeE, elementRadiusAngstrom } from './radii';
import type { SurfaceAtom, SurfaceSite } from './types';

/** An atom of a slab; `siteId` names the surface site it stands on (null below the surface). */
export function slabAtom(
  key: string,
  element: SurfaceAtom['element'],
  x: number,
  y: number,
  z: number,
  layer: number,
  row: number | null,
  siteId: string | null,
): SurfaceAtom {
  return {
    key,
    element,
    chargeE: elementChargeE(element),
    xAngstrom: x,
    yAngstrom: y,
    zAngstrom: z,
    layer,
    radiusAngstrom: elementRadiusAngstrom(element),
    row,
    sideXAngstrom: x,
    siteId,
  };
}

/** A surface site, not vacant, at height z (the top layer is z = 0). */
export function slabSite(
  id: string,
  kind: SurfaceSite['kind'],
  element: SurfaceSite['element'],
  x: number,
  y: number,
  z: number,
  row: number,
  col: number,
  vacancyAllowed: boolean,
): SurfaceSite {
  return {
    id,
    kind,
    element,
    xAngstrom: x,
    yAngstrom: y,
    zAngstrom: z,
    sideXAngstrom: x,
    row,
    col,
    vacant: false,
    vacancyAllowed,
    exposes: [],
  };
}
