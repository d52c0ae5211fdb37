/**
 * The bounding sphere the 3D view frames (stage/structureBatches.ts) and the static poster frames alike,
 * without three.js: the centre of the box of atom centres, and half its diagonal plus the largest drawn
 * radius (in the polyhedral style at least one B–X distance: octahedra around boundary B stick out by one
 * bond length, their outer X not drawn). Also the box itself (the space-filling facing test).
 */
import { SPECIES, type LatticeStyle } from './species';
import { displayRadiusAngstrom } from './radii';
import type { LatticeStructure } from './types';

export interface StructureBounds {
  center: [number, number, number];
  radius: number;
  /** Box of the atom centres (Infinity / −Infinity when there are no atoms). */
  min: [number, number, number];
  max: [number, number, number];
}

export function structureBounds(s: Pick<LatticeStructure, 'positions' | 'octahedra'>, style: LatticeStyle, radii: { rA: number; rB: number; rX: number }): StructureBounds {
  const min: [number, number, number] = [Infinity, Infinity, Infinity];
  const max: [number, number, number] = [-Infinity, -Infinity, -Infinity];
  let rMax = 0;
  for (const sp of SPECIES) {
    const p = s.positions[sp];
    if (p.length === 0) continue;
    rMax = Math.max(rMax, displayRadiusAngstrom(style, sp, radii));
    let x0 = min[0], y0 = min[1], z0 = min[2], x1 = max[0], y1 = max[1], z1 = max[2];
    for (let i = 0; i < p.length; i += 3) {
      const x = p[i], y = p[i + 1], z = p[i + 2];
      if (x < x0) x0 = x;
      if (y < y0) y0 = y;
      if (z < z0) z0 = z;
      if (x > x1) x1 = x;
      if (y > y1) y1 = y;
      if (z > z1) z1 = z;
    }
    min[0] = x0; min[1] = y0; min[2] = z0;
    max[0] = x1; max[1] = y1; max[2] = z1;
  }
  if (!Number.isFinite(min[0])) return { center: [0, 0, 0], radius: 1, min, max };
  let extra = rMax;
  if (style === 'poly' && s.octahedra.length >= 16) extra = Math.max(extra, Math.hypot(s.octahedra[0], s.octahedra[1], s.octahedra[2]));
  const center: [number, number, number] = [(min[0] + max[0]) / 2, (min[1] + max[1]) / 2, (min[2] + max[2]) / 2];
  const radius = Math.hypot(max[0] - min[0], max[1] - min[1], max[2] - min[2]) / 2 + extra;
  return { center, radius, min, max };
}
