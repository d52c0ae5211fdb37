/**
 * The widgets and the app under a strict Content-Security-Policy (issues #7, #14). embed.html carries, as a
 * meta tag, the policy of a strict course page:
 *   default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'
 * (no eval, no inline script, no inline style). Checked: no violation is reported while the custom
 * elements and the iframe work and talk to the page, and the policy is really in force (an inline script
 * and an inline style are refused). Then each view of the app, served with that policy as a header.
 */
import { test, expect } from '@playwright/test';
import { DIST, expectCanvasPicture, recordCspViolations, startStaticServer, watchProblems } from './embed-util';

const STRICT = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'";

test('embed.html under a strict CSP: widgets and iframes work, no violation', async ({ page }) => {
  test.setTimeout(150_000);
  const problems = watchProblems(page);
  await recordCspViolations(page);
  await page.goto('./embed.html');
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("script-src 'self'");
  expect(csp).toContain("style-src 'self'");
  expect(csp).not.toContain('unsafe-eval');
  expect(csp).not.toContain('unsafe-inline');

  // The iframe answers the page's script (external file, as the policy requires).
  await expect(page.locator('#iframe-t')).toHaveText(/^\d\.\d{3}$/, { timeout: 30_000 });
  await expect(page.locator('#iframe-verdict')).toContainText('below 0.9');
  await page.locator('#set-fa').click();
  await expect(page.locator('#iframe-verdict')).toContainText('cubic window', { timeout: 20_000 });

  // The custom elements render (a WebGL lattice with a picture) and report through pqd-change.
  await page.evaluate(() => document.getElementById('element-exercise')!.scrollIntoView({ block: 'start' }));
  await expect(page.locator('#lattice-left .lattice-canvas')).toHaveAttribute('data-status', 'ready', { timeout: 30_000 });
  await expect.poll(async () => Number(await page.locator('#lattice-left .lattice-canvas').getAttribute('data-frames')), { timeout: 20_000 }).toBeGreaterThan(0);
  await expectCanvasPicture(page, 'lattice-left', 'left lattice under CSP');
  await expect(page.locator('#left-t')).toHaveText(/^\d\.\d{3}$/);
  const before = await page.locator('#left-t').textContent();
  await page.locator('#left-mapbi3').click();
  await expect(page.locator('#left-t')).not.toHaveText(before!);
  await page.evaluate(() => document.getElementById('element-confinement')!.scrollIntoView({ block: 'start' }));
  await expect(page.locator('#element-confinement .pqd-root svg').first()).toBeVisible({ timeout: 20_000 });

  const violations = await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
  expect(violations).toEqual([]);
  expect(problems).toEqual([]);

  // The policy is in force (so the check above is not vacuous): an inline script is refused and reported.
  const inlineRan = await page.evaluate(async () => {
    const s = document.createElement('script');
    s.textContent = 'window.__inlineRan = true;';
    document.body.append(s);
    await new Promise((r) => setTimeout(r, 100));
    return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true;
  });
  expect(inlineRan).toBe(false);
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations.join(' ')))
    .toContain('script-src');
});

test('each view of the app under a strict CSP header: zero securitypolicyviolation events', async ({ page }) => {
  test.setTimeout(90_000);
  const lab = await startStaticServer(DIST, { 'content-security-policy': STRICT });
  const problems = watchProblems(page);
  await recordCspViolations(page);
  try {
    for (const view of ['lattice', 'confinement', 'ligands'] as const) {
      await page.goto(`${lab.origin}/?view=${view}`);
      await expect(page.locator('.pqd-root').first()).toBeVisible({ timeout: 30_000 });
      // KaTeX loads (its own script, a file of the site) when a "How is this computed?" first opens (issue #15).
      expect(await page.locator('.katex').count()).toBe(0);
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
      await expect(page.locator('.katex').first()).toBeAttached({ timeout: 20_000 });
      if (view === 'lattice') await expect(page.locator('.lattice-canvas')).toHaveAttribute('data-status', 'ready', { timeout: 30_000 });
      // The stylesheet applied (not just loaded): the theme's background colour is on the root.
      expect(await page.locator('.pqd-root').first().evaluate((e) => getComputedStyle(e).fontFamily)).toMatch(/system-ui|sans/);
      const v = await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
      expect(v, `${view}: violations`).toEqual([]);
    }
    // The policy is in force: an inline style attribute written as markup is refused and reported.
    await page.evaluate(() => {
      const d = document.createElement('div');
      d.innerHTML = '<span style="color: red">x</span>';
      document.body.append(d);
    });
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations.join(' ')))
      .toContain('style-src-attr');
    expect(problems.filter((p) => !/style-src-attr|Applying inline style/.test(p))).toEqual([]);
  } finally {
    await lab.close();
  }
});
