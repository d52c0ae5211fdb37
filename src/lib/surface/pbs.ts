/**
 * Facets of a rock-salt PbS dot (Fm-3m, Pb 4a (0,0,0), S 4b (½,½,½); a from structures.json PbS.a_A),
 * as slabs for the ligand explorer, and the size-dependent share of each facet.
 *
 * The PbS paper (Liao et al., EES Sol. 2025, 1, 1148, Introduction and Results): "dominant crystalline
 * facets shift from (111) to (100) with increasing CQD size"; small dots have "⟨111⟩ dominated facets
 * with only Pb atom termination" (polar), large dots "more non-polar ⟨100⟩ planar facets with dual
 * termination of S and Pb atoms". The paper gives no formula for the share: the geometric model is in
 * pbsFacets.ts.
 *
 * - (100): a checkerboard of Pb²⁺ and S²⁻, a/2 apart; layers a/2 apart with the checkerboard shifted,
 *   so every layer is neutral. Sites 'p' + k (kind 'Pb100') and 's' + k (kind 'S100'), k = row·cols + col.
 * - (111): close-packed layers of a single element, spacing a/√2 in-plane and a√3/6 between layers,
 *   stacked Pb, S, Pb, … with each layer shifted by (e₁+e₂)/3 (rock salt seen along [111] is a simple
 *   cubic lattice of alternating ions, a_sc = a/2). The outermost layer is Pb only: sites 'p' + k
 *   (kind 'Pb111'). Each layer carries charge (±2 e per ion), so the facet is polar: in a real dot the
 *   charge is balanced by bound anions (oleate, I⁻), which is why the PbS paper says I⁻ binds it well.
 */
import { PBS_A_ANGSTROM } from './radii';
import { slabAtom, slabSite } from './slab';
import type { SurfaceAtom, SurfaceLayer, SurfaceSite } from './types';

/** Grid of the PbS (100) patch (positions a/2 apart): 10 × 10 ≈ 30 Å, close to the CsPbX₃ patch. */
export const PBS100_GRID = 10;
/** Grid of the PbS (111) patch: 7 columns × 8 rows of Pb (≈ 29 Å × 29 Å). */
export const PBS111_COLS = 7;
export const PBS111_ROWS = 8;
/** Layers drawn: four for (100), six (three Pb + three S) for (111). */
export const PBS100_LAYERS = 4;
export const PBS111_LAYERS = 6;

export interface PbsSlab {
  aAngstrom: number;
  pitchAngstrom: number;
  cols: number;
  rows: number;
  rowSpacingAngstrom: number;
  layers: SurfaceLayer[];
  atoms: SurfaceAtom[];
  sites: SurfaceSite[];
}

function mod(n: number, m: number): number {
  return ((n % m) + m) % m;
}

/** The non-polar PbS (100) facet: Pb and S in a checkerboard, a/2 apart. */
export function buildPbs100Slab(grid = PBS100_GRID): PbsSlab {
  if (!Number.isInteger(grid) || grid < 2 || grid > 40 || grid % 2 !== 0) {
    throw new RangeError(`grid must be an even integer from 2 to 40, got ${String(grid)}`);
  }
  const a = PBS_A_ANGSTROM;
  const p = a / 2;
  const atoms: SurfaceAtom[] = [];
  const sites: SurfaceSite[] = [];
  const layers: SurfaceLayer[] = [];
  for (let layer = 0; layer < PBS100_LAYERS; layer++) {
    layers.push({ index: layer, composition: 'PbS', zAngstrom: -layer * p });
    for (let row = 0; row < grid; row++) {
      for (let col = 0; col < grid; col++) {
        const k = row * grid + col;
        const element = (col + row + layer) % 2 === 0 ? 'Pb' : 'S';
        const x = col * p;
        const y = row * p;
        const id = layer === 0 ? `${element === 'Pb' ? 'p' : 's'}${k}` : null;
        atoms.push(slabAtom(`L${layer}-${element}-${col}-${row}`, element, x, y, -layer * p, layer, row, id));
        if (id) {
          sites.push(
            slabSite(id, element === 'Pb' ? 'Pb100' : 'S100', element, x, y, 0, row, col, false),
          );
        }
      }
    }
  }
  return { aAngstrom: a, pitchAngstrom: p, cols: grid, rows: grid, rowSpacingAngstrom: p, layers, atoms, sites };
}

/** The polar, Pb-terminated PbS (111) facet: close-packed Pb on top, then S, Pb, … */
export function buildPbs111Slab(cols = PBS111_COLS, rows = PBS111_ROWS): PbsSlab {
  if (!Number.isInteger(cols) || !Number.isInteger(rows) || cols < 1 || rows < 2 || rows % 2 !== 0 || cols > 40 || rows > 40) {
    throw new RangeError(`cols must be 1–40 and rows an even integer 2–40, got ${String(cols)} × ${String(rows)}`);
  }
  const a = PBS_A_ANGSTROM;
  const d = a / Math.SQRT2; // in-plane Pb–Pb (fcc nearest-neighbour) distance
  const h = (d * Math.sqrt(3)) / 2; // row spacing of a close-packed layer
  const dz = (a * Math.sqrt(3)) / 6; // spacing of the (111) planes of alternating Pb and S
  const width = cols * d;
  const atoms: SurfaceAtom[] = [];
  const sites: SurfaceSite[] = [];
  const layers: SurfaceLayer[] = [];
  for (let layer = 0; layer < PBS111_LAYERS; layer++) {
    const element = layer % 2 === 0 ? 'Pb' : 'S';
    layers.push({ index: layer, composition: element, zAngstrom: -layer * dz });
    for (let row = 0; row < rows; row++) {
      for (let col = 0; col < cols; col++) {
        // Lattice point i·e₁ + j·e₂ shifted by layer·(e₁+e₂)/3, folded into the rectangular patch.
        const x = mod((col + (row % 2) / 2 + layer / 2) * d, width);
        const y = row * h + (layer * h) / 3;
        const k = row * cols + col;
        const id = layer === 0 ? `p${k}` : null;
        // The side-view cut of row j shows the atoms whose y lies in [j·h, (j+1)·h).
        const cutRow = mod(Math.floor(y / h + 1e-9), rows);
        atoms.push(slabAtom(`L${layer}-${element}-${col}-${row}`, element, x, mod(y, rows * h), -layer * dz, layer, cutRow, id));
        if (id) sites.push(slabSite(id, 'Pb111', 'Pb', x, y, 0, row, col, false));
      }
    }
  }
  return { aAngstrom: a, pitchAngstrom: d, cols, rows, rowSpacingAngstrom: h, layers, atoms, sites };
}

/**
 * Mean PbS dot diameters the paper reports or implies, nm. The view names them from the id and the
 * exciton (small: 933 nm, ≈1.3 eV; large: 1180 nm, ≈1.0 eV).
 */
export const PBS_PAPER_DOTS = [
  {
    id: 'small',
    excitonNm: 933, // nm, PbS paper: exciton peak 933 nm (~1.3 eV)
    // nm: Moreels curve (PbS paper Eq. 1) inverted at 1239.84/933 nm = 1.329 eV; the paper gives no size.
    diameterNm: 3.03,
    source: 'PbS paper: exciton peak 933 nm (~1.3 eV); diameter from its Eq. 1 (Moreels curve), not measured',
  },
  {
    id: 'large',
    excitonNm: 1180, // nm, PbS paper: first exciton at 1180 nm
    diameterNm: 4.1, // nm, PbS paper: "4.1 ± 0.5 nm" OA-capped dots (TEM)
    source: 'PbS paper: 4.1 ± 0.5 nm OA-capped dots with the first exciton at 1180 nm',
  },
] as const;
