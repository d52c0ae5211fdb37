/**
 * Where the 3D view's HTML labels go on each frame (stage/CanvasOverlay.svelte draws them): the a/b/c axis
 * letters, the atoms of the outlined unit cell (nearest first; a label closer than ~2 em to one already
 * placed is skipped, so they never pile up) and the distance between two selected atoms at their midpoint.
 */
import type { LatticeScene, Species } from '../scene';
import { distanceText } from '../canvasText';
import type { OverlayLabel } from './CanvasOverlay.svelte';

type OverlayScene = Pick<LatticeScene, 'axisLabelPosition' | 'atomPosition' | 'project' | 'camera' | 'selected'>;

export function axisOverlay(scene: OverlayScene): OverlayLabel[] {
  return (['a', 'b', 'c'] as const).map((text, i) => {
    const p = scene.axisLabelPosition(i as 0 | 1 | 2);
    return { text, x: p.x, y: p.y, visible: true };
  });
}

export function atomOverlay(
  scene: OverlayScene,
  cellAtoms: readonly { species: Species; index: number }[],
  labels: Record<Species, string>,
): OverlayLabel[] {
  const cam = scene.camera.position;
  const placed: OverlayLabel[] = [];
  const candidates = cellAtoms
    .map(({ species, index }) => ({ species, pos: scene.atomPosition(species, index) }))
    .filter((c) => c.pos !== null)
    .sort((p, q) => p.pos!.distanceToSquared(cam) - q.pos!.distanceToSquared(cam));
  for (const c of candidates) {
    const p = scene.project(c.pos!);
    if (!p.visible || placed.some((q) => Math.abs(q.x - p.x) < 30 && Math.abs(q.y - p.y) < 18)) continue;
    placed.push({ text: labels[c.species], x: p.x, y: p.y, visible: true });
  }
  return placed;
}

/** The distance label of a two-atom selection, or null. */
export function measureOverlay(scene: OverlayScene): { text: string; x: number; y: number } | null {
  const sel = scene.selected;
  if (sel.length !== 2) return null;
  const d = sel[0].position.distanceTo(sel[1].position);
  const p = scene.project(sel[0].position.clone().add(sel[1].position).multiplyScalar(0.5));
  return { text: distanceText(d), x: p.x, y: p.y };
}
