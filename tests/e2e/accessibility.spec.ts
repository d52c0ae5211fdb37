/**
 * Journey: every view for every reader (issue #13). axe-core (WCAG A/AA and best-practice rules: one main,
 * one banner, every region named) finds nothing on each view in each theme; no internal note or file name
 * reaches a student on any view (every note opened) or dialog; and no two chart labels overlap at 1280,
 * 1024 and 360 px in any theme.
 */
import { test, expect, type Page } from './fixtures';
import { revealLazyPanels } from './support/lazyPanels';

const VIEWS = ['lattice', 'confinement', 'ligands'] as const;

for (const view of VIEWS) {
  test(`axe-core finds no violations: ${view}, in the light, dark and projector themes`, async ({ page, axe }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(`./?view=${view}`);
    await expect(page.locator('#view-panel')).toBeVisible();
    if (view !== 'lattice') await revealLazyPanels(page); // panels that load when scrolled near (issue #15)
    if (view === 'lattice') {
      await expect(page.getByTestId('t-value')).toBeVisible();
      // The toolbar is there (Save PNG works at once: before the 3D view is live it starts it first, issue #15).
      await expect(page.getByRole('button', { name: 'Save PNG (2×)' })).toBeEnabled();
    }
    for (const theme of ['light', 'dark', 'projector'] as const) await axe(page, { theme });
  });
}

test('the confinement plot\'s hidden data tables are in the page on a phone without any scrolling (issue #15)', async ({ page }) => {
  // A screen reader may look for the plot's words anywhere on the page: they load once the view has mounted,
  // not only when the foot of the view (the notes) comes near, as the panels below the first screen do.
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('./?view=confinement');
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  await expect(page.getByTestId('curves-table')).toBeAttached();
  await expect(page.getByTestId('curves-table').locator('tbody tr').first()).toBeAttached();
  // Still the first screen, and the notes at the foot have not loaded: the tables came on their own.
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  await expect(page.locator('.how-loading')).toBeAttached();
});

/**
 * Provenance marks of the reference folder and source file names are for the authors, never for students
 * (issue #13): "(a)", "(a2)", "(b)", "(c)", "unverified", "from memory", "*.json", "*.csv", "lib/…", "*.ts".
 */
const INTERNAL = [/\((?:a2?|b|c)\)/, /\bunverified\b/i, /\bfrom memory\b/i, /\b[\w.-]+\.(?:json|csv)\b/, /\blib\//, /\b[\w-]+\.ts\b/];

/** Visible text plus accessible names and descriptions (what a screen reader says) under `root`. */
async function studentText(page: Page, root: string): Promise<string> {
  return page.evaluate((sel) => {
    const el = document.querySelector(sel) as HTMLElement | null;
    if (!el) return '';
    const attrs = [...el.querySelectorAll('[aria-label], [title], [aria-valuetext], [alt]')].flatMap((e) =>
      ['aria-label', 'title', 'aria-valuetext', 'alt'].map((a) => e.getAttribute(a) ?? ''),
    );
    const svgText = [...el.querySelectorAll('svg title, svg desc')].map((t) => t.textContent ?? '');
    return [el.innerText, ...attrs, ...svgText].join('\n');
  }, root);
}
function internalFragments(text: string): string[] {
  const out: string[] = [];
  for (const re of INTERNAL) {
    for (const m of text.matchAll(new RegExp(re.source, `${re.flags}g`))) {
      const at = m.index ?? 0;
      out.push(`“${m[0]}” in …${text.slice(Math.max(0, at - 70), at + m[0].length + 30).replace(/\s+/g, ' ')}…`);
    }
  }
  return out;
}

test('no internal codes or file names on any view (every note opened) or dialog', async ({ page }) => {
  test.slow();
  const found: string[] = [];
  for (const view of VIEWS) {
    await page.goto(`./?view=${view}`);
    await expect(page.locator('#view-panel')).toBeVisible();
    if (view !== 'lattice') await revealLazyPanels(page);
    // Open every "How is this computed?" and other notes, nested ones too.
    for (let round = 0; round < 3; round++) {
      const closed = page.locator('#view-panel details:not([open]) > summary');
      const n = await closed.count();
      if (n === 0) break;
      await closed.evaluateAll((els) => els.forEach((e) => (e as HTMLElement).click()));
    }
    found.push(...internalFragments(await studentText(page, '.pqd-root')).map((f) => `${view}: ${f}`));
    for (const key of ['?', 'p', 's', 'e']) {
      await page.locator('body').press(key);
      await expect(page.locator('dialog[open]'), `${view}: key ${key} opens its dialog`).toBeVisible();
      found.push(...internalFragments(await studentText(page, 'dialog[open]')).map((f) => `${view} dialog ${key}: ${f}`));
      await page.keyboard.press('Escape');
      await expect(page.locator('dialog[open]')).toHaveCount(0);
    }
  }
  expect([...new Set(found)]).toEqual([]);
});

/** Two chart labels that overlap. */
interface Collision {
  chart: string;
  a: string;
  b: string;
}

/**
 * Pairs of visible SVG <text> boxes (screen rectangles, transforms included) that overlap, per chart, under
 * `root`. Boxes may touch: they must overlap by more than 1.5 px across and by more than a quarter of the
 * smaller box's height (glyph boxes carry empty ascender/descender room).
 */
async function textCollisions(page: Page, root = '#view-panel'): Promise<Collision[]> {
  return page.evaluate((sel) => {
    const out: { chart: string; a: string; b: string }[] = [];
    const scope = document.querySelector(sel);
    if (!scope) return out;
    const visible = (el: Element): boolean => {
      for (let e: Element | null = el; e && e !== scope; e = e.parentElement) {
        const cs = getComputedStyle(e);
        if (cs.display === 'none' || cs.visibility === 'hidden' || Number(cs.opacity) === 0) return false;
      }
      return true;
    };
    const charts = [...scope.querySelectorAll('svg')].filter((svg) => !svg.parentElement?.closest('svg'));
    charts.forEach((svg, i) => {
      const name = svg.getAttribute('aria-label') ?? svg.querySelector('title')?.textContent ?? `svg #${i}`;
      const boxes = [...svg.querySelectorAll('text')]
        .filter((t) => (t.textContent ?? '').trim() !== '' && visible(t))
        .map((t) => ({ text: (t.textContent ?? '').trim(), r: t.getBoundingClientRect() }))
        .filter((b) => b.r.width > 0 && b.r.height > 0);
      for (let p = 0; p < boxes.length; p++) {
        for (let q = p + 1; q < boxes.length; q++) {
          const A = boxes[p].r;
          const B = boxes[q].r;
          const w = Math.min(A.right, B.right) - Math.max(A.left, B.left);
          const h = Math.min(A.bottom, B.bottom) - Math.max(A.top, B.top);
          if (w > 1.5 && h > 0.25 * Math.min(A.height, B.height)) out.push({ chart: name.slice(0, 60), a: boxes[p].text.slice(0, 40), b: boxes[q].text.slice(0, 40) });
        }
      }
    });
    return out;
  }, root);
}

const WIDTHS = [1280, 1024, 360] as const;
const THEMES = ['light', 'dark', 'projector'] as const;

for (const view of VIEWS) {
  test(`no overlapping chart labels: ${view}, at 1280/1024/360 px, every theme`, async ({ page }) => {
    test.slow();
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(`./?view=${view}`);
    await expect(page.locator('#view-panel svg').first()).toBeAttached();
    if (view !== 'lattice') await revealLazyPanels(page);
    const found: string[] = [];
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 800 });
      for (const theme of THEMES) {
        await page.getByLabel('Theme').selectOption(theme);
        await expect(page.locator('.pqd-root')).toHaveAttribute('data-theme', theme);
        let last: Collision[] = [];
        await expect
          .poll(async () => (last = await textCollisions(page)).length, { timeout: 3000 })
          .toBe(0)
          .catch(() => undefined);
        found.push(...last.map((c) => `${width}px ${theme} · ${c.chart}: “${c.a}” × “${c.b}”`));
      }
    }
    expect(found).toEqual([]);
  });
}
