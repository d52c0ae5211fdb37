/**
 * The orientation inset: the a, b, c arrows in their own little scene, drawn in the bottom-right corner
 * with the main camera's orientation, and the screen positions of their tip labels (the component writes
 * a, b, c there as HTML text, in the theme's serif italic and the axis colours).
 *
 * Why not three's ViewHelper (three/examples/jsm/helpers/ViewHelper.js, r187): its axis colours are fixed
 * in its constructor (#ff4466, #88ff44, #4488ff; the inset here uses the theme's Okabe–Ito colours, which
 * also change with the dark and high-contrast themes), its labels are canvas-texture sprites in one colour
 * and font (not the page's text, and each a texture to upload again after every context restore), its size
 * is fixed at 128 px (here 72–120 px with the canvas), and it draws negative-axis bubbles and takes clicks
 * that would fight the atom picking. It would change the look and the accessibility of the inset, so this
 * hand-written one stays: about 80 lines.
 */
import { Color, ConeGeometry, CylinderGeometry, Mesh, PerspectiveCamera, Quaternion, Scene, Vector3, type ShaderMaterial } from 'three';
import type { SharedUniforms } from '../impostor';
import { createSolidMaterial } from './materials';
import type { RendererLike } from './types';

const Y = new Vector3(0, 1, 0);
const AXES = [new Vector3(1, 0, 0), new Vector3(0, 1, 0), new Vector3(0, 0, 1)];

export class AxesInset {
  readonly scene = new Scene();
  private readonly camera = new PerspectiveCamera(30, 1, 0.1, 100);
  private readonly shaft = new CylinderGeometry(1, 1, 1, 12, 1, false).translate(0, 0.5, 0);
  private readonly head = new ConeGeometry(1, 1, 16, 1, false).translate(0, 0.5, 0);
  private readonly materials: ShaderMaterial[];
  private readonly shared: SharedUniforms;

  constructor(shared: SharedUniforms) {
    this.shared = shared;
    this.materials = [0, 1, 2].map(() => createSolidMaterial(shared, { color: new Color(), specular: 0.2 }));
    for (let i = 0; i < 3; i++) {
      const q = new Quaternion().setFromUnitVectors(Y, AXES[i]);
      const shaft = new Mesh(this.shaft, this.materials[i]);
      const head = new Mesh(this.head, this.materials[i]);
      shaft.quaternion.copy(q);
      shaft.scale.set(0.06, 0.72, 0.06);
      head.quaternion.copy(q);
      head.position.copy(AXES[i]).multiplyScalar(0.7);
      head.scale.set(0.15, 0.3, 0.15);
      this.scene.add(shaft, head);
    }
  }

  setColors(a: Color, b: Color, c: Color): void {
    [a, b, c].forEach((color, i) => (this.materials[i].uniforms.uColor.value as Color).copy(color));
  }

  /** Size of the inset, CSS px. */
  static size(width: number, height: number): number {
    return Math.round(Math.min(120, Math.max(72, Math.min(width, height) * 0.2)));
  }

  /** Screen position (CSS px in the canvas) of the tip label of axis i (0 = a, 1 = b, 2 = c). */
  labelPosition(i: 0 | 1 | 2, width: number, height: number): { x: number; y: number } {
    const v = AXES[i].clone().multiplyScalar(1.22).project(this.camera);
    const size = AxesInset.size(width, height);
    const x0 = width - size - 6;
    const y0 = height - size - 6;
    return { x: x0 + (v.x * 0.5 + 0.5) * size, y: y0 + (-v.y * 0.5 + 0.5) * size };
  }

  /** Draws the inset over the frame, turned like the main camera (looking at `target`), without depth cue. */
  render(renderer: RendererLike, main: PerspectiveCamera, target: Vector3, width: number, height: number): void {
    const size = AxesInset.size(width, height);
    const dir = main.position.clone().sub(target).normalize();
    this.camera.position.copy(dir).multiplyScalar(5.6);
    this.camera.quaternion.copy(main.quaternion);
    this.camera.updateMatrixWorld();
    const fog = this.shared.uFogAmount.value;
    this.shared.uFogAmount.value = 0;
    const x = width - size - 6;
    const y = 6; // WebGL viewport origin is bottom-left
    renderer.autoClear = false;
    renderer.clearDepth();
    renderer.setScissorTest(true);
    renderer.setScissor(x, y, size, size);
    renderer.setViewport(x, y, size, size);
    renderer.render(this.scene, this.camera);
    renderer.setScissorTest(false);
    renderer.setViewport(0, 0, width, height);
    renderer.autoClear = true;
    this.shared.uFogAmount.value = fog;
  }

  dispose(): void {
    this.shaft.dispose();
    this.head.dispose();
    for (const m of this.materials) m.dispose();
    this.scene.clear();
  }
}
