/**
 * Entry of the static site: reads the state from the URL and mounts the app.
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
import { startIframeBridge } from './embed/iframeBridge';
import { GlGate } from './embed/glGate';
import { registerServiceWorker } from './embed/registerServiceWorker';
import { applyNumberLocale } from './components/locale';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');
document.body.style.margin = '0';
// index.html's <title> and lang are the English fallback; the catalogue's locale wins once the script runs.
document.documentElement.lang = getLocale();
applyNumberLocale();
document.title = m.app_title();
const app = new AppState({ query: location.search });
const props = { app, syncUrl: true };
let instance = mount(App, { target, props });

if (app.values.embed && window.parent !== window) {
  // Sized by the parent: never a horizontal scrollbar, whose appearance would change the height again.
  document.documentElement.style.overflowX = 'hidden';
  startIframeBridge({ app, root: target });
  if (typeof IntersectionObserver === 'function') {
    const gate = new GlGate(target, target, {
      resumeLabel: m.widget_resume(),
      remount: () => {
        void unmount(instance);
        instance = mount(App, { target, props });
      },
    });
    // Inside an iframe the implicit root is the top-level viewport: this says whether the host shows us.
    new IntersectionObserver((entries) => gate.setVisible(entries[entries.length - 1]?.isIntersecting ?? false)).observe(target);
  }
}

registerServiceWorker();
