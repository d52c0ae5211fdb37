/**
 * The (100) facet of a cubic CsPbX₃ dot as a slab of four atomic layers, cut from the ideal Pm-3m cell
 * (structures.json cubic_Pm-3m_alpha.atomic_positions: Pb 1a (0,0,0); X 3d (½,0,0),(0,½,0),(0,0,½);
 * Cs 1b (½,½,½)). Along [001] the cell stacks two neutral layers, a/2 apart:
 *
 *   PbX₂ layer (z = n·a):       Pb at (i, j)·a, X at (i+½, j)·a and (i, j+½)·a
 *   CsX  layer (z = (n+½)·a):   X at (i, j)·a (apical, above Pb), Cs at (i+½, j+½)·a
 *
 * The two terminations of the review (§3, Fig. 4; Bodnarchuk et al. DFT):
 *   'CsX'  — [CsPbX₃](PbX₂){CsX}: outermost CsX layer (upper bound of X/Pb), the common case;
 *            surface sites: one Cs⁺ A site ('a' + k) and one apical halide ('x' + k) per cell.
 *   'PbX2' — [CsPbX₃](CsX){PbX₂}: outermost PbX₂ layer (lower bound of X/Pb); each surface Pb²⁺ has
 *            lost its apical halide and is under-coordinated ('p' + k, kind 'Pb-uc'); two halides per
 *            cell ('x' + 2k along x, 'x' + (2k+1) along y).
 * k = row·cols + col on a cols × rows patch (periodic in x and y).
 *
 * Vacancies (review §3: ligand loss creates A- and X-site vacancies): an A-site vacancy removes a Cs⁺;
 * a halide vacancy removes an X⁻. On the CsX termination a halide vacancy exposes the Pb²⁺ below it,
 * which becomes a surface site 'p' + k of kind 'Pb-uc' (an under-coordinated Pb, "in other words,
 * halogen vacancies", review §3.2). On the PbX₂ termination the exposed Pb are already surface sites.
 *
 * Every layer is charge-neutral (Cs⁺X⁻, Pb²⁺(X⁻)₂), so the ideal slab has zero net charge; each
 * vacancy changes it by minus the removed ion's charge.
 */
import type { Halide } from '../data/structures';
import { cubicAAngstrom } from './radii';
import { slabAtom, slabSite } from './slab';
import type { SurfaceAtom, SurfaceLayer, SurfaceSite, Termination } from './types';

/** Cells per side of the drawn patch (issue #6: "a grid of surface sites, e.g. 6×6 cells"). */
export const PEROVSKITE_CELLS = 6;
/** Layers in the slab (issue #6: "a slab, 3–4 layers"). */
export const PEROVSKITE_LAYERS = 4;

const SUB: Record<Halide, string> = { Cl: 'Cl', Br: 'Br', I: 'I' };

export interface PerovskiteSlab {
  aAngstrom: number;
  cells: number;
  layers: SurfaceLayer[];
  /** All atoms of the ideal slab (no vacancies), with site ids on the outermost layer. */
  atoms: SurfaceAtom[];
  /** Sites of the ideal surface (no vacancies), reading order. */
  sites: SurfaceSite[];
  /** For each halide site id on the CsX termination: the id of the Pb it would expose. */
  pbUnderHalide: Map<string, { pbKey: string; pbId: string }>;
}

function mod(n: number, m: number): number {
  return ((n % m) + m) % m;
}

/**
 * Builds the ideal slab. Validity: halide Cl, Br or I; cells an integer 1–20.
 * @throws RangeError for another cell count
 */
export function buildPerovskiteSlab(halide: Halide, termination: Termination, cells = PEROVSKITE_CELLS): PerovskiteSlab {
  if (!Number.isInteger(cells) || cells < 1 || cells > 20) {
    throw new RangeError(`cells must be an integer from 1 to 20, got ${String(cells)}`);
  }
  const a = cubicAAngstrom(halide);
  const half = a / 2;
  const X = halide;
  const atoms: SurfaceAtom[] = [];
  const sites: SurfaceSite[] = [];
  const pbUnderHalide = new Map<string, { pbId: string; pbKey: string }>();
  const layers: SurfaceLayer[] = [];
  const topIsCsX = termination === 'CsX';

  const atom = (key: string, element: SurfaceAtom['element'], x: number, y: number, layer: number, row: number | null, siteId: string | null) =>
    slabAtom(key, element, x, y, -layer * half, layer, row, siteId);

  for (let layer = 0; layer < PEROVSKITE_LAYERS; layer++) {
    const isCsX = (layer % 2 === 0) === topIsCsX;
    layers.push({ index: layer, composition: isCsX ? `Cs${SUB[X]}` : `Pb${SUB[X]}2`, zAngstrom: -layer * half });
    for (let row = 0; row < cells; row++) {
      for (let col = 0; col < cells; col++) {
        const k = row * cells + col;
        const x0 = col * a;
        const y0 = row * a;
        if (isCsX) {
          const xId = layer === 0 ? `x${k}` : null;
          const aId = layer === 0 ? `a${k}` : null;
          atoms.push(atom(`L${layer}-X-${col}-${row}`, X, x0, y0, layer, row, xId));
          atoms.push(atom(`L${layer}-Cs-${col}-${row}`, 'Cs', x0 + half, y0 + half, layer, row, aId));
          if (layer === 0) {
            sites.push(slabSite(`a${k}`, 'A', 'Cs', x0 + half, y0 + half, 0, row, col, true));
            sites.push(slabSite(`x${k}`, 'X', X, x0, y0, 0, row, col, true));
            pbUnderHalide.set(`x${k}`, { pbId: `p${k}`, pbKey: `L1-Pb-${col}-${row}` });
          }
        } else {
          const pId = layer === 0 ? `p${k}` : null;
          const xaId = layer === 0 ? `x${2 * k}` : null;
          const xbId = layer === 0 ? `x${2 * k + 1}` : null;
          atoms.push(atom(`L${layer}-Pb-${col}-${row}`, 'Pb', x0, y0, layer, row, pId));
          atoms.push(atom(`L${layer}-Xa-${col}-${row}`, X, x0 + half, y0, layer, row, xaId));
          // The halide bridging along y lies behind Pb in the side-view cut: no row.
          atoms.push(atom(`L${layer}-Xb-${col}-${row}`, X, x0, y0 + half, layer, null, xbId));
          if (layer === 0) {
            const right = `p${row * cells + mod(col + 1, cells)}`;
            const below = `p${mod(row + 1, cells) * cells + col}`;
            const pSite = slabSite(`p${k}`, 'Pb-uc', 'Pb', x0, y0, 0, row, col, false);
            const xa = slabSite(`x${2 * k}`, 'X', X, x0 + half, y0, 0, row, col, true);
            const xb = slabSite(`x${2 * k + 1}`, 'X', X, x0, y0 + half, 0, row, col, true);
            xa.exposes = [`p${k}`, right].filter((v, i, arr) => arr.indexOf(v) === i);
            xb.exposes = [`p${k}`, below].filter((v, i, arr) => arr.indexOf(v) === i);
            sites.push(pSite, xa, xb);
          }
        }
      }
    }
  }
  return { aAngstrom: a, cells, layers, atoms, sites, pbUnderHalide };
}

/** Review notation of a termination model (§3, Fig. 4), e.g. "[CsPbBr₃](PbBr₂){CsBr}". */
export function terminationNotation(halide: Halide, termination: Termination): string {
  return termination === 'CsX'
    ? `[CsPb${halide}₃](Pb${halide}₂){Cs${halide}}`
    : `[CsPb${halide}₃](Cs${halide}){Pb${halide}₂}`;
}
