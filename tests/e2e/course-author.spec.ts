/**
 * A course author on another origin (issue #14): the docs' examples pasted verbatim into a host page,
 * a sandboxed iframe (`allow-scripts` only) from a plain static host (no CORS headers), a host page
 * under a strict CSP (no 'unsafe-inline' at all) with every widget, and a host whose root font is 40 px
 * showing the same widgets as a 16 px one. Fast on purpose: two tests, one page load each (+1).
 */
import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DIST, recordCspViolations, startHostServer, startStaticServer, watchProblems } from './embed-util';

const DOCS = readFileSync(fileURLToPath(new URL('../../docs/embedding.md', import.meta.url)), 'utf8');

/** The fenced block after `<!-- example:NAME … -->` in docs/embedding.md, as written there. */
function docsExample(name: string): string {
  const m = new RegExp(`<!-- example:${name}\\b[^>]*-->\\n\`\`\`\\w*\\n([\\s\\S]*?)\\n\`\`\``).exec(DOCS);
  if (!m) throw new Error(`docs/embedding.md has no example:${name}`);
  return m[1];
}

/** What the browser logs when a sandboxed (opaque-origin) frame cannot load a font (documented). */
const FONT_CORS = /Access to font at .* has been blocked by CORS policy|Failed to load resource: net::ERR_FAILED/;

test('sandboxed iframe (allow-scripts only) from a plain static host; the docs examples work as pasted', async ({ page }) => {
  test.setTimeout(90_000);
  const lab = await startStaticServer(DIST);
  const problems = watchProblems(page);
  const paste = (block: string): string => block.replaceAll('https://YOUR-HOST/lab/', `${lab.origin}/`).replaceAll('https://YOUR-HOST', lab.origin);
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>LMS page</title></head><body>
<h1>Unit 3: tolerance factor</h1>
${paste(docsExample('sandbox'))}
${paste(docsExample('height'))}
${paste(docsExample('messages'))}
</body></html>`;
  const host = await startHostServer({ '/lms.html': html });
  try {
    await page.goto(`${host.origin}/lms.html`);
    const frame = page.locator('iframe');
    await expect(frame).toHaveAttribute('sandbox', 'allow-scripts');
    // The messages example waited for the first pqd:state, set FAPbI3, and hears its readouts.
    await expect(page.locator('#feedback')).toHaveText('In the cubic window!', { timeout: 30_000 });
    // The height example sized the iframe from the widget's own report (not the 720 px it started with).
    await expect.poll(() => frame.evaluate((f) => (f as HTMLIFrameElement).style.height), { timeout: 20_000 }).not.toBe('720px');
    const height = await frame.evaluate((f) => parseFloat((f as HTMLIFrameElement).style.height));
    expect(height).toBeGreaterThan(400);
    // Inside: an opaque origin, the lattice drawn, nothing thrown.
    const inner = page.frames().find((f) => f !== page.mainFrame())!;
    expect(await inner.evaluate(() => self.origin)).toBe('null');
    await expect(inner.locator('.lattice-canvas')).toHaveAttribute('data-status', 'ready', { timeout: 30_000 });
    expect(problems.filter((p) => !FONT_CORS.test(p))).toEqual([]);
  } finally {
    await host.close();
    await lab.close();
  }
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
    if (id === 'lat') await expect(page.locator('#lat .lattice-canvas')).toHaveAttribute('data-status', /ready|paused/, { timeout: 30_000 });
    if (id === 'con') await expect(page.locator('#con .pqd-root svg').first()).toBeVisible({ timeout: 20_000 });
  }
  for (const id of ['lat', 'con', 'lig']) out[id] = await page.evaluate((i) => Math.round(document.getElementById(i)!.getBoundingClientRect().height), id);
  return out;
}

test('strict-CSP host page: every widget, zero violations; a 40 px root font lays them out as a 16 px one', async ({ page, baseURL }) => {
  test.setTimeout(120_000);
  const lab = new URL(baseURL!).origin;
  const css = (size: string): string => `html { font-size: ${size}; } body { margin: 0; } .row { display: flex; flex-direction: column; gap: 2rem; max-width: 1100px; } .w { display: block; flex: 1; --pqd-min-height: 300px; }`;
  const host = await startHostServer({
    '/16.html': widgetsPage(lab, '16'),
    '/40.html': widgetsPage(lab, '40'),
    '/host-16.css': css('16px'),
    '/host-40.css': css('40px'),
  });
  const problems = watchProblems(page);
  await recordCspViolations(page);
  try {
    await page.goto(`${host.origin}/16.html`);
    const small = await widgetHeights(page);
    const violations = await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
    expect(violations, 'securitypolicyviolation events under style-src without unsafe-inline').toEqual([]);
    // HTML's style/title/lang/class kept their meaning; render-style set the lattice's style.
    const lattice = await page.evaluate(() => (document.getElementById('lat') as unknown as { state: Record<string, unknown> }).state);
    expect(lattice.style).toBe('ball');
    expect(await page.locator('#lat').evaluate((e) => getComputedStyle(e).flexGrow)).toBe('1');
    await expect(page.locator('#lat')).not.toContainText('was ignored');
    expect(problems).toEqual([]);

    await page.goto(`${host.origin}/40.html`);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('40px');
    const big = await widgetHeights(page);
    for (const id of Object.keys(small)) expect(Math.abs(big[id] - small[id]), `${id}: ${small[id]} px at 16 px root, ${big[id]} px at 40 px`).toBeLessThanOrEqual(2);
    expect(await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations)).toEqual([]);
    expect(problems).toEqual([]);
  } finally {
    await host.close();
  }
});
