/**
 * Plain surface descriptions for the ligand-model tests: a CsX-terminated CsPbX₃ (100) patch
 * (X at (i, j)·a, Cs at (i+½, j+½)·a, review §3 Fig. 4 [CsPbX₃](PbX₂){CsX}) and a PbS (100) checkerboard.
 * a = 5.874 Å is only a spacing for "adjacent" (CsPbBr₃ cubic a, src/lib/data/structures.ts).
 */
import type { SurfaceSite } from '../../../src/lib/ligands/model';

export const A_ANGSTROM = 5.874;

export function csxPatch(n = 4): SurfaceSite[] {
  const sites: SurfaceSite[] = [];
  for (let j = 0; j < n; j++) {
    for (let i = 0; i < n; i++) {
      const k = j * n + i;
      sites.push({ id: `a${k}`, kind: 'A', xAngstrom: (i + 0.5) * A_ANGSTROM, yAngstrom: (j + 0.5) * A_ANGSTROM });
      sites.push({ id: `x${k}`, kind: 'X', xAngstrom: i * A_ANGSTROM, yAngstrom: j * A_ANGSTROM });
    }
  }
  return sites;
}

export function pbs100Patch(n = 4): SurfaceSite[] {
  const sites: SurfaceSite[] = [];
  const half = 5.936 / 2;
  for (let j = 0; j < n; j++) {
    for (let i = 0; i < n; i++) {
      const k = j * n + i;
      sites.push({ id: (i + j) % 2 === 0 ? `p${k}` : `s${k}`, kind: (i + j) % 2 === 0 ? 'Pb100' : 'S100', xAngstrom: i * half, yAngstrom: j * half });
    }
  }
  return sites;
}
