/**
 * Journey: a student follows one dot through the three views (issue #18). The composition typed in the
 * lattice view travels to the confinement and ligand views' chain strips (formula, bulk gap, dot gap,
 * V_OC), the address carries the dot, and the ligand view's PLQY tile and its strip agree. Expected
 * numbers from the same core (src/lib/readouts/chain.ts) on the page's own URL.
 */
import { test, expect, type Page } from './fixtures';
import { chainReadouts } from '../../src/lib/readouts/chain';
import { parseQuery } from '../../src/lib/state/url';
import { queryKeys, reconcileDot } from '../../src/lib/state/dot';
import { percent, withUnit } from '../../src/lib/format';

const strip = (page: Page) => page.locator('[data-testid="chain-strip"]:visible').first();
const link = (page: Page, id: string) => strip(page).locator(`[data-link="${id}"]`);
const expected = (url: string) => {
  const q = new URL(url).search;
  const s = parseQuery(q).state;
  reconcileDot(s, queryKeys(q)); // as AppState does
  return chainReadouts(s);
};

test('a halide change in the lattice view shows in the other views’ strips and readouts', async ({ page }) => {
  await page.goto('./?view=lattice&comp=CsPbBr3&d=8');
  await expect(link(page, 'formula')).toContainText('CsPbBr');
  const gapBr = Number(await link(page, 'gap').getAttribute('data-value'));

  await page.locator('#lattice-formula').fill('CsPbBr1.5I1.5');
  await page.locator('#lattice-formula').press('Enter');
  await expect.poll(() => new URL(page.url()).searchParams.get('comp')).toBe('CsPbBr1.5I1.5');
  const e = expected(page.url());
  expect(e.dotBulkGapEv).toBeCloseTo((2.412 + 1.73) / 2, 9);

  await page.getByRole('tab', { name: /Confinement/ }).click();
  await expect(link(page, 'formula')).toContainText('CsPbBr');
  await expect(link(page, 'formula')).toContainText('I');
  await expect(link(page, 'bulk')).toHaveAttribute('data-value', String(e.dotBulkGapEv));
  const gapMix = Number(await link(page, 'gap').getAttribute('data-value'));
  expect(gapMix).toBeCloseTo(e.dotGapEv as number, 9);
  expect(gapMix).toBeLessThan(gapBr);
  await expect(link(page, 'voc')).toHaveAttribute('data-value', String(e.vocEstimateV));
  // the confinement view's material follows the dot (nearest end member of the mix); the address names the
  // dot once (comp), without a sel that comp already implies (src/lib/state/dot.ts addressKeys)
  await expect(page.locator('.confinement').getByRole('radio', { name: /marker on CsPbI/ })).toBeChecked();
  expect(new URL(page.url()).searchParams.get('comp')).toBe('CsPbBr1.5I1.5');
  expect(new URL(page.url()).searchParams.get('sel')).toBeNull();
  // the confinement readout is the mixed dot's, the same number as the strip (not CsPbI3's curve)
  await expect(page.getByTestId('ro-gap')).toHaveText(withUnit(gapMix, 'eV', 3));
  await expect(page.getByTestId('dot-curve')).toBeVisible();

  await page.getByRole('tab', { name: /Ligands/ }).click();
  await expect(page.getByTestId('system-select')).toHaveValue('CsPbI3');
  await expect(link(page, 'gap')).toHaveAttribute('data-value', String(e.dotGapEv));
  await link(page, 'voc').click();
  await expect(strip(page).locator('.how')).toContainText('59.5');
});

test('a vacancy in the ligand view costs V_OC in every view’s strip', async ({ page }) => {
  await page.goto('./?view=ligands&comp=CsPbI3&vac=x3');
  const e = expected(page.url());
  expect(e.plqy as number).toBeLessThan(1);
  await expect(page.getByTestId('plqy')).toHaveText(percent(e.plqy, 0));
  await expect(link(page, 'plqy')).toHaveAttribute('data-value', String(e.plqy));
  await page.getByRole('tab', { name: /Lattice/ }).click();
  await expect(link(page, 'voc')).toHaveAttribute('data-value', String(e.vocEstimateV));
  expect(e.vocEstimateV as number).toBeLessThan(e.vocLimitV as number);
});
