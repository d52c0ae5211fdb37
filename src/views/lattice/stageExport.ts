/**
 * The two take-aways of the 3D stage, for the perovskite and the PbS view alike: the picture at 2× (PNG
 * for slides) and the unit cell as a CIF. Saving goes through lib/export/download.ts (one download helper).
 */
import { downloadBlob, EXPORT_MIME } from '../../lib/export/download';
import type { CanvasHandle } from './LatticeStage.svelte';

/** Saves the canvas at twice its size as `filename` (nothing while no canvas is mounted). */
export async function saveCanvasPng(canvas: CanvasHandle | undefined, filename: string): Promise<void> {
  if (!canvas) return;
  downloadBlob(await canvas.savePng(2), filename);
}

/** Saves a CIF text under its file name. */
export function saveCif({ text, filename }: { text: string; filename: string }): void {
  downloadBlob(new Blob([text], { type: EXPORT_MIME.cif }), filename);
}
