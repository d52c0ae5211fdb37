/**
 * The fixture's own check (not a journey): a console error, an uncaught page error and a failed request
 * each fail the test they happen in (`test.fail()`: Playwright reports these tests as passed only if they
 * fail), and `allowProblems` lets through exactly what a test declares. Without this, a fixture that stopped
 * listening would let every journey pass silently.
 */
import { test, expect } from './fixtures';

const open = async (page: import('./fixtures').Page) => {
  await page.goto('./?view=ligands&embed=1');
  await expect(page.locator('#view-panel')).toBeVisible();
};

test.describe('the fixture fails a test that', () => {
  test('logs a console error', async ({ page }) => {
    test.fail();
    await open(page);
    await page.evaluate(() => console.error('a planted console error'));
  });

  test('throws an uncaught error in the page', async ({ page }) => {
    test.fail();
    await open(page);
    await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'throw new Error("a planted page error")';
      document.body.append(s);
    });
  });

  test('requests a file that is not there', async ({ page }) => {
    test.fail();
    await open(page);
    expect(await page.evaluate(() => fetch('./no-such-file.json').then((r) => r.status))).toBe(404);
  });
});

test.describe('allowProblems', () => {
  test.use({ allowProblems: /a planted console error/ });

  test('lets through exactly the declared problem', async ({ page, problems }) => {
    await open(page);
    await page.evaluate(() => console.error('a planted console error'));
    await expect.poll(() => problems.list.length).toBe(1);
  });
});
