/**
 * Offline after a first visit (issue #7): the service worker (vite-plugin-pwa, Workbox generateSW)
 * precaches the app shell; with the network off, a reload and other views and states still load, served
 * by the worker. The first install never reloads the page; a new version takes over and reloads an open
 * page once, keeping its state (the URL).
 */
import { test, expect } from '@playwright/test';
import { DIST, startStaticServer } from './embed-util';

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

test('a new version of the service worker takes over and the open page reloads once, keeping its state', async ({ page, context }) => {
  test.setTimeout(120_000);
  // The built site on a server the test controls, so it can "deploy" a new sw.js.
  const site = await startStaticServer(DIST);
  try {
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
  } finally {
    await site.close();
  }
});
