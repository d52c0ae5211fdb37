/**
 * Layout of the surface drawing on screen, pure (no DOM): the padding and the one scale (px per Å) that
 * fits the patch in the space it has, which ligands get their name/tail/electron labels and how far each
 * label is lifted so neighbours never overlap, a site's trap/healed status, and small SVG helpers.
 * SurfaceDrawing.svelte measures the space and draws; drawing.ts places atoms and ligands in Å.
 */
import type { ExplorerModel } from '../../lib/surface/explorer';
import { elementRadiusAngstrom } from '../../lib/surface/radii';
import type { SurfaceElement } from '../../lib/surface/types';
import type { DrawnLigand } from './drawing';

export interface Padding {
  l: number;
  r: number;
  t: number;
  b: number;
}

/** Drawings narrower than this (px) use the compact padding and type. */
export const NARROW_PX = 520;

/**
 * Padding around the patch, px: room on the right for the layer labels of the side view, and at the top
 * for one lifted line of labels when more than one ligand is drawn in the side view.
 */
export function drawingPadding(narrow: boolean, side: boolean, ligandCount: number): Padding {
  return { l: narrow ? 4 : 10, r: side ? (narrow ? 46 : 74) : narrow ? 4 : 10, t: side && ligandCount > 1 ? 30 : 10, b: 34 };
}

/**
 * Tallest the drawing may be, px: what is left of the first screen below its top (`topPx`, page offset),
 * so the surface, its vacancies and marks are on screen without scrolling; 260–760 px.
 */
export function maxDrawingHeightPx(windowHeightPx: number, topPx: number): number {
  return Math.min(760, Math.max(260, windowHeightPx - topPx - 12));
}

/** Pixels per Å: the largest scale at which the patch fits both the width and the height (at least 3). */
export function drawingScale(widthPx: number, maxHeightPx: number, pad: Padding, spanUAngstrom: number, spanVAngstrom: number): number {
  return Math.max(3, Math.min((widthPx - pad.l - pad.r) / spanUAngstrom, (maxHeightPx - pad.t - pad.b) / spanVAngstrom));
}

/** Key of a drawn ligand: ligand id @ site id. */
export function ligandKey(g: Pick<DrawnLigand, 'placement'>): string {
  return `${g.placement.ligandId}@${g.placement.siteId}`;
}

/**
 * Name, tail length and electron count are written once per ligand kind, to keep them legible: the first
 * kind on its first instance, each further kind on the instance farthest from the labels already placed.
 * Returns the keys of the labelled ligands.
 */
export function labelledLigands(ligands: readonly Pick<DrawnLigand, 'placement' | 'ligand' | 'head'>[]): Set<string> {
  const out = new Set<string>();
  const placed: number[] = [];
  const kinds: string[] = [];
  for (const g of ligands) if (!kinds.includes(g.ligand.id)) kinds.push(g.ligand.id);
  for (const id of kinds) {
    const cands = ligands.filter((g) => g.ligand.id === id);
    let best = cands[0];
    if (placed.length > 0) {
      let bestD = -1;
      for (const c of cands) {
        const d = Math.min(...placed.map((u) => Math.abs(u - c.head.u)));
        if (d > bestD + 1e-9) {
          bestD = d;
          best = c;
        }
      }
    }
    placed.push(best.head.u);
    out.add(ligandKey(best));
  }
  return out;
}

/** Labels closer than this (px) to one already written on the same line go up a line. */
export const LABEL_CLEARANCE_PX = 64;

/**
 * How far each labelled ligand's label is lifted, px (side view): a label closer than LABEL_CLEARANCE_PX to
 * one already written goes up a line — 26 px for a name with a tail length under it, 14 px for a name alone.
 */
export function labelLifts(
  ligands: readonly Pick<DrawnLigand, 'placement' | 'head' | 'fullTailNm'>[],
  labelled: ReadonlySet<string>,
  pxPerAngstrom: number,
): Map<string, number> {
  const lift = new Map<string, number>();
  const done: { u: number; level: number }[] = [];
  for (const g of ligands) {
    const key = ligandKey(g);
    if (!labelled.has(key)) continue;
    let level = 0;
    while (done.some((d) => d.level === level && Math.abs(d.u - g.head.u) * pxPerAngstrom < LABEL_CLEARANCE_PX)) level += 1;
    done.push({ u: g.head.u, level });
    lift.set(key, level * (g.fullTailNm !== null ? 26 : 14));
  }
  return lift;
}

/** Trap status of a site: an X vacancy standing over a listed under-coordinated Pb is not itself a trap (its Pb is), as in the ledger. */
export function siteStatus(model: Pick<ExplorerModel, 'siteById' | 'trapSiteIds' | 'healedSiteIds'>, id: string): { trap: boolean; healed: boolean } {
  const site = model.siteById.get(id);
  const overPb = site?.kind === 'X-vac' && site.exposes.some((e) => model.siteById.get(e)?.kind === 'Pb-uc');
  return { trap: model.trapSiteIds.has(id), healed: !overPb && model.healedSiteIds.has(id) };
}

/** Radius of the dashed circle of a vacancy: the missing ion's ionic radius, Å (lib/surface/radii.ts, Shannon). */
export function vacancyRadiusAngstrom(element: SurfaceElement): number {
  return elementRadiusAngstrom(element);
}

const SUBSCRIPT: Readonly<Record<string, string>> = { '0': '₀', '1': '₁', '2': '₂', '3': '₃', '4': '₄', '5': '₅', '6': '₆', '7': '₇', '8': '₈', '9': '₉' };

/** Digits of a formula as subscripts: 'PbBr2' → 'PbBr₂'. */
export function subscripts(formula: string): string {
  return formula.replace(/[0-9]/g, (d) => SUBSCRIPT[d]);
}

/** CSS class of an atom's element: A-site cation, B-site Pb, sulfide, or halide. */
export function elementClass(el: string): 'el-a' | 'el-b' | 'el-s' | 'el-x' {
  if (el === 'Cs') return 'el-a';
  if (el === 'Pb') return 'el-b';
  if (el === 'S') return 'el-s';
  return 'el-x';
}

/** Points of a flat-topped hexagon (aromatic ring or bulky group) centred at (cx, cy), radius r px. */
export function hexagonPoints(cx: number, cy: number, r: number): string {
  const pts: string[] = [];
  for (let i = 0; i < 6; i++) {
    const a = (Math.PI / 3) * i;
    pts.push(`${(cx + r * Math.cos(a)).toFixed(1)},${(cy + r * Math.sin(a)).toFixed(1)}`);
  }
  return pts.join(' ');
}
