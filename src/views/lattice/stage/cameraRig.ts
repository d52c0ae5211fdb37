/**
 * The camera rig of the lattice canvas: a perspective camera, three's OrbitControls, presets along a, b, c
 * and [111] (tweened by the stage), the `view3d` camera state of share links, keyboard nudges, screen
 * projection, and near/far planes plus depth cue that follow the distance to the structure.
 * The rig owns the controls and disposes them.
 */
import { PerspectiveCamera, Quaternion, Sphere, Vector2, Vector3 } from 'three';
import { OrbitControls } from 'three/examples/jsm/controls/OrbitControls.js';
import type { SharedUniforms } from '../impostor';
import type { CameraPreset } from './types';
import { DEFAULT_VIEW_DIRECTION, FOV_DEG, fitDistance, presetViewDirection } from '../../../lib/geometry/projection';

/**
 * Default oblique view direction (from the target towards the camera): a, b and c all visible. The camera's
 * constants and framing live in lib/geometry/projection.ts (free of three.js), which the static poster of the
 * stage draws with too, so poster and 3D view show the same picture.
 */
export const DEFAULT_VIEW_DIR = new Vector3(...DEFAULT_VIEW_DIRECTION);
export { FOV_DEG, fitDistance };

/** Direction from the target to the camera for a preset (lib/geometry/projection.ts), and the screen-up hint. */
export function presetDirection(preset: Exclude<CameraPreset, 'free'>, dir111: [number, number, number]): { dir: Vector3; up: Vector3 } {
  const dir = new Vector3(...presetViewDirection(preset, dir111));
  return { dir, up: preset === 'b' ? new Vector3(0, 0, -1) : new Vector3(0, 1, 0) };
}

export interface Orbit {
  azimuthDeg: number;
  elevationDeg: number;
  zoom: number;
}

export class CameraRig {
  readonly camera = new PerspectiveCamera(FOV_DEG, 1, 0.1, 1000);
  readonly controls: OrbitControls;
  /** Bounding sphere of the drawn structure (world, Å), for framing, clipping and depth cue. */
  private readonly bounds: Sphere;

  constructor(canvas: HTMLCanvasElement, bounds: Sphere) {
    this.bounds = bounds;
    this.camera.position.copy(DEFAULT_VIEW_DIR).multiplyScalar(30);
    this.controls = new OrbitControls(this.camera, canvas);
    this.controls.enableDamping = false;
    this.controls.rotateSpeed = 0.9;
    this.controls.zoomSpeed = 1.1;
    this.controls.screenSpacePanning = true;
  }

  setAspect(width: number, height: number): void {
    this.camera.aspect = width / height;
    this.camera.updateProjectionMatrix();
  }

  private fit(): number {
    return fitDistance(this.bounds.radius * 1.04, FOV_DEG, this.camera.aspect);
  }

  /**
   * A step function that swings the camera from where it is to `preset` (or the default oblique view for
   * 'free'), framing the structure: slerp of the direction, lerp of distance and target (the stage tweens it).
   */
  viewStep(preset: CameraPreset, dir111: [number, number, number]): (progress: number) => void {
    const { dir } = preset === 'free' ? { dir: DEFAULT_VIEW_DIR.clone() } : presetDirection(preset, dir111);
    // OrbitControls keeps world y up; 'b' is nudged in presetDirection so c points up on screen.
    const target = this.bounds.center.clone();
    const endPos = target.clone().addScaledVector(dir, this.fit());
    const startTarget = this.controls.target.clone();
    const startOffset = this.camera.position.clone().sub(startTarget);
    const endOffset = endPos.clone().sub(target);
    const startLen = startOffset.length() || 1;
    const endLen = endOffset.length();
    const z = new Vector3(0, 0, 1);
    const qa = new Quaternion().setFromUnitVectors(z, startOffset.clone().normalize());
    const qb = new Quaternion().setFromUnitVectors(z, endOffset.clone().normalize());
    const q = new Quaternion();
    const d = new Vector3();
    return (p: number): void => {
      d.set(0, 0, 1).applyQuaternion(q.copy(qa).slerp(qb, p));
      const len = startLen + (endLen - startLen) * p;
      this.controls.target.lerpVectors(startTarget, target, p);
      this.camera.position.copy(this.controls.target).addScaledVector(d, len);
      this.camera.lookAt(this.controls.target);
      this.controls.update();
    };
  }

  /**
   * The camera as a share link stores it (`view3d`, src/lib/state/schema.ts): azimuth about the vertical
   * (world y) axis from +z towards +x and elevation above the horizontal plane, both in degrees, and the zoom
   * as the framing distance over the actual distance (1 = the structure just fits; 2 = twice as close).
   */
  getOrbit(): Orbit {
    const off = this.camera.position.clone().sub(this.controls.target);
    const len = off.length() || 1;
    return {
      azimuthDeg: (Math.atan2(off.x, off.z) * 180) / Math.PI,
      elevationDeg: (Math.asin(Math.max(-1, Math.min(1, off.y / len))) * 180) / Math.PI,
      zoom: this.fit() / len,
    };
  }

  /** Puts the camera at a stored orbit (see `getOrbit`), looking at the structure's centre. */
  setOrbit(o: Orbit): void {
    const az = (o.azimuthDeg * Math.PI) / 180;
    const el = (o.elevationDeg * Math.PI) / 180;
    const dir = new Vector3(Math.cos(el) * Math.sin(az), Math.sin(el), Math.cos(el) * Math.cos(az));
    this.controls.target.copy(this.bounds.center);
    this.camera.position.copy(this.bounds.center).addScaledVector(dir, this.fit() / Math.max(1e-3, o.zoom));
    this.camera.lookAt(this.controls.target);
    this.controls.update();
  }

  /** Rotates the view by keyboard: yaw/pitch in radians; zoom factor > 1 zooms in. */
  nudge(yawRad: number, pitchRad: number, zoom = 1): void {
    if (yawRad) this.controls.rotateLeft(yawRad);
    if (pitchRad) this.controls.rotateUp(pitchRad);
    // OrbitControls multiplies the distance by the dolly factor: dollyIn(s < 1) moves closer.
    if (zoom > 1) this.controls.dollyIn(1 / zoom);
    else if (zoom < 1) this.controls.dollyOut(zoom);
    this.controls.update();
  }

  /** Screen position (CSS px, relative to a canvas of width × height) of a world point; `visible` false when behind. */
  project(p: Vector3, width: number, height: number): { x: number; y: number; visible: boolean } {
    const v = p.clone().project(this.camera);
    return { x: (v.x * 0.5 + 0.5) * width, y: (-v.y * 0.5 + 0.5) * height, visible: v.z > -1 && v.z < 1 };
  }

  /** Near/far planes and depth cue follow the camera distance to the structure. */
  updateClipping(shared: SharedUniforms): void {
    const dist = this.camera.position.distanceTo(this.bounds.center);
    const r = this.bounds.radius;
    const near = Math.max(0.05, dist - r * 1.3);
    const far = dist + r * 1.3 + 1;
    if (Math.abs(near - this.camera.near) > 1e-3 || Math.abs(far - this.camera.far) > 1e-3) {
      this.camera.near = near;
      this.camera.far = far;
      this.camera.updateProjectionMatrix();
    }
    (shared.uFog.value as Vector2).set(Math.max(0, dist - r * 0.4), dist + r);
    // Deep supercells get more depth cue; one cell almost none.
    shared.uFogAmount.value = Math.min(0.5, 0.08 + r / 60);
  }

  dispose(): void {
    this.controls.dispose();
  }
}
