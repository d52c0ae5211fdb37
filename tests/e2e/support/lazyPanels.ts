/**
 * Panels below the first screen of the confinement and ligands views load when the student scrolls near
 * them (issue #15: the spectra and solar-cell panels, the devices chart; src/components/lazy.svelte.ts
 * `near`). A test that looks at the whole view scrolls to each such placeholder (a `div[aria-busy="true"]`
 * of the view) until every one has given way to its panel, then back to the top.
 *
 * Each step is bounded: a placeholder may give way (detached) or have no size yet while it is scrolled to, and
 * Playwright's scrollIntoViewIfNeeded then waits for it to be visible with no timeout of its own (seen in CI,
 * where it held a test until its timeout). The element's own scrollIntoView is a real scroll (the
 * IntersectionObserver sees it), whatever its size.
 */
import { expect, type Page } from '@playwright/test';

export async function revealLazyPanels(page: Page, timeout = 60_000): Promise<void> {
  const placeholders = page.locator('#view-panel div[aria-busy="true"]');
  const deadline = Date.now() + timeout;
  for (let n = await placeholders.count(); n > 0; n = await placeholders.count()) {
    if (Date.now() > deadline) throw new Error(`${n} lazy panel(s) still loading after ${timeout} ms`);
    await placeholders
      .first()
      .evaluate((el) => el.scrollIntoView({ block: 'center' }), undefined, { timeout: 2_000 })
      .catch(() => {}); // it gave way meanwhile: what we want
    // Not yet? The loop scrolls again (a panel above may have grown and pushed it out of reach).
    await expect(placeholders).not.toHaveCount(n, { timeout: 5_000 }).catch(() => {});
  }
  await page.evaluate(() => window.scrollTo(0, 0));
}
