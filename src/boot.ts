/**
 * The site's first script (index.html, a classic deferred script of a few kB; issue #15). It makes the page's
 * chunk loader (src/chunkLoader.ts) from the build's manifest, then starts, in parallel, the app's entry chunk
 * (src/main.ts: the shell) and the chunks of the view in the URL, so the first screen needs one round of
 * requests. The other views and the dialogs are chunks loaded when first shown (src/views/registry.ts,
 * src/components/dialogs.ts). In `vite dev` the page loads src/main.ts directly, with everything.
 */
import site from 'virtual:pqd-site-chunks';
import { pageChunkLoader } from './chunkLoader';
import { documentHost } from './viewFiles';
import type { ViewId } from './lib/state/schema';

/**
 * With the build's snapshot of the first screen on screen (scripts/build/prerender.mjs), the app's scripts wait
 * until the browser reports it painted (its first contentful paint): the student sees the page first, and no
 * script work stands before that paint. Where paint timing is not reported, or nothing is painted (a hidden
 * tab), the app starts after a frame or at the latest after a second.
 */
function afterSnapshotPaint(start: () => void): void {
  if (!document.getElementById('pqd-snapshot')) {
    start();
    return;
  }
  let started = false;
  const once = (): void => {
    if (started) return;
    started = true;
    start();
  };
  setTimeout(once, 1000);
  const types = typeof PerformanceObserver === 'function' ? PerformanceObserver.supportedEntryTypes : [];
  if (!types?.includes('paint')) {
    requestAnimationFrame(() => setTimeout(once, 0));
    return;
  }
  new PerformanceObserver((list, observer) => {
    if (!list.getEntriesByName('first-contentful-paint').length) return;
    observer.disconnect();
    once();
  }).observe({ type: 'paint', buffered: true });
}

const built = site;
if (built) afterSnapshotPaint(() => {
  const site = built;
  const loader = pageChunkLoader(site.chunks, documentHost);
  const asked = new URLSearchParams(location.search).get('view') ?? '';
  // Any other value (an old or mistyped one) fetches the default view's chunks; the app reads the URL through
  // its schema and loads the view it maps to.
  const view: ViewId = Object.hasOwn(site.views, asked) ? (asked as ViewId) : 'lattice';
  // A failed load (offline before the first visit was cached) leaves the browser's own error in the console.
  loader.fetch(site.views[view]).catch(() => {});
  loader.load(site.entry).catch((e: unknown) => console.error(e));
});
