/**
 * The single-file builds (issue #7): dist/single/<view>.html opened from disk (file://) render with no
 * request other than file:, data: or blob: — scripts, styles, fonts and data are all inside the file —
 * and the lattice draws its crystal. Query parameters still set the state.
 */
import { test, expect } from '@playwright/test';
import { join } from 'node:path';
import { existsSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { DIST, expectPicture, watchProblems } from './embed-util';
import { VIEWS } from '../../src/lib/state/schema';

for (const view of VIEWS) {
  test(`single-file ${view}.html opens from file:// and works without a network`, async ({ page }) => {
    test.setTimeout(90_000);
    const file = join(DIST, 'single', `${view}.html`);
    expect(existsSync(file), `${file} exists (run npx vite build)`).toBe(true);
    const html = readFileSync(file, 'utf8');
    // No external script or stylesheet in the markup. The inlined code itself may contain such text (the
    // Embed dialog writes a `<script src=…>` snippet), so look at the markup with script bodies removed.
    const markup = html.replace(/(<script\b[^>]*>)[\s\S]*?<\/script>/g, '$1</script>');
    expect(markup).toMatch(/<script\b/);
    expect(markup).not.toMatch(/<script[^>]+src=|<link[^>]+rel="stylesheet"/);
    const problems = watchProblems(page);
    const outside: string[] = [];
    page.on('request', (r) => {
      if (!/^(file|data|blob):/.test(r.url())) outside.push(r.url());
    });
    const query = view === 'lattice' ? '?comp=CsPbI3&phase=orthorhombic' : view === 'confinement' ? '?sel=PbS&d=5' : '';
    await page.goto(pathToFileURL(file).href + query);
    await expect(page.locator('.pqd-root.embedded')).toBeVisible();
    if (view === 'lattice') {
      await expect(page.locator('main')).toContainText('CsPbI');
      const canvas = page.locator('.lattice-canvas');
      await expect(canvas).toHaveAttribute('data-status', 'ready', { timeout: 30_000 });
      await expect.poll(async () => Number(await canvas.getAttribute('data-frames')), { timeout: 20_000 }).toBeGreaterThan(0);
      await expectPicture(page, page.locator('.lattice-canvas canvas'), 'lattice from file://');
    } else if (view === 'confinement') {
      await expect(page.locator('main')).toContainText('PbS');
      await expect(page.locator('main svg').first()).toBeVisible();
    } else {
      await expect(page.locator('main h2').first()).toBeVisible();
    }
    // KaTeX's fonts are inlined: opening every "How is this computed?" fetches nothing.
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    await page.waitForTimeout(300);
    expect(outside).toEqual([]);
    expect(problems).toEqual([]);
  });
}
