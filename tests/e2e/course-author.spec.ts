/**
 * Journey: a course author embeds the lab in an iframe (issues #7, #14). The app's Embed dialog writes the
 * snippets for the current state; the docs' examples pasted verbatim into a host page work in a sandboxed
 * iframe (`allow-scripts` only) from a plain static host (no CORS headers); a host page on another origin (a
 * tiny server on another port of 127.0.0.1 — a page.route page would count as public and Chromium blocks
 * its requests to the local network) embeds `?view=lattice&embed=1&...` from the preview server: the preset
 * state is honoured, the height message arrives and fits the iframe, the widget reflows to a phone-width
 * container without horizontal scrolling, the parent sets state and hears the readouts the core computes,
 * malformed messages are ignored, and embed mode is axe-clean for every view.
 * (Custom elements: course-author-widgets.spec.ts; strict CSP: course-author-csp.spec.ts.)
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { test, expect, type Frame, type Page } from './fixtures';
import { DIST, startHostServer } from './support/hosts';
import { readoutsFor } from '../../src/lib/readouts';
import { parseQuery } from '../../src/lib/state/url';
import { queryKeys, reconcileDot } from '../../src/lib/state/dot';
import { VIEWS, type UrlState } from '../../src/lib/state/schema';
import { start3d } from './support/lattice3d';

test('the Embed dialog writes both snippets for the current state', async ({ page, axe }) => {
  await page.goto('./?view=lattice&comp=FAPbI3');
  await page.getByRole('button', { name: 'Embed', exact: true }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('iframe');
  const text = (await dialog.textContent()) ?? '';
  const fields = await dialog.locator('textarea, input, code, pre').allTextContents();
  const values = await dialog.locator('textarea, input').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
  const all = [text, ...fields, ...values].join('\n');
  expect(all).toContain('embed=1');
  expect(all).toContain('comp=FAPbI3');
  expect(all).toMatch(/<pqd-lattice[^>]*comp="FAPbI3"/);
  await axe(page);
});

const DOCS = readFileSync(fileURLToPath(new URL('../../docs/embedding.md', import.meta.url)), 'utf8');

/** The fenced block after `<!-- example:NAME … -->` in docs/embedding.md, as written there. */
function docsExample(name: string): string {
  const m = new RegExp(`<!-- example:${name}\\b[^>]*-->\\n\`\`\`\\w*\\n([\\s\\S]*?)\\n\`\`\``).exec(DOCS);
  if (!m) throw new Error(`docs/embedding.md has no example:${name}`);
  return m[1];
}

test.describe('a sandboxed iframe', () => {
  // What the browser logs when a sandboxed (opaque-origin) frame cannot load a font (documented in
  // docs/embedding.md): the only problems this journey accepts.
  test.use({ allowProblems: /Access to font at .* has been blocked by CORS policy|Failed to load resource: net::ERR_FAILED|^requestfailed: GET \S+\.woff2 net::ERR_FAILED$/ });

  test('sandboxed iframe (allow-scripts only) from a plain static host; the docs examples work as pasted', async ({ page, servers }) => {
    test.setTimeout(90_000);
    const lab = await servers.site(DIST);
    const paste = (block: string): string => block.replaceAll('https://YOUR-HOST/lab/', `${lab.origin}/`).replaceAll('https://YOUR-HOST', lab.origin);
    const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>LMS page</title></head><body>
<h1>Unit 3: tolerance factor</h1>
${paste(docsExample('sandbox'))}
${paste(docsExample('height'))}
${paste(docsExample('messages'))}
</body></html>`;
    const host = await servers.host({ '/lms.html': html });
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
    await start3d(inner); // a drawing until pointed at (issue #15)
    await expect(inner.locator('.lattice-canvas')).toHaveAttribute('data-status', 'ready', { timeout: 30_000 });
  });
});

interface Recorded {
  data: { type?: string; height?: number; view?: string; state?: Record<string, unknown>; readouts?: Record<string, unknown>; warnings?: string[] };
  origin: string;
  fromFrame: boolean;
}

const PRESET = 'comp=CsPbI3&phase=orthorhombic&cells=1';

function hostHtml(widgetBase: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Course page</title></head>
<body style="margin:0;font-family:sans-serif">
<h1>A course page on another origin</h1>
<div id="box" style="width:900px">
  <iframe id="f" title="Lattice widget" style="display:block;width:100%;height:300px;border:0"
    src="${widgetBase}?view=lattice&embed=1&${PRESET}"></iframe>
</div>
<script>
  window.__msgs = [];
  window.addEventListener('message', (e) => {
    const f = document.getElementById('f');
    window.__msgs.push({ data: e.data, origin: e.origin, fromFrame: e.source === f.contentWindow });
    if (e.source === f.contentWindow && e.data && e.data.type === 'pqd:height') f.style.height = e.data.height + 'px';
  });
</script></body></html>`;
}

let hostOrigin = '';
let closeHost: (() => Promise<void>) | null = null;
test.beforeAll(async ({ baseURL }) => {
  const host = await startHostServer({ '/course/page.html': hostHtml(new URL(baseURL!).href) });
  hostOrigin = host.origin;
  closeHost = host.close;
});
test.afterAll(async () => {
  await closeHost?.();
});

async function openHost(page: Page, _baseURL: string): Promise<Frame> {
  await page.goto(`${hostOrigin}/course/page.html`);
  const handle = await page.locator('#f').elementHandle();
  const frame = await handle!.contentFrame();
  if (!frame) throw new Error('no iframe');
  return frame;
}

async function messages(page: Page): Promise<Recorded[]> {
  return page.evaluate(() => (window as unknown as { __msgs: Recorded[] }).__msgs);
}

async function waitForMessage(page: Page, pred: (m: Recorded) => boolean, what: string): Promise<Recorded> {
  let found: Recorded | undefined;
  await expect
    .poll(
      async () => {
        found = (await messages(page)).find(pred);
        return !!found;
      },
      { message: `waiting for ${what}`, timeout: 15_000 },
    )
    .toBe(true);
  return found!;
}

/** The state the widget holds for a query: validated, then one dot (sel and system follow comp, as AppState does). */
function oneDot(query: string): UrlState {
  const state = parseQuery(query).state;
  reconcileDot(state, queryKeys(query));
  return state;
}

function post(page: Page, data: unknown): Promise<void> {
  return page.evaluate((d) => {
    const f = document.getElementById('f') as HTMLIFrameElement;
    f.contentWindow!.postMessage(d, '*');
  }, data);
}

test.describe('iframe embed', () => {
  test('preset honoured, height reported and applied, state set by the parent with core readouts', async ({ page, baseURL }) => {
    const frame = await openHost(page, baseURL!);

    // The first pqd:state carries the preset and the readouts the core computes for it: the lattice's own and
    // the one dot's chain (dotGapEv, plqy, vocEstimateV, …; docs/embedding.md, "every view — the one dot's chain").
    const first = await waitForMessage(page, (m) => m.fromFrame && m.data.type === 'pqd:state', 'the first pqd:state');
    expect(first.origin).toBe(new URL(baseURL!).origin);
    expect(first.data.view).toBe('lattice');
    expect(first.data.state).toMatchObject({ comp: 'CsPbI3', phase: 'orthorhombic', cells: '1', view: 'lattice' });
    const presetState = oneDot(`?view=lattice&embed=1&${PRESET}`);
    expect(first.data.readouts).toEqual(readoutsFor('lattice', presetState));
    expect(first.data.readouts).toMatchObject({ formula: 'CsPbI3', dotFormula: 'CsPbI3' });
    // The page itself shows the preset, alone (no header, no tabs).
    await expect(frame.locator('.pqd-root.embedded')).toBeVisible();
    await expect(frame.locator('[role="tablist"]')).toHaveCount(0);
    // Alone on its page, one h1 names the app and the view (the app's h1 is in the header it hides).
    await expect(frame.locator('h1')).toHaveCount(1);
    await expect(frame.locator('h1')).toHaveText(/QD Lab.*Lattice/);

    // Height: reported in CSS px and applied by the host; the iframe then shows everything without scrolling.
    const height = await waitForMessage(page, (m) => m.fromFrame && m.data.type === 'pqd:height' && (m.data.height ?? 0) > 200, 'pqd:height');
    expect(height.data.view).toBe('lattice');
    await expect
      .poll(async () => {
        const all = (await messages(page)).filter((m) => m.data.type === 'pqd:height');
        const last = all[all.length - 1].data.height!;
        const box = await page.locator('#f').boundingBox();
        return Math.abs((box?.height ?? 0) - last);
      })
      .toBeLessThan(1.5);
    const inner = await frame.evaluate(() => ({ sh: document.documentElement.scrollHeight, ih: innerHeight }));
    expect(inner.sh).toBeLessThanOrEqual(inner.ih + 1);

    // The parent sets a state by URL parameter names; the widget answers with the core's readouts.
    await post(page, { type: 'pqd:set', state: { comp: 'FAPbI3' } });
    const after = await waitForMessage(page, (m) => m.data.type === 'pqd:state' && m.data.state?.comp === 'FAPbI3', 'pqd:state after pqd:set');
    const expected = readoutsFor('lattice', oneDot(`?view=lattice&embed=1&${PRESET.replace('CsPbI3', 'FAPbI3')}`));
    expect(after.data.readouts).toEqual(expected);
    expect(after.data.readouts!.toleranceFactor).not.toEqual(first.data.readouts!.toleranceFactor);
    await expect(frame.locator('body')).toContainText('FAPbI');
  });

  test('resizes to its container: a 360 px column reflows without horizontal scrolling and reports a new height', async ({ page, baseURL }) => {
    const frame = await openHost(page, baseURL!);
    const wide = await waitForMessage(page, (m) => m.data.type === 'pqd:height' && (m.data.height ?? 0) > 200, 'pqd:height');
    await page.evaluate(() => {
      (document.getElementById('box') as HTMLElement).style.width = '360px';
    });
    await expect
      .poll(async () => {
        const all = (await messages(page)).filter((m) => m.data.type === 'pqd:height');
        return all[all.length - 1].data.height!;
      })
      .not.toBe(wide.data.height);
    // Overlays placed after the next frame may lag one frame behind the reflow: poll.
    await expect
      .poll(() => frame.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth))
      .toBeLessThanOrEqual(0);
    expect(await frame.evaluate(() => innerWidth)).toBe(360);
  });

  test('malformed messages are ignored, never thrown; only known keys apply; refused values are reported back', async ({ page, baseURL }) => {
    await openHost(page, baseURL!);
    await waitForMessage(page, (m) => m.data.type === 'pqd:state', 'the first pqd:state');
    const junk: unknown[] = [
      null,
      'pqd:set',
      42,
      [1, 2],
      { type: 'pqd:set' },
      { type: 'pqd:set', state: 'comp=FAPbI3' },
      { type: 'pqd:set', state: { view: 'ligands', embed: false } },
      { type: 'pqd:set', state: { d: 3, unknownKey: 1 } },
      { type: 'pqd:set', state: { comp: { nested: true } } },
      { type: 'pqd:nope', state: { comp: 'FAPbI3' } },
    ];
    for (const j of junk) await post(page, j);
    // A partly valid message: the valid key applies, the invalid value is refused and reported.
    await post(page, { type: 'pqd:set', state: { comp: 'MAPbI3', phase: 'hexagonal', bogus: 1 } });
    const warn = await waitForMessage(page, (m) => m.data.type === 'pqd:warnings', 'pqd:warnings');
    expect(warn.origin).toBe(new URL(baseURL!).origin);
    expect(warn.data.warnings!.join(' ')).toMatch(/phase/);
    // pqd:get answers with the state: the view is still lattice; only comp changed.
    await page.evaluate(() => {
      (window as unknown as { __msgs: unknown[] }).__msgs.length = 0;
    });
    await post(page, { type: 'pqd:get' });
    const reply = await waitForMessage(page, (m) => m.data.type === 'pqd:state', 'reply to pqd:get');
    expect(reply.data.view).toBe('lattice');
    expect(reply.data.state).toMatchObject({ view: 'lattice', comp: 'MAPbI3', phase: 'orthorhombic' });
  });
});

test.describe('embed mode accessibility', () => {
  for (const view of VIEWS) {
    test(`axe finds no violations in ?view=${view}&embed=1`, async ({ page, axe }) => {
      await page.goto(`./?view=${view}&embed=1`);
      await expect(page.locator('.pqd-root.embedded')).toBeVisible();
      await axe(page);
    });
  }
});
