/**
 * A stand-in for three's WebGLRenderer (jsdom has no WebGL): every method a vi.fn, info counters kept,
 * injected with scene.ts `setRendererFactory`. Used by the canvas*.test.ts files.
 */
import { vi, type Mock } from 'vitest';
import type { RendererFactory, RendererLike } from '../../../src/views/lattice/scene';

export interface FakeRenderer extends RendererLike {
  setPixelRatio: Mock<(ratio: number) => void>;
  setSize: Mock<(width: number, height: number, updateStyle?: boolean) => void>;
  render: Mock<RendererLike['render']>;
  setAnimationLoop: Mock<(callback: null) => void>;
  dispose: Mock<() => void>;
  forceContextLoss: Mock<() => void>;
  forceContextRestore: Mock<() => void>;
  /** Order of the teardown calls, for "renderer last" checks. */
  calls: string[];
}

export function createFakeRenderer(canvas: HTMLCanvasElement): FakeRenderer {
  let ratio = 1;
  const calls: string[] = [];
  const r: FakeRenderer = {
    domElement: canvas,
    info: { memory: { geometries: 0, textures: 0 }, programs: [], render: { calls: 0, triangles: 0, frame: 0 } },
    autoClear: true,
    calls,
    setPixelRatio: vi.fn((x: number) => {
      ratio = x;
    }),
    getPixelRatio: () => ratio,
    setSize: vi.fn(),
    setClearColor: vi.fn(),
    render: vi.fn(() => {
      r.info.render.frame++;
    }),
    clearDepth: vi.fn(),
    setViewport: vi.fn(),
    setScissor: vi.fn(),
    setScissorTest: vi.fn(),
    setAnimationLoop: vi.fn((_callback: null) => {
      calls.push('setAnimationLoop');
    }),
    dispose: vi.fn(() => {
      calls.push('dispose');
    }),
    forceContextLoss: vi.fn(() => {
      calls.push('forceContextLoss');
    }),
    forceContextRestore: vi.fn(() => {
      calls.push('forceContextRestore');
    }),
  };
  return r;
}

/** A factory that records every renderer it made. */
export function fakeFactory(): { factory: RendererFactory; made: FakeRenderer[] } {
  const made: FakeRenderer[] = [];
  return {
    made,
    factory: (canvas) => {
      const r = createFakeRenderer(canvas);
      made.push(r);
      return r;
    },
  };
}
