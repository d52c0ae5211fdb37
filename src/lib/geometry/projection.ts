/**
 * A perspective camera without three.js, and the painter's algorithm over projected primitives (issue #15:
 * the lattice stage's static poster is drawn from the same structure and the same default camera as its
 * 3D view, before three.js is loaded). World units are Å; screen units CSS px, y down.
 *
 * The camera reproduces three's PerspectiveCamera + Object3D.lookAt as the 3D view uses them
 * (views/lattice/stage/cameraRig.ts, which takes its constants from here): vertical field of view FOV_DEG,
 * world y as the up hint, the camera on `target + distance · dir` looking at `target`; the view basis is
 * z = dir, x = normalize(up × z), y = z × x (three's Matrix4.lookAt, with its nudge when up ∥ z).
 * Projection: x_px = cx + f · x_v / depth, y_px = cy − f · y_v / depth with f = (height / 2) / tan(fov / 2)
 * and depth = −z_v (distance in front of the eye along the view axis): square pixels at any aspect.
 * A sphere of radius r at depth d is drawn as a circle of radius f · r / √(d² − r²) (the inscribed radius of
 * the impostor billboard, views/lattice/impostor.ts).
 * The painter's sort over these primitives is views/lattice/stage/poster.ts (d3-array's `sort`; the pure
 * layer imports no d3).
 */

export type Vec3 = readonly [number, number, number];

/** Vertical field of view of the 3D view, degrees. */
export const FOV_DEG = 30;

const len = (v: Vec3): number => Math.hypot(v[0], v[1], v[2]);
const scale = (v: Vec3, s: number): Vec3 => [v[0] * s, v[1] * s, v[2] * s];
const sub = (a: Vec3, b: Vec3): Vec3 => [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
const dot = (a: Vec3, b: Vec3): number => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
const cross = (a: Vec3, b: Vec3): Vec3 => [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]];
export function normalize(v: Vec3): Vec3 {
  const l = len(v);
  return l > 0 ? scale(v, 1 / l) : [0, 0, 1];
}

/** Default oblique view direction (from the target towards the camera): a, b and c all visible. */
export const DEFAULT_VIEW_DIRECTION: Vec3 = normalize([0.62, 0.42, 0.95]);

export type ViewPreset = 'free' | 'a' | 'b' | 'c' | '111';

/** Direction from the target to the camera for a preset ('free' = the default oblique view). */
export function presetViewDirection(preset: ViewPreset, dir111: Vec3): Vec3 {
  switch (preset) {
    case 'a':
      return [1, 0, 0];
    case 'b':
      // Looking down y (= world up): nudged so that c points up on screen.
      return normalize([0, 1, -1e-4]);
    case 'c':
      return [0, 0, 1];
    case '111':
      return normalize(dir111);
    default:
      return DEFAULT_VIEW_DIRECTION;
  }
}

/**
 * Direction from the target to the camera of a stored orbit (`view3d`, lib/state/schema.ts): azimuth about
 * world y from +z towards +x, elevation above the horizontal plane, degrees.
 */
export function orbitDirection(o: { azimuthDeg: number; elevationDeg: number }): Vec3 {
  const az = (o.azimuthDeg * Math.PI) / 180;
  const el = (o.elevationDeg * Math.PI) / 180;
  return [Math.cos(el) * Math.sin(az), Math.sin(el), Math.cos(el) * Math.cos(az)];
}

/** Camera distance so that a sphere of radius `radius` fits the view (vertical fov, aspect w/h). */
export function fitDistance(radius: number, fovDeg: number, aspect: number): number {
  const vHalf = (fovDeg * Math.PI) / 360;
  const hHalf = Math.atan(Math.tan(vHalf) * aspect);
  const half = Math.min(vHalf, hHalf);
  return radius / Math.sin(half);
}

export interface PerspectiveView {
  eye: Vec3;
  target: Vec3;
  /** View basis in world coordinates: right, up, and back (from the target towards the eye). */
  right: Vec3;
  up: Vec3;
  back: Vec3;
  /** Focal length, px. */
  focal: number;
  width: number;
  height: number;
}

/**
 * The camera at `target + distance · dir` looking at `target`, with world `up` as the hint
 * (three's Matrix4.lookAt, nudges included), for a picture of width × height px.
 */
export function perspectiveView(opts: {
  target: Vec3;
  dir: Vec3;
  distance: number;
  width: number;
  height: number;
  fovDeg?: number;
  up?: Vec3;
}): PerspectiveView {
  const { target, distance, width, height } = opts;
  const fov = opts.fovDeg ?? FOV_DEG;
  const upHint = opts.up ?? [0, 1, 0];
  const z = normalize(opts.dir);
  let x = cross(upHint, z);
  if (len(x) < 1e-12) {
    // up ∥ z: three nudges z before the cross product.
    const zz: Vec3 = Math.abs(upHint[2]) === 1 ? [z[0] + 1e-4, z[1], z[2]] : [z[0], z[1], z[2] + 1e-4];
    x = cross(upHint, normalize(zz));
  }
  x = normalize(x);
  const y = cross(z, x);
  return {
    eye: [target[0] + z[0] * distance, target[1] + z[1] * distance, target[2] + z[2] * distance],
    target,
    right: x,
    up: y,
    back: z,
    focal: height / 2 / Math.tan((fov * Math.PI) / 360),
    width,
    height,
  };
}

export interface Projected {
  x: number;
  y: number;
  /** Distance in front of the eye along the view axis, Å (> 0 in front). */
  depth: number;
}

/** Screen position (px, y down) and depth of a world point. */
export function project(view: PerspectiveView, p: Vec3): Projected {
  const d = sub(p, view.eye);
  const depth = -dot(d, view.back);
  const s = view.focal / depth;
  return { x: view.width / 2 + dot(d, view.right) * s, y: view.height / 2 - dot(d, view.up) * s, depth };
}

/** Drawn radius (px) of a sphere of radius r whose centre is at `depth`; 0 when the eye is inside it. */
export function projectedRadius(view: PerspectiveView, depth: number, r: number): number {
  return depth > r ? (view.focal * r) / Math.sqrt(depth * depth - r * r) : 0;
}

/** Whether a face of outward normal `normal` at `centroid` is turned towards the eye (three's FrontSide). */
export function facesEye(view: PerspectiveView, centroid: Vec3, normal: Vec3): boolean {
  return dot(normal, sub(view.eye, centroid)) > 0;
}

export type Primitive<T> =
  | { kind: 'circle'; x: number; y: number; r: number; depth: number; data: T }
  | { kind: 'polygon'; points: [number, number][]; depth: number; data: T }
  | { kind: 'segment'; x1: number; y1: number; x2: number; y2: number; depth: number; data: T };

/** Mean of points. */
export function centroid(points: readonly Vec3[]): Vec3 {
  let x = 0;
  let y = 0;
  let z = 0;
  for (const p of points) {
    x += p[0];
    y += p[1];
    z += p[2];
  }
  const n = points.length || 1;
  return [x / n, y / n, z / n];
}

/**
 * Depth cue of the 3D view (views/lattice/shading.glsl.ts depthCue with the uniforms of
 * stage/cameraRig.ts updateClipping): the share of background mixed into a primitive at `depth`, for a
 * structure of bounding radius `radius` seen from `distance`.
 */
export function depthCue(depth: number, distance: number, radius: number): number {
  const start = Math.max(0, distance - radius * 0.4);
  const end = distance + radius;
  const amount = Math.min(0.5, 0.08 + radius / 60);
  return Math.min(1, Math.max(0, (depth - start) / Math.max(end - start, 1e-3))) * amount;
}

export { sub as subtract, dot, cross };
