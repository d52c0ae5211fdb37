/**
 * Panels below the first screen of the confinement and ligands views load when the student scrolls near
 * them (issue #15: the spectra and solar-cell panels, the devices chart; src/components/lazy.svelte.ts
 * `near`). A test that looks at the whole view scrolls, for real, to each such placeholder (a
 * `div[aria-busy="true"]` of the view) until every one has given way to its panel, then back to the top.
 */
import { expect, type Page } from '@playwright/test';

export async function revealLazyPanels(page: Page): Promise<void> {
  const placeholders = page.locator('#view-panel div[aria-busy="true"]');
  for (let n = await placeholders.count(); n > 0; n = await placeholders.count()) {
    // A placeholder near the viewport may give way to its panel meanwhile (detached): that is what we want.
    await placeholders.first().scrollIntoViewIfNeeded().catch(() => {});
    await expect(placeholders).not.toHaveCount(n);
  }
  await page.evaluate(() => window.scrollTo(0, 0));
}
