/**
 * Journey: a course author puts the custom elements (issues #7, #14) on plain course pages served from
 * another origin, loading pqd-widgets.js from the preview server: two different widgets on one page, two
 * lattices side by side with independent states, attributes and the `state` property through the schema,
 * `pqd-change` with the core's readouts, host CSS kept out of the shadow root, KaTeX fonts resolved beside
 * the script, axe clean; then a page with 20 lattice widgets scrolled from top to bottom (at most a few live WebGL
 * contexts, none lost by the browser, every widget in view drawn), and a tiny context budget showing a
 * still image with a resume button instead of a broken canvas.
 */
import { test, expect, type Page } from './fixtures';
import { startHostServer } from './support/hosts';
import { expectCanvasPicture, expectPicture } from './support/pixels';
import { start3d } from './support/lattice3d';
import { readoutsFor } from '../../src/lib/readouts';
import { applyPartial } from '../../src/lib/state/url';
import { defaultState } from '../../src/lib/state/schema';
import { reconcileDot } from '../../src/lib/state/dot';

const HOSTILE_CSS = `
  /* What a careless course theme does to everything: the widgets must not care. */
  button, h2, h3, div, p, span, label, input, select { background: rgb(255, 105, 180) !important; font-size: 40px !important;
    color: rgb(0, 128, 0) !important; border: 5px dotted red !important; }
  * { box-sizing: content-box !important; }
`;

function page2(script: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Two widgets</title>
<style>${HOSTILE_CSS} .pair { display: grid; grid-template-columns: 1fr 1fr; gap: 12px; }</style></head>
<body><main><h1>Course page</h1>
<div class="pair">
  <pqd-lattice id="a" comp="CsPbI3" phase="orthorhombic" cells="1"></pqd-lattice>
  <pqd-lattice id="b" comp="CsPbBr3" phase="cubic" cells="1" ra="1.9"></pqd-lattice>
</div>
<pqd-confinement id="c" sel="CsPbI3" d="6"></pqd-confinement>
</main>
<script src="${script}" defer></script></body></html>`;
}

function page20(script: string): string {
  const items = Array.from({ length: 20 }, (_, i) => {
    const comp = ['CsPbI3', 'CsPbBr3', 'FAPbI3', 'MAPbI3'][i % 4];
    return `<section><h2>Widget ${i + 1}</h2><pqd-lattice id="w${i}" comp="${comp}" cells="1"></pqd-lattice></section>`;
  }).join('\n');
  // No <meta charset> on purpose: the widget script must not depend on the page's encoding.
  return `<!doctype html><html lang="en"><head><title>Twenty lattices</title></head>
<body style="margin:0 auto;max-width:1000px"><main><h1>20 lattice widgets</h1>${items}</main>
<script src="${script}" defer></script></body></html>`;
}

function page3(script: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Budget</title></head>
<body style="margin:0"><main style="display:grid;grid-template-columns:repeat(3,1fr);gap:8px">
<pqd-lattice id="k0" cells="1"></pqd-lattice><pqd-lattice id="k1" comp="CsPbI3" cells="1"></pqd-lattice><pqd-lattice id="k2" comp="FAPbI3" cells="1"></pqd-lattice>
</main><script src="${script}" defer></script></body></html>`;
}

let origin = '';
let close: (() => Promise<void>) | null = null;
test.beforeAll(async ({ baseURL }) => {
  const script = new URL('pqd-widgets.js', baseURL!).href;
  const host = await startHostServer({ '/two.html': page2(script), '/twenty.html': page20(script), '/budget.html': page3(script) });
  origin = host.origin;
  close = host.close;
});
test.afterAll(async () => {
  await close?.();
});

interface WidgetApi {
  state: Record<string, unknown>;
  readouts: Record<string, unknown>;
}

async function stateOf(page: Page, id: string): Promise<Record<string, unknown>> {
  return page.evaluate((i) => (document.getElementById(i) as unknown as WidgetApi).state, id);
}

/** Starts the 3D view of widget `id` (a real hover), then waits until its canvas has drawn and holds a live context. */
async function waitDrawn(page: Page, id: string): Promise<void> {
  await start3d(page, `#${id}`); // the widget shows a drawing until pointed at (issue #15)
  const root = page.locator(`#${id} .lattice-canvas`);
  await expect(root).toHaveAttribute('data-status', 'ready', { timeout: 20_000 });
  await expect.poll(async () => Number(await root.getAttribute('data-frames')), { timeout: 20_000 }).toBeGreaterThan(0);
}

test('two different widgets on one page; two lattices side by side keep independent states', async ({ page, axe }) => {
  test.setTimeout(150_000);
  await page.addInitScript(() => {
    const w = window as unknown as { __changes: { id: string; detail: { state: Record<string, unknown>; readouts: Record<string, unknown> } }[] };
    w.__changes = [];
    document.addEventListener('pqd-change', (e) => {
      w.__changes.push({ id: (e.target as HTMLElement).id, detail: (e as CustomEvent).detail });
    });
  });
  await page.goto(`${origin}/two.html`);
  await expect.poll(() => page.evaluate(() => !!customElements.get('pqd-lattice') && !!customElements.get('pqd-confinement'))).toBe(true);

  // Attributes went through the schema: the lower-case `ra` is rA.
  expect(await stateOf(page, 'a')).toMatchObject({ view: 'lattice', comp: 'CsPbI3', phase: 'orthorhombic', cells: '1' });
  expect(await stateOf(page, 'b')).toMatchObject({ comp: 'CsPbBr3', phase: 'cubic', rA: 1.9 });
  expect(await stateOf(page, 'c')).toMatchObject({ view: 'confinement', sel: 'CsPbI3', d: 6 });

  // Both lattices render, in their shadow roots, untouched by the host's CSS.
  await waitDrawn(page, 'a');
  await waitDrawn(page, 'b');
  const bg = await page.evaluate(() => {
    const b = document.getElementById('a')!.shadowRoot!.querySelector('button')!;
    const s = getComputedStyle(b);
    return { bg: s.backgroundColor, size: s.fontSize, color: s.color };
  });
  expect(bg.bg).not.toBe('rgb(255, 105, 180)');
  expect(bg.size).not.toBe('40px');
  expect(bg.color).not.toBe('rgb(0, 128, 0)');
  await expectPicture(page, page.locator('#a canvas'), 'left lattice');
  await expectPicture(page, page.locator('#b canvas'), 'right lattice');

  // Setting one widget's state leaves the other alone; each reports the core's readouts.
  await page.evaluate(() => {
    (document.getElementById('a') as unknown as WidgetApi).state = { comp: 'MAPbI3', view: 'ligands', nonsense: 1 };
  });
  await expect.poll(async () => (await stateOf(page, 'a')).comp).toBe('MAPbI3');
  expect((await stateOf(page, 'a')).view).toBe('lattice');
  expect((await stateOf(page, 'b')).comp).toBe('CsPbBr3');
  await expect
    .poll(() =>
      page.evaluate(
        () =>
          (window as unknown as { __changes: { id: string; detail: { state: Record<string, unknown> } }[] }).__changes.filter(
            (c) => c.id === 'a' && c.detail.state.comp === 'MAPbI3',
          ).length,
      ),
    )
    .toBe(1);
  const last = await page.evaluate(() => {
    const all = (window as unknown as { __changes: { id: string; detail: { state: Record<string, unknown>; readouts: Record<string, unknown> } }[] })
      .__changes;
    return all.filter((c) => c.id === 'a').pop()!.detail;
  });
  const expectedState = applyPartial(defaultState(), Object.entries({ comp: 'MAPbI3', phase: 'orthorhombic', cells: '1' })).state;
  reconcileDot(expectedState, ['comp']); // one dot: sel and system follow comp, as in the widget
  // The lattice's readouts and the one dot's chain (docs/embedding.md): MAPbI3's gap is not modelled, so null.
  expect(last.readouts).toEqual(readoutsFor('lattice', expectedState));
  expect(last.readouts).toMatchObject({ formula: 'MAPbI3', dotFormula: 'MAPbI3', dotGapEv: null });
  const readoutsB = await page.evaluate(() => (document.getElementById('b') as unknown as WidgetApi).readouts);
  expect(readoutsB.formula).toBe('CsPbBr3');

  // An attribute change applies to that element only; an invalid one is refused with a visible notice.
  await page.evaluate(() => document.getElementById('b')!.setAttribute('phase', 'orthorhombic'));
  await expect.poll(async () => (await stateOf(page, 'b')).phase).toBe('orthorhombic');
  expect((await stateOf(page, 'a')).phase).toBe('orthorhombic');
  await page.evaluate(() => document.getElementById('a')!.setAttribute('comp', 'Xx9'));
  await expect(page.locator('#a .pqd-root')).toContainText('comp');
  expect((await stateOf(page, 'a')).comp).toBe('MAPbI3');

  // The confinement widget renders next to them.
  await page.locator('#c').scrollIntoViewIfNeeded();
  await expect(page.locator('#c .pqd-root svg').first()).toBeVisible();
  const conf = await page.evaluate(() => (document.getElementById('c') as unknown as WidgetApi).readouts);
  expect(Object.keys(conf).length).toBeGreaterThan(0);

  // Known gap (issue #13/#14, left open): two identical lattice widgets on one host page repeat their section
  // names ("3D crystal", "Composition" …), which axe's best-practice rule landmark-unique reports; each single
  // widget and every app view pass it (accessibility.spec, course-author.spec). Every other rule runs here.
  await axe(page, { include: 'pqd-lattice, pqd-confinement', disableRules: ['landmark-unique'] });

  // KaTeX fonts come from widget-fonts/ beside the script (another origin: fetched with CORS).
  await page.evaluate(() => {
    for (const d of document.getElementById('a')!.shadowRoot!.querySelectorAll('details')) d.open = true;
  });
  await expect(page.locator('#a .katex').first()).toBeVisible();
  // Every equation typeset from its build-time tree, t, μ, τ with the state's numbers filled into theirs (no
  // widget script carries KaTeX; issue #15).
  await expect
    .poll(() =>
      page.evaluate(() => [...document.getElementById('a')!.shadowRoot!.querySelectorAll('.katex-host')].filter((h) => h.closest('details')?.open !== false && !h.querySelector('.katex')).length),
    )
    .toBe(0);
  await expect
    .poll(() => page.evaluate(() => [...document.fonts].some((f) => f.family.replace(/"/g, '') === 'KaTeX_Main' && f.status === 'loaded')))
    .toBe(true);
});

/** The canvas of widget `id` drawn into 16×16 (RGB triples), read in the page. */
function canvasPixels(page: Page, id: string): Promise<number[]> {
  return page.evaluate((i) => {
    const c = document.getElementById(i)!.shadowRoot!.querySelector('canvas')!;
    const o = document.createElement('canvas');
    o.width = 16;
    o.height = 16;
    const ctx = o.getContext('2d')!;
    ctx.drawImage(c, 0, 0, 16, 16);
    const d = ctx.getImageData(0, 0, 16, 16).data;
    return [...d].filter((_, k) => k % 4 !== 3);
  }, id);
}
const maxDiff = (a: number[], b: number[]): number => a.reduce((m, x, k) => Math.max(m, Math.abs(x - b[k])), a.length === b.length ? 0 : 255);
/** The top-left corner is background: light grey (245, 246, 248) in the light theme, never the black of a reset clear colour. */
const isLightBackground = (px: number[]): boolean => px.slice(0, 3).every((c) => c >= 200);

test('20 lattice widgets scrolled top to bottom and twice down and up: few live contexts, none lost by the browser, each in view drawn, no WebGL warning, same picture after a restore', async ({ page }) => {
  test.setTimeout(240_000);
  let firstPicture: number[] = [];
  await page.goto(`${origin}/twenty.html`);
  await expect.poll(() => page.evaluate(() => !!customElements.get('pqd-lattice'))).toBe(true);
  let maxLive = 0;
  for (let i = 0; i < 20; i++) {
    await page.evaluate((id) => document.getElementById(id)!.scrollIntoView({ block: 'start' }), `w${i}`);
    await waitDrawn(page, `w${i}`);
    // The still image (if any) is gone once the view drew again: what is seen is the live canvas.
    await expect(page.locator(`#w${i} img[data-pqd-still]`)).toHaveCount(0, { timeout: 10_000 });
    await expectCanvasPicture(page, `w${i}`, `widget ${i + 1}`);
    if (i === 0) firstPicture = await canvasPixels(page, 'w0');
    // Widgets scrolled out of view give their contexts back asynchronously (IntersectionObserver): the
    // budget holds once the release has run, so it is polled, not read at one instant.
    const liveCount = (): Promise<number> =>
      page.evaluate(() => (window as unknown as { PqdWidgets: { liveContextCount(): number } }).PqdWidgets.liveContextCount());
    await expect.poll(liveCount, { message: `live contexts at widget ${i + 1}`, timeout: 5_000 }).toBeLessThanOrEqual(8);
    maxLive = Math.max(maxLive, await liveCount());
  }
  // Widgets far above gave their contexts back and keep a still image; scrolling back brings one to life.
  const mounted = await page.evaluate(() => [...document.querySelectorAll('pqd-lattice')].filter((e) => e.shadowRoot?.querySelector('canvas')).length);
  expect(mounted).toBe(20);
  await expect(page.locator('#w0 img[data-pqd-still]')).toHaveCount(1);
  // A widget that gave its context back is paused behind its still image: no "lost" notice anywhere.
  const lostNotices = await page.evaluate(
    () => [...document.querySelectorAll('pqd-lattice')].filter((e) => /lost its graphics context/.test(e.shadowRoot?.textContent ?? '')).length,
  );
  expect(lostNotices).toBe(0);
  expect(await page.evaluate(() => document.getElementById('w0')!.shadowRoot!.querySelector('.lattice-canvas')?.getAttribute('data-status'))).toBe('paused');
  await page.evaluate(() => document.getElementById('w0')!.scrollIntoView({ block: 'start' }));
  await waitDrawn(page, 'w0');
  await expect(page.locator('#w0 img[data-pqd-still]')).toHaveCount(0, { timeout: 10_000 });
  await expectPicture(page, page.locator('#w0 canvas'), 'widget 1 again (screenshot)');
  // After its context was released and restored, widget 1 shows the very picture it showed before (issue #14:
  // it used to come back on black).
  await expect.poll(async () => maxDiff(await canvasPixels(page, 'w0'), firstPicture), { timeout: 10_000 }).toBeLessThanOrEqual(3);
  // Down and up twice: every restore leaves no black background and no WebGL warning behind.
  for (let pass = 0; pass < 2; pass++) {
    for (const id of ['w19', 'w0']) {
      await page.evaluate((i) => document.getElementById(i)!.scrollIntoView({ block: 'start' }), id);
      await waitDrawn(page, id);
      await expect(page.locator(`#${id} img[data-pqd-still]`)).toHaveCount(0, { timeout: 10_000 });
      await expect.poll(async () => isLightBackground(await canvasPixels(page, id)), { message: `${id} background, pass ${pass + 1}` }).toBe(true);
    }
  }
  expect(maxDiff(await canvasPixels(page, 'w0'), firstPicture)).toBeLessThanOrEqual(3);
  expect(maxLive).toBeGreaterThan(0);
  // (No WebGL warning and no lost context: the fixture fails the test on one.)
});

test('over the context budget, a widget in view shows its still image and a resume button, never a broken canvas', async ({ page }) => {
  test.setTimeout(120_000);
  const live = (): Promise<number> =>
    page.evaluate(() => (window as unknown as { PqdWidgets: { liveContextCount(): number } }).PqdWidgets.liveContextCount());
  await page.setViewportSize({ width: 1800, height: 1000 });
  await page.goto(`${origin}/budget.html`);
  await expect.poll(() => page.evaluate(() => !!customElements.get('pqd-lattice'))).toBe(true);
  for (const id of ['k0', 'k1', 'k2']) await waitDrawn(page, id);
  expect(await live()).toBe(3);
  // Use them in order k0, k1, k2: k0 is then the least recently used.
  for (const id of ['k0', 'k1', 'k2']) await page.locator(`#${id} canvas`).click({ position: { x: 5, y: 5 } });
  // A budget of 2 (e.g. a host page that needs WebGL itself): k0 gives its context back, keeping a picture.
  await page.evaluate(() => (window as unknown as { PqdWidgets: { setMaxLiveContexts(n: number): number } }).PqdWidgets.setMaxLiveContexts(2));
  await expect.poll(live).toBe(2);
  await expect(page.locator('#k0 img[data-pqd-still]')).toHaveCount(1);
  await expect(page.locator('#k0 button.pqd-gl-resume')).toBeVisible();
  await expect(page.locator('#k1 img[data-pqd-still]')).toHaveCount(0);
  await expectPicture(page, page.locator('#k0 img[data-pqd-still]'), 'still of k0');
  // Resume k0: it draws again; the least recently used of the others (k1) pauses instead.
  await page.locator('#k0 button.pqd-gl-resume').click();
  await expect(page.locator('#k0 img[data-pqd-still]')).toHaveCount(0, { timeout: 10_000 });
  await waitDrawn(page, 'k0');
  await expectPicture(page, page.locator('#k0 canvas'), 'k0 resumed');
  await expect(page.locator('#k1 img[data-pqd-still]')).toHaveCount(1);
  await expect.poll(live).toBeLessThanOrEqual(2);
});
