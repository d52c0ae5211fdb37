/**
 * LatticeCanvas.svelte in jsdom: the no-WebGL notice, the text alternative, and — with a fake renderer
 * injected through scene.ts setRendererFactory — mount/unmount disposal, topology vs in-place updates and
 * keyboard control.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, fireEvent } from '@testing-library/svelte';
import { BufferGeometry, Material } from 'three';
import LatticeCanvas from '../../../src/views/lattice/LatticeCanvas.svelte';
import { setRendererFactory } from '../../../src/views/lattice/scene';
import { fakeFactory } from './canvasFakeRenderer';


const PROPS = {
  kind: 'orthorhombic' as const,
  cells: [2, 2, 2] as [number, number, number],
  shape: 'cells' as const,
  edgeNm: 4,
  aPseudoCubicAngstrom: 5.874, // cubic CsPbBr₃, structures.ts CUBIC_CELLS.Br
  tiltDeg: 9,
  radii: { rA: 1.88, rB: 1.19, rX: 1.96 }, // Shannon (ionic-radii.json)
  style: 'poly' as const,
  cam: 'free' as const,
  labels: { A: 'Cs', B: 'Pb', X: 'Br' },
};

function rootEl(): HTMLElement {
  return document.querySelector('.lattice-canvas') as HTMLElement;
}

beforeEach(() => {
  // Run the tilt tween to its end at once (and keep timing out of the tests).
  vi.stubGlobal('matchMedia', (q: string) => ({ matches: q.includes('reduce'), media: q, addEventListener() {}, removeEventListener() {} }));
});

afterEach(() => {
  cleanup();
  setRendererFactory(null);
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('LatticeCanvas without WebGL (jsdom)', () => {
  it('shows a notice, keeps the description and legend, and savePng rejects', async () => {
    const { component } = render(LatticeCanvas, { props: PROPS });
    expect(screen.getByText(/3D view unavailable/)).toBeInTheDocument();
    expect(rootEl().dataset.status).toBe('unavailable');
    expect(screen.getByRole('list', { name: 'Colour key' }).textContent).toContain('Cs');
    await expect((component as unknown as { savePng: (s?: number) => Promise<Blob> }).savePng(2)).rejects.toThrow(/not available/);
  });
});

describe('LatticeCanvas with a fake renderer', () => {
  it('has an accessible name and a description that follows the structure', async () => {
    setRendererFactory(fakeFactory().factory);
    const { rerender } = render(LatticeCanvas, { props: PROPS });
    const app = screen.getByRole('application', { name: '3D model of CsPbBr₃' });
    expect(app.getAttribute('tabindex')).toBe('0');
    const descId = app.getAttribute('aria-describedby')!.split(' ')[0];
    const desc = () => document.getElementById(descId)!.textContent!;
    // 2×2×2 Pnma closed box: 240 atoms (geometry core count); tilt 9° as given.
    expect(desc()).toMatch(/^Orthorhombic \(Pnma\) CsPbBr₃, 2×2×2 supercell, 240 atoms/);
    expect(desc()).toContain('Octahedra tilted 9.0° in the a⁻a⁻c⁺ pattern');
    await rerender({ ...PROPS, kind: 'cubic', cells: [3, 3, 3] });
    // Cubic closed box 3×3×3: B 4³ = 64, X 3·3·4·4 = 144, A 27 → 235 (supercell.ts header formula).
    expect(desc()).toMatch(/^Cubic \(Pm3̄m\) CsPbBr₃, 3×3×3 supercell, 235 atoms: 27 Cs, 64 Pb, 144 Br/);
    await rerender({ ...PROPS, shape: 'cube', edgeNm: 3 });
    expect(desc()).toMatch(/^Cube-shaped cubic CsPbBr₃ nanocrystal, edge 2\.9/);
    expect(desc()).toContain('surface layer');
  });

  it('says when a small A cation rattles in space-filling style', async () => {
    setRendererFactory(fakeFactory().factory);
    render(LatticeCanvas, { props: { ...PROPS, style: 'space', radii: { rA: 1.2, rB: 1.19, rX: 1.96 } } });
    // Cage hole a/√2 − r_X = 5.874/√2 − 1.96 = 2.19 Å > 1.2 Å.
    expect(document.body.textContent).toContain('is smaller than its cage (2.19');
  });

  it('rebuilds GPU batches only when the topology changes', async () => {
    setRendererFactory(fakeFactory().factory);
    const { rerender } = render(LatticeCanvas, { props: PROPS });
    expect(rootEl().dataset.rebuilds ?? '1').toBe('1');
    await rerender({ ...PROPS, radii: { rA: 1.7, rB: 1.19, rX: 2.2 }, aPseudoCubicAngstrom: 6.29, tiltDeg: 4 });
    await rerender({ ...PROPS, style: 'ball' });
    expect(rootEl().dataset.topology).toBe('orthorhombic|2x2x2');
    await rerender({ ...PROPS, cells: [4, 2, 2] });
    expect(rootEl().dataset.topology).toBe('orthorhombic|4x2x2');
    // rebuilds is written after a frame; read the builder count through the topology changes instead.
    await new Promise((r) => requestAnimationFrame(() => r(null)));
    expect(rootEl().dataset.rebuilds).toBe('2');
  });

  it('mounting and unmounting 50 times disposes 50 renderers and every geometry and material it made', () => {
    const { factory, made } = fakeFactory();
    setRendererFactory(factory);
    const geometryDispose = vi.spyOn(BufferGeometry.prototype, 'dispose');
    const materialDispose = vi.spyOn(Material.prototype, 'dispose');
    let perMount = { g: -1, m: -1 };
    for (let i = 0; i < 50; i++) {
      const g0 = geometryDispose.mock.calls.length;
      const m0 = materialDispose.mock.calls.length;
      const { unmount } = render(LatticeCanvas, { props: { ...PROPS, kind: 'cubic', cells: [1, 1, 1] } });
      unmount();
      const g = geometryDispose.mock.calls.length - g0;
      const m = materialDispose.mock.calls.length - m0;
      if (i === 0) perMount = { g, m };
      // Same number of disposals every time: nothing accumulates across mounts.
      expect({ g, m }).toEqual(perMount);
    }
    expect(perMount.g).toBeGreaterThanOrEqual(8);
    expect(perMount.m).toBeGreaterThanOrEqual(10);
    expect(made).toHaveLength(50);
    for (const r of made) {
      expect(r.dispose).toHaveBeenCalledTimes(1);
      expect(r.forceContextLoss).toHaveBeenCalledTimes(1);
      expect(r.setAnimationLoop).toHaveBeenCalledWith(null);
    }
  }, 90_000);

  it('arrow keys rotate the view and leave a camera preset (oncamchange("free"))', async () => {
    const { factory, made } = fakeFactory();
    setRendererFactory(factory);
    const oncamchange = vi.fn();
    render(LatticeCanvas, { props: { ...PROPS, cam: 'a', oncamchange } });
    const app = screen.getByRole('application');
    app.focus();
    const before = made[0].render.mock.calls.length;
    await fireEvent.keyDown(app, { key: 'ArrowLeft' });
    expect(oncamchange).toHaveBeenCalledWith('free');
    await new Promise((r) => requestAnimationFrame(() => r(null)));
    expect(made[0].render.mock.calls.length).toBeGreaterThan(before);
    // + zooms without leaving the preset direction.
    oncamchange.mockClear();
    await fireEvent.keyDown(app, { key: '+' });
    expect(oncamchange).not.toHaveBeenCalled();
  });

  it('N steps through the atoms of the outlined cell and announces them politely', async () => {
    setRendererFactory(fakeFactory().factory);
    render(LatticeCanvas, { props: { ...PROPS, kind: 'cubic', cells: [1, 1, 1] } });
    const app = screen.getByRole('application');
    await fireEvent.keyDown(app, { key: 'n' });
    const live = document.querySelector('[aria-live="polite"]')!;
    expect(live.textContent).toMatch(/^(Cs|Pb|Br) \((Cs1|Pb1|X1)\): /);
    expect(live.textContent).toMatch(/x, y, z = .* Å/);
    // Enter picks it, N + Enter picks a second one: the distance is announced in Å.
    await fireEvent.keyDown(app, { key: 'Enter' });
    await fireEvent.keyDown(app, { key: 'n' });
    await fireEvent.keyDown(app, { key: 'Enter' });
    expect(live.textContent).toMatch(/^Distance (Cs|Pb|Br) to (Cs|Pb|Br): \d+\.\d\d\u202fÅ\.$/);
    await fireEvent.keyDown(app, { key: 'Escape' });
    expect(live.textContent).toBe('Measurement cleared.');
  });
});
