/**
 * The lattice stage's poster (views/lattice/stage/poster.ts): the same structure as the 3D view
 * (StructureBuilder), framed as stage/cameraRig.ts frames it, as painter's-sorted primitives.
 */
import { describe, expect, it } from 'vitest';
import { PerspectiveCamera, Vector3 } from 'three';
import { StructureBuilder } from '../../../src/views/lattice/canvasStructure';
import { POSTER_MAX_PRIMITIVES, PosterBuilder, buildPoster, estimateAtoms, insetSize, painterSort, posterMarkup, posterView } from '../../../src/views/lattice/stage/poster';
import { structureBounds } from '../../../src/views/lattice/stage/bounds';
import { fitDistance, DEFAULT_VIEW_DIRECTION, FOV_DEG } from '../../../src/lib/geometry/projection';
import type { StructureInputs } from '../../../src/views/lattice/canvasStructure';

const RADII = { rA: 1.88, rB: 1.19, rX: 1.96 }; // CsPbBr3, Shannon (as canvasText.ts safeRadii's fallback)
const cubic = (cells: [number, number, number]): StructureInputs => ({ kind: 'cubic', cells, shape: 'cells', edgeNm: 6, aPseudoCubicAngstrom: 5.87, tiltDeg: 0 });
const view = { style: 'poly' as const, radii: RADII, cam: 'free' as const, orbit: null, showCell: true, width: 800, height: 600 };

describe('lattice poster (stage/poster.ts)', () => {
  it('painterSort: farthest first, equal depths keep their order', () => {
    const sorted = painterSort([{ depth: 1, id: 'a' }, { depth: 3, id: 'b' }, { depth: 1, id: 'c' }, { depth: 2, id: 'd' }]);
    expect(sorted.map((p) => p.id)).toEqual(['b', 'd', 'a', 'c']);
  });

  it('one cubic cell, polyhedral: every atom a circle, 4 front faces per octahedron, 12 cell edges in 4 pieces, far to near', () => {
    const { structure, info } = new StructureBuilder().build(cubic([1, 1, 1]));
    const poster = buildPoster({ ...view, structure })!;
    const count = (what: string) => poster.primitives.filter((p) => p.data.what === what).length;
    expect(count('atom')).toBe(info.total);
    // An octahedron has 4 pairs of parallel faces: at most one of each pair faces the eye (exactly one from
    // far away; none when the eye lies between the pair's planes, as happens in perspective).
    expect(count('face')).toBeLessThanOrEqual(4 * info.octahedra);
    expect(count('face')).toBeGreaterThanOrEqual(3 * info.octahedra);
    expect(count('cell')).toBe(48);
    expect(count('bond')).toBe(0);
    for (let i = 1; i < poster.primitives.length; i++) expect(poster.primitives[i].depth).toBeLessThanOrEqual(poster.primitives[i - 1].depth);
  });

  it('frames the structure as the 3D camera rig: its centre on the picture centre, the same projection as three', () => {
    const { structure } = new StructureBuilder().build(cubic([2, 2, 2]));
    const b = structureBounds(structure, 'poly', RADII);
    const v = posterView(view, b, structure.dir111);
    const cam = new PerspectiveCamera(FOV_DEG, 800 / 600, 0.1, 1000);
    const dist = fitDistance(b.radius * 1.04, FOV_DEG, 800 / 600);
    cam.position.set(...b.center).addScaledVector(new Vector3(...DEFAULT_VIEW_DIRECTION), dist);
    cam.lookAt(new Vector3(...b.center));
    cam.updateMatrixWorld();
    const poster = buildPoster({ ...view, structure })!;
    const atoms = poster.primitives.filter((p) => p.kind === 'circle');
    // The nearest atom of the poster is the one three sees nearest, at the same screen position.
    const p = structure.positions;
    let best = { d: Infinity, x: 0, y: 0 };
    for (const sp of ['A', 'B', 'X'] as const) {
      for (let i = 0; i < p[sp].length; i += 3) {
        const w = new Vector3(p[sp][i], p[sp][i + 1], p[sp][i + 2]);
        const d = -w.clone().applyMatrix4(cam.matrixWorldInverse).z;
        const s = w.project(cam);
        if (d < best.d) best = { d, x: (s.x * 0.5 + 0.5) * 800, y: (-s.y * 0.5 + 0.5) * 600 };
      }
    }
    expect(v.eye.map((x, i) => x - b.center[i]).map((x) => x / dist)).toEqual(DEFAULT_VIEW_DIRECTION.map((x) => expect.closeTo(x, 9)));
    expect(atoms.some((a) => a.kind === 'circle' && Math.abs(a.x - best.x) < 1e-6 && Math.abs(a.y - best.y) < 1e-6)).toBe(true);
  });

  it('a stored view3d camera is used only while the camera is free; a preset wins otherwise', () => {
    const { structure } = new StructureBuilder().build(cubic([1, 1, 1]));
    const b = structureBounds(structure, 'poly', RADII);
    const orbit = { azimuthDeg: 90, elevationDeg: 0, zoom: 2 };
    const free = posterView({ ...view, orbit }, b, structure.dir111);
    expect(free.back[0]).toBeCloseTo(1, 12); // azimuth 90°: from +x
    const fit = fitDistance(b.radius * 1.04, FOV_DEG, 800 / 600);
    expect(Math.hypot(...free.eye.map((x, i) => x - b.center[i]))).toBeCloseTo(fit / 2, 9); // zoom 2: twice as close
    const preset = posterView({ ...view, cam: 'c', orbit }, b, structure.dir111);
    expect(preset.back[2]).toBeCloseTo(1, 12);
  });

  it('space-filling draws only the shell atoms that face the camera; ball-and-stick draws two half bonds per B–X pair', () => {
    const { structure, info } = new StructureBuilder().build(cubic([5, 5, 5]));
    const space = buildPoster({ ...view, style: 'space', structure })!;
    const atoms = space.primitives.filter((p) => p.data.what === 'atom').length;
    expect(atoms).toBeGreaterThan(0);
    expect(atoms).toBeLessThan(info.total); // buried atoms and the shells of faces turned away are skipped
    const small = new StructureBuilder().build(cubic([2, 2, 2]));
    const ball = buildPoster({ ...view, style: 'ball', structure: small.structure })!;
    expect(ball.primitives.filter((p) => p.data.what === 'bond').length).toBe(2 * small.info.bonds);
    expect(ball.primitives.filter((p) => p.data.what === 'atom').length).toBe(small.info.total);
  });

  it('over the cap there is no poster (the stage starts the 3D view at once); the estimate skips building', () => {
    const big = cubic([9, 9, 9]);
    const { structure } = new StructureBuilder().build(big);
    expect(buildPoster({ ...view, structure })).toBeNull();
    expect(estimateAtoms(cubic([20, 20, 20]))).toBeGreaterThan(2 * POSTER_MAX_PRIMITIVES);
    expect(new PosterBuilder().build(cubic([20, 20, 20]), view)).toBeNull();
    // The default lattice view (2 cells) is far under the cap.
    const small = new PosterBuilder().build(cubic([2, 2, 2]), view);
    expect(small?.poster.primitives.length).toBeLessThan(POSTER_MAX_PRIMITIVES / 4);
  });

  it('the a/b/c inset sits in the bottom-right corner at the 3D inset size', () => {
    const { structure } = new StructureBuilder().build(cubic([1, 1, 1]));
    const poster = buildPoster({ ...view, structure })!;
    expect(poster.axes.size).toBe(insetSize(800, 600));
    expect(poster.axes.size).toBe(120); // min(120, max(72, 0.2 · 600))
    expect(poster.axes.x0).toBe(800 - 120 - 6);
    const a = poster.axes.arrows.find((x) => x.axis === 'a')!;
    expect(a.x3).toBeGreaterThan(a.x1); // a points right from the default oblique view
    const bArrow = poster.axes.arrows.find((x) => x.axis === 'b')!;
    expect(bArrow.y3).toBeLessThan(bArrow.y1); // b points up
  });

  it('markup: one element per primitive in painter order, and only the gradients the atoms use, under the poster’s own id', () => {
    const { structure, info } = new StructureBuilder().build(cubic([1, 1, 1]));
    const poster = buildPoster({ ...view, structure })!;
    const svg = posterMarkup(poster, 'p7');
    expect(svg.match(/<circle /g)?.length).toBe(info.total);
    expect(svg.match(/<polygon class="face/g)?.length).toBe(poster.primitives.filter((p) => p.data.what === 'face').length);
    expect(svg.match(/<line class="cell/g)?.length).toBe(48);
    const used = new Set([...svg.matchAll(/fill="url\(#(p7-[a-z0-9]+)\)"/g)].map((m) => m[1]));
    const defined = [...svg.matchAll(/<radialGradient id="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(defined)).toEqual(used);
    // Painter order kept: the elements follow the primitives one for one (rims are extra circles).
    const tags = [...svg.slice(svg.indexOf('</defs>')).matchAll(/<(circle|polygon|line)( class="([^"]*)")?/g)]
      .filter((m) => !/^rim/.test(m[3] ?? ''))
      .map((m) => m[1]);
    expect(tags).toEqual(poster.primitives.map((p) => (p.kind === 'segment' ? 'line' : p.kind)));
  });
});
