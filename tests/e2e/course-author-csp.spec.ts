/**
 * Journey: a course author whose pages run under a strict Content-Security-Policy (issues #7, #14).
 * embed.html carries, as a meta tag, the policy of a strict course page:
 *   default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'
 * (no eval, no inline script, no inline style). Checked: no violation is reported while the custom
 * elements and the iframe work and talk to the page, and the policy is really in force (an inline script
 * and an inline style are refused); each view of the app served with that policy as a header; and a host
 * page on another origin with no 'unsafe-inline' at all shows every widget with zero violations, laid out
 * the same under a 40 px root font as under a 16 px one.
 */
import { test, expect, type Page } from './fixtures';
import { expectCanvasPicture } from './support/pixels';
import { DIST, recordCspViolations } from './support/hosts';
import { start3d } from './support/lattice3d';
import { revealLazyPanels } from './support/lazyPanels';

const STRICT = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'";

test.describe('the policy refuses an inline script', () => {
  // The last step injects an inline script to prove the policy is in force: the browser's refusal is expected.
  test.use({ allowProblems: /Executing inline script violates the following Content Security Policy directive 'script-src|Refused to execute inline script/ });

  test('embed.html under a strict CSP: widgets and iframes work, no violation', async ({ page, problems }) => {
    test.setTimeout(150_000);
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
    await start3d(page, '#lattice-left'); // a drawing until pointed at (issue #15)
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
    expect(problems.list).toEqual([]);

  // The policy is in force (so the check above is not vacuous): an inline script is refused and reported.
  // (An allowed inline script runs as it is inserted, so no wait is needed to know it did not.)
    const inlineRan = await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__inlineRan = true;';
      document.body.append(s);
      return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true;
    });
    expect(inlineRan).toBe(false);
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations.join(' ')))
      .toContain('script-src');
  });
});

test.describe('the policy refuses an inline style', () => {
  // The last step writes an inline style attribute to prove the policy is in force: its refusal is expected.
  test.use({ allowProblems: /style-src-attr|Applying inline style/ });

  test('each view of the app under a strict CSP header: zero securitypolicyviolation events', async ({ page, problems, servers }) => {
    test.setTimeout(90_000);
    const lab = await servers.site(DIST, { 'content-security-policy': STRICT });
    await recordCspViolations(page);
    for (const view of ['lattice', 'confinement', 'ligands'] as const) {
      await page.goto(`${lab.origin}/?view=${view}`);
      await expect(page.locator('.pqd-root').first()).toBeVisible({ timeout: 30_000 });
      // Equations are built (from trees rendered at build time) when a "How is this computed?" first opens (issue #15).
      expect(await page.locator('.katex').count()).toBe(0);
      await revealLazyPanels(page); // the panels below the first screen (the confinement's How notes …) load near the viewport
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
      await expect(page.locator('.katex').first()).toBeAttached({ timeout: 20_000 });
      // Every equation typeset under the policy, none left as TeX source (no KaTeX runtime is shipped).
      await expect
        .poll(() => page.evaluate(() => [...document.querySelectorAll('.katex-host')].filter((h) => h.closest('details')?.open !== false && !h.querySelector('.katex')).length))
        .toBe(0);
      if (view === 'lattice') {
        await start3d(page); // the 3D view under the policy too, once pointed at (issue #15)
        await expect(page.locator('.lattice-canvas')).toHaveAttribute('data-status', 'ready', { timeout: 30_000 });
      }
      // The stylesheet applied (not just loaded): the theme's background colour is on the root.
      expect(await page.locator('.pqd-root').first().evaluate((e) => getComputedStyle(e).fontFamily)).toMatch(/system-ui|sans/);
      const v = await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
      expect(v, `${view}: violations`).toEqual([]);
    }
    expect(problems.list).toEqual([]);
    // The policy is in force: an inline style attribute written as markup is refused and reported.
    await page.evaluate(() => {
      const d = document.createElement('div');
      d.innerHTML = '<span style="color: red">x</span>';
      document.body.append(d);
    });
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations.join(' ')))
      .toContain('style-src-attr');
  });
});

function widgetsPage(lab: string, rootFont: string): string {
  // Every style of the page comes from /host.css (no inline style is allowed by its own policy).
  const csp = `default-src 'none'; script-src ${lab}; style-src 'self'; img-src ${lab} data: blob:; font-src ${lab}; connect-src ${lab}`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<link rel="stylesheet" href="/host-${rootFont}.css"><title>Strict course page</title></head><body>
<main class="row">
  <pqd-lattice id="lat" comp="CsPbI3" cells="1" render-style="ball" title="Lattice" lang="en" class="w"></pqd-lattice>
  <pqd-confinement id="con" sel="CsPbI3" class="w"></pqd-confinement>
  <pqd-ligands id="lig" class="w"></pqd-ligands>
</main>
<script src="${lab}/pqd-widgets.js" defer></script></body></html>`;
}

async function widgetHeights(page: Page): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const id of ['lat', 'con', 'lig']) {
    await page.evaluate((i) => document.getElementById(i)!.scrollIntoView({ block: 'start' }), id);
    await expect(page.locator(`#${id} .pqd-root`).first()).toBeVisible({ timeout: 30_000 });
    if (id === 'lat') {
      await start3d(page, '#lat');
      await expect(page.locator('#lat .lattice-canvas')).toHaveAttribute('data-status', /ready|paused/, { timeout: 30_000 });
      // The XRD panel's Debye size readout fills in (one line becomes three) once the panel nears the screen
      // and its worker answers: measure both pages with it filled in, like with like.
      await page.locator('#lat [data-testid="xrd-panel"]').scrollIntoViewIfNeeded();
      await expect.poll(async () => Number((await page.locator('#lat [data-testid="xrd-size"]').getAttribute('data-fwhm')) || 'NaN'), { timeout: 20_000 }).toBeGreaterThan(0);
      await page.evaluate(() => document.getElementById('lat')!.scrollIntoView({ block: 'start' }));
    }
    if (id === 'con') await expect(page.locator('#con .pqd-root svg').first()).toBeVisible({ timeout: 20_000 });
  }
  for (const id of ['lat', 'con', 'lig']) out[id] = await page.evaluate((i) => Math.round(document.getElementById(i)!.getBoundingClientRect().height), id);
  return out;
}

test('strict-CSP host page: every widget, zero violations; a 40 px root font lays them out as a 16 px one', async ({ page, baseURL, servers }) => {
  test.setTimeout(120_000);
  const lab = new URL(baseURL!).origin;
  const css = (size: string): string => `html { font-size: ${size}; } body { margin: 0; } .row { display: flex; flex-direction: column; gap: 2rem; max-width: 1100px; } .w { display: block; flex: 1; --pqd-min-height: 300px; }`;
  const host = await servers.host({
    '/16.html': widgetsPage(lab, '16'),
    '/40.html': widgetsPage(lab, '40'),
    '/host-16.css': css('16px'),
    '/host-40.css': css('40px'),
  });
  await recordCspViolations(page);
  await page.goto(`${host.origin}/16.html`);
  const small = await widgetHeights(page);
  const violations = await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
  expect(violations, 'securitypolicyviolation events under style-src without unsafe-inline').toEqual([]);
  // HTML's style/title/lang/class kept their meaning; render-style set the lattice's style.
  const lattice = await page.evaluate(() => (document.getElementById('lat') as unknown as { state: Record<string, unknown> }).state);
  expect(lattice.style).toBe('ball');
  expect(await page.locator('#lat').evaluate((e) => getComputedStyle(e).flexGrow)).toBe('1');
  await expect(page.locator('#lat')).not.toContainText('was ignored');

  await page.goto(`${host.origin}/40.html`);
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('40px');
  const big = await widgetHeights(page);
  for (const id of Object.keys(small)) expect(Math.abs(big[id] - small[id]), `${id}: ${small[id]} px at 16 px root, ${big[id]} px at 40 px`).toBeLessThanOrEqual(2);
  expect(await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations)).toEqual([]);
});
