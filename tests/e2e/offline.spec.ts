/**
 * Offline after a first visit (issue #7): the service worker (vite-plugin-pwa, Workbox generateSW)
 * precaches the app shell; with the network off, a reload and other views and states still load, served
 * by the worker. The first install never reloads the page.
 */
import { test, expect } from '@playwright/test';

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
