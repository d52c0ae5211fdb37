/**
 * The first screen of each view, rendered at build time (issue #15: largest contentful paint ≤ 2.0 s on a
 * phone). svelte/server renders the app itself — the same components, the default state of `?view=<v>` (and
 * `&embed=1`), English — with only the blocks marked `<Deferred snapshot>` (src/components/deferred.ts).
 * index.html carries one `<template>` per page, a stylesheet of what they show (assets/snapshot-*.css: the
 * components' scoped rules, and a class for each style attribute) and a small deferred script
 * (assets/snapshot-*.js, the first the page runs) that puts the one for the URL on screen — only for a URL that
 * says nothing but its view (and embed=1), whose first screen the snapshot is exactly. src/main.ts mounts the
 * live app out of sight and swaps it in once every block has mounted. No inline script and no inline style:
 * a host with a strict Content-Security-Policy (issue #14) gets the snapshot too.
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
    const inline = inlineStylesToClasses(templates);
    const css = `${SNAPSHOT_CSS}\n${[...styles].join('\n')}\n${inline.css}`;
    return { templates: inline.templates, css: await minifyCss(css, classesOf(Object.values(inline.templates))) };
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

/** Every class name the markup uses, and the one the picker puts on <html>. */
export function classesOf(htmls) {
  const out = new Set(['pqd-snapshot']);
  for (const html of htmls) for (const m of html.matchAll(/\sclass="([^"]*)"/g)) for (const c of m[1].split(/\s+/)) if (c) out.add(c);
  return out;
}

/**
 * Minified with Lightning CSS (Vite's own CSS minifier). With `classes` (the snapshot markup's), a selector that
 * needs a class the markup never has is dropped, with its rule when none is left: the rendered components'
 * CSS covers states a still picture never shows (presentation mode, open dialogs, hover, phone layouts of other
 * blocks …). Only classes of the selector itself count, not those inside :where(), :not() or :has().
 */
export async function minifyCss(css, classes = null) {
  const { transform } = await import('lightningcss');
  const keep = (selector) => selector.every((c) => c.type !== 'class' || classes.has(c.name));
  const visitor = classes
    ? {
        Rule: {
          style(rule) {
            const selectors = rule.value.selectors.filter(keep);
            if (!selectors.length) return [];
            if (selectors.length === rule.value.selectors.length) return undefined;
            rule.value.selectors = selectors;
            return rule;
          },
        },
      }
    : undefined;
  return transform({ filename: 'snapshot.css', code: Buffer.from(css), minify: true, visitor }).code.toString();
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

const START_TAG = /<([a-zA-Z][^\s/>]*)((?:\s+[^\s"'=<>/]+(?:="[^"]*")?)*)\s*(\/?)>/g;

/**
 * Each distinct `style` attribute of the markup becomes a class (`pqd-snap-s<N>`) and a rule: a strict
 * Content-Security-Policy refuses style attributes parsed from markup (the live app sets styles through the
 * CSSOM, which it allows).
 */
export function inlineStylesToClasses(templates) {
  const classes = new Map();
  const out = {};
  for (const [id, html] of Object.entries(templates)) {
    out[id] = html.replace(START_TAG, (tag, name, attrs, slash) => {
      const style = /\sstyle="([^"]*)"/.exec(attrs);
      if (!style) return tag;
      const decl = style[1].replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&').trim();
      if (!classes.has(decl)) classes.set(decl, `pqd-snap-s${classes.size}`);
      const cls = classes.get(decl);
      let rest = attrs.replace(style[0], '');
      rest = /\sclass="/.test(rest) ? rest.replace(/\sclass="([^"]*)"/, (_, c) => ` class="${c} ${cls}"`) : `${rest} class="${cls}"`;
      return `<${name}${rest}${slash ? ' /' : ''}>`;
    });
  }
  const css = [...classes].map(([decl, cls]) => (decl ? `#pqd-snapshot .${cls}{${decl}}` : '')).join('\n');
  return { templates: out, css };
}

/**
 * Picks the template for the URL, before the first contentful paint (a deferred script, the first in the page). Only `view` and `embed` may be in the query; any
 * other key (a preset, a shared state) means the snapshot would show something else, so the app starts alone.
 */
export const PICKER = `(function(){var q=new URLSearchParams(location.search),ok=true;q.forEach(function(v,k){if(k!=='view'&&k!=='embed')ok=false});var e=q.get('embed');if(!ok||(e!==null&&e!=='1'))return;var t=document.getElementById('pqd-snap-'+(q.get('view')||'lattice')+(e?'-embed':''));if(!t)return;var d=document.createElement('div');d.id='pqd-snapshot';d.inert=true;d.append(t.content.cloneNode(true));document.body.prepend(d);document.documentElement.classList.add('pqd-snapshot')})();`;

/**
 * While the snapshot shows, the live app mounts out of sight in its own place in the page, with the snapshot
 * laid over it: the swap then only removes the overlay and makes the app opaque — a repaint, no new layout of
 * the whole page in the task that swaps (issue #15). Transparent, not `visibility: hidden`: visibility is
 * inherited, and making it visible again restyled every element of the view in the swap's frame (18–24 ms of
 * style recalculation in a Chromium trace of the lattice view, the longest task of its start). The snapshot is
 * inert, so a tap on it reaches the live control drawn at the same place once that has mounted, and a screen
 * reader meanwhile reads the live app, not the picture of it. The page's footer, which the snapshot places
 * right under the first screen (the blocks below are not in it), is not shown.
 */
export const SNAPSHOT_CSS =
  'body{margin:0}#pqd-snapshot{position:absolute;top:0;left:0;right:0}.pqd-snapshot #app{opacity:0}#pqd-snapshot footer{visibility:hidden}';

/**
 * index.html with the snapshots, the picker script (deferred, before the app's boot script) and the stylesheet
 * of what they show (one for all six: the same scoped rules as the views' stylesheets, harmless once those
 * have loaded).
 */
export function withSnapshots(html, { templates: markup }, files) {
  const templates = SNAPSHOT_PAGES.map((p) => `<template id="${p.id}">${markup[p.id]}</template>`).join('\n');
  const boot = /<script defer src="[^"]+"><\/script>/.exec(html);
  if (!boot || !/<body>/.test(html)) throw new Error('index.html has no boot script or <body> to put the snapshots beside');
  return html
    .replace(boot[0], `<script defer src="./${files.js}"></script>\n    <link rel="stylesheet" href="./${files.css}">\n    ${boot[0]}`)
    .replace('<body>', `<body>\n${templates}`);
}

/** Vite plugin of the site build: index.html gets the snapshots, their stylesheet and picker (issue #15). */
export function prerenderedFirstScreens() {
  let command = 'serve';
  let snapshots = null;
  let files = null;
  return {
    name: 'pqd:prerendered-first-screens',
    apply: 'build',
    configResolved(config) {
      command = config.command;
      if (config.build.ssr) command = 'ssr';
    },
    // Before Vite writes the pages (its HTML plugin's generateBundle runs the post transforms below).
    generateBundle: {
      order: 'pre',
      handler() {
        if (command !== 'build') return;
        snapshots = renderSnapshotsApart();
        const css = this.emitFile({ type: 'asset', name: 'snapshot.css', source: snapshots.css });
        const js = this.emitFile({ type: 'asset', name: 'snapshot.js', source: `${PICKER}\n` });
        files = { css: this.getFileName(css), js: this.getFileName(js) };
      },
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (command !== 'build' || !/(^|[\\/])index\.html$/.test(ctx.filename)) return html;
        if (!snapshots || !files) throw new Error('the snapshots were not rendered before index.html was written');
        return withSnapshots(html, snapshots, files);
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

