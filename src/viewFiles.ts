/**
 * Inserting the site's own files (issue #15): classic `<script src>` and `<link rel="stylesheet">`, never a
 * module script, `import()` or `crossorigin` — so a strict Content-Security-Policy (`'self'`) allows them and
 * an `<iframe sandbox="allow-scripts">` (opaque origin, where CORS fetches fail on a plain static host) loads
 * them (issue #14). The chunk loader (src/chunkLoader.ts) uses these as its host.
 */
import type { LoaderHost } from './chunkLoader';

/**
 * Insertions waiting for their turn. Each inserted file starts a request, which costs the main thread about a
 * millisecond (more while the page loads); the first view asks for about twenty at once. They are inserted
 * in tasks of their own, a few milliseconds' worth per task, so the boot never blocks the phone for long
 * (issue #15: Lighthouse's total blocking time counts every task over 50 ms at 4× slowdown).
 */
const waiting: (() => void)[] = [];
/** Milliseconds of insertions per task. */
const BUDGET_MS = 4;
let flushScheduled = false;

function flush(): void {
  flushScheduled = false;
  const start = performance.now();
  while (waiting.length) {
    waiting.shift()?.();
    if (waiting.length && performance.now() - start >= BUDGET_MS) {
      scheduleFlush();
      return;
    }
  }
}

function scheduleFlush(): void {
  if (flushScheduled) return;
  flushScheduled = true;
  setTimeout(flush, 0);
}

/** Runs `insert` in a later task, in order, a few milliseconds' worth per task. */
function insertSoon(insert: () => void): void {
  waiting.push(insert);
  scheduleFlush();
}

function absolute(href: string): string {
  return new URL(href, document.baseURI).href;
}

/** The stylesheets asked for, by absolute URL: each is inserted once. */
const sheets = new Map<string, Promise<void>>();

/** Inserts the stylesheet once; resolves when it has loaded (or failed: the page still works unstyled). */
export function loadStylesheet(href: string): Promise<void> {
  const url = absolute(href);
  let asked = sheets.get(url);
  if (asked) return asked;
  // One in the page's own HTML (or inserted by another copy of this module: a widget script).
  const link = [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].find((l) => l.href === url);
  asked = link?.sheet
    ? Promise.resolve()
    : new Promise<void>((resolve) => {
        const listen = (l: HTMLLinkElement): void => {
          l.addEventListener('load', () => resolve(), { once: true });
          l.addEventListener('error', () => resolve(), { once: true });
        };
        if (link) listen(link);
        else
          insertSoon(() => {
            const l = document.createElement('link');
            l.rel = 'stylesheet';
            l.href = url;
            listen(l);
            document.head.append(l);
          });
      });
  sheets.set(url, asked);
  return asked;
}

/** Inserts a classic script (fetched in parallel with others, run as it arrives); resolves when it has run. */
export function loadScript(href: string): Promise<void> {
  return new Promise<void>((resolve, reject) =>
    insertSoon(() => {
      const script = document.createElement('script');
      script.src = absolute(href);
      script.onload = () => resolve();
      script.onerror = () => {
        // Gone, so a later try inserts a fresh element.
        script.remove();
        reject(new Error(`could not load ${script.src}`));
      };
      document.head.append(script);
    }),
  );
}

/** The page's files as the chunk loader's host. */
export const documentHost: LoaderHost = { script: loadScript, stylesheet: loadStylesheet };
