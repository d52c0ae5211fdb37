/**
 * Lattice view end to end in Chromium (issue #4): loads from its URL without console errors, URL and
 * control changes move t to the core's value (lib/physics/tolerance.ts, shown to 3 decimals), a malformed
 * radius is named in the polite banner and replaced by the default, the CIF export round-trips through
 * parseCif to buildUnitCell, axe-core finds nothing, and screenshots go to screenshots/lattice-*.png.
 */
import { test, expect, type Page, type ConsoleMessage } from '@playwright/test';
import { mkdirSync, readFileSync } from 'node:fs';
import { expectNoAxeViolations } from './axe';
import { toleranceFactor } from '../../src/lib/physics/tolerance';
import { latticeModel } from '../../src/lib/readouts/lattice';
import { parseQuery } from '../../src/lib/state/url';
import { drawnUnitCell } from '../../src/views/lattice/exportCif';
import { parseCif } from '../../src/lib/geometry/cif';

const SHOTS = 'screenshots';
mkdirSync(SHOTS, { recursive: true });

/** Core value as the view shows it: unit-less, 3 decimals. */
const t3 = (rA: number, rB: number, rX: number) => toleranceFactor(rA, rB, rX).toFixed(3);

function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m: ConsoleMessage) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  return errors;
}

const tValue = (page: Page) => page.getByTestId('t-value');

test('?view=lattice loads without console errors and shows CsPbBr3', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto('./?view=lattice');
  await expect(page.getByRole('heading', { level: 2, name: 'CsPbBr3' })).toBeVisible();
  // Shannon Cs⁺ 1.88, Pb²⁺ 1.19, Br⁻ 1.96 Å: t = 0.862 (stability.json worked_table CsPbBr3)
  await expect(tValue(page)).toHaveText(t3(1.88, 1.19, 1.96));
  await expect(page.getByTestId('lattice-verdict')).toContainText('Tilted perovskite');
  await page.waitForTimeout(800);
  expect(errors).toEqual([]);
});

test('?comp=FAPbI3 shows the core t (FA⁺ 2.53, Pb²⁺ 1.19, I⁻ 2.20 Å) and a cubic verdict', async ({ page }) => {
  await page.goto('./?view=lattice&comp=FAPbI3');
  await expect(tValue(page)).toHaveText(t3(2.53, 1.19, 2.2));
  await expect(tValue(page)).toHaveText('0.987'); // stability.json worked_table FAPbI3 t = 0.9866
  await expect(page.getByTestId('lattice-verdict')).toContainText('Cubic perovskite');
});

test('typing r_A in its number field updates t on screen and in the URL', async ({ page }) => {
  await page.goto('./?view=lattice');
  const field = page.getByRole('spinbutton', { name: /A-site radius/ });
  await field.fill('2.3');
  await field.press('Enter');
  await expect(tValue(page)).toHaveText(t3(2.3, 1.19, 1.96));
  await expect(page).toHaveURL(/rA=2\.3/);
});

test('arrow keys on the r_A slider step it by 0.01 Å and t follows', async ({ page }) => {
  await page.goto('./?view=lattice');
  const slider = page.getByRole('slider', { name: /A-site radius/ });
  await slider.focus();
  await slider.press('ArrowRight');
  await slider.press('ArrowRight');
  await expect(tValue(page)).toHaveText(t3(1.9, 1.19, 1.96));
});

test('rA=abc is named in the polite banner and the table value is used', async ({ page }) => {
  await page.goto('./?view=lattice&rA=abc');
  const banner = page.getByTestId('url-warnings');
  await expect(banner).toBeVisible();
  await expect(banner).toContainText('rA=abc');
  await expect(tValue(page)).toHaveText(t3(1.88, 1.19, 1.96));
  await expect(page.getByRole('spinbutton', { name: /A-site radius/ })).toHaveValue('1.88');
});

test('a preset button changes the composition and the verdict', async ({ page }) => {
  await page.goto('./?view=lattice');
  await page.getByRole('button', { name: 'MAPbI3' }).click();
  await expect(page).toHaveURL(/comp=MAPbI3/);
  await expect(tValue(page)).toHaveText(t3(2.17, 1.19, 2.2));
});

test('outside the perovskite window the view says so and keeps the numbers', async ({ page }) => {
  await page.goto('./?view=lattice&comp=CsPbI3&rA=1.2');
  await expect(page.getByTestId('lattice-verdict')).toContainText('Not a perovskite');
  await expect(page.getByRole('note')).toContainText('yellow δ-phase');
  await expect(tValue(page)).toHaveText(t3(1.2, 1.19, 2.2));
  await page.screenshot({ path: `${SHOTS}/lattice-non-perovskite.png` });
});

for (const [query, kind] of [
  ['comp=CsPbBr3', 'orthorhombic'],
  ['comp=CsPbI3&phase=delta', 'delta'],
  ['comp=MAPbI3&phase=cubic', 'cubic'],
] as const) {
  test(`Export CIF round-trips (${query})`, async ({ page }) => {
    await page.goto(`./?view=lattice&${query}`);
    const downloadPromise = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export CIF' }).click();
    const download = await downloadPromise;
    expect(download.suggestedFilename()).toMatch(new RegExp(`-${kind}\\.cif$`));
    const text = readFileSync(await download.path(), 'utf8');
    const cif = parseCif(text);
    if (!cif.ok) throw new Error(cif.error);
    // The cell the view draws, from the same core call (published CsPbBr₃ cell, δ-CsPbI₃, cubic from radii).
    const cell = drawnUnitCell(latticeModel(parseQuery(`?${query}`).state));
    expect(Math.abs(cif.a - cell.a)).toBeLessThan(1e-5);
    expect(Math.abs(cif.b - cell.b)).toBeLessThan(1e-5);
    expect(Math.abs(cif.c - cell.c)).toBeLessThan(1e-5);
    if (kind === 'orthorhombic') expect([cif.a, cif.b, cif.c]).toEqual([8.244, 11.735, 8.198]);
    // Atoms per formula unit from the rows (Σ occupancy / Z): MA⁺ is written as C, N, H6, never one "N".
    const z = cell.atoms.filter((a) => a.element === 'B').length;
    const formula: Record<string, number> = {};
    for (const a of cif.atoms) formula[a.symbol] = Math.round(((formula[a.symbol] ?? 0) + a.occupancy / z) * 1e6) / 1e6;
    expect(formula).toEqual(kind === 'cubic' ? { C: 1, N: 1, H: 6, Pb: 1, I: 3 } : kind === 'delta' ? { Cs: 1, Pb: 1, I: 3 } : { Cs: 1, Pb: 1, Br: 3 });
  });
}

test('CsPbI3: the headline warns that the black phase is metastable, and the yellow δ-phase can be drawn', async ({ page }) => {
  await page.goto('./?view=lattice&comp=CsPbI3');
  const verdict = page.getByTestId('lattice-verdict');
  await expect(verdict).toContainText('Black phase metastable at room temperature');
  await expect(verdict).toHaveClass(/warn/);
  await expect(page.getByTestId('structure-source')).toContainText('Published structure');
  await page.getByTestId('show-delta').click();
  await expect(page).toHaveURL(/phase=delta/);
  await expect(page.locator('.lattice-canvas')).toHaveAttribute('data-topology', /^delta\|/);
  await expect(page.locator('#lattice-canvas-caption')).toContainText('sharing edges');
});

test('Save PNG (2×) downloads a PNG twice the size of the 3D view', async ({ page }) => {
  await page.goto('./?view=lattice');
  const canvas = page.locator('.canvas-slot canvas');
  await expect(canvas).toBeVisible();
  await page.waitForTimeout(1000);
  const size = await canvas.evaluate((c) => ({ w: c.clientWidth, h: c.clientHeight }));
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save PNG (2×)' }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe('CsPbBr3-orthorhombic.png');
  const png = readFileSync(await download.path());
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  // IHDR: width and height, big-endian, at bytes 16 and 20
  expect(Math.abs(png.readUInt32BE(16) - 2 * size.w)).toBeLessThanOrEqual(2);
  expect(Math.abs(png.readUInt32BE(20) - 2 * size.h)).toBeLessThanOrEqual(2);
});

for (const theme of ['light', 'dark', 'projector'] as const) {
  test(`axe-core finds no violations on the lattice view (${theme})`, async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(`./?view=lattice&theme=${theme}`);
    await expect(tValue(page)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Save PNG (2×)' })).toBeEnabled();
    await page.waitForTimeout(500);
    await expectNoAxeViolations(page);
  });
}

test('axe-core finds no violations with the non-perovskite notice and a mixed composition', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('./?view=lattice&comp=CsPbBr1.5I1.5&rA=1.2');
  await expect(page.getByRole('note')).toBeVisible();
  // Wait for the 3D view to mount (Save PNG is disabled until then; axe would catch it mid-change).
  await expect(page.getByRole('button', { name: 'Save PNG (2×)' })).toBeEnabled();
  await page.waitForTimeout(300);
  await expectNoAxeViolations(page);
});

