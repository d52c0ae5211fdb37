/**
 * Labels never collide (issue #13): in every chart (each <svg> of the shown view) no two visible text boxes
 * overlap, at 1280, 1024 and 360 px wide, in each theme. One page per view: the width and the theme change in
 * place (no reloads), and the check is polled briefly so charts that re-measure after a resize can settle.
 */
import { test, expect, type Page } from '@playwright/test';

export interface Collision {
  chart: string;
  a: string;
  b: string;
}

/**
 * Pairs of visible SVG <text> boxes (screen rectangles, transforms included) that overlap, per chart, under
 * `root`. Boxes may touch: they must overlap by more than 1.5 px across and by more than a quarter of the
 * smaller box's height (glyph boxes carry empty ascender/descender room).
 */
export async function textCollisions(page: Page, root = '#view-panel'): Promise<Collision[]> {
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

for (const view of ['lattice', 'confinement', 'ligands'] as const) {
  test(`no overlapping chart labels: ${view}, at 1280/1024/360 px, every theme`, async ({ page }) => {
    test.slow();
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(`./?view=${view}`);
    await expect(page.locator('#view-panel svg').first()).toBeAttached();
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
