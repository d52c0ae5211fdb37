/**
 * The one Playwright fixture every journey imports (`import { test, expect } from './fixtures'`).
 *
 * - Console problems fail the test, for every page of the test's context (pages opened with
 *   `context.newPage()` too) and every frame in them: console errors, page errors (uncaught exceptions),
 *   failed requests (network failures and HTTP ≥ 400; a request the page itself cancelled, net::ERR_ABORTED,
 *   is not one), and console lines of any level that mean WebGL trouble ("Too many active WebGL contexts",
 *   CONTEXT_LOST_WEBGL, "WebGL: INVALID…"), an uncaught error or a Content-Security-Policy refusal.
 *   three's "THREE.WebGLRenderer: Context Lost." info line is not one: a widget out of view releases its
 *   context on purpose.
 * - A test that expects a problem (a refused inline script under CSP, a deliberately lost context) opts out
 *   of exactly that problem: `test.use({ allowProblems: /Executing inline script violates/ })` in a
 *   `test.describe` (one pattern, alternatives joined with |: Playwright would read an array of patterns as
 *   a [value, options] pair). `problems.list` is what was seen so far (for a check halfway through a test).
 * - `servers.host(pages)` (a course page on another origin) and `servers.site(dir, headers)` (the build on
 *   a server the test controls): closed after the test's pages are, so a page's late requests (an idle
 *   prefetch) never meet a closed port.
 * - `axe(page, { theme, include, disableRules })`: axe-core with the WCAG A/AA and best-practice rules
 *   (support/axe.ts), after switching to `theme` with the page's theme switcher and waiting for the page to
 *   be still (transitions over, fonts loaded, the 3D view idle).
 */
import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { startHostServer, startStaticServer } from './support/hosts';
import { canvasSettled, pageSettled } from './support/settle';

export { expect };
export type { BrowserContext, CDPSession, Frame, Locator, Page } from '@playwright/test';

export type Theme = 'light' | 'dark' | 'projector';

export interface AxeOptions {
  /** Switch to this theme with the page's own theme switcher (the app's header) first. */
  theme?: Theme;
  /** Only this part of the page (a CSS selector; default the whole document). */
  include?: string;
  /** axe rule ids not to run (say why where you pass them). */
  disableRules?: readonly string[];
}

export type Axe = (page: Page, options?: AxeOptions) => Promise<void>;

/** Console lines that are problems whatever their level: WebGL trouble, an uncaught error, a CSP refusal. */
const PROBLEM_LINE = /Too many active WebGL contexts|CONTEXT_LOST_WEBGL|WebGL: INVALID|Uncaught|Refused to|Content.Security.Policy/i;

export class Problems {
  readonly #seen: string[] = [];
  readonly #pages = new WeakSet<Page>();

  /** Everything seen so far, in order. */
  get list(): readonly string[] {
    return this.#seen;
  }

  /** Starts listening to `page` (done for every page of the test's context; call it for pages of a context you made yourself). */
  watch(page: Page): void {
    if (this.#pages.has(page)) return;
    this.#pages.add(page);
    page.on('pageerror', (e) => this.#seen.push(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      const text = m.text();
      if (m.type() === 'error' || PROBLEM_LINE.test(text)) this.#seen.push(`console.${m.type()}: ${text}`);
    });
    page.on('requestfailed', (r) => {
      const why = r.failure()?.errorText ?? 'failed';
      if (why === 'net::ERR_ABORTED') return; // cancelled by the page (a navigation, an aborted fetch), not a failure
      this.#seen.push(`requestfailed: ${r.method()} ${r.url()} ${why}`);
    });
    page.on('response', (r) => {
      if (r.status() >= 400) this.#seen.push(`HTTP ${r.status()}: ${r.request().method()} ${r.url()}`);
    });
  }
}

export interface Servers {
  /** A course page on another origin: path → HTML (or CSS/JS for paths ending so). */
  host(pages: Record<string, string>): ReturnType<typeof startHostServer>;
  /** A static server of a build directory, sending `headers` with every file; `rewrite` alters a file. */
  site(dir: string, headers?: Record<string, string>): ReturnType<typeof startStaticServer>;
}

interface Fixtures {
  /** Problems this test expects (a pattern matched against each problem's text); all others fail it. */
  allowProblems: RegExp | undefined;
  problems: Problems;
  servers: Servers;
  axe: Axe;
}

/**
 * Two animation frames in every open page, so what the last action set off has logged its errors (at most
 * 2 s: a page hung by a failed test must not hang the teardown too).
 */
async function flush(context: BrowserContext): Promise<void> {
  const frames = Promise.all(
    context.pages().map((p) =>
      p
        .evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))))
        .catch(() => undefined), // a closed or navigating page has nothing more to say
    ),
  );
  let timer: ReturnType<typeof setTimeout> | undefined;
  await Promise.race([frames, new Promise<void>((done) => (timer = setTimeout(done, 2000)))]);
  clearTimeout(timer);
}

/**
 * `page.goto` and `page.reload` return once the live app has replaced the build's snapshot of the first screen
 * (issue #15; scripts/build/prerender.mjs): a test acts on the app, as a student does once it answers. A
 * test about the snapshot itself looks before scripts run (route them away).
 */
function waitForLiveApp(page: Page): void {
  // A URL with a state (more than its view) has no snapshot: there the app's own mark says it has mounted.
  const live = () =>
    page.waitForFunction(
      () => {
        const app = document.getElementById('app');
        return !document.getElementById('pqd-snapshot') && (!app || app.hasAttribute('data-mounted'));
      },
      undefined,
      { timeout: 30_000 },
    );
  const goto = page.goto.bind(page);
  const reload = page.reload.bind(page);
  page.goto = async (...args) => {
    const r = await goto(...args);
    await live();
    return r;
  };
  page.reload = async (...args) => {
    const r = await reload(...args);
    await live();
    return r;
  };
}

export const test = base.extend<Fixtures>({
  allowProblems: [undefined, { option: true }],

  problems: [
    async ({ allowProblems }, use) => {
      const problems = new Problems();
      await use(problems);
      const unexpected = problems.list.filter((p) => !allowProblems?.test(p));
      expect(unexpected, 'console errors, page errors, failed requests or WebGL warnings during the test').toEqual([]);
    },
    { auto: true },
  ],

  // Torn down before the context (it depends on it): the test's pages are flushed and closed first, then
  // the servers, so no page is left asking a closed port for something (an idle prefetch).
  servers: async ({ context }, use) => {
    const open: (() => Promise<void>)[] = [];
    await use({
      host: async (pages) => {
        const h = await startHostServer(pages);
        open.push(h.close);
        return h;
      },
      site: async (dir, headers) => {
        const s = await startStaticServer(dir, headers);
        open.push(s.close);
        return s;
      },
    });
    if (open.length > 0) {
      await flush(context);
      await context.close();
    }
    await Promise.all(open.map((close) => close()));
  },

  context: async ({ context, problems }, use) => {
    for (const p of context.pages()) {
      problems.watch(p);
      waitForLiveApp(p);
    }
    context.on('page', (p) => {
      problems.watch(p);
      waitForLiveApp(p);
    });
    await use(context);
    await flush(context);
  },

  axe: async ({}, use) => {
    await use(async (page, options = {}) => {
      if (options.theme) {
        const switcher = page.getByLabel('Theme');
        if ((await switcher.count()) === 0) throw new Error('axe({ theme }): this page has no theme switcher; load it with &theme= instead');
        await switcher.selectOption(options.theme);
        await expect(page.locator('.pqd-root').first()).toHaveAttribute('data-theme', options.theme);
      }
      await canvasSettled(page);
      await pageSettled(page);
      await expectNoAxeViolations(page, options.include, options.disableRules ?? []);
    });
  },
});
