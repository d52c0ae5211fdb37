/**
 * Inserting the site's own files (issue #15): classic `<script src>` and `<link rel="stylesheet">`, never a
 * module script, `import()` or `crossorigin` — so a strict Content-Security-Policy (`'self'`) allows them and
 * an `<iframe sandbox="allow-scripts">` (opaque origin, where CORS fetches fail on a plain static host) loads
 * them (issue #14). The chunk loader (src/chunkLoader.ts) uses these as its host.
 */
import type { LoaderHost } from './chunkLoader';

function absolute(href: string): string {
  return new URL(href, document.baseURI).href;
}

/** Inserts the stylesheet once; resolves when it has loaded (or failed: the page still works unstyled). */
export function loadStylesheet(href: string): Promise<void> {
  const url = absolute(href);
  let link = [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].find((l) => l.href === url);
  if (link?.sheet) return Promise.resolve();
  return new Promise<void>((resolve) => {
    if (!link) {
      link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = url;
      document.head.append(link);
    }
    link.addEventListener('load', () => resolve(), { once: true });
    link.addEventListener('error', () => resolve(), { once: true });
  });
}

/** Inserts a classic script (fetched in parallel with others, run as it arrives); resolves when it has run. */
export function loadScript(href: string): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const script = document.createElement('script');
    script.src = absolute(href);
    script.onload = () => resolve();
    script.onerror = () => {
      // Gone, so a later try inserts a fresh element.
      script.remove();
      reject(new Error(`could not load ${script.src}`));
    };
    document.head.append(script);
  });
}

/** The page's files as the chunk loader's host. */
export const documentHost: LoaderHost = { script: loadScript, stylesheet: loadStylesheet };
