/**
 * The classroom features of the shell (issue #7): presentation mode and shortcuts, the help dialog,
 * presets and teacher notes from inside the app, and "copy link" with its QR code.
 */
import { test, expect } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { expectNoAxeViolations } from './axe';

mkdirSync('screenshots', { recursive: true });

test('F toggles presentation mode: projector theme on, previous theme restored', async ({ page }) => {
  await page.goto('./?view=confinement&theme=dark');
  await page.locator('body').press('f');
  await expect(page.locator('.pqd-root')).toHaveAttribute('data-theme', 'projector');
  await expect(page.getByRole('button', { name: 'Exit presentation' })).toHaveAttribute('aria-pressed', 'true');
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.screenshot({ path: 'screenshots/presentation-1024x768.png' });
  await page.locator('body').press('f');
  await expect(page.locator('.pqd-root')).toHaveAttribute('data-theme', 'dark');
});

test('number keys switch views; T cycles the theme; shortcuts are off while typing', async ({ page }) => {
  await page.goto('./');
  await page.locator('body').press('2');
  await expect(page).toHaveURL(/view=confinement/);
  await page.locator('body').press('3');
  await expect(page).toHaveURL(/view=ligands/);
  await page.locator('body').press('t');
  await expect(page.locator('.pqd-root')).toHaveAttribute('data-theme', 'dark');
  await page.locator('body').press('1');
  await expect(page.getByRole('tab', { name: /lattice/i })).toHaveAttribute('aria-selected', 'true');
});

test('? opens the shortcut list; Escape closes it and focus returns', async ({ page }) => {
  await page.goto('./');
  const helpButton = page.getByRole('button', { name: 'Keyboard shortcuts' });
  await helpButton.click();
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Presentation mode');
  await expectNoAxeViolations(page);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(helpButton).toBeFocused();
  await page.locator('body').press('?');
  await expect(dialog).toBeVisible();
});

test('presets and teacher notes are reachable inside the app and set the state', async ({ page }) => {
  await page.goto('./?view=lattice');
  await page.getByRole('button', { name: 'Presets' }).click();
  const dialog = page.getByRole('dialog', { name: /Presets and teacher notes/ });
  await expect(dialog).toContainText('Predict what happens to t when Cs⁺ is replaced by FA⁺');
  await dialog.getByRole('button', { name: /FAPbI₃/ }).click();
  await expect(dialog).toBeHidden();
  await expect(page).toHaveURL(/comp=FAPbI3/);
});

test('share: the copied link restores the state, with a QR code of it', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./?view=confinement&d=5.5&sel=CsPbI3&style=ball');
  await page.getByRole('button', { name: 'Share' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share this state' });
  await expect(dialog.getByRole('img', { name: /QR code/ })).toBeVisible();
  const link = await dialog.getByRole('textbox', { name: 'Link to this state' }).inputValue();
  // Only the shown view's keys travel in the link.
  expect(link).toContain('view=confinement');
  expect(link).toContain('d=5.5');
  expect(link).toContain('sel=CsPbI3');
  expect(link).not.toContain('style=');
  await dialog.getByRole('button', { name: 'Copy link' }).click();
  await expect(dialog).toContainText(/copied|Ctrl\+C/);
  await page.screenshot({ path: 'screenshots/share-dialog.png' });
  const other = await context.newPage();
  await other.goto(link);
  await expect(other.getByRole('tab', { name: /confinement/i })).toHaveAttribute('aria-selected', 'true');
  expect(other.url()).toContain('d=5.5');
});

test('the link carries every control on screen: lattice toggles, PLQY rates, facet-share size, device chart', async ({ page, context }) => {
  // Lattice: the box/axes/labels checkboxes write box, axes, labels; a fresh page restores them.
  await page.goto('./?view=lattice');
  await page.getByRole('checkbox', { name: 'Cell box' }).uncheck();
  await page.getByRole('checkbox', { name: 'Labels' }).check();
  await expect(page).toHaveURL(/box=0/);
  await expect(page).toHaveURL(/labels=1/);
  const lattice = await context.newPage();
  await lattice.goto(page.url());
  await expect(lattice.getByRole('checkbox', { name: 'Cell box' })).not.toBeChecked();
  await expect(lattice.getByRole('checkbox', { name: 'Axes' })).toBeChecked();
  await expect(lattice.getByRole('checkbox', { name: 'Labels' })).toBeChecked();

  // Ligands: PLQY rates, PbS facet-share diameter, device chart metric and grouping.
  await page.goto('./?view=ligands&system=PbS&krad=2.5&ktrap=0.5&pbsd=5&metric=voc&group=material');
  await expect(page.getByRole('spinbutton', { name: /Radiative rate/ })).toHaveValue('2.5');
  await expect(page.getByRole('spinbutton', { name: /Trap rate/ })).toHaveValue('0.50');
  await expect(page.getByRole('slider', { name: /Dot diameter/ })).toHaveValue('5');
  await expect(page.getByRole('radio', { name: 'material' })).toBeChecked();
  await expect(page.getByRole('radio', { name: /V\s*OC/ })).toBeChecked();
  // Changing a control writes the URL (replaceState), so Share copies it.
  await page.getByRole('radio', { name: 'exchange' }).check();
  await expect(page).not.toHaveURL(/group=/);
  await page.getByRole('spinbutton', { name: /Trap rate/ }).fill('1');
  await page.getByRole('spinbutton', { name: /Trap rate/ }).press('Enter');
  await expect(page).toHaveURL(/ktrap=1(&|$)/);
});

test('each view registers its own shortcuts; the help dialog lists them', async ({ page }) => {
  await page.goto('./?view=lattice&style=poly');
  await page.locator('body').press('y');
  await expect(page).toHaveURL(/style=ball/);
  await page.locator('body').press(']');
  await expect(page).toHaveURL(/cells=3/);
  await page.locator('body').press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog.getByRole('heading', { name: 'Lattice' })).toBeVisible();
  await expect(dialog).toContainText('Next drawing style');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  await page.locator('body').press('2');
  await page.locator('body').press(']');
  await expect(page).toHaveURL(/d=8\.5/);
  await page.locator('body').press('m');
  await expect(page).toHaveURL(/sel=CsPbI3/);
  await page.locator('body').press('?');
  await expect(dialog.getByRole('heading', { name: 'Confinement' })).toBeVisible();
  await expect(dialog.getByRole('heading', { name: 'Lattice' })).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  await page.locator('body').press('3');
  await page.locator('body').press('w');
  await expect(page).toHaveURL(/side=top/);
});

test('the Embed dialog writes both snippets for the current state', async ({ page }) => {
  await page.goto('./?view=lattice&comp=FAPbI3');
  await page.getByRole('button', { name: 'Embed', exact: true }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('iframe');
  const text = (await dialog.textContent()) ?? '';
  const fields = await dialog.locator('textarea, input, code, pre').allTextContents();
  const values = await dialog.locator('textarea, input').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
  const all = [text, ...fields, ...values].join('\n');
  expect(all).toContain('embed=1');
  expect(all).toContain('comp=FAPbI3');
  expect(all).toMatch(/<pqd-lattice[^>]*comp="FAPbI3"/);
  await expectNoAxeViolations(page);
});
