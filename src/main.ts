/**
 * Entry of the app: in `vite dev` (index.html loads it directly) and on the built site, where it is the entry
 * chunk the boot script loads (src/boot.ts; issue #15). It mounts the shell once the view in the URL has
 * loaded (its chunks were fetched beside this one), so the first paint shows the view; the other views and
 * the dialogs load when first shown (src/views/registry.ts, src/components/dialogs.ts), in the same app, so a
 * tab switch keeps focus, presentation mode and full screen.
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
import { loadView } from './views/registry';
import { GlGate } from './embed/glGate';
import { registerServiceWorker } from './embed/registerServiceWorker';
import { applyNumberLocale } from './i18n/locale';
import { deferMounts, enqueue, whenMounted } from './components/deferred';
import { fetchWhenNear } from './components/lazy.svelte';

/**
 * Resolves in a task after the next frame: the charts' label placement (chart/declutter.ts), which starts once
 * every block has mounted, then measures the finished view while it is still hidden, in that frame, and the
 * frame that shows it only paints (issue #15). A timer stands in where no frame comes (a hidden tab).
 */
function afterNextFrame(): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      clearTimeout(fallback);
      setTimeout(resolve, 0);
    };
    const fallback = setTimeout(done, 500);
    requestAnimationFrame(done);
  });
}

function start(): void {
  const target = document.getElementById('app');
  if (!target) throw new Error('index.html has no #app element');
  document.body.style.margin = '0';
  // index.html's <title> and lang are the English fallback; the catalogue's locale wins once the script runs.
  document.documentElement.lang = getLocale();
  applyNumberLocale();
  document.title = m.app_title();
  const app = new AppState({ query: location.search });
  const props = { app, syncUrl: true };

  // The build's snapshot of this view's first screen, put on screen by index.html before any script ran
  // (scripts/build/prerender.mjs): shown until the live app below it has mounted, block by block, out of
  // sight; then the two swap in one frame. Nothing of the snapshot stays, so nothing on screen shifts.
  const snapshot = document.getElementById('pqd-snapshot');
  deferMounts(true);
  // Panels far below the first screen are downloaded when the student scrolls near them (lazy.svelte.ts).
  fetchWhenNear(true);

  const show = (): void => {
    let instance = mount(App, { target, props });
    void whenMounted()
      .then(afterNextFrame)
      .then(() => {
        snapshot?.remove();
        document.documentElement.classList.remove('pqd-snapshot');
        // Every block of the view has mounted (README, Testing hooks): a page with a state in its URL has no
        // snapshot to wait for.
        target.dataset.mounted = '';
      });
    if (!(app.values.embed && window.parent !== window)) return;
    // Sized by the parent: never a horizontal scrollbar, whose appearance would change the height again.
    document.documentElement.style.overflowX = 'hidden';
    // Only in an iframe, so loaded then (issue #15): the bridge carries every view's readouts.
    void import('./embed/iframeBridge').then(({ startIframeBridge }) => startIframeBridge({ app, root: target }));
    if (typeof IntersectionObserver !== 'function') return;
    // In the first load: its context hook must see the lattice's WebGL context being made.
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
  };
  // The view in the URL first (already on its way, src/boot.ts); if it cannot load (offline, not cached) the
  // shell still mounts and says nothing worse than an empty panel.
  // The mount in a task of its own, after the view chunk's evaluation (issue #15: each task short).
  loadView(app.values.view).then(
    () => enqueue(show),
    (e: unknown) => {
      console.error(e);
      enqueue(show);
    },
  );
}

// In a task of its own, after the chunk's evaluation (issue #15: each start-up task short).
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => enqueue(start), { once: true });
else enqueue(start);

registerServiceWorker();
