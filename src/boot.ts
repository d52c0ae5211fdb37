/**
 * The site's first script (index.html, built as a classic deferred script of about 1 kB; issue #15): reads
 * `?view=` and inserts that view's stylesheet and bundle (`view-<id>.js`, the app with that view only,
 * src/main.ts). The other views are loaded only when the user switches to them (and fetched ahead, without
 * running, once the page is idle). In `vite dev` the page loads src/main.ts directly, with all three views.
 */
import files from 'virtual:pqd-view-files';
import { initSiteViews, loadScript, loadStylesheet } from './viewFiles';
import type { ViewId } from './lib/state/schema';

if (files) {
  const asked = new URLSearchParams(location.search).get('view') ?? '';
  // Any other value (an old or mistyped one) starts the default bundle; the app then reads the URL through
  // its schema and, if it maps to another view, hands over to that view's bundle (src/main.ts).
  const view: ViewId = Object.hasOwn(files, asked) ? (asked as ViewId) : 'lattice';
  initSiteViews(files);
  for (const css of files[view].css) void loadStylesheet(css);
  // A failed load (offline before the first visit was cached) leaves the browser's own error in the console.
  loadScript(files[view].js).catch(() => {});
}
