/**
 * SVG text → PNG, drawn on a canvas at a scale factor (2× by default, crisp on slides and print).
 *
 * Browser only (Image, canvas); the pure part is `pngSize`. The SVG must be standalone (see
 * `serializeSvg`): an <img> loading an SVG sees no page CSS and fetches nothing.
 */

/** Default raster scale: 2 device pixels per CSS pixel. */
export const PNG_SCALE = 2;

/**
 * Pixel size of the PNG of a `width`×`height` CSS-pixel chart at `scale`.
 * @throws RangeError for non-positive or non-finite input
 */
export function pngSize(width: number, height: number, scale = PNG_SCALE): { width: number; height: number } {
  for (const [v, name] of [
    [width, 'width'],
    [height, 'height'],
    [scale, 'scale'],
  ] as const) {
    if (!(Number.isFinite(v) && v > 0)) throw new RangeError(`pngSize: ${name} must be positive; got ${String(v)}`);
  }
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

/** `data:` URL of SVG text (UTF-8, percent-encoded), loadable by an <img> without a blob URL. */
export function svgDataUrl(svgText: string): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgText)}`;
}

/**
 * Rasterises standalone SVG text to a PNG blob (browser only).
 * @throws Error when the image cannot be decoded or the canvas cannot encode
 */
export async function svgToPngBlob(svgText: string, width: number, height: number, scale = PNG_SCALE): Promise<Blob> {
  const size = pngSize(width, height, scale);
  const img = new Image();
  img.decoding = 'sync';
  const loaded = new Promise<void>((resolve, reject) => {
    img.onload = () => resolve();
    img.onerror = () => reject(new Error('svgToPngBlob: the SVG could not be decoded as an image'));
  });
  img.src = svgDataUrl(svgText);
  await loaded;
  const canvas = document.createElement('canvas');
  canvas.width = size.width;
  canvas.height = size.height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('svgToPngBlob: no 2D canvas context');
  ctx.drawImage(img, 0, 0, size.width, size.height);
  return new Promise<Blob>((resolve, reject) => {
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('svgToPngBlob: canvas.toBlob gave nothing'))), 'image/png');
  });
}
