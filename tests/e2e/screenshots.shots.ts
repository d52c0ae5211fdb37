/**
 * Screenshots for people (README, reviews): `npm run screenshots` (after `npx vite build`) writes them to
 * screenshots/. Not part of `npm test` (playwright.screenshots.config.ts runs only *.shots.ts files); the
 * phone-overflow checks they make are also made by app.spec.ts ("… on a 360 px phone").
 */
import { test, expect, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';

const SHOTS = 'screenshots';
mkdirSync(SHOTS, { recursive: true });
const tValue = (page: Page) => page.getByTestId('t-value');
const option = (page: Page, id: string) => page.locator(`[role="option"][data-ligand="${id}"]`);

test('lattice: desktop, phone, projector', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('./?view=lattice');
  await expect(tValue(page)).toBeVisible();
  await page.waitForTimeout(1500);
  await page.screenshot({ path: `${SHOTS}/lattice-desktop.png` });
  await page.screenshot({ path: `${SHOTS}/lattice-desktop-full.png`, fullPage: true });

  await page.goto('./?view=lattice&comp=FAPbI3&style=space&theme=projector');
  await expect(tValue(page)).toBeVisible();
  await page.waitForTimeout(1500);
  await page.screenshot({ path: `${SHOTS}/lattice-projector.png` });

  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('./?view=lattice&comp=Cs0.5FA0.5PbI3&style=ball');
  await expect(tValue(page)).toBeVisible();
  await page.waitForTimeout(1500);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(1);
  await page.screenshot({ path: `${SHOTS}/lattice-phone.png` });
  await page.screenshot({ path: `${SHOTS}/lattice-phone-full.png`, fullPage: true });
});

test('ligands: desktop, top view, PbS, projector, phone', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  // After purification: traps exposed; oleylamine selected, so the sites it can heal glow.
  await page.goto('./?view=ligands&scenario=native-purify&step=2');
  await option(page, 'oam').click();
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${SHOTS}/ligands-desktop.png` });
  await page.screenshot({ path: `${SHOTS}/ligands-desktop-full.png`, fullPage: true });
  await page.goto('./?view=ligands&side=top&vac=x3,x8,a20&lig=oam@p3,oa@x8,oamh@a0');
  await page.locator('.figure').screenshot({ path: `${SHOTS}/ligands-top.png` });
  await page.goto('./?view=ligands&scenario=pbs-ba2pbi4&step=3');
  await page.locator('.figure').screenshot({ path: `${SHOTS}/ligands-pbs.png` });
  await page.goto('./?view=ligands&theme=projector&scenario=metal-halide&step=1');
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${SHOTS}/ligands-projector.png` });
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('./?view=ligands&vac=x3&lig=oam@p3,oamh@a0');
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${SHOTS}/ligands-phone.png` });
  await page.screenshot({ path: `${SHOTS}/ligands-phone-full.png`, fullPage: true });
  // Nothing overflows the phone width.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
