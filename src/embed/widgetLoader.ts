/**
 * Entry of `dist/pqd-widgets.js`, the loader (issue #15): a few kB that look for `<pqd-lattice>`,
 * `<pqd-confinement>` and `<pqd-ligands>` on the page — now and whenever the page adds one later — and load
 * the matching widget script (`pqd-<view>.js`) from the loader's own folder, once each, as a classic script
 * (no `crossorigin`, no module: strict CSP and sandboxed iframes, issue #14). Elements inside another
 * component's shadow root are not seen: such a page loads the widget script itself.
 */
import { WIDGET_TAG } from './tags';
import { PROTOCOL_VERSION } from './protocol';
import { publishWidgetApi } from './widgetApi';
import type { ViewId } from '../lib/state/schema';

// The loader's own URL (document.currentScript is set only now, while the script first runs).
const base = (document.currentScript as HTMLScriptElement | null)?.src || document.baseURI;
const views = Object.keys(WIDGET_TAG) as ViewId[];
const started = new Set<ViewId>();

publishWidgetApi(PROTOCOL_VERSION);

function load(view: ViewId): void {
  started.add(view);
  if (customElements.get(WIDGET_TAG[view])) return;
  const src = new URL(`pqd-${view}.js`, base).href;
  if ([...document.scripts].some((s) => s.src === src)) return;
  const script = document.createElement('script');
  script.src = src;
  document.head.append(script);
}

function scan(root: ParentNode): void {
  for (const view of views) {
    if (started.has(view)) continue;
    const tag = WIDGET_TAG[view];
    if ((root instanceof Element && root.localName === tag) || root.querySelector(tag)) load(view);
  }
}

scan(document);
if (started.size < views.length) {
  const observer = new MutationObserver((records) => {
    for (const r of records) for (const node of r.addedNodes) if (node instanceof Element) scan(node);
    if (started.size === views.length) observer.disconnect();
  });
  observer.observe(document, { childList: true, subtree: true });
}
