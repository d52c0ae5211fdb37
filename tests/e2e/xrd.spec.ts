/**
 * Powder X-ray diffraction panel of the lattice view (issue #17), end to end in Chromium: switching the
 * phase changes the pattern and the superlattice (tilt-made) peaks appear only with tilt; a smaller
 * nanocrystal broadens its Debye-equation peaks (computed in the Web Worker); the arrow keys read a peak's
 * indices; axe finds nothing in the panel. Numbers come from the panel's data attributes (lib/physics/xrd.ts, debye.ts).
 */
import { test, expect } from '@playwright/test';
import { expectNoAxeViolations } from './axe';

test('XRD: phase switch, superlattice peaks only with tilt, smaller crystal → broader peaks', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto('./?view=lattice&comp=CsPbBr3&phase=cubic&edge=12');
  const panel = page.getByTestId('xrd-panel');
  await expect(panel).toHaveAttribute('data-kind', 'cubic');
  await panel.scrollIntoViewIfNeeded(); // the Debye pattern is computed once the panel nears the screen
  await expect(panel).toHaveAttribute('data-superlattice', '0');
  const cubicDesc = await panel.locator('svg desc').first().textContent();

  await page.locator('input[name="lattice-phase"][value="orthorhombic"]').check();
  await expect(panel).toHaveAttribute('data-kind', 'orthorhombic');
  await expect.poll(async () => Number(await panel.getAttribute('data-superlattice'))).toBeGreaterThan(0);
  expect(await panel.locator('svg desc').first().textContent()).not.toBe(cubicDesc);
  await page.locator('input[name="lattice-phase"][value="cubic"]').check();
  await expect(panel).toHaveAttribute('data-superlattice', '0');

  // Debye-equation width of the strongest peak: 12 nm, then 3 nm (about four times broader).
  const size = page.getByTestId('xrd-size');
  const fwhm = async () => Number((await size.getAttribute('data-fwhm')) || 'NaN');
  await expect.poll(fwhm, { timeout: 15_000 }).toBeGreaterThan(0);
  const wide = await fwhm();
  await page.locator('#xrd-edge').fill('3');
  await expect.poll(fwhm, { timeout: 15_000 }).toBeGreaterThan(2.5 * wide);

  // Keyboard: focusing the chart selects the strongest peak, (2 0 0) for cubic CsPbBr3.
  await page.getByTestId('xrd-chart').focus();
  await expect(page.getByTestId('xrd-peak')).toContainText('(2 0 0)');
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByTestId('xrd-peak')).toContainText('(1 1 1)');
  await expectNoAxeViolations(page, '[data-testid="xrd-panel"]');
  expect(errors).toEqual([]);
});
