/**
 * The extra builds of issue #7, run after the site build by `npx vite build` (the `pqdExtraBuilds` plugin in
 * vite.config.ts), or alone with `node scripts/build-widgets.mjs` after a site build:
 *
 * - dist/pqd-lattice.js, pqd-confinement.js, pqd-ligands.js — one classic script (IIFE) per custom element,
 *   each with its own view only (issue #15), and dist/pqd-widgets.js, the loader that loads the ones a page's
 *   tags need. Svelte injects component CSS into each shadow root (`css: 'injected'`); every global
 *   stylesheet import (theme.css, KaTeX) becomes a string registered in src/embed/cssRegistry.ts and put
 *   into the shadow roots. KaTeX's @font-face rules are taken out of its CSS (Chromium ignores them in a
 *   shadow root) and the woff2 files are emitted to dist/widget-fonts/, registered by src/embed/katexFonts.ts.
 *   No widget script or single file carries KaTeX's runtime: every equation comes as a tree rendered at build
 *   time (src/components/katexStatic.ts; the equations with the state's numbers as templates filled in).
 * - dist/single/<view>.html — each view as one self-contained HTML file (script, CSS, woff2 fonts and data
 *   inlined), opening from disk with a double click (vite-plugin-singlefile).
 *
 * Everything comes from node_modules and the repository: nothing is fetched.
 */
import { readFileSync, writeFileSync, rmSync, mkdirSync, mkdtempSync, existsSync, readdirSync } from 'node:fs';
import { createHash } from 'node:crypto';
import vm from 'node:vm';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

import { ROOT, VIEWS, WIDGET_FONT_DIR, svelte } from './build/common.mjs';
import { katexAbsent, katexExternalFonts, singleFileKatexFonts } from './build/katex.mjs';
import { lazyModules, siteViews, staticDynamicImports, viewRegistry } from './build/site.mjs';

// The site build's and KaTeX's plugins live in ./build/ (vite.config.ts and the tests import them from here).
export * from './build/katex.mjs';
export * from './build/site.mjs';
export { VIEWS, WIDGET_FONT_DIR };
export const WIDGET_SCRIPT = 'pqd-widgets.js';
const TITLES = { lattice: 'Lattice', confinement: 'Confinement', ligands: 'Ligands' };

/**
 * Vite plugin for the widget build: every plain `.css` import becomes its processed text registered in
 * src/embed/cssRegistry.ts (imported with `?inline`), so the custom elements can adopt it in their shadow roots.
 */
function cssToRegistry() {
  const PREFIX = '\0pqd-css:';
  // Not ending in .css, or Vite's CSS plugin would take the module for a stylesheet.
  const SUFFIX = '.registry.js';
  const registry = join(ROOT, 'src/embed/cssRegistry.ts');
  return {
    name: 'pqd:css-to-registry',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!importer || importer.startsWith(PREFIX) || !/\.css$/.test(source)) return null;
      const r = await this.resolve(source, importer, { ...options, skipSelf: true });
      return r && !r.external ? `${PREFIX}${r.id}${SUFFIX}` : null;
    },
    load(id) {
      if (!id.startsWith(PREFIX) || !id.endsWith(SUFFIX)) return null;
      const file = id.slice(PREFIX.length, -SUFFIX.length);
      return [
        `import css from ${JSON.stringify(`${file}?inline`)};`,
        `import { registerCss } from ${JSON.stringify(registry)};`,
        `registerCss(${JSON.stringify(basename(file))}, css);`,
      ].join('\n');
    },
  };
}

/**
 * Escapes every non-ASCII character of a script as \\uXXXX. A course page without `<meta charset>` (or a
 * server that sends no charset) decodes a classic script with the page's legacy encoding, and any UTF-8 in
 * it (the app's "—", "Å", "₃" ...) then breaks the script. Escapes mean the same in strings, templates,
 * regular expressions and identifiers.
 */
export function toAscii(code) {
  return code.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function asciiOnly() {
  return {
    name: 'pqd:ascii-only',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const file of Object.values(bundle)) if (file.type === 'chunk') file.code = toAscii(file.code);
      },
    },
  };
}

/**
 * Widget build: Svelte's component styles go into each shadow root as constructed stylesheets
 * (`adoptedStyleSheets`), not as `<style>` elements, so a page's `style-src` without 'unsafe-inline' does not
 * block them (issue #14). Svelte 5 injects them in `append_styles` (internal/client/dom/css.js); its
 * `<style>` creation is replaced by `adoptComponentCss` (src/embed/shadowStyles.ts). The build fails if
 * Svelte's code no longer has the expected shape.
 */
function adoptedComponentStyles() {
  const helper = join(ROOT, 'src/embed/shadowStyles.ts');
  const CSS_JS_RE = /[\\/]svelte[\\/]src[\\/]internal[\\/]client[\\/]dom[\\/]css\.js$/;
  const BLOCK_RE = /if \(!target\.querySelector\('#' \+ css\.hash\)\) \{[\s\S]*?target\.appendChild\(style\);[\s\S]*?\n\t\t\}\n/;
  return {
    name: 'pqd:adopted-component-styles',
    enforce: 'pre',
    transform(code, id) {
      if (!CSS_JS_RE.test(id.split('?')[0])) return null;
      if (!BLOCK_RE.test(code)) throw new Error('svelte/internal/client/dom/css.js changed: cannot route component CSS to adoptedStyleSheets');
      const patched = code.replace(BLOCK_RE, 'if (!adoptComponentCss(target, css) && !target.querySelector(\'#\' + css.hash)) {\n\t\t\tconst style = create_element(\'style\');\n\t\t\tstyle.id = css.hash;\n\t\t\tstyle.textContent = css.code;\n\t\t\ttarget.appendChild(style);\n\t\t}\n');
      return { code: `import { adoptComponentCss } from ${JSON.stringify(helper)};\n${patched}`, map: null };
    },
  };
}

/**
 * Widget build: every `rem` length in the bundle's CSS becomes `calc(N * var(--pqd-rem))`, with `--pqd-rem`
 * set on the element (16px), so the widget's layout does not follow the host page's root font size (issue
 * #14; `html { font-size: 62.5% }` or 40px pages). Inside `@media`/`@container` conditions, where var() is
 * not allowed, N rem becomes N × 16 px.
 */
export function remToWidgetRem(code) {
  const NUM = String.raw`(?<![\w$.#-])(-?\d*\.?\d+)rem(?![\w$-])`;
  const inQuery = code.replace(/@(?:media|container)[^{};`]*\{/g, (prelude) =>
    prelude.replace(new RegExp(NUM, 'g'), (_m, n) => `${+(Number(n) * 16).toFixed(3)}px`),
  );
  return inQuery.replace(new RegExp(NUM, 'g'), (_m, n) => `calc(${n} * var(--pqd-rem, 16px))`);
}

function widgetRem() {
  return {
    name: 'pqd:widget-rem',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const file of Object.values(bundle)) if (file.type === 'chunk') file.code = remToWidgetRem(file.code);
      },
    },
  };
}

/** The widget script of a view (issue #15): `pqd-lattice.js`, … */
export const widgetScript = (view) => `pqd-${view}.js`;

/** Vite plugin: `virtual:pqd-widget-views`, the views a widget script defines (src/embed/widgets.ts). */
function widgetViews(views) {
  const VIRTUAL = 'virtual:pqd-widget-views';
  return {
    name: 'pqd:widget-views',
    resolveId(id) {
      return id === VIRTUAL ? `\0${VIRTUAL}` : null;
    },
    load(id) {
      return id === `\0${VIRTUAL}` ? `export default ${JSON.stringify(views)};` : null;
    },
  };
}

/**
 * Builds the widget scripts into `outDir` (issue #15): `pqd-<view>.js` for each view — one classic script
 * (IIFE) defining that view's custom element, with that view only — plus `widget-fonts/`, and the loader
 * `pqd-widgets.js` (src/embed/widgetLoader.ts), which loads the widget scripts of the tags on the page.
 */
export async function buildWidgets({ outDir = join(ROOT, 'dist'), logLevel = 'warn', views = VIEWS } = {}) {
  const { build } = await import('vite');
  for (const view of views) {
    await build({
      configFile: false,
      root: ROOT,
      base: './',
      logLevel,
      publicDir: false,
      plugins: [
        await svelte({ emitCss: false, compilerOptions: { css: 'injected' } }),
        adoptedComponentStyles(),
        katexExternalFonts(),
        katexAbsent(),
        cssToRegistry(),
        lazyModules({ view }),
        staticDynamicImports(),
        widgetViews([view]),
        widgetRem(),
        asciiOnly(),
      ],
      define: { 'process.env.NODE_ENV': JSON.stringify('production') },
      build: {
        outDir,
        emptyOutDir: false,
        target: 'es2022',
        copyPublicDir: false,
        chunkSizeWarningLimit: 4000,
        lib: { entry: join(ROOT, 'src/embed/widgets.ts'), formats: ['iife'], name: 'PqdWidget', fileName: () => widgetScript(view) },
      },
    });
  }
  await build({
    configFile: false,
    root: ROOT,
    base: './',
    logLevel,
    publicDir: false,
    plugins: [asciiOnly()],
    build: {
      outDir,
      emptyOutDir: false,
      target: 'es2022',
      copyPublicDir: false,
      lib: { entry: join(ROOT, 'src/embed/widgetLoader.ts'), formats: ['iife'], name: 'PqdWidgetLoader', fileName: () => WIDGET_SCRIPT },
    },
  });
}

/**
 * Builds dist/single/<view>.html for each view: one build per view, holding that view only (viewRegistry;
 * issue #15), of a page that reads its view from `<meta name="pqd-view">` (src/embed/single.ts), filled in.
 */
export async function buildSingles({ outDir = join(ROOT, 'dist'), logLevel = 'warn', views = VIEWS } = {}) {
  const { build } = await import('vite');
  const { viteSingleFile } = await import('vite-plugin-singlefile');
  const singleDir = join(outDir, 'single');
  mkdirSync(singleDir, { recursive: true });
  const tmp = join(singleDir, '.tmp');
  for (const view of views) {
    rmSync(tmp, { recursive: true, force: true });
    await build({
      configFile: false,
      root: ROOT,
      base: './',
      logLevel,
      publicDir: false,
      plugins: [
        await svelte({}),
        singleFileKatexFonts(),
        katexAbsent(),
        viewRegistry(view),
        staticDynamicImports(),
        viteSingleFile({ removeViteModuleLoader: true }),
      ],
      build: {
        outDir: tmp,
        emptyOutDir: true,
        target: 'es2022',
        copyPublicDir: false,
        chunkSizeWarningLimit: 4000,
        rolldownOptions: { input: join(ROOT, 'src/embed/single.html') },
      },
    });
    const produced = join(tmp, 'src/embed/single.html');
    if (!existsSync(produced)) throw new Error('the single-file build wrote no HTML');
    const html = readFileSync(produced, 'utf8');
    const head = html.indexOf('</head>');
    if (head < 0 || !html.slice(0, head).includes('%PQD_VIEW%')) throw new Error('single.html lost its placeholders');
    const filled = html.slice(0, head).replaceAll('%PQD_VIEW%', view).replaceAll('%PQD_TITLE%', `Perovskite QD Lab — ${TITLES[view]}`);
    writeFileSync(join(singleDir, `${view}.html`), filled + html.slice(head));
  }
  rmSync(tmp, { recursive: true, force: true });
}

/** Raw and gzip sizes of the widget scripts and the single files of a build, bytes. */
export function buildSizes(outDir) {
  const files = [WIDGET_SCRIPT, ...VIEWS.map(widgetScript), ...VIEWS.map((v) => `single/${v}.html`)];
  return files
    .filter((f) => existsSync(join(outDir, f)))
    .map((f) => {
      const data = readFileSync(join(outDir, f));
      return { file: f, bytes: data.length, gzip: gzipSync(data, { level: 9 }).length };
    });
}

/** The Markdown table of `buildSizes` (MB and kB with decimal prefixes). */
export function sizesTable(sizes) {
  const mb = (n) => `${(n / 1e6).toFixed(2)} MB`;
  const kb = (n) => `${Math.round(n / 1e3)} kB`;
  return ['| File | Size | Gzipped |', '|---|---|---|', ...sizes.map((s) => `| \`${s.file}\` | ${mb(s.bytes)} | ${kb(s.gzip)} |`)].join('\n');
}

/**
 * Both extra builds, after the site build. The build leaves the repository as it was (no generated docs):
 * it prints the sizes table, which docs/embedding.md quotes by hand (`npm run bench` prints it too).
 */
export async function buildExtras(opts = {}) {
  await buildWidgets(opts);
  await buildSingles(opts);
  const outDir = opts.outDir ?? join(ROOT, 'dist');
  if ((opts.logLevel ?? 'warn') !== 'silent') console.log(`\nWidget scripts and single files (${relative(ROOT, outDir) || '.'}):\n${sizesTable(buildSizes(outDir))}\n`);
}

/**
 * Vite plugin for the site build: runs the extra builds when the site build is written, before the service
 * worker is generated (so the widget script is precached too). Skipped with PQD_SKIP_EXTRA=1.
 */
export function pqdExtraBuilds() {
  let outDir = join(ROOT, 'dist');
  let skip = !!process.env.PQD_SKIP_EXTRA;
  return {
    name: 'pqd:extra-builds',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
      if (config.build.ssr || config.build.watch) skip = true;
    },
    closeBundle: {
      order: 'pre',
      sequential: true,
      async handler(error) {
        if (error || skip) return;
        await buildExtras({ outDir, logLevel: 'warn' });
      },
    },
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const what = process.argv[2] ?? 'all';
  const run = what === 'widgets' ? buildWidgets : what === 'single' ? buildSingles : buildExtras;
  run({ logLevel: 'info' }).catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
