/**
 * Is it a picture? Pixel checks shared by the journeys, all decoded in the page (no image library):
 * a PNG or a canvas shows more than a flat fill (distinct colours, quantised to 5 bits per channel, and the
 * spread of luminance).
 */
import { expect, type Locator, type Page } from '@playwright/test';

export interface PictureStats {
  distinctColours: number;
  lumaStdev: number;
  width: number;
}

/** Distinct colours and luminance spread of a PNG, decoded in the page. */
export async function pngStats(page: Page, png: Buffer): Promise<PictureStats> {
  const dataUrl = `data:image/png;base64,${png.toString('base64')}`;
  return page.evaluate(async (src) => {
    const img = new Image();
    img.src = src;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.naturalWidth;
    c.height = img.naturalHeight;
    const ctx = c.getContext('2d');
    if (!ctx) throw new Error('no 2D context');
    ctx.drawImage(img, 0, 0);
    const { data } = ctx.getImageData(0, 0, c.width, c.height);
    const colours = new Set<number>();
    let sum = 0;
    let sum2 = 0;
    const n = data.length / 4;
    for (let i = 0; i < data.length; i += 4) {
      colours.add(((data[i] >> 3) << 10) | ((data[i + 1] >> 3) << 5) | (data[i + 2] >> 3));
      const y = 0.2126 * data[i] + 0.7152 * data[i + 1] + 0.0722 * data[i + 2];
      sum += y;
      sum2 += y * y;
    }
    const mean = sum / n;
    return { distinctColours: colours.size, lumaStdev: Math.sqrt(Math.max(0, sum2 / n - mean * mean)), width: c.width };
  }, dataUrl);
}

/** Asserts that what the user sees in `target` (a canvas or its still image) is a picture, not a flat box. */
export async function expectPicture(page: Page, target: Locator, label: string): Promise<void> {
  const stats = await pngStats(page, await target.screenshot());
  expect(stats.distinctColours, `${label}: distinct colours`).toBeGreaterThan(12);
  expect(stats.lumaStdev, `${label}: luminance spread`).toBeGreaterThan(4);
}

/**
 * Pixels of the canvas inside widget `hostId` (a custom element) read in the page (drawn into a 64×64 2D
 * canvas): fast, and valid for canvases inside a widget, whose WebGL contexts keep their drawing buffer.
 * Same criteria as `expectPicture`. Polled for a few seconds: a canvas that was just resized is blank until
 * its next frame.
 */
export async function expectCanvasPicture(page: Page, hostId: string, label: string): Promise<void> {
  const read = (): Promise<{ distinctColours: number; lumaStdev: number } | null> =>
    page.evaluate((id) => {
      const c = document.getElementById(id)?.shadowRoot?.querySelector('canvas');
      if (!c) return null;
      const o = document.createElement('canvas');
      o.width = 64;
      o.height = 64;
      const ctx = o.getContext('2d')!;
      ctx.drawImage(c, 0, 0, 64, 64);
      const d = ctx.getImageData(0, 0, 64, 64).data;
      const colours = new Set<number>();
      let sum = 0;
      let sum2 = 0;
      for (let i = 0; i < d.length; i += 4) {
        colours.add(((d[i] >> 3) << 10) | ((d[i + 1] >> 3) << 5) | (d[i + 2] >> 3));
        const y = 0.2126 * d[i] + 0.7152 * d[i + 1] + 0.0722 * d[i + 2];
        sum += y;
        sum2 += y * y;
      }
      const n = d.length / 4;
      return { distinctColours: colours.size, lumaStdev: Math.sqrt(Math.max(0, sum2 / n - (sum / n) ** 2)) };
    }, hostId);
  await expect
    .poll(
      async () => {
        const s = await read();
        return s !== null && s.distinctColours > 12 && s.lumaStdev > 4 ? 'a picture' : `not a picture: ${JSON.stringify(s)}`;
      },
      { message: `${label}: the canvas shows a picture`, timeout: 10_000 },
    )
    .toBe('a picture');
}

/** A PNG's width and height from its IHDR chunk (big-endian, bytes 16 and 20), after checking the signature. */
export function pngSize(png: Buffer): { width: number; height: number } {
  expect([...png.subarray(0, 8)], 'PNG signature').toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}
