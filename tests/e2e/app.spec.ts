/**
 * The app shell end to end (issue #3 §4): every view loads from its URL without console errors, a malformed
 * URL shows the polite message and the defaults, axe-core finds nothing on each view in each theme, and a
 * screenshot of each view is written to screenshots/ (named in the README).
 */
import { test, expect, type Page, type ConsoleMessage } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { expectNoAxeViolations } from './axe';

const VIEWS = ['lattice', 'confinement', 'ligands'] as const;
const SHOTS = 'screenshots';
mkdirSync(SHOTS, { recursive: true });

function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m: ConsoleMessage) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  return errors;
}

for (const view of VIEWS) {
  test(`${view} view loads from its URL without console errors`, async ({ page }) => {
    const errors = collectErrors(page);
    await page.goto(`./?view=${view}`);
    await expect(page.getByRole('tab', { name: new RegExp(view, 'i') })).toHaveAttribute('aria-selected', 'true');
    await expect(page.locator('#view-panel')).toBeVisible();
    await page.waitForTimeout(500);
    expect(errors).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/app-${view}-desktop.png` });
  });

  test(`${view} view on a 360 px phone`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(`./?view=${view}`);
    await expect(page.locator('#view-panel')).toBeVisible();
    // Nothing wider than the screen: no horizontal scrolling of the page.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(1);
    await page.screenshot({ path: `${SHOTS}/app-${view}-phone.png`, fullPage: true });
  });

  for (const theme of ['light', 'dark', 'projector'] as const) {
    test(`axe-core finds no violations: ${view}, ${theme} theme`, async ({ page }) => {
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await page.goto(`./?view=${view}&theme=${theme}`);
      await expect(page.locator('#view-panel')).toBeVisible();
      await page.waitForTimeout(300);
      await expectNoAxeViolations(page);
    });
  }
}

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
  const errors = collectErrors(page);
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
  expect(errors).toEqual([]);
  // The bad parameters were dropped from the address.
  expect(page.url()).not.toContain('nonsense');
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
