/**
 * PbS in the lattice view (issue #19), one short journey: comp=PbS draws the faceted dot; 3 nm has no (100)
 * facets, 6 nm (set with the d field) shows them, the facet100Share readout equals the core's
 * (latticeReadouts) and d reaches the URL; the CIF download is rock-salt PbS with a = 5.936 Å.
 * (The CIF read as Fm-3m by pymatgen/spglib: scripts/pbs-cif-check.py, not in CI.)
 */
import { test, expect, type Page } from '@playwright/test';
import { mkdirSync, readFileSync } from 'node:fs';
import { latticeReadouts } from '../../src/lib/readouts/lattice';
import { parseQuery } from '../../src/lib/state/url';
import { parseCif } from '../../src/lib/geometry/cif';

const SHOTS = 'screenshots';

async function ready(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const el = document.querySelector<HTMLElement>('.lattice-canvas');
    return el?.dataset.status === 'ready' && Number(el.dataset.frames ?? 0) > 0;
  }, undefined, { timeout: 10_000 });
}

test('PbS dot: (100) facets appear from 3 to 6 nm, facet100Share from the core, CIF is rock-salt PbS', async ({ page }) => {
  await page.goto('./?view=lattice&comp=PbS&shape=cube&d=3');
  await expect(page.getByTestId('pbs-lattice')).toBeVisible();
  await expect(page.getByTestId('pbs-not-perovskite')).toContainText('t');
  const share = page.getByTestId('facet100Share');
  const at = (d: number): number => latticeReadouts(parseQuery(`?comp=PbS&d=${d}`).state).facet100Share as number;
  expect(at(3)).toBe(0);
  await expect(share).toHaveAttribute('data-value', String(at(3)));
  await expect(share).toHaveText('0 %');
  await ready(page);
  await expect(page.locator('.lattice-canvas')).toHaveAttribute('data-topology', /^pbs-dot\|/);
  const atoms3 = Number(await page.locator('.lattice-canvas').getAttribute('data-atoms'));

  await page.getByRole('spinbutton', { name: /Dot diameter d/ }).fill('6');
  await page.getByRole('spinbutton', { name: /Dot diameter d/ }).press('Enter');
  expect(at(6)).toBeGreaterThan(0.5);
  await expect(share).toHaveAttribute('data-value', String(at(6)));
  await expect(page).toHaveURL(/[?&]d=6(&|$)/);
  await expect.poll(async () => Number(await page.locator('.lattice-canvas').getAttribute('data-atoms'))).toBeGreaterThan(atoms3);
  await expect(page.locator('.lattice-canvas')).toContainText('(100) facet');
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/lattice-pbs-dot-6nm.png` });

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
