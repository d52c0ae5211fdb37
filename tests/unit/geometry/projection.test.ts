/**
 * The three-free perspective camera of the lattice poster (lib/geometry/projection.ts), on cases checked by
 * hand, and against three's own PerspectiveCamera + lookAt (the 3D view's camera) on a generic one.
 */
import { describe, expect, it } from 'vitest';
import { PerspectiveCamera, Vector3 } from 'three';
import {
  DEFAULT_VIEW_DIRECTION,
  FOV_DEG,
  depthCue,
  facesEye,
  fitDistance,
  orbitDirection,
  perspectiveView,
  presetViewDirection,
  project,
  projectedRadius,
  type Vec3,
} from '../../../src/lib/geometry/projection';

const W = 800;
const H = 600;

describe('perspective projection (lib/geometry/projection.ts)', () => {
  it('a cubic cell viewed down [001] puts its 8 corners on two squares around the centre, the near one larger', () => {
    const a = 4;
    const view = perspectiveView({ target: [0, 0, 0], dir: [0, 0, 1], distance: 20, width: W, height: H });
    const corners: Vec3[] = [];
    for (const x of [-a / 2, a / 2]) for (const y of [-a / 2, a / 2]) for (const z of [-a / 2, a / 2]) corners.push([x, y, z]);
    const f = H / 2 / Math.tan((FOV_DEG * Math.PI) / 360); // focal length, px: 1119.6
    for (const c of corners) {
      const p = project(view, c);
      // Depth: 20 − z (the near face z = +2 is 18 Å in front of the eye, the far face 22 Å).
      expect(p.depth).toBeCloseTo(20 - c[2], 10);
      // Square around the centre: |dx| = |dy| = f · (a/2) / depth, signs following x and (screen-down) −y.
      const half = (f * (a / 2)) / p.depth;
      expect(p.x - W / 2).toBeCloseTo(Math.sign(c[0]) * half, 9);
      expect(p.y - H / 2).toBeCloseTo(-Math.sign(c[1]) * half, 9);
    }
    // Hand-checked: near square half side 1119.6 · 2 / 18 = 124.4 px, far 1119.6 · 2 / 22 = 101.8 px.
    expect(project(view, [2, 2, 2]).x - W / 2).toBeCloseTo(124.4, 1);
    expect(project(view, [2, 2, -2]).x - W / 2).toBeCloseTo(101.8, 1);
    // Depth order: every near corner is in front of every far corner.
    const near = corners.filter((c) => c[2] > 0).map((c) => project(view, c).depth);
    const far = corners.filter((c) => c[2] < 0).map((c) => project(view, c).depth);
    expect(Math.max(...near)).toBeLessThan(Math.min(...far));
  });

  it('screen axes: +x world goes right and +y up looking down c; looking down b, c points up', () => {
    const down001 = perspectiveView({ target: [0, 0, 0], dir: presetViewDirection('c', [1, 1, 1]), distance: 10, width: W, height: H });
    expect(project(down001, [1, 0, 0]).x).toBeGreaterThan(W / 2);
    expect(project(down001, [0, 1, 0]).y).toBeLessThan(H / 2);
    const down010 = perspectiveView({ target: [0, 0, 0], dir: presetViewDirection('b', [1, 1, 1]), distance: 10, width: W, height: H });
    expect(project(down010, [0, 0, 1]).y).toBeLessThan(H / 2 - 50);
    expect(project(down010, [0, 0, 1]).x).toBeCloseTo(W / 2, 1);
  });

  it('the default oblique direction is (0.62, 0.42, 0.95) normalised, and orbits map azimuth/elevation as view3d does', () => {
    const l = Math.hypot(0.62, 0.42, 0.95);
    expect(DEFAULT_VIEW_DIRECTION[0]).toBeCloseTo(0.62 / l, 12);
    expect(DEFAULT_VIEW_DIRECTION[1]).toBeCloseTo(0.42 / l, 12);
    expect(DEFAULT_VIEW_DIRECTION[2]).toBeCloseTo(0.95 / l, 12);
    const near = (v: Vec3, w: Vec3) => v.forEach((x, i) => expect(x).toBeCloseTo(w[i], 12));
    near(orbitDirection({ azimuthDeg: 0, elevationDeg: 0 }), [0, 0, 1]);
    near(orbitDirection({ azimuthDeg: 90, elevationDeg: 0 }), [1, 0, 0]);
    near(orbitDirection({ azimuthDeg: 0, elevationDeg: 90 }), [0, 1, 0]);
  });

  it('a sphere framed at the fit distance just fills the picture height (wide) or width (tall)', () => {
    const R = 7;
    for (const [w, h] of [[800, 600], [400, 600]]) {
      const d = fitDistance(R, FOV_DEG, w / h);
      const view = perspectiveView({ target: [0, 0, 0], dir: [0, 0, 1], distance: d, width: w, height: h });
      expect(2 * projectedRadius(view, d, R)).toBeCloseTo(Math.min(w, h), 6);
    }
  });

  it('projects exactly as three.js PerspectiveCamera + lookAt (the 3D view’s camera) from a generic direction', () => {
    const target: Vec3 = [1.5, -2, 0.7];
    const dir = DEFAULT_VIEW_DIRECTION;
    const distance = 31.4;
    const view = perspectiveView({ target, dir, distance, width: W, height: H });
    const cam = new PerspectiveCamera(FOV_DEG, W / H, 0.1, 1000);
    cam.position.set(target[0] + dir[0] * distance, target[1] + dir[1] * distance, target[2] + dir[2] * distance);
    cam.lookAt(new Vector3(...target));
    cam.updateMatrixWorld();
    for (const p of [[0, 0, 0], [5, 3, -4], [-6, 2, 8], [3, -7, 1]] as Vec3[]) {
      const ours = project(view, p);
      const v = new Vector3(...p).project(cam);
      expect(ours.x).toBeCloseTo((v.x * 0.5 + 0.5) * W, 6);
      expect(ours.y).toBeCloseTo((-v.y * 0.5 + 0.5) * H, 6);
      expect(ours.depth).toBeCloseTo(-new Vector3(...p).applyMatrix4(cam.matrixWorldInverse).z, 9);
    }
  });

  it('front faces face the eye; the depth cue grows with depth and stays within the 3D view’s cap', () => {
    const view = perspectiveView({ target: [0, 0, 0], dir: [0, 0, 1], distance: 10, width: W, height: H });
    expect(facesEye(view, [0, 0, 1], [0, 0, 1])).toBe(true);
    expect(facesEye(view, [0, 0, -1], [0, 0, -1])).toBe(false);
    const cues = [5, 8, 10, 12, 20].map((d) => depthCue(d, 10, 6));
    for (let i = 1; i < cues.length; i++) expect(cues[i]).toBeGreaterThanOrEqual(cues[i - 1]);
    expect(cues[0]).toBe(0); // in front of distance − 0.4 R
    expect(cues[4]).toBeCloseTo(0.08 + 6 / 60, 12); // past distance + R: the full amount, 0.08 + R/60
  });
});
