/**
 * The two embed snippets for a view in a given state (what the "Embed" dialog writes): an iframe of the
 * site with `embed=1`, and the custom element with its attributes. Pure: no DOM; the caller passes the
 * page URL. Only keys that differ from their defaults are written, so snippets stay short; the state they
 * restore is the state given (checked by tests/unit/embed/snippets.test.ts through the URL parser).
 */
import { m } from '../paraglide/messages.js';
import { SCHEMA, type UrlState, type ViewId } from '../lib/state/schema';
import { serializeState } from '../lib/state/url';
import { addressKeys } from '../lib/state/dot';
import { attributeName, attributeValue, settableKeys } from './messages';
import { WIDGET_TAG } from './tags';

/** Height an iframe snippet starts with before the page fits it (CSS px). */
export const DEFAULT_IFRAME_HEIGHT_PX = 720;
/** The widget script's file name beside index.html in the built site. */
export const WIDGET_SCRIPT_FILE = 'pqd-widgets.js';

/** The iframe's accessible title, in the language of whoever copies the snippet. */
const TITLE: Record<ViewId, () => string> = {
  lattice: m.embed_iframe_title_lattice,
  confinement: m.embed_iframe_title_confinement,
  ligands: m.embed_iframe_title_ligands,
};

/** Escapes text for a double-quoted HTML attribute or element content. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The folder of the site, from the page's address (`https://h/p/index.html?x` → `https://h/p/`). */
export function siteBase(pageHref: string): string {
  try {
    return new URL('./', pageHref).href;
  } catch {
    return './';
  }
}

/** Query of an embed iframe: `view=…&embed=1` then the view's keys that differ from their defaults. */
export function embedQuery(state: UrlState, view: ViewId): string {
  const rest = serializeState(state, addressKeys(state, settableKeys(view), view));
  return `view=${view}&embed=1${rest ? `&${rest}` : ''}`;
}

export function iframeUrl(base: string, state: UrlState, view: ViewId): string {
  return `${base}?${embedQuery(state, view)}`;
}

export function iframeSnippet(base: string, state: UrlState, view: ViewId): string {
  return (
    `<iframe src="${escapeHtml(iframeUrl(base, state, view))}"\n` +
    `  title="${escapeHtml(TITLE[view]())}" loading="lazy" allow="fullscreen"\n` +
    `  style="display:block;width:100%;height:${DEFAULT_IFRAME_HEIGHT_PX}px;border:0"></iframe>`
  );
}

/** Optional script that fits every widget iframe of the page to its content (from `pqd:height` messages). */
export function autosizeSnippet(base: string): string {
  let origin = '*';
  try {
    origin = new URL(base).origin;
  } catch {
    /* keep '*' */
  }
  return [
    '<script>',
    // One line of the page's code: a translation must not break out of its `//` comment or the script.
    `  // ${m.embed_autosize_comment({ type: "'pqd:height'" }).replace(/[\r\n\u2028\u2029]+/g, ' ').replace(/<\//g, '<\\/')}`,
    "  window.addEventListener('message', (event) => {",
    `    if (event.origin !== ${JSON.stringify(origin)} || event.data?.type !== 'pqd:height') return;`,
    "    for (const f of document.querySelectorAll('iframe')) {",
    '      if (f.contentWindow === event.source) f.style.height = `${event.data.height}px`;',
    '    }',
    '  });',
    '</script>',
  ].join('\n');
}

/** The element's attributes (names as the element reads them) for a state: the settable keys that differ from their defaults. */
export function elementAttributes(state: UrlState, view: ViewId): [string, string][] {
  const out: [string, string][] = [];
  for (const k of settableKeys(view)) {
    const v = state[k];
    const d = SCHEMA[k].default as unknown;
    const same = Array.isArray(v) && Array.isArray(d) ? v.length === d.length && v.every((x, i) => x === d[i]) : v === d;
    // Written with the element's attribute name (`style` → `render-style`: HTML's `style` is CSS).
    if (!same) out.push([attributeName(k), attributeValue(k, v)]);
  }
  return out;
}

export function elementSnippet(base: string, state: UrlState, view: ViewId): string {
  const tag = WIDGET_TAG[view];
  const attrs = elementAttributes(state, view)
    .map(([k, v]) => ` ${k}="${escapeHtml(v)}"`)
    .join('');
  return `<script src="${escapeHtml(base + WIDGET_SCRIPT_FILE)}" defer></script>\n<${tag}${attrs}></${tag}>`;
}
