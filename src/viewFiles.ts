/**
 * Loading the site's view bundles (issue #15). The site is one classic script per view (`view-<id>.js`:
 * the app shell with that view only, three.js only with the lattice) and a tiny boot script (src/boot.ts)
 * that picks the bundle for `?view=`. Scripts and stylesheets are inserted as `<script src>` and
 * `<link rel="stylesheet">` of the site's own files: no module script, no import(), no `crossorigin` — so a
 * strict Content-Security-Policy (`'self'`) allows them and an `<iframe sandbox="allow-scripts">` (opaque
 * origin, where CORS fetches fail on a plain static host) loads them (issue #14).
 *
 * The boot script and the view bundles share one object on `globalThis` (a Symbol key, so nothing else on a
 * page can collide with it): the build's list of files, and the entry of each bundle that has run.
 */
import type { ViewId } from './lib/state/schema';

export interface ViewFiles {
  js: string;
  css: string[];
}

/** What a view bundle does when a page hands over to it (src/main.ts). */
export interface Handover {
  /** The view it hands over to: only that view's bundle takes it (src/viewSwitch.svelte.ts). */
  view: ViewId;
  /** Takes the old app off the page (called by the new bundle just before it mounts, in the same task). */
  release(): void;
  /** Focus the new view's tab afterwards (the switch came from the tabs or a key). */
  focusTab: boolean;
  /** Presentation mode was on. */
  presenting: boolean;
}

export interface SiteViews {
  /** The bundle files of each view, relative to the page. */
  files: Record<ViewId, ViewFiles>;
  /** The entry of each view bundle that has already run on this page: starts it again. */
  started: Partial<Record<ViewId, (handover: Handover | null) => void>>;
  /** The one switch in flight (the latest asked for): the bundle of its view picks it up when it runs. */
  pending: Handover | null;
}

const KEY = Symbol.for('pqd.siteViews');

/** The page's shared object (created by the boot script); null in `vite dev` and outside the site. */
export function siteViews(): SiteViews | null {
  return (globalThis as unknown as Record<symbol, SiteViews | undefined>)[KEY] ?? null;
}

export function initSiteViews(files: Record<ViewId, ViewFiles>): SiteViews {
  const g = globalThis as unknown as Record<symbol, SiteViews | undefined>;
  g[KEY] ??= { files, started: {}, pending: null };
  return g[KEY];
}

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

/** Inserts a classic script; resolves when it has run. */
export function loadScript(href: string): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const script = document.createElement('script');
    script.src = absolute(href);
    // Inserted scripts are async; keep the order of insertion (the stylesheet waits inside the bundle).
    script.async = false;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`could not load ${script.src}`));
    document.head.append(script);
  });
}

/** Fetches a file into the HTTP cache without running it (`<link rel="prefetch">`, no CORS). */
export function prefetch(href: string): void {
  const url = absolute(href);
  if ([...document.querySelectorAll<HTMLLinkElement>('link[rel="prefetch"]')].some((l) => l.href === url)) return;
  const link = document.createElement('link');
  link.rel = 'prefetch';
  link.href = url;
  document.head.append(link);
}

/** Runs `fn` when the page is idle after its load (so it never competes with the first load). */
export function whenIdle(fn: () => void): void {
  const idle = (): void => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => fn(), { timeout: 5000 });
    else setTimeout(fn, 1000);
  };
  if (document.readyState === 'complete') idle();
  else window.addEventListener('load', idle, { once: true });
}
