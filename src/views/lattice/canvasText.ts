/**
 * The words of the lattice canvas, pure (Node-tested): the formula in its label, the description screen
 * readers hear, the legend rows and the tooltip lines of an atom. LatticeCanvas.svelte only passes what it
 * shows; every sentence comes from messages/lattice (Paraglide).
 */
import { m } from '../../paraglide/messages.js';
import { MAX_NANOCRYSTAL_ATOMS } from '../../lib/geometry/nanocrystal';
import { count, fixed, withUnit } from '../../lib/format';
import type { AtomArrays } from '../../lib/geometry/supercell';
import type { StructureInfo } from './canvasStructure';
import { SPECIES, type LatticeStyle, type CameraPreset, type Species } from './stage/species';
import { displayRadiusAngstrom } from './stage/radii';

export type Labels = Record<Species, string>;
export type Radii = { rA: number; rB: number; rX: number };

/**
 * Radii as drawn: a missing or non-physical value (≤ 0, NaN) falls back to CsPbBr₃'s Shannon radii
 * (Cs⁺ XII 1.88, Pb²⁺ VI 1.19, Br⁻ VI 1.96 Å; src/lib/data/ionicRadii.ts) instead of breaking the view.
 */
export function safeRadii(radii: Radii): Radii {
  const ok = (x: number): boolean => x > 0 && Number.isFinite(x);
  return { rA: ok(radii.rA) ? radii.rA : 1.88, rB: ok(radii.rB) ? radii.rB : 1.19, rX: ok(radii.rX) ? radii.rX : 1.96 };
}

/** The formula in the canvas label: mixed sites in brackets, (FA/Cs)Pb(Br/I)₃; PbS for rock salt. */
export function formulaOf(labels: Labels, pbs: boolean): string {
  if (pbs) return 'PbS';
  if (![labels.A, labels.B, labels.X].some((x) => x.includes('/'))) return `${labels.A}${labels.B}${labels.X}₃`;
  return `${labels.A.includes('/') ? `(${labels.A})` : labels.A}${labels.B}${labels.X.includes('/') ? `(${labels.X})` : labels.X}₃`;
}

/** Radius of the hole left for A in the cubic cage, a/√2 − r_X (Å): A rattles when r_A is smaller. */
export function cageRadius(aPseudoCubicAngstrom: number, rX: number): number {
  return aPseudoCubicAngstrom / Math.SQRT2 - rX;
}

const STYLE_NAME = { ball: m.lat_canvas_style_ball, space: m.lat_canvas_style_space, poly: m.lat_canvas_style_poly } as const;
const CAM_NAME = {
  free: m.lat_canvas_view_free,
  a: m.lat_canvas_view_a,
  b: m.lat_canvas_view_b,
  c: m.lat_canvas_view_c,
  '111': m.lat_canvas_view_111,
} as const;

export interface DescriptionInputs {
  info: StructureInfo | null;
  labels: Labels;
  formula: string;
  style: LatticeStyle;
  cam: CameraPreset;
  radii: Radii;
  aPseudoCubicAngstrom: number;
}

/** The canvas described in whole sentences, joined with a space (the screen reader's picture). */
export function describeCanvas({ info: i, labels, formula, style, cam, radii, aPseudoCubicAngstrom }: DescriptionInputs): string {
  if (!i) return m.lat_canvas_loading();
  const n = count;
  const drawn = m.lat_canvas_desc_drawn({ style: STYLE_NAME[style](), view: CAM_NAME[cam]() });
  const sentences: string[] = [];
  if (i.pbs) {
    const pbsCounts = m.lat_pbs_canvas_counts({ total: n(i.total), pb: n(i.counts.B), s: n(i.counts.X) });
    const d = i.pbs.dot;
    if (d) {
      sentences.push(
        m.lat_pbs_canvas_desc_dot({ d: withUnit(d.diameterNm, 'nm', 1), counts: pbsCounts }),
        m.lat_pbs_canvas_desc_facets({
          f111: n(d.counts.facet111),
          f100: n(d.counts.facet100),
          f100pb: n(d.counts.facet100Pb),
          f100s: n(d.counts.facet100S),
          edge: n(d.counts.edge),
        }),
      );
    } else sentences.push(m.lat_pbs_canvas_desc_cells({ repeats: i.repeats.join('×'), counts: pbsCounts }));
    sentences.push(drawn);
    return sentences.join(' ');
  }
  const counts = m.lat_canvas_counts({
    total: n(i.total),
    countA: n(i.counts.A),
    a: labels.A,
    countB: n(i.counts.B),
    b: labels.B,
    countX: n(i.counts.X),
    x: labels.X,
  });
  if (i.cube) {
    sentences.push(
      m.lat_canvas_desc_cube({ formula, edge: withUnit(i.cube.edgeNm, 'nm', 1), cells: String(i.cube.cellsPerEdge), counts }),
      m.lat_canvas_desc_surface({ count: n(i.cube.surfaceAtoms), layer: `${labels.A}${labels.X}` }),
    );
    if (i.cube.clamped) sentences.push(m.lat_canvas_desc_capped({ max: n(MAX_NANOCRYSTAL_ATOMS) }));
  } else {
    const repeats = i.repeats.join('×');
    sentences.push(
      i.kind === 'cubic'
        ? m.lat_canvas_desc_cells_cubic({ formula, repeats, counts })
        : i.kind === 'delta'
          ? m.lat_canvas_desc_cells_delta({ formula, repeats, counts })
          : m.lat_canvas_desc_cells_orthorhombic({ formula, repeats, counts }),
      i.kind === 'orthorhombic'
        ? m.lat_canvas_desc_tilted({ tilt: fixed(i.tiltDeg, 1) })
        : i.kind === 'delta'
          ? m.lat_canvas_desc_edge_sharing()
          : m.lat_canvas_desc_untilted(),
    );
    if (i.kind === 'cubic' && i.sameBox) sentences.push(m.lat_canvas_desc_same_box());
  }
  sentences.push(m.lat_canvas_desc_cell({ a: fixed(i.cell.a, 2), b: fixed(i.cell.b, 2), c: fixed(i.cell.c, 2) }), drawn);
  const cage = cageRadius(aPseudoCubicAngstrom, radii.rX);
  if (style === 'space' && cage > radii.rA + 0.05) {
    sentences.push(m.lat_canvas_desc_rattle({ ion: labels.A, radius: withUnit(radii.rA, 'Å', 2), cage: withUnit(cage, 'Å', 2) }));
  }
  return sentences.join(' ');
}

export interface LegendRow {
  species: Species;
  name: string;
  /** Drawn radius, Å. */
  r: number;
  /** Ionic radius, Å. */
  ionic: number;
  /** Dot diameter in the legend, px (8–22, in proportion to the drawn radius). */
  dotPx: number;
}

/** One legend row per drawn species (no A in rock-salt PbS), dots sized like the picture. */
export function legendRows(style: LatticeStyle, radii: Radii, labels: Labels, pbs: boolean): LegendRow[] {
  const rows = SPECIES.filter((s) => !pbs || s !== 'A').map((s) => ({
    species: s,
    name: labels[s],
    r: displayRadiusAngstrom(style, s, radii),
    ionic: s === 'A' ? radii.rA : s === 'B' ? radii.rB : radii.rX,
  }));
  const max = Math.max(...rows.map((l) => l.r));
  return rows.map((l) => ({ ...l, dotPx: Math.round(8 + 14 * (l.r / max)) }));
}

export interface AtomTextInputs {
  species: Species;
  position: { x: number; y: number; z: number };
  /** The built atoms and this atom's global index in them (−1: unknown). */
  atoms: AtomArrays | null;
  global: number;
  info: StructureInfo | null;
  labels: Labels;
  pbs: boolean;
}

/** Tooltip lines of an atom: ion, site and role; facet (PbS dot); Cartesian and fractional coordinates; layer. */
export function atomLines({ species, position, atoms, global: g, info, labels, pbs }: AtomTextInputs): string[] {
  const siteLabel = atoms && g >= 0 ? atoms.siteLabels[atoms.site[g]] : '';
  const role =
    species === 'A'
      ? m.lat_atom_role_a()
      : species === 'B'
        ? m.lat_atom_role_b()
        : siteLabel === 'X2'
          ? m.lat_atom_role_x_apical()
          : siteLabel === 'X1' && info?.kind === 'orthorhombic'
            ? m.lat_atom_role_x_equatorial()
            : m.lat_atom_role_x();
  const lines: string[] = [
    pbs
      ? m.lat_pbs_atom_title({ ion: labels[species], site: siteLabel || species })
      : m.lat_atom_title({ ion: labels[species], site: siteLabel || species, role }),
  ];
  if (pbs && atoms && 'facet' in atoms && g >= 0) {
    const f = (atoms as { facet: Uint8Array }).facet[g];
    lines.push(f === 1 ? m.lat_pbs_atom_111() : f === 2 ? m.lat_pbs_atom_100() : f === 3 ? m.lat_pbs_atom_edge() : m.lat_pbs_atom_inside());
  }
  const cell = info?.cell;
  const box = info?.coordinateOrigin;
  if (cell && box) {
    const x = position.x - box[0];
    const y = position.y - box[1];
    const z = position.z - box[2];
    lines.push(`x, y, z = ${fixed(x, 2)}, ${fixed(y, 2)}, ${fixed(z, 2)} Å`);
    lines.push(m.lat_atom_fractional({ x: fixed(x / cell.a, 3), y: fixed(y / cell.b, 3), z: fixed(z / cell.c, 3) }));
  }
  if (atoms && 'layer' in atoms && g >= 0) {
    const layer = (atoms as { layer: Uint8Array }).layer[g];
    lines.push(layer === 0 ? m.lat_atom_surface() : m.lat_atom_below_surface({ count: layer }));
  }
  return lines;
}

/** The distance between two selected atoms, as the measurement label and the live region say it. */
export function distanceText(d: number): string {
  return withUnit(d, 'Å', 2);
}
