/**
 * The first screen of each view, rendered at build time (issue #15: largest contentful paint ≤ 2.0 s on a
 * phone). svelte/server renders the app itself — the same components, the default state of `?view=<v>` (and
 * `&embed=1`), English — with only the blocks marked `<Deferred snapshot>` (src/components/deferred.ts).
 * index.html carries one `<template>` per page and a few lines of inline script that, before any other
 * script has run, put the one for the URL on screen — only for a URL that says nothing but its view (and
 * embed=1), whose first screen the snapshot is exactly. src/main.ts mounts the live app out of sight and swaps
 * it in once every block has mounted. A course author's host that forbids inline scripts simply gets no
 * snapshot: the app starts as before.
 *
 * The snapshot is inert (not focusable, not clickable) and keeps no `id`, `for` or ARIA reference, so the
 * page never holds two elements with one id.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, VIEWS } from './common.mjs';

/** The pages that get a snapshot: every view, in the app and as an `embed=1` iframe. */
export const SNAPSHOT_PAGES = VIEWS.flatMap((view) => [
  { view, embed: false, id: `pqd-snap-${view}` },
  { view, embed: true, id: `pqd-snap-${view}-embed` },
]);

/** Renders each page's first screen with svelte/server through Vite's SSR loader (the app's own sources). */
export async function renderSnapshots({ root = ROOT } = {}) {
  const { createServer } = await import('vite');
  // The project's own Vite config (its Svelte plugin and options); PQD_SNAPSHOT_CSS makes that plugin put each
  // rendered component's CSS beside its markup (render().head), so the snapshot is styled at the first paint,
  // before the view's stylesheet has loaded.
  process.env.PQD_SNAPSHOT_CSS = '1';
  let server;
  try {
    server = await createServer({
      root,
      logLevel: 'error',
      appType: 'custom',
      server: { middlewareMode: true, hmr: false, ws: false, watch: null },
      // A cache of its own: never in the way of a dev server or a test run.
      cacheDir: mkdtempSync(join(tmpdir(), 'pqd-snap-vite-')),
    });
  } finally {
    delete process.env.PQD_SNAPSHOT_CSS;
  }
  try {
    const { render } = await server.ssrLoadModule('svelte/server');
    const { renderSnapshot } = await server.ssrLoadModule('/src/components/deferred.ts');
    const { AppState } = await server.ssrLoadModule('/src/lib/state/appState.svelte.ts');
    const App = (await server.ssrLoadModule('/src/App.svelte')).default;
    renderSnapshot(true);
    const templates = {};
    const styles = new Set();
    for (const page of SNAPSHOT_PAGES) {
      const app = new AppState({ query: `?view=${page.view}${page.embed ? '&embed=1' : ''}` });
      const { head, body } = render(App, { props: { app, syncUrl: false } });
      for (const css of snapshotStyles(head)) styles.add(css);
      templates[page.id] = snapshotMarkup(body);
    }
    return { templates, css: await minifyCss([...styles].join('\n')) };
  } finally {
    await server.close();
  }
}

/** The CSS of the rendered components (the `<style>` elements of svelte/server's head, `css: 'injected'`). */
export function snapshotStyles(head) {
  const styles = [...head.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]);
  if (!styles.length) throw new Error('svelte/server rendered no component CSS for the snapshot');
  return styles;
}

/** Minified with Lightning CSS (Vite's own CSS minifier). */
export async function minifyCss(css) {
  const { transform } = await import('lightningcss');
  return transform({ filename: 'snapshot.css', code: Buffer.from(css), minify: true }).code.toString();
}

/**
 * Server markup made a picture: no hydration comments, no ids (except those an SVG paint server needs:
 * `url(#…)`), no `for` and no ARIA references to ids.
 */
export function snapshotMarkup(html) {
  const painted = new Set([...html.matchAll(/url\(#([^)"'\s]+)\)/g)].map((m) => m[1]));
  return html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/\s(?:for|aria-labelledby|aria-describedby|aria-controls|aria-activedescendant|aria-owns)="[^"]*"/g, '')
    .replace(/\sid="([^"]*)"/g, (all, id) => (painted.has(id) ? all : ''))
    .trim();
}

/**
 * Picks the template for the URL, before the first paint. Only `view` and `embed` may be in the query; any
 * other key (a preset, a shared state) means the snapshot would show something else, so the app starts alone.
 */
export const PICKER = `(function(){var q=new URLSearchParams(location.search),ok=true;q.forEach(function(v,k){if(k!=='view'&&k!=='embed')ok=false});var e=q.get('embed');if(!ok||(e!==null&&e!=='1'))return;var t=document.getElementById('pqd-snap-'+(q.get('view')||'lattice')+(e?'-embed':''));if(!t)return;var d=document.createElement('div');d.id='pqd-snapshot';d.inert=true;d.append(t.content.cloneNode(true));document.body.prepend(d);document.documentElement.classList.add('pqd-snapshot')})();`;

/** While the snapshot shows, the live app mounts below it out of sight, at the same width. */
export const SNAPSHOT_CSS = 'body{margin:0}.pqd-snapshot #app{position:absolute;top:0;left:0;right:0;visibility:hidden}';

/**
 * index.html with the snapshots, the picker and the style of what they show (one `<style>` for all six: the
 * same scoped rules as the views' stylesheets, so it is harmless once those have loaded).
 */
export function withSnapshots(html, { templates: markup, css }) {
  const templates = SNAPSHOT_PAGES.map((p) => `<template id="${p.id}">${markup[p.id]}</template>`).join('\n');
  if (!/<body>/.test(html) || !/<\/head>/.test(html)) throw new Error('index.html has no <head>/<body> to put the snapshots in');
  return html
    .replace('</head>', `<style>${SNAPSHOT_CSS}${css}</style>\n</head>`)
    .replace('<body>', `<body>\n${templates}\n<script>${PICKER}</script>`);
}

/** Vite plugin of the site build: index.html gets the snapshots (issue #15). */
export function prerenderedFirstScreens() {
  let command = 'serve';
  return {
    name: 'pqd:prerendered-first-screens',
    apply: 'build',
    configResolved(config) {
      command = config.command;
      if (config.build.ssr) command = 'ssr';
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html, ctx) {
        if (command !== 'build' || !/(^|[\\/])index\.html$/.test(ctx.filename)) return html;
        return withSnapshots(html, renderSnapshotsApart());
      },
    },
  };
}

/**
 * renderSnapshots in a Node process of its own (scripts/build/prerender-child.mjs): Vite's SSR server leaves
 * handles open after close() that would keep the build's process alive; the child exits when done. (Not this
 * file run as a script: Vite bundles it into the config the SSR server loads, where a main-module check
 * would start the render again.)
 */
export function renderSnapshotsApart() {
  const dir = mkdtempSync(join(tmpdir(), 'pqd-snap-'));
  try {
    const out = join(dir, 'snapshots.json');
    const r = spawnSync(process.execPath, [join(ROOT, 'scripts/build/prerender-child.mjs'), out], { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'], timeout: 180_000 });
    if (r.status !== 0) throw new Error(`rendering the first-screen snapshots failed (${r.error ?? `exit ${r.status}`})`);
    return JSON.parse(readFileSync(out, 'utf8'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

