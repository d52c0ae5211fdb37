/**
 * The lattice 3D canvas seen from a test. Test hook: data attributes on .lattice-canvas (LatticeCanvas.svelte
 * header): data-status, data-frames, data-geometries, data-textures, data-programs, data-atoms,
 * data-topology, data-camera. Pictures are compared in the page (no image library).
 */
import { expect, type Frame, type Locator, type Page } from '@playwright/test';
import { canvasSettled, pageSettled } from './settle';

export const ROOT = '.lattice-canvas';
/** The stage's drawing shown until the student wants 3D (issue #15, LatticeStage.svelte's facade). */
export const POSTER = '[data-testid="lattice-poster"]';

/**
 * Starts the 3D view as a student does: the mouse onto the stage's drawing (a real pointer event; the 3D
 * chunk is not even fetched before). Nothing to do when the 3D view is already there or starts by itself
 * (a structure too big for a drawing). `scope`: a CSS prefix when the page holds several stages.
 */
export async function start3d(page: Page | Frame, scope = ''): Promise<void> {
  const poster = page.locator(`${scope} ${POSTER}`.trim());
  const canvas = page.locator(`${scope} ${ROOT}`.trim());
  await expect(poster.or(canvas).first()).toBeAttached({ timeout: 30_000 });
  // The last one: a prerendered snapshot of the first screen (inert) may still sit before the live app.
  const live = poster.last();
  const started = async (): Promise<boolean> =>
    (await canvas.count()) > 0 || (await live.getAttribute('data-starting', { timeout: 1_000 }).catch(() => null)) === 'true';
  // Retried with short steps: the 3D view may take the drawing's place at any moment (a scroll puts the drawing
  // under a resting mouse, which starts it), and an action on a drawing that went away must not wait for the
  // test's whole timeout (it did, on a slow CI machine).
  await expect(async () => {
    if (await started()) return;
    await pointAt(live, 2_000);
    expect(await started(), 'the 3D view starts once the mouse is on the drawing').toBe(true);
  }).toPass({ timeout: 30_000, intervals: [250, 500, 1_000] });
}

/**
 * Moves the mouse onto the middle of `target` (a real pointer event). Not `locator.hover()`: the hover starts
 * the 3D view, which then replaces the drawing, and hover() retries when its element goes away under it.
 * `timeout` bounds each step (the element may go away under it).
 */
export async function pointAt(target: Locator, timeout = 10_000): Promise<void> {
  await expect(target).toBeVisible({ timeout });
  await target.scrollIntoViewIfNeeded({ timeout });
  const b = await target.boundingBox({ timeout });
  if (!b) throw new Error('the drawing is not laid out');
  await target.page().mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 2 });
}

/** Starts the 3D view (start3d), then waits until it is ready and has drawn at least one frame. */
export async function latticeReady(page: Page, timeout = 60_000): Promise<void> {
  await start3d(page);
  await page.waitForFunction(
    (sel) => {
      const el = document.querySelector<HTMLElement>(sel);
      return el?.dataset.status === 'ready' && Number(el.dataset.frames ?? 0) > 0;
    },
    ROOT,
    { timeout },
  );
}

/** Frames drawn so far. */
export async function frames(page: Page): Promise<number> {
  return page.locator(ROOT).evaluate((el) => Number((el as HTMLElement).dataset.frames ?? 0));
}

/**
 * Until a frame after `after` was drawn and all is still again: the view idle (a camera or style tween has
 * finished) and the page's own transitions over (a theme switch fades the HTML over the canvas).
 */
export async function nextFrame(page: Page, after: number): Promise<void> {
  await page.waitForFunction(
    ([sel, n]) => Number(document.querySelector<HTMLElement>(sel as string)?.dataset.frames ?? 0) > (n as number),
    [ROOT, after],
  );
  await canvasSettled(page);
  await pageSettled(page);
}

/** What a user sees of the 3D view: the canvas element's box (the HTML legend and axis labels over it included). */
export async function canvasShot(page: Page): Promise<Buffer> {
  return page.locator(`${ROOT} canvas`).screenshot();
}

/**
 * Decodes a PNG (default: a screenshot of the canvas) in the page, keeps its pixels there under `name` and
 * returns the fraction of pixels that differ from the canvas background (--bg) by more than 8 in some channel.
 */
export async function snap(page: Page, name: string, png?: Buffer): Promise<number> {
  const src = `data:image/png;base64,${(png ?? (await canvasShot(page))).toString('base64')}`;
  const bg = await page.locator(ROOT).evaluate((el) => getComputedStyle(el).getPropertyValue('--bg').trim());
  return page.evaluate(
    async ([s, bgCss, key]) => {
      const img = new Image();
      img.src = s;
      await img.decode();
      const c = document.createElement('canvas');
      c.width = img.naturalWidth;
      c.height = img.naturalHeight;
      const ctx = c.getContext('2d')!;
      ctx.fillStyle = bgCss;
      ctx.fillRect(0, 0, 1, 1);
      const [br, bgG, bb] = ctx.getImageData(0, 0, 1, 1).data;
      ctx.drawImage(img, 0, 0);
      const { data } = ctx.getImageData(0, 0, c.width, c.height);
      const w = window as unknown as { __snaps?: Record<string, Uint8ClampedArray> };
      (w.__snaps ??= {})[key] = data;
      let n = 0;
      for (let i = 0; i < data.length; i += 4) {
        if (Math.abs(data[i] - br) > 8 || Math.abs(data[i + 1] - bgG) > 8 || Math.abs(data[i + 2] - bb) > 8) n++;
      }
      return n / (data.length / 4);
    },
    [src, bg, name],
  );
}

/** Fraction of pixels that differ by more than 24 in some channel between two snaps of the same size. */
export async function difference(page: Page, a: string, b: string): Promise<number> {
  return page.evaluate(
    ([ka, kb]) => {
      const snaps = (window as unknown as { __snaps: Record<string, Uint8ClampedArray> }).__snaps;
      const x = snaps[ka];
      const y = snaps[kb];
      if (x.length !== y.length) return 1;
      let n = 0;
      for (let i = 0; i < x.length; i += 4) {
        if (Math.abs(x[i] - y[i]) > 24 || Math.abs(x[i + 1] - y[i + 1]) > 24 || Math.abs(x[i + 2] - y[i + 2]) > 24) n++;
      }
      return n / (x.length / 4);
    },
    [a, b],
  );
}
