/**
 * Journey: a student in the confinement view (issues #5, #11, #17). The size marker moves with keys and
 * the mouse and its readout matches the core computed here in Node through the same modules (src/lib,
 * formatted by lib/format.ts as the view does); the spectra follow size and spread; the URL restores the
 * same view; a malformed URL names its bad parameters in the banner; the target input solves the inverse;
 * SVG, PNG and CSV exports are standalone; published cells explain themselves; axe-core finds nothing.
 * (Touch on a phone: phone.spec.ts.)
 */
import { readFileSync } from 'node:fs';
import { test, expect, type Page } from './fixtures';
import { pngSize } from './support/pixels';
import { cubeGap } from '../../src/lib/physics/cubeExciton';
import { moreelsDiameter, moreelsGap } from '../../src/lib/physics/moreels';
import { gapFromWavelength, wavelengthFromGap } from '../../src/lib/physics/units';
import { sqLimit } from '../../src/lib/physics/sq';
import { percent, withUnit } from '../../src/lib/format';
import { confinementReadouts } from '../../src/lib/readouts/confinement';
import { parseQuery } from '../../src/lib/state/url';

const marker = (page: Page) => page.getByTestId('size-marker');
const ro = (page: Page, id: string) => page.getByTestId(id);

/**
 * The spectra and solar-cell panels load when the student scrolls near them (issue #15, lazy.svelte.ts
 * `near`): scroll the panel (or its placeholder) into view for real, as a student does, and wait for it.
 */
async function reveal(page: Page, panel: 'spectra' | 'sq'): Promise<void> {
  const loaded = page.getByTestId(panel === 'spectra' ? 'spectra-panel' : 'sq-readout');
  // The placeholder may give way to its panel during the scroll (detached): then the panel is scrolled to.
  await page.locator(panel === 'spectra' ? '.spectra-loading' : '.sq-loading').or(loaded).first().scrollIntoViewIfNeeded({ timeout: 5_000 }).catch(() => {});
  await expect(loaded).toBeAttached();
  await loaded.scrollIntoViewIfNeeded();
}

/** Every number of the marker readout and the SQ readout, as text. */
async function readouts(page: Page): Promise<string[]> {
  return [
    ...(await page.getByTestId('readout').locator('dd').allTextContents()),
    ...(await page.getByTestId('sq-readout').locator('dd').allTextContents()),
    (await page.getByTestId('target-message').textContent()) ?? '',
    (await page.getByTestId('fwhm').count()) ? ((await page.getByTestId('fwhm').textContent()) ?? '') : '',
  ];
}

test('?view=confinement shows the core cube-model readout and the default curves', async ({ page }) => {
  await page.goto('./?view=confinement');
  const gap = cubeGap('CsPbBr3', 8);
  await expect(ro(page, 'ro-d')).toHaveText(withUnit(8, 'nm', 2));
  await expect(ro(page, 'ro-gap')).toHaveText(withUnit(gap, 'eV', 3));
  await expect(ro(page, 'ro-lambda')).toHaveText(withUnit(wavelengthFromGap(gap), 'nm', 0));
  await reveal(page, 'sq');
  await expect(ro(page, 'ro-eff')).toHaveText(percent(sqLimit(gap)!.efficiency, 1));
  // Default models: 3 cube (CsPbX3) + 4 textbook Brus + 1 Moreels (PbS).
  await expect(page.locator('path.curve')).toHaveCount(8);
  await expect(page.getByTestId('brus-departure')).toBeVisible();
});

test('the marker moves with the arrow keys and the readout follows the core', async ({ page }) => {
  await page.goto('./?view=confinement');
  await marker(page).focus();
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
  await expect(marker(page)).toHaveAttribute('aria-valuenow', '8.5');
  const gap = cubeGap('CsPbBr3', 8.5);
  await expect(ro(page, 'ro-d')).toHaveText(withUnit(8.5, 'nm', 2));
  await expect(ro(page, 'ro-gap')).toHaveText(withUnit(gap, 'eV', 3));
  await expect(ro(page, 'ro-lambda')).toHaveText(withUnit(wavelengthFromGap(gap), 'nm', 0));
  await expect(page.getByTestId('live-readout')).toContainText(withUnit(gap, 'eV', 2));
  await page.keyboard.press('PageDown');
  await page.keyboard.press('PageDown');
  await expect(ro(page, 'ro-gap')).toHaveText(withUnit(cubeGap('CsPbBr3', 6.5), 'eV', 3));
  await expect(page).toHaveURL(/[?&]d=6\.5(&|$)/);
  // Issue #17: the spectra follow the size (peak moves to the blue) and σ (line broadens), as the core computes.
  const spec = (q: string) => confinementReadouts(parseQuery(`?view=confinement&d=6.5${q}`).state);
  const at0 = spec('');
  const at1 = spec('&sigma=1');
  await reveal(page, 'spectra');
  await expect(ro(page, 'spec-em')).toContainText(withUnit(at0.emissionPeakNm, 'nm', 0));
  expect(at0.emissionPeakNm!).toBeLessThan(confinementReadouts(parseQuery('?view=confinement&d=8').state).emissionPeakNm! - 3);
  await page.getByLabel('Size spread σ in nm').fill('1');
  await page.getByLabel('Size spread σ in nm').press('Enter');
  await expect(ro(page, 'fwhm')).toHaveText(`FWHM ${withUnit(at1.emissionFwhmNm, 'nm', 1)} = ${withUnit(at1.emissionFwhmMeV, 'meV', 0)}`);
  expect(at1.emissionFwhmMeV!).toBeGreaterThan(at0.emissionFwhmMeV! + 20);
  await page.getByRole('radio', { name: 'Energy' }).check();
  await expect(page).toHaveURL(/[?&]spaxis=ev(&|$)/);
});

test('the URL restores the same view (reload of the replaced URL gives identical readouts)', async ({ page, context }) => {
  await page.goto('./?view=confinement');
  await page.getByRole('radio', { name: 'Put the marker on PbS' }).check();
  await page.getByRole('checkbox', { name: 'Show CsPbCl₃' }).uncheck();
  await reveal(page, 'spectra');
  await page.getByLabel('Size spread σ in nm').fill('0.4');
  await page.getByLabel('Size spread σ in nm').press('Enter');
  await marker(page).focus();
  for (let i = 0; i < 7; i++) await page.keyboard.press('ArrowLeft');
  await expect(ro(page, 'ro-d')).toHaveText(withUnit(7.3, 'nm', 2));
  await expect(page.getByTestId('fwhm')).toBeVisible();
  await reveal(page, 'sq');
  const before = await readouts(page);
  const curvesBefore = await page.locator('path.curve').count();
  // The address follows the state once the browser is idle after a change (src/urlWriter.ts).
  await expect(page).toHaveURL(/[?&]d=7\.3(&|$)/);
  const url = page.url();
  expect(url).toMatch(/sel=PbS/);
  expect(url).toMatch(/sigma=0\.4/);
  expect(url).toMatch(/materials=CsPbBr3%2CCsPbI3%2CPbS|materials=CsPbBr3,CsPbI3,PbS/);

  const again = await context.newPage();
  await again.goto(url);
  await expect(ro(again, 'ro-d')).toHaveText(withUnit(7.3, 'nm', 2));
  await reveal(again, 'spectra');
  await reveal(again, 'sq');
  expect(await readouts(again)).toEqual(before);
  expect(await again.locator('path.curve').count()).toBe(curvesBefore);
  // Moreels for PbS by default: the core value.
  await expect(ro(again, 'ro-gap')).toHaveText(withUnit(moreelsGap(7.3), 'eV', 3));
  await again.close();
});

test('dragging with the mouse moves the marker (a finger: phone.spec.ts)', async ({ page }) => {
  await page.goto('./?view=confinement');
  const surface = page.locator('.drag-surface').first();
  const box = (await surface.boundingBox())!;
  // The x axis runs 2–20 nm across the drag surface.
  const xAt = (d: number) => box.x + ((d - 2) / 18) * box.width;
  await page.mouse.move(xAt(8), box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(xAt(12), box.y + box.height / 2, { steps: 6 });
  await page.mouse.up();
  const d = Number(await marker(page).getAttribute('aria-valuenow'));
  expect(d).toBeGreaterThan(11.7);
  expect(d).toBeLessThan(12.3);
  await expect(ro(page, 'ro-gap')).toHaveText(withUnit(cubeGap('CsPbBr3', d), 'eV', 3));

});

test('a target wavelength places the marker at the inverse (PbS paper: 1180 nm → ≈ 4 nm)', async ({ page }) => {
  await page.goto('./?view=confinement&sel=PbS');
  await page.getByTestId('target-input').fill('1180');
  await page.getByTestId('target-input').press('Enter');
  const d = moreelsDiameter(gapFromWavelength(1180));
  await expect(ro(page, 'ro-d')).toHaveText(withUnit(d, 'nm', 2));
  await expect(page.getByTestId('target-message')).toContainText(withUnit(d, 'nm', 2));
  await expect(page).toHaveURL(/target=1180nm/);
  // No CsPbBr3 dot gives 650 nm: the core's message is shown.
  await page.getByRole('radio', { name: 'Put the marker on CsPbBr₃' }).check();
  await page.getByTestId('target-input').fill('650');
  await page.getByTestId('target-input').press('Enter');
  await expect(page.getByTestId('target-message')).toContainText('No CsPbBr3 dot has a gap of 1.9074 eV in the cube model');
});

test('issue #11: a 4 nm CsPbBr3 cube is blue; 514 nm needs a 10–13 nm cube and 520 nm no longer gives 14.9 nm', async ({ page }) => {
  await page.goto('./?view=confinement&sel=CsPbBr3&d=4');
  await expect(page.locator('.swatch-text')).toHaveText('blue');
  const nm4 = Number.parseFloat((await ro(page, 'ro-lambda').textContent()) ?? '');
  expect(nm4).toBeGreaterThan(450);
  expect(nm4).toBeLessThan(480);
  await page.goto('./?view=confinement&sel=CsPbBr3&target=514nm');
  await expect(ro(page, 'ro-lambda')).toHaveText(withUnit(514, 'nm', 0));
  const l514 = Number.parseFloat((await ro(page, 'ro-d').textContent()) ?? '');
  expect(l514).toBeGreaterThan(10);
  expect(l514).toBeLessThan(13);
  await page.goto('./?view=confinement&sel=CsPbBr3&target=520nm');
  const l520 = Number.parseFloat((await ro(page, 'ro-d').textContent()) ?? '');
  expect(l520).toBeGreaterThan(16);
});

test('malformed parameters show the banner and fall back to defaults (politely: no console error)', async ({ page }) => {
  await page.goto('./?view=confinement&d=abc&materials=CsPbX3&sel=Gold&target=blue&sigma=-2&dmin=zz');
  const banner = page.getByTestId('url-warnings');
  await expect(banner).toBeVisible();
  for (const key of ['d', 'materials', 'sel', 'target', 'sigma', 'dmin']) await expect(banner).toContainText(key);
  await expect(ro(page, 'ro-d')).toHaveText(withUnit(8, 'nm', 2));
  await expect(ro(page, 'ro-gap')).toHaveText(withUnit(cubeGap('CsPbBr3', 8), 'eV', 3));
});

test('exports: standalone SVG with resolved colours, PNG at 2×, the curves as CSV', async ({ page }) => {
  await page.goto('./?view=confinement');
  const svgDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Plot (SVG)' }).first().click();
  const svgFile = await svgDownload;
  expect(svgFile.suggestedFilename()).toBe('confinement-size-gap.svg');
  const svg = readFileSync((await svgFile.path())!, 'utf8');
  expect(svg.startsWith('<?xml')).toBe(true);
  expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
  expect(svg).not.toContain('var(--');
  expect(svg).toMatch(/stroke:rgb\(/);
  expect(svg).not.toContain('tabindex');
  const width = Number(/<svg[^>]*\swidth="(\d+)"/.exec(svg)![1]);

  const pngDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Plot (PNG)' }).first().click();
  const pngFile = await pngDownload;
  const png = readFileSync((await pngFile.path())!);
  expect(pngSize(png).width).toBe(width * 2);

  const csvDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Curves (CSV)' }).click();
  const csv = readFileSync((await (await csvDownload).path())!, 'utf8');
  expect(csv).toContain('material,model,size_nm,gap_eV,wavelength_nm');
});

test('a published cell explains itself on focus', async ({ page }) => {
  await page.goto('./?view=confinement&sel=PbS&d=4.1');
  await reveal(page, 'sq');
  const first = page.getByTestId('sq-cell').first();
  await first.focus();
  await expect(page.locator('.tip')).toContainText('vs SQ limit');
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('.tip')).toContainText('PbS QD cell');
  // The PbS paper's measured dot shows its citation on focus.
  await page.locator('g.point').first().focus();
  await expect(page.locator('.tip').first()).toContainText('EES Sol. 2025');
});

test('axe-core finds nothing (PbS, size spread, target; projector; dark with the Brus models)', async ({ page, axe }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('./?view=confinement&sel=PbS&sigma=0.5&target=1180nm');
  await expect(ro(page, 'ro-d')).toBeVisible();
  // The panels below the first screen too (they load as the student scrolls to them).
  await reveal(page, 'spectra');
  await reveal(page, 'sq');
  await axe(page);
  await page.goto('./?view=confinement&theme=projector&sel=CsPbI3&d=6');
  await expect(ro(page, 'ro-d')).toBeVisible();
  await axe(page);
  await page.goto('./?view=confinement&theme=dark&sel=CsPbCl3&d=4&models=brus,confinement');
  await expect(ro(page, 'ro-d')).toBeVisible();
  await axe(page);
});
