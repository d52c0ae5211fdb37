/**
 * Types shared by the lattice stage and its parts (no three.js objects are created here): what the canvas
 * draws (LatticeStructure, in world Å), theme colours, pick results, and the subset of WebGLRenderer the
 * stage uses, so component tests can inject a fake renderer (`setRendererFactory`).
 */
import { WebGLRenderer, type Camera, type Color, type Object3D, type Vector3 } from 'three';

import type { Species } from './species';
export { SPECIES, type Species, type LatticeStyle, type CameraPreset } from './species';

/**
 * What the canvas draws, in world coordinates (Å; x ∥ a, y ∥ b, z ∥ c of the cell).
 * `topologyKey` names the topology (kind, repeats, shape): equal keys mean equal counts and order, so the
 * scene updates positions in place instead of rebuilding.
 */
export interface LatticeStructure {
  topologyKey: string;
  positions: Record<Species, Float32Array>;
  /** Per-atom FLAG_* (impostor.ts); null = all normal. */
  flags: Record<Species, Uint8Array> | null;
  /** One column-major 4×4 matrix (16 floats) per BX₆ octahedron: unit octahedron → actual one. */
  octahedra: Float32Array;
  /** Per-octahedron FLAG_*; null = all normal. */
  octahedronFlags: Uint8Array | null;
  /** Six floats per B–X bond: B xyz then X xyz. */
  bonds: Float32Array;
  /** The unit cell whose box is drawn, Å, with its origin (world). */
  cell: { a: number; b: number; c: number; origin: [number, number, number] };
  /** Direction of the pseudo-cubic [111] in world coordinates (unit vector). */
  dir111: [number, number, number];
  /**
   * Per species, the number of atoms near the surface, listed first in `positions`: the opaque
   * space-filling style draws only those (the rest are hidden behind them). Absent = draw all.
   */
  shellCounts?: Record<Species, number>;
  /**
   * Per atom, the faces of the crystal's box it lies near (bit k: 0 −x, 1 +x, 2 −y, 3 +y, 4 −z, 5 +z);
   * in space-filling an atom near only faces turned away from the camera is hidden and skipped.
   */
  nearFaces?: Record<Species, Uint8Array>;
}

export interface ThemeColors {
  background: Color;
  A: Color;
  B: Color;
  X: Color;
  /** Unit-cell box, measurement line. */
  line: Color;
  /** Selection rings. */
  accent: Color;
  /** Axes a, b, c. */
  axisA: Color;
  axisB: Color;
  axisC: Color;
  dark: boolean;
}

export interface PickResult {
  species: Species;
  index: number;
  /** World position, Å. */
  position: Vector3;
  /** Distance from the camera along the ray, Å. */
  distance: number;
}

/** The subset of WebGLRenderer this module uses (tests inject a fake). */
export interface RendererLike {
  readonly domElement: HTMLCanvasElement;
  readonly info: {
    memory: { geometries: number; textures: number };
    programs: unknown[] | null;
    render: { calls: number; triangles: number; frame: number };
  };
  setPixelRatio(ratio: number): void;
  getPixelRatio(): number;
  setSize(width: number, height: number, updateStyle?: boolean): void;
  setClearColor(color: Color, alpha?: number): void;
  render(scene: Object3D, camera: Camera): void;
  autoClear: boolean;
  clearDepth(): void;
  setViewport(x: number, y: number, width: number, height: number): void;
  setScissor(x: number, y: number, width: number, height: number): void;
  setScissorTest(enable: boolean): void;
  setAnimationLoop(callback: null): void;
  dispose(): void;
  forceContextLoss(): void;
  /** Asks for the context back after `forceContextLoss` (WEBGL_lose_context.restoreContext). */
  forceContextRestore(): void;
}

export type RendererFactory = (canvas: HTMLCanvasElement, options: { antialias: boolean; preserveDrawingBuffer?: boolean }) => RendererLike;
const defaultFactory: RendererFactory = (canvas, { antialias, preserveDrawingBuffer = false }) =>
  new WebGLRenderer({ canvas, antialias, alpha: false, powerPreference: 'high-performance', preserveDrawingBuffer });

let rendererFactory: RendererFactory = defaultFactory;
/** Replaces how renderers are created (component tests: jsdom has no WebGL). `null` restores the default. */
export function setRendererFactory(factory: RendererFactory | null): void {
  rendererFactory = factory ?? defaultFactory;
}

/** A renderer from the current factory (may throw: no WebGL 2). */
export function createRenderer(canvas: HTMLCanvasElement, options: { antialias: boolean; preserveDrawingBuffer?: boolean }): RendererLike {
  return rendererFactory(canvas, options);
}
