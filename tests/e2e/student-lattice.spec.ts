/**
 * Journey: a student in the lattice view (issues #4, #17, #19). URL and control changes move t to the
 * core's value (lib/physics/tolerance.ts, shown to 3 decimals); a malformed radius is named in the polite
 * banner and replaced by the default; outside the perovskite window the view says so; the CIF export
 * round-trips through parseCif to buildUnitCell; CsPbI3 warns about its metastable black phase and draws the
 * yellow δ-phase; PbS draws a faceted dot whose (100) share is the core's; the powder XRD panel follows the
 * phase and the crystal size. (The 3D canvas itself: student-lattice-3d.spec.ts.)
 */
import { readFileSync } from 'node:fs';
import { test, expect, type Page } from './fixtures';
import { latticeReady } from './support/lattice3d';
import { toleranceFactor } from '../../src/lib/physics/tolerance';
import { latticeModel, latticeReadouts } from '../../src/lib/readouts/lattice';
import { parseQuery } from '../../src/lib/state/url';
import { drawnUnitCell } from '../../src/views/lattice/exportCif';
import { parseCif } from '../../src/lib/geometry/cif';

/** Core value as the view shows it: unit-less, 3 decimals. */
const t3 = (rA: number, rB: number, rX: number) => toleranceFactor(rA, rB, rX).toFixed(3);

const tValue = (page: Page) => page.getByTestId('t-value');

test('?view=lattice shows CsPbBr3 with the core t and its verdict', async ({ page }) => {
  await page.goto('./?view=lattice');
  await expect(page.getByRole('heading', { level: 2, name: 'CsPbBr3' })).toBeVisible();
  // Shannon Cs⁺ 1.88, Pb²⁺ 1.19, Br⁻ 1.96 Å: t = 0.862 (stability.json worked_table CsPbBr3)
  await expect(tValue(page)).toHaveText(t3(1.88, 1.19, 1.96));
  await expect(page.getByTestId('lattice-verdict')).toContainText('Tilted perovskite');
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

test('axe-core finds no violations with the non-perovskite notice and a mixed composition', async ({ page, axe }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('./?view=lattice&comp=CsPbBr1.5I1.5&rA=1.2');
  await expect(page.getByRole('note')).toBeVisible();
  // Wait for the 3D view to mount (Save PNG is disabled until then; axe would catch it mid-change).
  await expect(page.getByRole('button', { name: 'Save PNG (2×)' })).toBeEnabled();
  await axe(page);
});

/*
 * PbS in the lattice view (issue #19): comp=PbS draws the faceted dot; 3 nm has no (100) facets, 6 nm (set
 * with the d field) shows them, the facet100Share readout equals the core's (latticeReadouts) and d reaches
 * the URL; the CIF download is rock-salt PbS with a = 5.936 Å. (The CIF read as Fm-3m by pymatgen/spglib:
 * scripts/pbs-cif-check.py, not in CI.)
 */
test('PbS dot: (100) facets appear from 3 to 6 nm, facet100Share from the core, CIF is rock-salt PbS', async ({ page }) => {
  await page.goto('./?view=lattice&comp=PbS&shape=cube&d=3');
  await expect(page.getByTestId('pbs-lattice')).toBeVisible();
  await expect(page.getByTestId('pbs-not-perovskite')).toContainText('t');
  const share = page.getByTestId('facet100Share');
  const at = (d: number): number => latticeReadouts(parseQuery(`?comp=PbS&d=${d}`).state).facet100Share as number;
  expect(at(3)).toBe(0);
  await expect(share).toHaveAttribute('data-value', String(at(3)));
  await expect(share).toHaveText('0 %');
  await latticeReady(page, 10_000);
  await expect(page.locator('.lattice-canvas')).toHaveAttribute('data-topology', /^pbs-dot\|/);
  const atoms3 = Number(await page.locator('.lattice-canvas').getAttribute('data-atoms'));

  await page.getByRole('spinbutton', { name: /Dot diameter d/ }).fill('6');
  await page.getByRole('spinbutton', { name: /Dot diameter d/ }).press('Enter');
  expect(at(6)).toBeGreaterThan(0.5);
  await expect(share).toHaveAttribute('data-value', String(at(6)));
  await expect(page).toHaveURL(/[?&]d=6(&|$)/);
  await expect.poll(async () => Number(await page.locator('.lattice-canvas').getAttribute('data-atoms'))).toBeGreaterThan(atoms3);
  await expect(page.locator('.lattice-canvas')).toContainText('(100) facet');

  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CIF' }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe('PbS-rocksalt.cif');
  const cif = parseCif(readFileSync(await download.path(), 'utf8'));
  if (!cif.ok) throw new Error(cif.error);
  expect([cif.a, cif.b, cif.c]).toEqual([5.936, 5.936, 5.936]);
  expect(cif.atoms.filter((x) => x.symbol === 'Pb')).toHaveLength(4);
  expect(cif.atoms.filter((x) => x.symbol === 'S')).toHaveLength(4);
});

/*
 * Powder X-ray diffraction panel (issue #17): switching the phase changes the pattern and the superlattice
 * (tilt-made) peaks appear only with tilt; a smaller nanocrystal broadens its Debye-equation peaks (computed
 * in the Web Worker); the arrow keys read a peak's indices; axe finds nothing in the panel. Numbers come from
 * the panel's data attributes (lib/physics/xrd.ts, debye.ts).
 */
test('XRD: phase switch, superlattice peaks only with tilt, smaller crystal → broader peaks', async ({ page, axe }) => {
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
  await axe(page, { include: '[data-testid="xrd-panel"]' });
});
