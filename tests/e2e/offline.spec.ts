/**
 * Journey: a student without a network (issue #7). After a first visit the service worker (vite-plugin-pwa,
 * Workbox generateSW) has precached the app shell; with the network off, a reload and other views and states
 * still load, served by the worker. The first install never reloads the page; a new version takes over and
 * reloads an open page once, keeping its state (the URL). The single-file builds (dist/single/<view>.html)
 * opened from disk (file://) render with no request other than file:, data: or blob: — scripts, styles,
 * fonts and data are all inside the file — and the lattice draws its crystal; query parameters still set
 * the state.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test, expect } from './fixtures';
import { DIST } from './support/hosts';
import { expectPicture } from './support/pixels';
import { pageSettled } from './support/settle';
import { start3d } from './support/lattice3d';
import { VIEWS } from '../../src/lib/state/schema';

test('after a first visit, the app works offline (reload, another view, an embed)', async ({ page, context }) => {
  test.setTimeout(120_000);
  await page.goto('./?view=lattice&comp=CsPbI3');
  await expect(page.locator('.pqd-root')).toBeVisible();
  await page.evaluate(() => {
    (window as unknown as { __firstLoad: boolean }).__firstLoad = true;
  });
  // The worker installs, precaches and takes control (clientsClaim) without reloading the page.
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, null, { timeout: 60_000 });
  expect(await page.evaluate(() => (window as unknown as { __firstLoad?: boolean }).__firstLoad)).toBe(true);
  const cached = await page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys()) for (const r of await (await caches.open(name)).keys()) urls.push(new URL(r.url).pathname);
    return urls;
  });
  expect(cached.some((u) => u.endsWith('/index.html'))).toBe(true);
  expect(cached.some((u) => /\/assets\/index-[\w-]+\.js$/.test(u))).toBe(true);
  expect(cached.some((u) => u.endsWith('.woff2'))).toBe(true);
  expect(cached.some((u) => u.includes('/single/'))).toBe(false);

  await context.setOffline(true);
  try {
    const reloaded = await page.reload();
    expect(reloaded?.fromServiceWorker()).toBe(true);
    await expect(page.locator('.pqd-root')).toBeVisible();
    await expect(page.locator('main')).toContainText('CsPbI');
    // Another view and state, never visited: same shell from the cache, state from the URL.
    await page.goto('./?view=confinement&sel=PbS&d=5');
    await expect(page.locator('main svg').first()).toBeVisible({ timeout: 20_000 });
    await expect(page.locator('main')).toContainText('PbS');
    await page.goto('./?view=ligands&embed=1');
    await expect(page.locator('.pqd-root.embedded')).toBeVisible();
    // The embedding page and the widget script are cached too.
    await page.goto('./embed.html');
    await expect(page.locator('h1')).toContainText('Embedding');
    await expect.poll(() => page.evaluate(() => !!customElements.get('pqd-lattice'))).toBe(true);
  } finally {
    await context.setOffline(false);
  }
});

test('a new version of the service worker takes over and the open page reloads once, keeping its state', async ({ page, context, servers }) => {
  test.setTimeout(120_000);
  // The built site on a server the test controls, so it can "deploy" a new sw.js.
  const site = await servers.site(DIST);
  await page.goto(`${site.origin}/?view=confinement&sel=PbS&d=5`);
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, null, { timeout: 60_000 });
  // A page opened under the old worker (a student with the app already open).
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null);
  await page.evaluate(() => {
    (window as unknown as { __oldPage: boolean }).__oldPage = true;
  });
  const oldWorkers = await page.evaluate(async () => (await caches.keys()).length);
  site.rewrite('/sw.js', (text) => `${text}\n// next build\n`);
  const reloaded = page.waitForEvent('load', { timeout: 60_000 });
  await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
  await reloaded;
  // Reloaded once (the marker is gone), same address, same state. The address keeps one fact for the dot's
  // material (sel=PbS; comp and system follow from it: state/dot.ts addressKeys).
  expect(await page.evaluate(() => (window as unknown as { __oldPage?: boolean }).__oldPage)).toBeUndefined();
  expect(new URL(page.url()).search).toBe('?view=confinement&sel=PbS&d=5');
  await expect(page.locator('main')).toContainText('PbS');
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null);
  expect(await page.evaluate(async () => (await caches.keys()).length)).toBe(oldWorkers);
  // Still offline-ready under the new worker.
  await context.setOffline(true);
  try {
    await page.reload();
    await expect(page.locator('main')).toContainText('PbS');
  } finally {
    await context.setOffline(false);
  }
});

for (const view of VIEWS) {
  test(`single-file ${view}.html opens from file:// and works without a network`, async ({ page }) => {
    test.setTimeout(90_000);
    const file = join(DIST, 'single', `${view}.html`);
    expect(existsSync(file), `${file} exists (run npx vite build)`).toBe(true);
    const html = readFileSync(file, 'utf8');
    // No external script or stylesheet in the markup. The inlined code itself may contain such text (the
    // Embed dialog writes a `<script src=…>` snippet), so look at the markup with script bodies removed.
    const markup = html.replace(/(<script\b[^>]*>)[\s\S]*?<\/script>/g, '$1</script>');
    expect(markup).toMatch(/<script\b/);
    expect(markup).not.toMatch(/<script[^>]+src=|<link[^>]+rel="stylesheet"/);
    const outside: string[] = [];
    page.on('request', (r) => {
      if (!/^(file|data|blob):/.test(r.url())) outside.push(r.url());
    });
    const query = view === 'lattice' ? '?comp=CsPbI3&phase=orthorhombic' : view === 'confinement' ? '?sel=PbS&d=5' : '';
    await page.goto(pathToFileURL(file).href + query);
    await expect(page.locator('.pqd-root.embedded')).toBeVisible();
    if (view === 'lattice') {
      await expect(page.locator('main')).toContainText('CsPbI');
      await start3d(page); // the stage's drawing until pointed at (issue #15)
      const canvas = page.locator('.lattice-canvas');
      await expect(canvas).toHaveAttribute('data-status', 'ready', { timeout: 30_000 });
      await expect.poll(async () => Number(await canvas.getAttribute('data-frames')), { timeout: 20_000 }).toBeGreaterThan(0);
      await expectPicture(page, page.locator('.lattice-canvas canvas'), 'lattice from file://');
    } else if (view === 'confinement') {
      await expect(page.locator('main')).toContainText('PbS');
      await expect(page.locator('main svg').first()).toBeVisible();
    } else {
      await expect(page.locator('main h2').first()).toBeVisible();
    }
    // KaTeX's fonts are inlined: opening every "How is this computed?" fetches nothing (the formulas are
    // typeset and every font the page asked for has loaded before the requests are read).
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    await expect(page.locator('.katex').first()).toBeAttached();
    // Every equation shown is typeset, none left as its TeX source: no single file carries KaTeX, every
    // equation comes as a build-time tree (issue #15), the lattice's t, μ, τ, tilts as templates filled in.
    await expect
      .poll(() => page.evaluate(() => [...document.querySelectorAll('.katex-host')].filter((h) => h.closest('details')?.open !== false && !h.querySelector('.katex')).length))
      .toBe(0);
    await pageSettled(page);
    expect(outside).toEqual([]);
  });
}
