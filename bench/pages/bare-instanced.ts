/**
 * Benchmark baseline for bench/lattice-frames.mjs: the naive way to draw a supercell — one InstancedMesh
 * of 16×12-segment spheres per species (384 triangles per atom), MeshLambertMaterial, one hemisphere and
 * one directional light — with the same atoms (src/lib/geometry buildSupercell), radii to scale (the
 * app's space-filling style), camera (fov 30°, fitted to the bounding sphere) and canvas size as the app.
 * shared/design/chromium.md measured this scene: 94 / 510 / 3216 ms per frame at 5³ / 10³ / 20³.
 *
 * Query: ?cells=5&kind=cubic&w=800&h=600 (canvas CSS size); &topology=pnma|4x3x4 (the app's data-topology)
 * builds exactly the app's atoms: its untilted Pnma-setting box with those repeats (the app draws the cubic
 * phase in it, `cells` counting pseudo-cubic cells). Exposes window.__bare.frame(): rotate a little, render in the next rAF,
 * read one pixel (waits for the GPU), resolve with the elapsed ms.
 */
import {
  Color,
  DirectionalLight,
  HemisphereLight,
  InstancedMesh,
  Matrix4,
  MeshLambertMaterial,
  PerspectiveCamera,
  Scene,
  SphereGeometry,
  Vector3,
  WebGLRenderer,
} from 'three';
import { buildSupercell, ELEMENT_CODE } from '../../src/lib/geometry/supercell';
import { buildPnmaCell, cellParameterAngstrom } from '../../src/lib/geometry/perovskite';
import { untiltedPnmaSites } from '../../src/lib/geometry/structureModel';

const q = new URLSearchParams(location.search);
const n = Math.max(1, Math.min(20, Number(q.get('cells') ?? 5)));
// The app reports its drawn topology: 'cubic', or 'pnma' for the orthorhombic (Pnma) box it also draws
// the cubic phase in; anything but 'cubic' is built here as the orthorhombic cell.
const kind: 'cubic' | 'orthorhombic' = q.get('kind') === 'cubic' ? 'cubic' : 'orthorhombic';
// Shannon radii of CsPbBr₃ (Å): Cs⁺ XII 1.88, Pb²⁺ VI 1.19, Br⁻ VI 1.96 (src/lib/data/ionicRadii.ts).
const radius = [1.88, 1.19, 1.96]; // by ELEMENT_CODE A, B, X
const colors = ['#8a63d2', '#3d4a5c', '#e69f00']; // theme.css --el-a, --el-b, --el-x (light)

const canvas = document.getElementById('c') as HTMLCanvasElement;
// Same CSS size as the app's canvas when given (?w=&h=), else the whole window.
if (q.has('w') && q.has('h')) {
  canvas.style.width = `${Number(q.get('w'))}px`;
  canvas.style.height = `${Number(q.get('h'))}px`;
}
const renderer = new WebGLRenderer({ canvas, antialias: false });
renderer.setPixelRatio(1);
renderer.setSize(canvas.clientWidth, canvas.clientHeight, false);
renderer.setClearColor(new Color('#f6f7f9'), 1);

const aPc = cellParameterAngstrom(1.19, 1.96);
const topology = (q.get('topology') ?? '').split('|');
const repeats = topology[0] === 'pnma' ? (topology[1] ?? '').split('x').map(Number) : [];
const sc =
  repeats.length === 3 && repeats.every((r) => Number.isInteger(r) && r >= 1)
    ? buildSupercell(buildPnmaCell(untiltedPnmaSites(aPc)), repeats[0], repeats[1], repeats[2])
    : buildSupercell(kind, n, n, n, { aPseudoCubic: aPc, tiltDeg: 9 });
const scene = new Scene();
scene.add(new HemisphereLight(0xffffff, 0x4a4a55, 1.6));
const sun = new DirectionalLight(0xffffff, 1.6);
sun.position.set(-0.4, 0.6, 0.7);
scene.add(sun);
const sphere = new SphereGeometry(1, 16, 12);
const m = new Matrix4();
for (const code of [ELEMENT_CODE.A, ELEMENT_CODE.B, ELEMENT_CODE.X]) {
  let count = 0;
  for (let i = 0; i < sc.count; i++) if (sc.element[i] === code) count++;
  const mesh = new InstancedMesh(sphere, new MeshLambertMaterial({ color: colors[code] }), count);
  let k = 0;
  const r = radius[code];
  for (let i = 0; i < sc.count; i++) {
    if (sc.element[i] !== code) continue;
    m.makeScale(r, r, r).setPosition(sc.positions[3 * i], sc.positions[3 * i + 1], sc.positions[3 * i + 2]);
    mesh.setMatrixAt(k++, m);
  }
  scene.add(mesh);
}

const camera = new PerspectiveCamera(30, canvas.clientWidth / canvas.clientHeight, 0.1, 10_000);
const boundR = sc.bounds.radius + 2;
const half = Math.min(15, (Math.atan(Math.tan((15 * Math.PI) / 180) * camera.aspect) * 180) / Math.PI);
const dist = boundR / Math.sin((half * Math.PI) / 180);
const dir = new Vector3(0.62, 0.42, 0.95).normalize();
let angle = 0;
function place(): void {
  const d = dir.clone().applyAxisAngle(new Vector3(0, 1, 0), angle);
  camera.position.copy(d.multiplyScalar(dist));
  camera.near = Math.max(0.1, dist - boundR * 1.3);
  camera.far = dist + boundR * 1.3;
  camera.updateProjectionMatrix();
  camera.lookAt(0, 0, 0);
}
place();
const gl = renderer.getContext();
const px = new Uint8Array(4);

function frame(): Promise<number> {
  return new Promise((resolve) => {
    const t0 = performance.now();
    angle += 0.05;
    place();
    requestAnimationFrame(() => {
      renderer.render(scene, camera);
      gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, px);
      resolve(performance.now() - t0);
    });
  });
}

renderer.render(scene, camera);
(window as unknown as Record<string, unknown>).__bare = { frame, atoms: sc.count, ready: true };
