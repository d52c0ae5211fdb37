/**
 * scene.ts with a fake renderer (jsdom has no WebGL): disposal of every GPU object, in-place updates,
 * CPU picking, camera presets, display radii.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BufferGeometry, Color, Material, Mesh, type Object3D } from 'three';
import {
  LatticeScene,
  SPECIES,
  displayRadiusAngstrom,
  fitDistance,
  presetDirection,
  setRendererFactory,
} from '../../../src/views/lattice/scene';
import { StructureBuilder } from '../../../src/views/lattice/canvasStructure';
import { fakeFactory } from './canvasFakeRenderer';

const BASE = {
  kind: 'orthorhombic' as const,
  cells: [2, 2, 2] as [number, number, number],
  shape: 'cells' as const,
  edgeNm: 3,
  aPseudoCubicAngstrom: 5.874,
  tiltDeg: 9,
};
const RADII = { rA: 1.88, rB: 1.19, rX: 1.96 }; // Shannon Cs⁺ XII, Pb²⁺ VI, Br⁻ VI (ionic-radii.json)

function makeScene(): { scene: LatticeScene; made: ReturnType<typeof fakeFactory>['made']; container: HTMLDivElement } {
  const { factory, made } = fakeFactory();
  setRendererFactory(factory);
  const container = document.createElement('div');
  const canvas = document.createElement('canvas');
  container.appendChild(canvas);
  document.body.appendChild(container);
  // Out of the page-wide WebGL budget: these tests leave scenes alive, and the budget would pause them.
  const scene = new LatticeScene(container, canvas, { budget: false });
  return { scene, made, container };
}

function collect(root: Object3D): { geometries: Set<BufferGeometry>; materials: Set<Material> } {
  const geometries = new Set<BufferGeometry>();
  const materials = new Set<Material>();
  root.traverse((o) => {
    const m = o as Mesh;
    if (m.geometry instanceof BufferGeometry) geometries.add(m.geometry);
    const mat = m.material as Material | Material[] | undefined;
    if (Array.isArray(mat)) mat.forEach((x) => materials.add(x));
    else if (mat instanceof Material) materials.add(mat);
  });
  return { geometries, materials };
}

afterEach(() => {
  setRendererFactory(null);
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

describe('displayRadiusAngstrom', () => {
  it('space-filling draws the ionic radii to scale', () => {
    expect(displayRadiusAngstrom('space', 'A', RADII)).toBe(1.88);
    expect(displayRadiusAngstrom('space', 'B', RADII)).toBe(1.19);
    expect(displayRadiusAngstrom('space', 'X', RADII)).toBe(1.96);
  });
  it('keeps the order of the ionic radii in every style (legend sizes match the picture)', () => {
    for (const style of ['ball', 'space'] as const) {
      const r = SPECIES.map((s) => displayRadiusAngstrom(style, s, RADII));
      expect(r[1]).toBeLessThan(r[0]); // Pb < Cs
      expect(r[0]).toBeLessThan(r[2]); // Cs < Br
    }
  });
  it('ball-and-stick spheres leave the Pb–Br bond visible', () => {
    const d = 5.874 / 2; // B–X = a/2, cubic CsPbBr₃ 5.874 Å (structures.ts)
    expect(displayRadiusAngstrom('ball', 'B', RADII) + displayRadiusAngstrom('ball', 'X', RADII)).toBeLessThan(0.6 * d);
  });
  it('rejects a bad radius with a RangeError', () => {
    expect(() => displayRadiusAngstrom('ball', 'A', { ...RADII, rA: Number.NaN })).toThrow(RangeError);
    expect(() => displayRadiusAngstrom('ball', 'X', { ...RADII, rX: 0 })).toThrow(RangeError);
  });
});

describe('camera helpers', () => {
  it('fitDistance puts a sphere exactly inside the narrower half-angle', () => {
    // Square view, fov 30°: d = R / sin 15°.
    expect(fitDistance(10, 30, 1)).toBeCloseTo(10 / Math.sin((15 * Math.PI) / 180), 9);
    // Tall view (aspect 0.5): the horizontal half-angle atan(0.5 tan 15°) is the narrower one.
    const h = Math.atan(0.5 * Math.tan((15 * Math.PI) / 180));
    expect(fitDistance(10, 30, 0.5)).toBeCloseTo(10 / Math.sin(h), 9);
  });
  it('presets look along a, b, c and the given [111]', () => {
    expect(presetDirection('a', [0, 0, 1]).dir.toArray()).toEqual([1, 0, 0]);
    expect(presetDirection('c', [0, 0, 1]).dir.toArray()).toEqual([0, 0, 1]);
    expect(presetDirection('b', [0, 0, 1]).dir.y).toBeCloseTo(1, 6);
    const d = presetDirection('111', [1 / Math.sqrt(3), 1 / Math.sqrt(3), 1 / Math.sqrt(3)]).dir;
    expect(d.x).toBeCloseTo(1 / Math.sqrt(3), 9);
  });
});

describe('LatticeScene', () => {
  it('disposes every geometry and material of the scene graph, then the renderer last', () => {
    const { scene, made } = makeScene();
    const builder = new StructureBuilder();
    scene.setStyle('poly', RADII);
    scene.setStructure(builder.build(BASE).structure);
    scene.renderNow();
    const main = collect(scene.scene);
    const gizmo = collect((scene as unknown as { inset: { scene: Object3D } }).inset.scene);
    const geometries = new Set([...main.geometries, ...gizmo.geometries]);
    const materials = new Set([...main.materials, ...gizmo.materials]);
    // Atoms (3 species) + rings + measurement + octahedra + bonds + cell box, and the gizmo arrows.
    expect(geometries.size).toBeGreaterThanOrEqual(8);
    const gSpies = [...geometries].map((g) => vi.spyOn(g, 'dispose'));
    const mSpies = [...materials].map((m) => vi.spyOn(m, 'dispose'));
    scene.dispose();
    for (const s of gSpies) expect(s).toHaveBeenCalled();
    for (const s of mSpies) expect(s).toHaveBeenCalled();
    const r = made[0];
    expect(r.setAnimationLoop).toHaveBeenCalledWith(null);
    expect(r.calls).toEqual(['setAnimationLoop', 'dispose', 'forceContextLoss']);
    // Disposing twice is harmless.
    scene.dispose();
    expect(r.dispose).toHaveBeenCalledTimes(1);
  });

  it('a topology change disposes the old per-structure geometries', () => {
    const { scene } = makeScene();
    const builder = new StructureBuilder();
    scene.setStructure(builder.build(BASE).structure);
    const before = collect(scene.scene).geometries;
    const spies = [...before].map((g) => vi.spyOn(g, 'dispose'));
    const rebuilt = scene.setStructure(builder.build({ ...BASE, cells: [3, 3, 3] }).structure);
    expect(rebuilt).toBe(true);
    // The 3 atom batches and the octahedron geometry are per structure: all disposed.
    expect(spies.filter((s) => s.mock.calls.length > 0).length).toBeGreaterThanOrEqual(4);
    scene.dispose();
  });

  it('radii or tilt changes update the same GPU buffers in place', () => {
    const { scene } = makeScene();
    const builder = new StructureBuilder();
    expect(scene.setStructure(builder.build(BASE).structure)).toBe(true);
    const batch = (scene as unknown as { batches: { atoms: Record<string, { centers: Float32Array }> } }).batches.atoms;
    const centersA = batch.A.centers;
    const before = Float32Array.from(centersA);
    expect(scene.setStructure(builder.build({ ...BASE, tiltDeg: 3 }).structure)).toBe(false);
    expect(scene.setStructure(builder.build({ ...BASE, tiltDeg: 3, aPseudoCubicAngstrom: 6.2 }).structure)).toBe(false);
    const after = (scene as unknown as { batches: { atoms: Record<string, { centers: Float32Array }> } }).batches.atoms;
    expect(after.A.centers).toBe(centersA); // same typed array
    expect(Array.from(centersA)).not.toEqual(Array.from(before)); // but moved
    scene.dispose();
  });

  it('picks the atom drawn under a screen point (CPU ray–sphere)', () => {
    const { scene } = makeScene();
    const builder = new StructureBuilder();
    scene.setStyle('space', RADII);
    scene.setStructure(builder.build({ ...BASE, kind: 'cubic', cells: [1, 1, 1] }).structure);
    scene.setView('c', true);
    scene.camera.updateMatrixWorld();
    // The A cation sits at the cell centre; along c it is hidden behind nothing but the X at (½,½,1)?
    // No X there (X sit at edge midpoints in a cubic cell with B at the corners), so A is the front atom.
    const a = scene.atomPosition('A', 0)!;
    const p = scene.project(a);
    const hit = scene.pick(p.x, p.y);
    expect(hit?.species).toBe('A');
    expect(hit?.index).toBe(0);
    // Far outside the crystal: nothing.
    expect(scene.pick(1, 1)).toBeNull();
    scene.dispose();
  });

  it('space-filling skips only the shells of faces turned away from the camera', () => {
    const { scene } = makeScene();
    scene.setStyle('space', RADII);
    scene.setStructure(new StructureBuilder().build({ ...BASE, kind: 'cubic', cells: [6, 6, 6] }).structure);
    const facing = (scene as unknown as { shared: { uFacing: { value: number } } }).shared.uFacing;
    scene.setView('a', true);
    scene.renderNow();
    expect(facing.value).toBe(0b000010); // camera beyond +x only
    scene.setView('free', true); // oblique view from +x, +y, +z
    scene.renderNow();
    expect(facing.value).toBe(0b101010);
    scene.setStyle('ball', RADII);
    scene.renderNow();
    expect(facing.value).toBe(63); // other styles draw every atom
    scene.dispose();
  });

  it('keyboard zoom: a factor above 1 moves the camera closer, below 1 farther', () => {
    const { scene } = makeScene();
    scene.setStructure(new StructureBuilder().build(BASE).structure);
    scene.setView('free', true);
    const d0 = scene.camera.position.distanceTo(scene.controls.target);
    scene.nudge(0, 0, 1.15);
    const d1 = scene.camera.position.distanceTo(scene.controls.target);
    expect(d1).toBeCloseTo(d0 / 1.15, 6);
    scene.nudge(0, 0, 1 / 1.15);
    expect(scene.camera.position.distanceTo(scene.controls.target)).toBeCloseTo(d0, 6);
    scene.dispose();
  });

  it('stops drawing on webglcontextlost, releases its GPU objects then, and redraws the same scene on restore', () => {
    const { factory, made } = fakeFactory();
    setRendererFactory(factory);
    const container = document.createElement('div');
    const canvas = document.createElement('canvas');
    container.appendChild(canvas);
    const states: string[] = [];
    const scene = new LatticeScene(container, canvas, { onContext: (s) => states.push(s) });
    const background = new Color(0.96, 0.965, 0.973);
    scene.setTheme({ background, A: new Color(1, 0, 0), B: new Color(0, 1, 0), X: new Color(0, 0, 1), line: new Color(), accent: new Color(), axisA: new Color(), axisB: new Color(), axisC: new Color(), dark: false });
    const builder = new StructureBuilder();
    scene.setStructure(builder.build(BASE).structure);
    const { geometries, materials } = collect(scene.scene);
    let disposed = 0;
    for (const x of [...geometries, ...materials]) x.addEventListener('dispose', () => disposed++);
    expect(geometries.size + materials.size).toBeGreaterThan(5);
    const lost = new Event('webglcontextlost', { cancelable: true });
    canvas.dispatchEvent(lost);
    expect(lost.defaultPrevented).toBe(true); // tells the browser we want it back
    expect(scene.contextLost).toBe(true);
    // Every geometry and material fired 'dispose' while the context was lost (three forgets the old
    // context's objects then, so nothing deletes them after the restore: issue #14) but stays in the scene.
    expect(disposed).toBe(geometries.size + materials.size);
    const frames = made[0].render.mock.calls.length;
    scene.renderNow();
    expect(made[0].render.mock.calls.length).toBe(frames);
    const batchesBefore = (scene as unknown as { batches: { atoms: unknown } }).batches.atoms;
    vi.mocked(made[0].setClearColor).mockClear();
    canvas.dispatchEvent(new Event('webglcontextrestored'));
    expect(scene.contextLost).toBe(false);
    // Same objects (same picture; they re-upload on the next render), and the clear colour set again
    // (three's restore resets it to black).
    expect((scene as unknown as { batches: { atoms: unknown } }).batches.atoms).toBe(batchesBefore);
    expect(made[0].setClearColor).toHaveBeenLastCalledWith(background, 1);
    scene.renderNow();
    expect(made[0].render.mock.calls.length).toBeGreaterThan(frames);
    expect(states).toEqual(['lost', 'restored']);
    scene.dispose();
  });
  it('pause: a still image over the canvas, then forceContextLoss; resume: forceContextRestore, a frame, the still removed', async () => {
    const { factory, made } = fakeFactory();
    setRendererFactory(factory);
    const container = document.createElement('div');
    const canvas = document.createElement('canvas');
    container.appendChild(canvas);
    document.body.appendChild(container);
    let encoded = 0;
    canvas.toDataURL = () => `data:image/png;base64,still${++encoded}`;
    const states: string[] = [];
    const scene = new LatticeScene(container, canvas, { budget: false, onContext: (s) => states.push(s) });
    scene.setStyle('poly', RADII);
    scene.setStructure(new StructureBuilder().build(BASE).structure);
    const r = made[0];
    await scene.pause();
    // The still was taken from a frame rendered in the same task, and laid over the canvas.
    const still = container.querySelector('img[data-pqd-still]') as HTMLImageElement;
    expect(still?.src).toBe('data:image/png;base64,still1');
    expect(still.previousElementSibling).toBe(canvas);
    expect(r.calls.filter((c) => c === 'forceContextLoss')).toHaveLength(1);
    canvas.dispatchEvent(new Event('webglcontextlost', { cancelable: true }));
    expect(states).toEqual(['paused']);
    expect(scene.contextLost).toBe(true);
    const frames = r.render.mock.calls.length;
    const resumed = scene.resume();
    expect(r.calls.filter((c) => c === 'forceContextRestore')).toHaveLength(1);
    canvas.dispatchEvent(new Event('webglcontextrestored'));
    scene.renderNow();
    expect(await resumed).toBe(true);
    expect(r.render.mock.calls.length).toBeGreaterThan(frames);
    expect(states).toEqual(['paused', 'restored']);
    expect(container.querySelector('img[data-pqd-still]')).toBeNull();
    expect(encoded).toBe(1);
    scene.dispose();
    // Disposed while live: the renderer goes last and gives its context back.
    expect(r.calls.slice(-2)).toEqual(['dispose', 'forceContextLoss']);
    container.remove();
  });

  it('resume before the context-lost event of its own pause arrived: the restore waits for it (else the browser refuses it)', async () => {
    const { factory, made } = fakeFactory();
    setRendererFactory(factory);
    const container = document.createElement('div');
    const canvas = document.createElement('canvas');
    container.appendChild(canvas);
    document.body.appendChild(container);
    canvas.toDataURL = () => 'data:image/png;base64,still';
    const states: string[] = [];
    const scene = new LatticeScene(container, canvas, { budget: false, onContext: (s) => states.push(s) });
    scene.setStyle('poly', RADII);
    scene.setStructure(new StructureBuilder().build(BASE).structure);
    const r = made[0];
    await scene.pause();
    const resumed = scene.resume(); // the browser has not dispatched webglcontextlost yet
    await Promise.resolve();
    expect(r.calls.filter((c) => c === 'forceContextRestore')).toHaveLength(0);
    canvas.dispatchEvent(new Event('webglcontextlost', { cancelable: true }));
    expect(states).toEqual(['paused']);
    await vi.waitFor(() => expect(r.calls.filter((c) => c === 'forceContextRestore')).toHaveLength(1));
    canvas.dispatchEvent(new Event('webglcontextrestored'));
    scene.renderNow();
    expect(await resumed).toBe(true);
    expect(states).toEqual(['paused', 'restored']);
    scene.dispose();
    container.remove();
  });
});
