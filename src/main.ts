/**
 * Entry of the app on the site: in `vite dev` (all three views), and of each view bundle of the built site,
 * `view-<id>.js`, which holds the shell and that view only (src/views/registry.ts; issue #15). src/boot.ts
 * inserts the bundle of the view in the URL; switching to a view this bundle lacks (tab, key 1/2/3, preset,
 * `pqd:set`) loads that view's bundle and hands the page over to it: the URL already carries the whole state,
 * the new app is mounted on the same element in the same task as the old one is removed, and focus goes to
 * the new tab — the same document, so full screen and presentation mode stay on. One app at a time: a switch
 * asked for while another is still loading replaces it, and only the latest is made (src/viewSwitch.svelte.ts).
 *
 * In an `embed=1` iframe it also starts the postMessage bridge (height, state and readouts to the parent;
 * `pqd:set` from it — src/embed/iframeBridge.ts) and releases the page's WebGL contexts while the iframe is
 * scrolled out of the host page's view (src/embed/glGate.ts). On every page it registers the offline
 * service worker (src/embed/registerServiceWorker.ts).
 */
import { mount, unmount } from 'svelte';
import { m } from './paraglide/messages.js';
import { getLocale } from './paraglide/runtime.js';
import App from './App.svelte';
import { AppState } from './lib/state/appState.svelte';
import { serializeState } from './lib/state/url';
import type { ViewId } from './lib/state/schema';
import { VIEW_COMPONENTS } from './views/registry';
import { startIframeBridge } from './embed/iframeBridge';
import { GlGate } from './embed/glGate';
import { registerServiceWorker } from './embed/registerServiceWorker';
import { applyNumberLocale } from './components/locale';
import { askSwitch, cancelSwitch, claimOnRun, takeSwitch, watchView } from './viewSwitch.svelte';
import { loadScript, loadStylesheet, prefetch, siteViews, whenIdle, type Handover } from './viewFiles';

/** The views of this bundle (one in a site bundle, all three in `vite dev`). */
const HERE = Object.keys(VIEW_COMPONENTS) as ViewId[];

function start(handover: Handover | null): void {
  const target = document.getElementById('app');
  if (!target) throw new Error('index.html has no #app element');
  document.body.style.margin = '0';
  // index.html's <title> and lang are the English fallback; the catalogue's locale wins once the script runs.
  document.documentElement.lang = getLocale();
  applyNumberLocale();
  document.title = m.app_title();
  const app = new AppState({ query: location.search });
  const props = { app, syncUrl: true, startPresenting: handover?.presenting ?? false };
  const stops: (() => void)[] = [];

  handover?.release();
  let instance = mount(App, { target, props });
  if (handover?.focusTab) document.getElementById(`tab-${app.values.view}`)?.focus({ preventScroll: true });

  if (app.values.embed && window.parent !== window) {
    // Sized by the parent: never a horizontal scrollbar, whose appearance would change the height again.
    document.documentElement.style.overflowX = 'hidden';
    stops.push(startIframeBridge({ app, root: target }));
    if (typeof IntersectionObserver === 'function') {
      const gate = new GlGate(target, target, {
        resumeLabel: m.widget_resume(),
        remount: () => {
          void unmount(instance);
          instance = mount(App, { target, props });
        },
      });
      // Inside an iframe the implicit root is the top-level viewport: this says whether the host shows us.
      const io = new IntersectionObserver((entries) => gate.setVisible(entries[entries.length - 1]?.isIntersecting ?? false));
      io.observe(target);
      stops.push(() => {
        io.disconnect();
        gate.destroy();
      });
    }
  }

  const site = siteViews();
  if (!site) return;
  // Another view: load its bundle (fetched ahead at idle time, so usually at once) and hand over to it.
  stops.push(
    watchView(app, (view) => {
      // Back to a view of this bundle before another one loaded: the switch in flight is off.
      if (HERE.includes(view)) return cancelSwitch(site);
      const url = `${location.pathname}?${serializeState(app.values)}${location.hash}`;
      history.replaceState(history.state, '', url);
      const active = document.activeElement;
      const handoverNext: Handover = {
        view,
        // The new tab takes focus when focus was in the tabs or inside the old app (whose elements go); from
        // the page itself (a key pressed with nothing focused) it stays there, so PageDown/Space still page
        // through the new view in presentation mode (issue #13).
        focusTab: !!active && active !== document.body && (!!active.closest('[role="tablist"]') || target.contains(active)),
        presenting: !!target.querySelector('.pqd-root.presenting'),
        release: () => {
          for (const stop of stops.splice(0)) stop();
          void unmount(instance);
        },
      };
      // It replaces a switch still loading (keys 2 then 3): only the latest hands over.
      askSwitch(site, handoverNext);
      const files = site.files[view];
      void Promise.all(files.css.map(loadStylesheet))
        .then(() => {
          if (site.pending !== handoverNext) return;
          const again = site.started[view];
          if (again) {
            if (takeSwitch(site, handoverNext)) again(handoverNext);
            return;
          }
          // The bundle takes `site.pending` when it runs, if this switch is still the latest then; a bundle
          // already on its way (asked for by an outdated switch: 2, 3, 2) is not inserted twice.
          const src = new URL(files.js, document.baseURI).href;
          if ([...document.scripts].some((s) => s.src === src)) return;
          return loadScript(files.js);
        })
        // Offline with nothing cached: a reload asks the browser for the page of the view in the URL.
        .catch(() => {
          if (site.pending === handoverNext) location.reload();
        });
    }),
  );
  whenIdle(() => {
    for (const v of Object.keys(site.files) as ViewId[]) {
      if (HERE.includes(v)) continue;
      for (const f of [site.files[v].js, ...site.files[v].css]) prefetch(f);
    }
  });
}

const site = siteViews();
// The page's first bundle mounts; a later one only for the switch in flight to its view (an outdated load
// just registers itself for later switches).
const claim = site ? claimOnRun(site, HERE, Object.keys(site.started).length === 0) : ({ mount: true, handover: null } as const);
const handover = claim.mount ? claim.handover : null;
if (site) for (const v of HERE) site.started[v] = start;
// The boot script inserts this bundle without `defer`: wait for the page's #app, and for the view's
// stylesheet (inserted beside it), so the first paint is already laid out.
const ready: Promise<unknown>[] = [];
if (document.readyState === 'loading') ready.push(new Promise((r) => document.addEventListener('DOMContentLoaded', r, { once: true })));
if (site && !handover) ready.push(...HERE.flatMap((v) => site.files[v].css.map(loadStylesheet)));
if (claim.mount) {
  if (ready.length) void Promise.all(ready).then(() => start(handover));
  else start(handover);
}

registerServiceWorker();
