/**
 * Screenshots for people (README, reviews): `npm run screenshots` (after `npx vite build`) writes them to
 * screenshots/. Not part of `npm test` (playwright.screenshots.config.ts runs only *.shots.ts files), and
 * the only place that writes pictures: the journeys (*.spec.ts) assert, they do not photograph. The
 * phone-overflow checks made here are also made by phone.spec.ts.
 */
import { mkdirSync } from 'node:fs';
import { test, expect, type Page } from './fixtures';
import { latticeReady } from './support/lattice3d';
import { canvasSettled, pageSettled } from './support/settle';

const SHOTS = 'screenshots';
mkdirSync(SHOTS, { recursive: true });
const tValue = (page: Page) => page.getByTestId('t-value');
const option = (page: Page, id: string) => page.locator(`[role="option"][data-ligand="${id}"]`);

/** Until the page is still: the 3D view (if any) drawn and idle, transitions over, fonts loaded. */
async function still(page: Page): Promise<void> {
  if ((await page.locator('.lattice-canvas').count()) > 0) await latticeReady(page);
  await canvasSettled(page);
  await pageSettled(page);
}

for (const view of ['lattice', 'confinement', 'ligands'] as const) {
  test(`app shell: ${view} at 1280×800 and 360×740`, async ({ page }) => {
    await page.goto(`./?view=${view}`);
    await expect(page.locator('#view-panel')).toBeVisible();
    await still(page);
    await page.screenshot({ path: `${SHOTS}/app-${view}-desktop.png` });
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(`./?view=${view}`);
    await expect(page.locator('#view-panel')).toBeVisible();
    await still(page);
    await page.screenshot({ path: `${SHOTS}/app-${view}-phone.png`, fullPage: true });
  });
}

test('lattice: desktop, phone, projector, outside the perovskite window, a PbS dot', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('./?view=lattice');
  await expect(tValue(page)).toBeVisible();
  await still(page);
  await page.screenshot({ path: `${SHOTS}/lattice-desktop.png` });
  await page.screenshot({ path: `${SHOTS}/lattice-desktop-full.png`, fullPage: true });

  await page.goto('./?view=lattice&comp=FAPbI3&style=space&theme=projector');
  await expect(tValue(page)).toBeVisible();
  await still(page);
  await page.screenshot({ path: `${SHOTS}/lattice-projector.png` });

  await page.goto('./?view=lattice&comp=CsPbI3&rA=1.2');
  await expect(page.getByTestId('lattice-verdict')).toContainText('Not a perovskite');
  await still(page);
  await page.screenshot({ path: `${SHOTS}/lattice-non-perovskite.png` });

  await page.goto('./?view=lattice&comp=PbS&shape=cube&d=6');
  await expect(page.getByTestId('pbs-lattice')).toBeVisible();
  await still(page);
  await page.screenshot({ path: `${SHOTS}/lattice-pbs-dot-6nm.png` });

  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('./?view=lattice&comp=Cs0.5FA0.5PbI3&style=ball');
  await expect(tValue(page)).toBeVisible();
  await still(page);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(1);
  await page.screenshot({ path: `${SHOTS}/lattice-phone.png` });
  await page.screenshot({ path: `${SHOTS}/lattice-phone-full.png`, fullPage: true });
});

test('confinement: desktop, a published cell in focus, projector, dark, phone', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('./?view=confinement');
  await expect(page.getByTestId('ro-d')).toBeVisible();
  await still(page);
  await page.screenshot({ path: `${SHOTS}/confinement-desktop.png`, fullPage: true });

  await page.goto('./?view=confinement&sel=PbS&d=4.1');
  await page.getByTestId('sq-cell').first().focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('.tip')).toContainText('PbS QD cell');
  await still(page);
  await page.screenshot({ path: `${SHOTS}/confinement-cell-focus.png` });

  await page.goto('./?view=confinement&theme=projector&sel=CsPbI3&d=6');
  await expect(page.getByTestId('ro-d')).toBeVisible();
  await still(page);
  await page.screenshot({ path: `${SHOTS}/confinement-projector.png`, fullPage: true });

  await page.goto('./?view=confinement&theme=dark&sel=CsPbCl3&d=4&models=brus,confinement');
  await expect(page.getByTestId('ro-d')).toBeVisible();
  await still(page);
  await page.screenshot({ path: `${SHOTS}/confinement-dark.png`, fullPage: true });

  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('./?view=confinement');
  await expect(page.getByTestId('size-marker')).toBeVisible();
  await still(page);
  await page.screenshot({ path: `${SHOTS}/confinement-phone.png`, fullPage: true });
});

test('ligands: desktop, top view, PbS, projector, phone', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  // After purification: traps exposed; oleylamine selected, so the sites it can heal glow.
  await page.goto('./?view=ligands&scenario=native-purify&step=2');
  await option(page, 'oam').click();
  await expect(option(page, 'oam')).toHaveAttribute('aria-selected', 'true');
  await still(page);
  await page.screenshot({ path: `${SHOTS}/ligands-desktop.png` });
  await page.screenshot({ path: `${SHOTS}/ligands-desktop-full.png`, fullPage: true });
  await page.goto('./?view=ligands&side=top&vac=x3,x8,a20&lig=oam@p3,oa@x8,oamh@a0');
  await still(page);
  await page.locator('.figure').screenshot({ path: `${SHOTS}/ligands-top.png` });
  await page.goto('./?view=ligands&scenario=pbs-ba2pbi4&step=3');
  await still(page);
  await page.locator('.figure').screenshot({ path: `${SHOTS}/ligands-pbs.png` });
  await page.goto('./?view=ligands&theme=projector&scenario=metal-halide&step=1');
  await still(page);
  await page.screenshot({ path: `${SHOTS}/ligands-projector.png` });
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('./?view=ligands&vac=x3&lig=oam@p3,oamh@a0');
  await still(page);
  await page.screenshot({ path: `${SHOTS}/ligands-phone.png` });
  await page.screenshot({ path: `${SHOTS}/ligands-phone-full.png`, fullPage: true });
  // Nothing overflows the phone width.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test('lecturer: presentation at 1024×768 (first screen and the end), the share dialog', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto('./?view=lattice&theme=dark');
  await latticeReady(page);
  await page.keyboard.press('f');
  await expect(page.locator('.pqd-root')).toHaveClass(/presenting/);
  await still(page);
  await page.screenshot({ path: `${SHOTS}/presentation-1024x768.png` });
  await page.keyboard.press('2');
  await expect(page.locator('.readout-panel')).toBeVisible();
  await page.keyboard.press('End');
  await expect
    .poll(() => page.evaluate(() => document.documentElement.scrollHeight - innerHeight - Math.round(scrollY)))
    .toBeLessThanOrEqual(1);
  await still(page);
  await page.screenshot({ path: `${SHOTS}/presentation-1024x768-end.png` });

  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('./?view=confinement&d=5.5&sel=CsPbI3&style=ball');
  await page.getByRole('button', { name: 'Share' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share this state' });
  await expect(dialog.getByRole('img', { name: /QR code/ })).toBeVisible();
  await dialog.getByRole('button', { name: 'Copy link' }).click();
  await expect(dialog).toContainText(/copied|Ctrl\+C/);
  await still(page);
  await page.screenshot({ path: `${SHOTS}/share-dialog.png` });
});
