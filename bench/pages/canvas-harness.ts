/**
 * Dev-only harness: LatticeCanvas alone, props from the query string, for screenshots while the lattice
 * view is being built (`npx vite` then /bench/pages/canvas-harness.html?style=ball&cells=3&theme=dark).
 * Not part of the build.
 */
import { mount, unmount } from 'svelte';
import '../../src/styles/theme.css';
import LatticeCanvas from '../../src/views/lattice/LatticeCanvas.svelte';
import { cellParameterAngstrom } from '../../src/lib/geometry/perovskite';

const q = new URLSearchParams(location.search);
const num = (k: string, d: number): number => (q.has(k) ? Number(q.get(k)) : d);
const n = num('cells', 2);
const radii = { rA: num('rA', 1.88), rB: num('rB', 1.19), rX: num('rX', 1.96) };
const root = document.getElementById('app')!;
root.className = 'pqd-root';
root.dataset.theme = q.get('theme') ?? 'light';
root.style.height = '100vh';
root.style.padding = '0';
const props = {
  kind: (q.get('kind') ?? 'orthorhombic') as 'cubic' | 'orthorhombic',
  cells: [n, n, n] as [number, number, number],
  shape: (q.get('shape') ?? 'cells') as 'cells' | 'cube',
  edgeNm: num('edge', 4),
  aPseudoCubicAngstrom: cellParameterAngstrom(radii.rB, radii.rX),
  tiltDeg: num('tilt', 9),
  radii,
  style: (q.get('style') ?? 'poly') as 'ball' | 'space' | 'poly',
  cam: (q.get('cam') ?? 'free') as 'free' | 'a' | 'b' | 'c' | '111',
  labels: { A: q.get('A') ?? 'Cs', B: q.get('B') ?? 'Pb', X: q.get('X') ?? 'Br' },
  showCell: q.get('cell') !== '0',
  showAxes: q.get('axes') !== '0',
  showLabels: q.get('labels') === '1',
};
let app = mount(LatticeCanvas, { target: root, props });
(window as unknown as Record<string, unknown>).__harness = {
  remount(): void {
    unmount(app);
    app = mount(LatticeCanvas, { target: root, props });
  },
};
