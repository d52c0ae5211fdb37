/**
 * Waiting for the page to be still, by observation instead of fixed sleeps (the e2e tests never sleep):
 * CSS transitions and animations finished, web fonts loaded, and the 3D canvas idle.
 */
import type { Page } from '@playwright/test';

/**
 * Until the build's snapshot of the first screen has given way to the live app (issue #15), no finite CSS
 * transition or animation runs in the document (shadow roots included), the web fonts have loaded, and one
 * more frame was painted. (A theme switch fades colours; axe's contrast rule must not
 * read a colour halfway.)
 */
export async function pageSettled(page: Page, timeout = 10_000): Promise<void> {
  await page.waitForFunction(
    () =>
      !document.getElementById('pqd-snapshot') &&
      document.fonts.status === 'loaded' &&
      document.getAnimations().every((a) => {
        const iterations = a.effect?.getComputedTiming().iterations;
        return a.playState !== 'running' || iterations === Infinity;
      }),
    undefined,
    { timeout, polling: 'raf' },
  );
  await page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))));
}

/**
 * Until every `.lattice-canvas` of the document (render on demand: it draws only when something changed or
 * a tween runs) has left its loading state and drawn no new frame for `quietFrames` animation frames in a row: camera and style tweens
 * are over, the picture is final.
 */
export async function canvasSettled(page: Page, quietFrames = 6, timeout = 20_000): Promise<void> {
  const key = `__pqdSettle${Math.random().toString(36).slice(2)}`;
  await page.waitForFunction(
    ([k, quiet]) => {
      const w = window as unknown as Record<string, { seen: string; same: number } | undefined>;
      const canvases = [...document.querySelectorAll<HTMLElement>('.lattice-canvas')];
      if (canvases.some((e) => e.dataset.status === 'loading')) return false;
      const seen = canvases.map((e) => e.dataset.frames ?? '').join(',');
      const s = (w[k as string] ??= { seen: '', same: -1 });
      if (seen !== s.seen) {
        s.seen = seen;
        s.same = 0;
        return false;
      }
      s.same++;
      return s.same >= (quiet as number);
    },
    [key, quietFrames] as const,
    { timeout, polling: 'raf' },
  );
}
