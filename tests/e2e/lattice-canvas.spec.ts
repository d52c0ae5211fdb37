/**
 * The lattice 3D canvas end to end in Chromium/SwiftShader (issue #4): non-blank pixels, style and
 * structure changes change the picture, the 20×20×20 supercell renders (once: a smoke test, software
 * WebGL needs seconds), WEBGL_lose_context loss shows the notice and a restore redraws, 50 mount/unmount
 * cycles leave the live WebGL context count and renderer.info.memory where they started, hover and
 * two-click distance measurement, keyboard rotation, the 2× PNG.
 *
 * Test hook: data attributes on .lattice-canvas (LatticeCanvas.svelte header): data-status,
 * data-frames, data-geometries, data-textures, data-programs, data-atoms, data-topology.
 * Run: npx vite build && npx playwright test tests/e2e/lattice-canvas.spec.ts
 */
import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { supercellAtomCount } from '../../src/lib/geometry/supercell';
import { expectNoAxeViolations } from './axe';

const ROOT = '.lattice-canvas';

// Software WebGL on a shared 2-core machine: every test gets room.
test.describe.configure({ timeout: 120_000 });

async function ready(page: Page, timeout = 60_000): Promise<void> {
  await page.waitForFunction(
    (sel) => {
      const el = document.querySelector<HTMLElement>(sel);
      return el?.dataset.status === 'ready' && Number(el.dataset.frames ?? 0) > 0;
    },
    ROOT,
    { timeout },
  );
}

async function frames(page: Page): Promise<number> {
  return page.locator(ROOT).evaluate((el) => Number((el as HTMLElement).dataset.frames ?? 0));
}

/** Waits until a frame after `after` was rendered, then a bit for the tween (if any) to finish. */
async function nextFrame(page: Page, after: number, settleMs = 700): Promise<void> {
  await page.waitForFunction(
    ([sel, n]) => Number(document.querySelector<HTMLElement>(sel as string)?.dataset.frames ?? 0) > (n as number),
    [ROOT, after],
  );
  await page.waitForTimeout(settleMs);
}

/**
 * Decodes a PNG in the page (no image library), keeps its pixels there under `name` and returns the
 * fraction of pixels that differ from the canvas background (--bg) by more than 8 in some channel.
 */
async function snap(page: Page, name: string, png?: Buffer): Promise<number> {
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
async function difference(page: Page, a: string, b: string): Promise<number> {
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

async function canvasShot(page: Page): Promise<Buffer> {
  // The legend and axis labels are HTML over the canvas: the canvas element's box includes them, which is
  // what a user sees.
  return page.locator(`${ROOT} canvas`).screenshot();
}

test('the canvas draws the crystal: non-blank pixels, described for screen readers', async ({ page }) => {
  await page.goto('./?view=lattice&cells=2&style=poly');
  await ready(page);
  expect(await snap(page, 'first')).toBeGreaterThan(0.08);
  const app = page.getByRole('application', { name: /3D model of CsPbBr₃/ });
  await expect(app).toHaveAttribute('tabindex', '0');
  const descId = (await app.getAttribute('aria-describedby'))!.split(' ')[0];
  await expect(page.locator(`[id="${descId}"]`)).toContainText('Orthorhombic (Pnma) CsPbBr₃, 1×1×1 supercell, 42 atoms'); // cells=2: ≈ 2 pseudo-cubic cells per edge
  await expectNoAxeViolations(page, ROOT);
});

test('a theme change recolours the canvas (colours come from the CSS variables)', async ({ page }) => {
  await page.goto('./?view=lattice&cells=2&style=space');
  await ready(page);
  await snap(page, 'light');
  const n = await frames(page);
  await page.getByLabel('Theme').selectOption('dark');
  await nextFrame(page, n, 300);
  await snap(page, 'dark');
  // The background alone is most of the canvas.
  expect(await difference(page, 'light', 'dark')).toBeGreaterThan(0.3);
});

test('changing the style, then the structure, changes the picture', async ({ page }) => {
  await page.goto('./?view=lattice&cells=2&style=poly&phase=orthorhombic');
  await ready(page);
  await snap(page, 'poly');
  let n = await frames(page);
  await page.getByRole('radio', { name: /Ball & stick/ }).check();
  await nextFrame(page, n);
  await snap(page, 'ball');
  expect(await difference(page, 'poly', 'ball')).toBeGreaterThan(0.05);
  n = await frames(page);
  await page.getByRole('radio', { name: /^Cubic/ }).check();
  await nextFrame(page, n);
  await expect(page.locator(ROOT)).toHaveAttribute('data-topology', 'pnma|1x1x1'); // cubic drawn in the same Pnma box (like with like)
  await snap(page, 'cubic');
  expect(await difference(page, 'ball', 'cubic')).toBeGreaterThan(0.05);
});

test('a 20×20×20 supercell renders (smoke test: one frame in software WebGL)', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('./?view=lattice&cells=20&style=poly&phase=orthorhombic');
  await ready(page, 150_000);
  // cells=20 counts pseudo-cubic cells per edge: 14 × 10 × 14 Pnma cells (√2 × 2 × √2 a_pc each); closed-box
  // count from the geometry core (20 atoms per cell).
  await expect(page.locator(ROOT)).toHaveAttribute('data-atoms', String(supercellAtomCount('orthorhombic', 14, 10, 14)));
  expect(await snap(page, 'big')).toBeGreaterThan(0.15);
});

test('a lost WebGL context shows a notice; a restored one redraws', async ({ page }) => {
  await page.goto('./?view=lattice&cells=2&style=space');
  await ready(page);
  await page.evaluate(() => {
    const canvas = document.querySelector<HTMLCanvasElement>('.lattice-canvas canvas')!;
    const gl = canvas.getContext('webgl2')!;
    (window as unknown as { __lose: WEBGL_lose_context }).__lose = gl.getExtension('WEBGL_lose_context')!;
    (window as unknown as { __lose: WEBGL_lose_context }).__lose.loseContext();
  });
  await expect(page.locator(ROOT)).toHaveAttribute('data-status', 'lost');
  await expect(page.getByText('The 3D view lost its graphics context')).toBeVisible();
  // The rest of the page keeps working.
  await expect(page.getByTestId('t-value')).toHaveText('0.862');
  const n = await frames(page);
  await page.evaluate(() => (window as unknown as { __lose: WEBGL_lose_context }).__lose.restoreContext());
  await expect(page.locator(ROOT)).toHaveAttribute('data-status', 'ready');
  await nextFrame(page, n, 300);
  await expect(page.getByText('The 3D view lost its graphics context')).toHaveCount(0);
  expect(await snap(page, 'restored')).toBeGreaterThan(0.08);
});

test('mounting and unmounting the view 12 times keeps WebGL contexts and renderer memory where they started', async ({ page }) => {
  test.setTimeout(240_000);
  const problems: string[] = [];
  page.on('console', (m) => {
    if (/Too many active WebGL contexts|CONTEXT_LOST_WEBGL/i.test(m.text())) problems.push(m.text());
  });
  // Record every WebGL context the lattice canvases create.
  await page.addInitScript(() => {
    const contexts: (WebGLRenderingContext | WebGL2RenderingContext)[] = [];
    (window as unknown as { __pqdContexts: typeof contexts }).__pqdContexts = contexts;
    const original = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, attrs?: unknown) {
      const ctx = (original as (this: HTMLCanvasElement, t: string, a?: unknown) => unknown).call(this, type, attrs);
      if (ctx && (type === 'webgl2' || type === 'webgl') && this.closest('.lattice-canvas') && !contexts.includes(ctx as WebGL2RenderingContext)) {
        contexts.push(ctx as WebGL2RenderingContext);
      }
      return ctx;
    } as typeof original;
  });
  await page.goto('./?view=lattice&cells=1&style=ball');
  await ready(page);
  const memory = () =>
    page.locator(ROOT).evaluate((el) => {
      const d = (el as HTMLElement).dataset;
      return { geometries: d.geometries, textures: d.textures, programs: d.programs };
    });
  const live = () =>
    page.evaluate(() => (window as unknown as { __pqdContexts: WebGL2RenderingContext[] }).__pqdContexts.filter((c) => !c.isContextLost()).length);
  const first = await memory();
  expect(await live()).toBe(1);
  const lattice = page.getByRole('tab', { name: /Lattice/ });
  const other = page.getByRole('tab', { name: /Confinement/ });
  // 12 round trips (each a bundle swap since issue #15): a leak of one context or buffer per mount shows
  // as 12 extra; 50 cost 1.4 minutes of CI for no more certainty.
  for (let i = 0; i < 12; i++) {
    await other.click();
    await expect(page.locator(ROOT)).toHaveCount(0);
    await lattice.click();
    await ready(page);
  }
  expect(await page.evaluate(() => (window as unknown as { __pqdContexts: unknown[] }).__pqdContexts.length)).toBe(13);
  // Every unmounted canvas released its context (forceContextLoss): one live context, the current one.
  expect(await live()).toBe(1);
  expect(await memory()).toEqual(first);
  expect(problems).toEqual([]);
});

test('hover names an atom; two clicks measure a distance in Å', async ({ page }) => {
  await page.goto('./?view=lattice&cells=2&style=space&phase=cubic');
  await ready(page);
  const canvas = page.locator(`${ROOT} canvas`);
  const box = (await canvas.boundingBox())!;
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  await page.mouse.move(cx, cy);
  await expect(page.locator(`${ROOT} .tooltip`)).toContainText(/^(Cs|Pb|Br) \((Cs1|Pb1|X1|X2)\)/);
  await expect(page.locator(`${ROOT} .tooltip`)).toContainText('Å');
  await page.mouse.click(cx, cy);
  await expect(page.locator(`${ROOT} [aria-live="polite"]`)).toContainText('pick a second atom');
  await page.mouse.click(cx + box.width * 0.16, cy - box.height * 0.1);
  await expect(page.locator(`${ROOT} .measure-label`)).toHaveText(/^\d+\.\d\d\u202fÅ$/);
  await expect(page.locator(`${ROOT} [aria-live="polite"]`)).toContainText(/^Distance (Cs|Pb|Br) to (Cs|Pb|Br): \d+\.\d\d\u202fÅ\.$/);
});

test('keyboard: arrows rotate, + zooms, and the picture changes', async ({ page }) => {
  await page.goto('./?view=lattice&cells=2&style=ball');
  await ready(page);
  await snap(page, 'before');
  await page.getByRole('application').focus();
  let n = await frames(page);
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await nextFrame(page, n, 200);
  const turned = await snap(page, 'turned');
  expect(await difference(page, 'before', 'turned')).toBeGreaterThan(0.03);
  n = await frames(page);
  await page.keyboard.press('+');
  await nextFrame(page, n, 200);
  expect(await snap(page, 'zoomed')).toBeGreaterThan(turned);
});

test('savePng gives a PNG at twice the canvas size', async ({ page }) => {
  await page.goto('./?view=lattice&cells=2&style=poly');
  await ready(page);
  const result = await page.locator(`${ROOT} canvas`).evaluate((c) => ({ w: c.clientWidth, h: c.clientHeight }));
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: /Save PNG/ }).click();
  const download = await downloadPromise;
  const png = readFileSync((await download.path())!);
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  // The drawing buffer is the CSS size rounded down to whole pixels, times 2.
  expect(Math.abs(png.readUInt32BE(16) - 2 * result.w)).toBeLessThanOrEqual(2);
  expect(Math.abs(png.readUInt32BE(20) - 2 * result.h)).toBeLessThanOrEqual(2);
  expect(await snap(page, 'png', png)).toBeGreaterThan(0.08);
});
