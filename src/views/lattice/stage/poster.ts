/**
 * The static poster of the 3D stage (issue #15, the facade pattern): the same structure (canvasStructure.ts,
 * as the 3D view builds it), seen from the same camera (the preset, or the `view3d` orbit of a share link,
 * framed like stage/cameraRig.ts), as painter's-sorted 2D primitives for an SVG (stage/LatticePoster.svelte).
 * No three.js and no DOM here (it runs under svelte/server for the prerendered first screen).
 *
 * What is drawn, as the 3D view draws it:
 *  - atoms as circles of the drawn radius (stage/radii.ts), per species, with their nanocube / PbS-dot flag;
 *    the space-filling style only the atoms near the surface that face the camera (LatticeScene.updateFacing);
 *  - polyhedral style: the octahedra's faces turned towards the eye (the 3D material culls back faces), with
 *    a flat lighting level (shading.glsl.ts: hemisphere + key light on the face normal);
 *  - ball-and-stick: each B–X bond as two half segments (B colour, X colour);
 *  - the outlined unit cell's 12 edges (in 4 pieces each, so the painter's sort interleaves them);
 *  - the a/b/c orientation inset (stage/axesInset.ts: the same camera turned, at distance 5.6).
 * Each primitive carries the depth cue of the 3D view (lib/geometry/projection.ts depthCue), quantised.
 * Over POSTER_MAX_PRIMITIVES the poster is not drawn (null): the stage then starts the 3D view at once.
 */
import {
  FOV_DEG,
  centroid,
  depthCue,
  facesEye,
  fitDistance,
  orbitDirection,
  perspectiveView,
  presetViewDirection,
  project,
  projectedRadius,
  subtract,
  type PerspectiveView,
  type Primitive,
  type Vec3,
  type ViewPreset,
} from '../../../lib/geometry/projection';
import { sort } from 'd3';
import { FLAG_FACET100, FLAG_INTERIOR, FLAG_SURFACE } from './flags';
import { structureBounds } from './bounds';
import { BOND_RADIUS_ANGSTROM, displayRadiusAngstrom } from './radii';
import { SPECIES, type LatticeStyle, type Species } from './species';
import type { LatticeStructure } from './types';
import { StructureBuilder, type StructureInfo, type StructureInputs } from '../canvasStructure';

/** More primitives than this and the poster is not drawn (an SVG of that many nodes costs what it saves). */
export const POSTER_MAX_PRIMITIVES = 3000;
/** Depth-cue levels (0 … FOG_LEVELS − 1; the 3D view's cue is at most 0.5 of the background). */
export const FOG_LEVELS = 6;
/** Lighting levels of the octahedron faces. */
export const LIGHT_LEVELS = 5;

export type PosterItem =
  | { what: 'atom'; species: Species; flag: 'normal' | 'surface' | 'interior' | 'facet100'; fog: number }
  | { what: 'face'; light: number; fog: number; interior: boolean }
  | { what: 'bond'; species: 'B' | 'X'; width: number; fog: number }
  | { what: 'cell'; width: number; fog: number };

export interface AxisArrow {
  axis: 'a' | 'b' | 'c';
  x1: number;
  y1: number;
  /** Shaft end / head base. */
  x2: number;
  y2: number;
  /** Head tip. */
  x3: number;
  y3: number;
  /** Half width of the head, px. */
  head: number;
  depth: number;
}

export interface Poster {
  width: number;
  height: number;
  /** Far to near. */
  primitives: Primitive<PosterItem>[];
  /** The a/b/c inset (bottom-right, `size` px square), far to near, and the label positions in the picture. */
  axes: { size: number; x0: number; y0: number; arrows: AxisArrow[]; labels: { text: 'a' | 'b' | 'c'; x: number; y: number }[] };
}

export interface PosterInputs {
  structure: LatticeStructure;
  style: LatticeStyle;
  /** Drawn radii (canvasText.ts safeRadii). */
  radii: { rA: number; rB: number; rX: number };
  cam: ViewPreset;
  /** The stored camera of a share link (`view3d`, parsed), used when cam is 'free'. */
  orbit: { azimuthDeg: number; elevationDeg: number; zoom: number } | null;
  showCell: boolean;
  width: number;
  height: number;
}

const OCTA_FACES: [number, number, number][] = [
  [0, 2, 4], [2, 1, 4], [1, 3, 4], [3, 0, 4],
  [2, 0, 5], [1, 2, 5], [3, 1, 5], [0, 3, 5],
];
// shading.glsl.ts: key light direction (view space) and the hemisphere / diffuse weights.
const KEY = ((): Vec3 => {
  const l = Math.hypot(-0.42, 0.62, 0.66);
  return [-0.42 / l, 0.62 / l, 0.66 / l];
})();

/** The camera the 3D view frames the structure with (CameraRig.viewStep / setOrbit). */
export function posterView(inputs: Pick<PosterInputs, 'cam' | 'orbit' | 'width' | 'height'>, bounds: { center: Vec3; radius: number }, dir111: Vec3): PerspectiveView {
  const { width, height } = inputs;
  const fit = fitDistance(bounds.radius * 1.04, FOV_DEG, width / height);
  const stored = inputs.cam === 'free' ? inputs.orbit : null;
  const dir = stored ? orbitDirection(stored) : presetViewDirection(inputs.cam, dir111);
  const distance = stored ? fit / Math.max(1e-3, stored.zoom) : fit;
  return perspectiveView({ target: bounds.center, dir, distance, width, height });
}

const fogLevel = (f: number): number => Math.min(FOG_LEVELS - 1, Math.round((f / 0.5) * (FOG_LEVELS - 1)));

const FLAG_NAMES: Record<number, 'normal' | 'surface' | 'interior' | 'facet100'> = {
  [FLAG_SURFACE]: 'surface',
  [FLAG_INTERIOR]: 'interior',
  [FLAG_FACET100]: 'facet100',
};

/**
 * Estimated primitives of a structure before building it (atoms, plus 4 visible faces per octahedron in the
 * polyhedral style): the caller skips building structures far over the cap.
 */
export function estimatePrimitives(atoms: number, style: LatticeStyle): number {
  return style === 'poly' ? atoms * 1.8 : style === 'ball' ? atoms * 2.2 : atoms;
}

/** The poster's primitives, far to near, or null when there would be more than POSTER_MAX_PRIMITIVES. */
export function buildPoster(inputs: PosterInputs): Poster | null {
  const { structure: s, style, radii, width, height } = inputs;
  const b = structureBounds(s, style, radii);
  const view = posterView(inputs, b, s.dir111);
  const distance = Math.hypot(...subtract(view.eye, b.center));
  const cue = (depth: number): number => fogLevel(depthCue(depth, distance, b.radius));
  const out: Primitive<PosterItem>[] = [];

  // Atoms (space-filling: the shell facing the camera, as LatticeScene.updateFacing).
  let facing = 63;
  if (style === 'space' && s.nearFaces) {
    const [ex, ey, ez] = view.eye;
    let mask = 0;
    if (ex < b.min[0]) mask |= 1;
    if (ex > b.max[0]) mask |= 2;
    if (ey < b.min[1]) mask |= 4;
    if (ey > b.max[1]) mask |= 8;
    if (ez < b.min[2]) mask |= 16;
    if (ez > b.max[2]) mask |= 32;
    if (mask !== 0) facing = mask;
  }
  for (const sp of SPECIES) {
    const p = s.positions[sp];
    const n = style === 'space' && s.shellCounts ? s.shellCounts[sp] : p.length / 3;
    if (n === 0) continue;
    const r = displayRadiusAngstrom(style, sp, radii);
    const flags = s.flags?.[sp];
    const faces = s.nearFaces?.[sp];
    for (let i = 0; i < n; i++) {
      if (facing !== 63 && faces && faces[i] !== 0 && (faces[i] & facing) === 0) continue;
      const q = project(view, [p[3 * i], p[3 * i + 1], p[3 * i + 2]]);
      const rp = projectedRadius(view, q.depth, r);
      if (rp <= 0) continue;
      // Sorted by the sphere's front (a cell edge through its centre is hidden inside it, as in 3D).
      out.push({ kind: 'circle', x: q.x, y: q.y, r: rp, depth: q.depth - r, data: { what: 'atom', species: sp, flag: FLAG_NAMES[flags?.[i] ?? 0] ?? 'normal', fog: cue(q.depth) } });
    }
    if (out.length > POSTER_MAX_PRIMITIVES) return null;
  }

  // Octahedra: front faces, flat-lit.
  if (style === 'poly') {
    const m = s.octahedra;
    for (let o = 0; o + 16 <= m.length; o += 16) {
      const c: Vec3 = [m[o + 12], m[o + 13], m[o + 14]];
      const cols: Vec3[] = [
        [m[o], m[o + 1], m[o + 2]],
        [m[o + 4], m[o + 5], m[o + 6]],
        [m[o + 8], m[o + 9], m[o + 10]],
      ];
      const v: Vec3[] = [];
      for (const col of cols) {
        v.push([c[0] + col[0], c[1] + col[1], c[2] + col[2]], [c[0] - col[0], c[1] - col[1], c[2] - col[2]]);
      }
      const interior = s.octahedronFlags?.[o / 16] === FLAG_INTERIOR;
      for (const f of OCTA_FACES) {
        const corners = [v[f[0]], v[f[1]], v[f[2]]];
        const mid = centroid(corners);
        const normal = subtract(mid, c);
        if (!facesEye(view, mid, normal)) continue;
        const pts = corners.map((x) => project(view, x));
        out.push({
          kind: 'polygon',
          points: pts.map((q) => [q.x, q.y]),
          depth: (pts[0].depth + pts[1].depth + pts[2].depth) / 3,
          data: { what: 'face', light: faceLight(view, normal), fog: cue(project(view, mid).depth), interior },
        });
      }
      if (out.length > POSTER_MAX_PRIMITIVES) return null;
    }
  }

  // Ball-and-stick bonds: B half and X half.
  if (style === 'ball') {
    const bd = s.bonds;
    for (let k = 0; k + 6 <= bd.length; k += 6) {
      const pb: Vec3 = [bd[k], bd[k + 1], bd[k + 2]];
      const px: Vec3 = [bd[k + 3], bd[k + 4], bd[k + 5]];
      const mid: Vec3 = [(pb[0] + px[0]) / 2, (pb[1] + px[1]) / 2, (pb[2] + px[2]) / 2];
      const qb = project(view, pb);
      const qx = project(view, px);
      const qm = project(view, mid);
      for (const [q, species] of [[qb, 'B'], [qx, 'X']] as const) {
        const depth = (q.depth + qm.depth) / 2;
        out.push({
          kind: 'segment', x1: q.x, y1: q.y, x2: qm.x, y2: qm.y, depth,
          data: { what: 'bond', species, width: (2 * BOND_RADIUS_ANGSTROM * view.focal) / depth, fog: cue(depth) },
        });
      }
    }
    if (out.length > POSTER_MAX_PRIMITIVES) return null;
  }

  // The outlined unit cell.
  if (inputs.showCell) {
    const { a, b: cb, c, origin } = s.cell;
    const corner = (x: number, y: number, z: number): Vec3 => [origin[0] + x * a, origin[1] + y * cb, origin[2] + z * c];
    const edges: [Vec3, Vec3][] = [];
    for (const [y, z] of [[0, 0], [1, 0], [0, 1], [1, 1]]) edges.push([corner(0, y, z), corner(1, y, z)]);
    for (const [x, z] of [[0, 0], [1, 0], [0, 1], [1, 1]]) edges.push([corner(x, 0, z), corner(x, 1, z)]);
    for (const [x, y] of [[0, 0], [1, 0], [0, 1], [1, 1]]) edges.push([corner(x, y, 0), corner(x, y, 1)]);
    const PIECES = 4;
    for (const [p0, p1] of edges) {
      for (let k = 0; k < PIECES; k++) {
        const at = (t: number): Vec3 => [p0[0] + (p1[0] - p0[0]) * t, p0[1] + (p1[1] - p0[1]) * t, p0[2] + (p1[2] - p0[2]) * t];
        const q0 = project(view, at(k / PIECES));
        const q1 = project(view, at((k + 1) / PIECES));
        const depth = (q0.depth + q1.depth) / 2;
        // stage/structureBatches.ts updateCellBox: cylinders of radius max(0.05 Å, 0.0022 R), at least ~1 px.
        const width = Math.max(1, (2 * Math.max(0.05, b.radius * 0.0022) * view.focal) / depth);
        out.push({ kind: 'segment', x1: q0.x, y1: q0.y, x2: q1.x, y2: q1.y, depth, data: { what: 'cell', width, fog: cue(depth) } });
      }
    }
  }
  if (out.length > POSTER_MAX_PRIMITIVES) return null;
  return { width, height, primitives: painterSort(out), axes: axesInset(view) };
}

/**
 * Painter's order: farthest first, by the depth each primitive carries (a circle: its sphere's front; a face
 * or a segment: the mean depth of its vertices). d3-array's `sort` (stable: equal depths keep their order).
 */
export function painterSort<P extends { depth: number }>(primitives: Iterable<P>): P[] {
  return sort(primitives, (a, b) => b.depth - a.depth);
}

/** Flat lighting of a face with outward normal `normal` (world), as a level 0 … LIGHT_LEVELS − 1. */
function faceLight(view: PerspectiveView, normal: Vec3): number {
  const l = Math.hypot(...normal) || 1;
  const n: Vec3 = [normal[0] / l, normal[1] / l, normal[2] / l];
  // View-space normal: components along right, up, back.
  const nv: Vec3 = [
    n[0] * view.right[0] + n[1] * view.right[1] + n[2] * view.right[2],
    n[0] * view.up[0] + n[1] * view.up[1] + n[2] * view.up[2],
    n[0] * view.back[0] + n[1] * view.back[1] + n[2] * view.back[2],
  ];
  // shading.glsl.ts shade(): hemi = mix(ground 0.30, sky 1.0, ½ + ½ N_y) · 0.5, diffuse = max(N·L, 0) · 0.62.
  const hemi = (0.3 + 0.7 * (0.5 + 0.5 * nv[1])) * 0.5;
  const diffuse = Math.max(0, nv[0] * KEY[0] + nv[1] * KEY[1] + nv[2] * KEY[2]) * 0.62;
  const k = hemi + diffuse; // 0.15 … 1.12
  return Math.max(0, Math.min(LIGHT_LEVELS - 1, Math.round(((k - 0.3) / 0.8) * (LIGHT_LEVELS - 1))));
}

/** Size of the orientation inset, px (stage/axesInset.ts AxesInset.size). */
export function insetSize(width: number, height: number): number {
  return Math.round(Math.min(120, Math.max(72, Math.min(width, height) * 0.2)));
}

/** The a/b/c inset as stage/axesInset.ts draws it: unit axes seen by the main camera's orientation from 5.6. */
function axesInset(main: PerspectiveView): Poster['axes'] {
  const size = insetSize(main.width, main.height);
  const x0 = main.width - size - 6;
  const y0 = main.height - size - 6;
  const view = perspectiveView({ target: [0, 0, 0], dir: main.back, distance: 5.6, width: size, height: size });
  // Same basis as the main camera (the inset copies its quaternion).
  const v: PerspectiveView = { ...view, right: main.right, up: main.up, back: main.back };
  const axes: [('a' | 'b' | 'c'), Vec3][] = [['a', [1, 0, 0]], ['b', [0, 1, 0]], ['c', [0, 0, 1]]];
  const o = project(v, [0, 0, 0]);
  const arrows = painterSort(
    axes.map(([axis, d]) => {
      const base = project(v, [d[0] * 0.7, d[1] * 0.7, d[2] * 0.7]);
      const tip = project(v, d);
      return { axis, x1: x0 + o.x, y1: y0 + o.y, x2: x0 + base.x, y2: y0 + base.y, x3: x0 + tip.x, y3: y0 + tip.y, head: (0.15 * v.focal) / base.depth, depth: (o.depth + tip.depth) / 2 };
    }),
  );
  const labels = axes.map(([text, d]) => {
    const q = project(v, [d[0] * 1.22, d[1] * 1.22, d[2] * 1.22]);
    return { text, x: x0 + q.x, y: y0 + q.y };
  });
  return { size, x0, y0, arrows, labels };
}

/**
 * Atoms a structure will have, roughly and from above, before building it: 5 per pseudo-cubic cell of the
 * closed box (n + 1 per edge), 8 per rock-salt cell, a PbS dot as the sphere of its diameter (a = 5.936 Å,
 * PbS cells of 8 atoms: computed from the inputs, not a physical value). Only to skip building structures
 * far over the poster's cap.
 */
export function estimateAtoms(inputs: StructureInputs): number {
  const cells = inputs.cells.map((n) => (Number.isFinite(n) ? Math.max(1, Math.min(20, Math.round(n))) : 1));
  if (inputs.pbs?.mode === 'dot') {
    const cellsAcross = (10 * (inputs.pbs.diameterNm || 6)) / 5.936;
    return 8 * (Math.PI / 6) * (cellsAcross + 1) ** 3;
  }
  if (inputs.pbs) return 8 * cells.reduce((p, n) => p * (n + 1), 1);
  if (inputs.shape === 'cube') return 5 * ((10 * inputs.edgeNm) / (inputs.aPseudoCubicAngstrom || 6) + 1) ** 3;
  return 5 * cells.reduce((p, n) => p * (n + 1), 1);
}

/** One stage's poster: the structure builder kept between calls (its buffers are reused, as the 3D view's). */
export class PosterBuilder {
  private readonly builder = new StructureBuilder();

  /**
   * The poster of `inputs` seen as `view` says, with the builder's facts (legend, description), or null when
   * it would be over POSTER_MAX_PRIMITIVES (then the stage starts the 3D view at once).
   */
  build(inputs: StructureInputs, view: Omit<PosterInputs, 'structure'>): { poster: Poster; info: StructureInfo } | null {
    if (estimatePrimitives(estimateAtoms(inputs), view.style) > 2 * POSTER_MAX_PRIMITIVES) return null;
    const { structure, info } = this.builder.build(inputs);
    const poster = buildPoster({ ...view, structure });
    return poster ? { poster, info } : null;
  }
}

const r1 = (v: number): string => (Math.round(v * 10) / 10).toString();

/**
 * The poster's picture as SVG markup (the inside of its <svg>): the radial gradients it uses, then the
 * primitives far to near. One string the browser parses at once (a few hundred elements: far cheaper on
 * the main thread than creating them one by one), made only of numbers and fixed class names. Gradient ids
 * start with `uid` (one per poster: several stages, or a prerendered snapshot beside the live app).
 * The classes are styled by stage/LatticePoster.svelte.
 */
export function posterMarkup(poster: Poster, uid: string): string {
  const gradients = new Set<string>();
  const body: string[] = [];
  for (const p of poster.primitives) {
    const d = p.data;
    if (p.kind === 'circle' && d.what === 'atom') {
      const g = `${d.species.toLowerCase()}${d.flag === 'interior' ? 'i' : ''}${d.fog}`;
      gradients.add(g);
      const [x, y] = [r1(p.x), r1(p.y)];
      body.push(`<circle cx="${x}" cy="${y}" r="${r1(p.r)}" fill="url(#${uid}-${g})"/>`);
      if (d.flag === 'surface' && p.r > 9) body.push(`<circle class="rim" cx="${x}" cy="${y}" r="${r1(p.r * 0.9)}" stroke-width="${r1(p.r * 0.1)}"/>`);
      else if (d.flag === 'facet100') body.push(`<circle class="rim100" cx="${x}" cy="${y}" r="${r1(p.r * 0.86)}" stroke-width="${r1(p.r * 0.22)}"/>`);
    } else if (p.kind === 'polygon' && d.what === 'face') {
      const pts = p.points.map(([x, y]) => `${r1(x)},${r1(y)}`).join(' ');
      body.push(`<polygon class="face lit${d.light} fog${d.fog}${d.interior ? ' interior' : ''}" points="${pts}"/>`);
    } else if (p.kind === 'segment' && (d.what === 'bond' || d.what === 'cell')) {
      const cls = d.what === 'bond' ? `bond bond-${d.species.toLowerCase()}` : 'cell';
      body.push(`<line class="${cls} fog${d.fog}" x1="${r1(p.x1)}" y1="${r1(p.y1)}" x2="${r1(p.x2)}" y2="${r1(p.y2)}" stroke-width="${r1(d.width)}"/>`);
    }
  }
  const defs = [...gradients]
    .sort()
    .map((g) => {
      const interior = g.includes('i');
      const cls = `g-${g[0]} fog${g[g.length - 1]}${interior ? ' interior' : ''}`;
      return `<radialGradient id="${uid}-${g}" class="${cls}" cx="0.5" cy="0.5" r="0.5" fx="0.36" fy="0.3"><stop offset="0" class="s0"/><stop offset="0.35" class="s1"/><stop offset="0.8" class="s2"/><stop offset="1" class="s3"/></radialGradient>`;
    })
    .join('');
  return `<defs>${defs}</defs>${body.join('')}`;
}
