/**
 * Journey: a first visit (issues #3 §4, #13). Every view opens from its own URL (with no console problem:
 * the fixture fails any test on one), the tabs switch views with the mouse and the arrow keys, the theme
 * switcher remembers its choice in the URL, a malformed URL shows a polite message and the defaults, the
 * page has one main/banner/contentinfo, and embed=1 shows one view alone.
 */
import { test, expect } from './fixtures';

const VIEWS = ['lattice', 'confinement', 'ligands'] as const;

for (const view of VIEWS) {
  test(`${view} view loads from its URL`, async ({ page }) => {
    await page.goto(`./?view=${view}`);
    await expect(page.getByRole('tab', { name: new RegExp(view, 'i') })).toHaveAttribute('aria-selected', 'true');
    await expect(page.locator('#view-panel')).toBeVisible();
  });
}

test('landmarks: one main, one banner, one contentinfo; the tab panel sits inside main', async ({ page }) => {
  await page.goto('./?view=confinement');
  await expect(page.getByRole('main')).toHaveCount(1);
  await expect(page.getByRole('banner')).toHaveCount(1);
  await expect(page.getByRole('contentinfo')).toHaveCount(1);
  await expect(page.getByRole('main').getByRole('tabpanel')).toHaveCount(1);
  await expect(page.getByRole('banner').getByRole('tablist')).toHaveCount(1);
});

test('tabs switch views and write the URL', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('tab', { name: /confinement/i }).click();
  await expect(page).toHaveURL(/view=confinement/);
  // Keyboard: arrow keys move between tabs (WAI-ARIA tabs pattern).
  await page.getByRole('tab', { name: /confinement/i }).press('ArrowRight');
  await expect(page).toHaveURL(/view=ligands/);
  await expect(page.getByRole('tab', { name: /ligands/i })).toBeFocused();
});

test('a malformed URL shows a polite message and the defaults', async ({ page }) => {
  await page.goto('./?view=nonsense&theme=%3Cscript%3Ealert(1)%3C/script%3E&d=NaN');
  const banner = page.getByTestId('url-warnings');
  await expect(banner).toBeVisible();
  await expect(banner).toContainText('view=nonsense');
  await expect(banner).toContainText('d=NaN');
  // Defaults: the lattice view, the light theme; the script text is shown as text, never run.
  await expect(page.getByRole('tab', { name: /lattice/i })).toHaveAttribute('aria-selected', 'true');
  await expect(page.locator('.pqd-root')).toHaveAttribute('data-theme', 'light');
  expect(await page.locator('script:not([src])').count()).toBe(0);
  await banner.getByRole('button', { name: 'Dismiss' }).click();
  await expect(banner).toBeHidden();
  // The bad parameters were dropped from the address.
  await expect.poll(() => page.url()).not.toContain('nonsense');
});

test('the theme switcher changes the theme and the URL', async ({ page }) => {
  await page.goto('./?view=confinement');
  await page.getByLabel('Theme').selectOption('projector');
  await expect(page.locator('.pqd-root')).toHaveAttribute('data-theme', 'projector');
  await expect(page).toHaveURL(/theme=projector/);
  await page.reload();
  await expect(page.locator('.pqd-root')).toHaveAttribute('data-theme', 'projector');
});

test('embed=1 shows one view without the header and footer', async ({ page }) => {
  await page.goto('./?view=confinement&embed=1');
  await expect(page.getByRole('tablist')).toHaveCount(0);
  await expect(page.locator('footer')).toHaveCount(0);
  await expect(page.locator('#view-panel')).toBeVisible();
});

test('the first screen is on screen before any app script runs, then the live app takes its place (issue #15)', async ({ page }) => {
  await page.addInitScript(() => {
    new MutationObserver(() => {
      if (document.getElementById('pqd-snapshot')) (window as unknown as { __sawSnapshot: boolean }).__sawSnapshot = true;
    }).observe(document, { childList: true, subtree: true });
  });
  // The app's scripts held back: what the page shows is the build's snapshot of the view's first screen.
  let release: () => void = () => {};
  const held = new Promise<void>((r) => (release = r));
  await page.route(/\/assets\/(?!snapshot-).*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  const loading = page.goto('./?view=confinement', { waitUntil: 'domcontentloaded' });
  const snapshot = page.locator('#pqd-snapshot');
  await expect(snapshot.locator('.intro h2')).toHaveText('Size → band gap → colour → solar cell');
  await expect(snapshot.locator('.lede')).toBeVisible();
  expect(await snapshot.evaluate((e) => (e as HTMLElement).inert)).toBe(true);
  expect(await snapshot.locator('[id]').count()).toBe(0);
  release();
  await loading;
  await page.unroute(/\/assets\/(?!snapshot-).*\.js$/);
  await expect(snapshot).toHaveCount(0);
  await expect(page.locator('#confinement-title')).toHaveCount(1);
  await expect(page.getByRole('heading', { name: 'Size → band gap → colour → solar cell' })).toBeVisible();
  // A URL with more than its view (a shared state) starts without a snapshot: it would show other numbers.
  await page.goto('./?view=confinement&d=4');
  await expect(page.getByRole('heading', { name: 'Size → band gap → colour → solar cell' })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __sawSnapshot?: boolean }).__sawSnapshot ?? false)).toBe(false);
});
