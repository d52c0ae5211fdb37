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

const require = createRequire(import.meta.url);
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const VIEWS = ['lattice', 'confinement', 'ligands'];
export const WIDGET_SCRIPT = 'pqd-widgets.js';
export const WIDGET_FONT_DIR = 'widget-fonts';
const TITLES = { lattice: 'Lattice', confinement: 'Confinement', ligands: 'Ligands' };

const KATEX_CSS_RE = /[\\/]katex[\\/]dist[\\/]katex(?:\.min)?\.css$/;
const FONT_FACE_RE = /@font-face\s*\{([^}]*)\}/g;

/** The @font-face rules of KaTeX's CSS: family, style, weight and the woff2 file (relative to the CSS). */
export function parseFontFaces(css) {
  const out = [];
  for (const m of css.matchAll(FONT_FACE_RE)) {
    const body = m[1];
    const family = /font-family:\s*([^;]+)/.exec(body)?.[1].trim().replace(/^["']|["']$/g, '');
    const style = /font-style:\s*([^;]+)/.exec(body)?.[1].trim() ?? 'normal';
    const weight = /font-weight:\s*([^;]+)/.exec(body)?.[1].trim() ?? '400';
    const woff2 = /url\(\s*["']?([^)"']+\.woff2)["']?\s*\)/.exec(body)?.[1];
    if (family && woff2) out.push({ family, style, weight, src: woff2 });
  }
  return out;
}

/** Keeps only the woff2 source of each KaTeX face (every browser with ES2022 reads woff2). */
export function woff2Only(css) {
  return css.replace(/,\s*url\([^)]*\.(?:woff|ttf)\)\s*format\(["'](?:woff|truetype)["']\)/g, '');
}

/** Vite plugin: KaTeX's CSS without the woff and ttf copies of its fonts (site and single-file builds). */
export function katexWoff2Only() {
  return {
    name: 'pqd:katex-woff2-only',
    enforce: 'pre',
    transform(code, id) {
      if (!KATEX_CSS_RE.test(id.split('?')[0])) return null;
      return { code: woff2Only(code), map: null };
    },
  };
}

/**
 * Vite plugin for the widget build: strips KaTeX's @font-face rules, emits the woff2 files to
 * `widget-fonts/`, and serves `virtual:pqd-katex-fonts` (the list src/embed/katexFonts.ts registers).
 */
function katexExternalFonts() {
  const VIRTUAL = 'virtual:pqd-katex-fonts';
  const cssPath = require.resolve('katex/dist/katex.min.css');
  const faces = parseFontFaces(readFileSync(cssPath, 'utf8'));
  return {
    name: 'pqd:katex-external-fonts',
    enforce: 'pre',
    resolveId(id) {
      return id === VIRTUAL ? `\0${VIRTUAL}` : null;
    },
    load(id) {
      if (id !== `\0${VIRTUAL}`) return null;
      const list = faces.map((f) => ({
        family: f.family,
        style: f.style,
        weight: f.weight,
        file: `${WIDGET_FONT_DIR}/${basename(f.src)}`,
      }));
      return `export default ${JSON.stringify(list)};`;
    },
    transform(code, id) {
      if (!KATEX_CSS_RE.test(id.split('?')[0])) return null;
      return { code: code.replace(FONT_FACE_RE, ''), map: null };
    },
    generateBundle() {
      for (const f of faces) {
        this.emitFile({
          type: 'asset',
          fileName: `${WIDGET_FONT_DIR}/${basename(f.src)}`,
          source: readFileSync(join(dirname(cssPath), f.src)),
        });
      }
    },
  };
}

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
 * Site build (index.html, embed.html): classic scripts, not module scripts, and no `crossorigin` (issue #14).
 * A page in `<iframe sandbox="allow-scripts">` has an opaque origin ("null"), so every CORS-mode request it
 * makes to the site is cross-origin: a module script (always fetched in CORS mode) and a `crossorigin`
 * stylesheet are refused by any static host that sends no `Access-Control-Allow-Origin`. A classic
 * `<script defer>` and a plain stylesheet link are fetched in no-cors mode and work from any host.
 *
 * Each entry is one self-contained chunk (no imports or exports: the build fails if one appears), wrapped in
 * a strict-mode function so its top-level names stay private, as in a module; `defer` keeps the module
 * timing (after parsing, in order).
 */
export function classicSiteScripts() {
  return {
    name: 'pqd:classic-site-scripts',
    apply: 'build',
    // After minification (which would drop the directive): the wrapper keeps module semantics (strict mode).
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const chunk of Object.values(bundle)) {
          if (chunk.type !== 'chunk' || !chunk.isEntry) continue;
          if (chunk.imports.length > 0 || chunk.dynamicImports.length > 0 || chunk.exports.length > 0) {
            throw new Error(`${chunk.fileName}: a site entry must be one self-contained chunk to load as a classic script (imports: ${chunk.imports.join(', ')}; dynamic: ${chunk.dynamicImports.join(', ')}; exports: ${chunk.exports.join(', ')})`);
          }
          if (/\bimport\.meta\b/.test(chunk.code)) throw new Error(`${chunk.fileName}: import.meta cannot run in a classic script`);
          chunk.code = `(function(){"use strict";\n${chunk.code}\n})();\n`;
        }
      },
    },
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        return classicHtml(html);
      },
    },
  };
}

/** index.html / embed.html with classic deferred scripts, no modulepreload and no `crossorigin` attributes. */
export function classicHtml(html) {
  const out = html
    .replace(/<link rel="modulepreload"[^>]*>\s*/g, '')
    .replace(/<script type="module" crossorigin src="([^"]+)"><\/script>/g, '<script defer src="$1"></script>')
    .replace(/<script type="module" src="([^"]+)"><\/script>/g, '<script defer src="$1"></script>')
    .replace(/(<link rel="stylesheet") crossorigin( href="[^"]+")/g, '$1$2');
  if (/type="module"|\scrossorigin\b/.test(out)) throw new Error('a built page still has a module script or a crossorigin attribute');
  return out;
}

/** Each view's component: the one module `src/views/registry.ts` holds in a one-view build (issue #15). */
export const VIEW_FILES = {
  lattice: 'src/views/lattice/LatticeView.svelte',
  confinement: 'src/views/confinement/ConfinementView.svelte',
  ligands: 'src/views/ligands/LigandsView.svelte',
};

/** The app's dialogs (src/components/dialogs.ts): the site loads each as a chunk of its own when first opened. */
export const DIALOG_FILES = {
  help: 'src/components/HelpDialog.svelte',
  presets: 'src/components/PresetsDialog.svelte',
  share: 'src/components/ShareDialog.svelte',
  embed: 'src/components/EmbedDialog.svelte',
};

/** The module that replaces src/views/registry.ts in a build of `view` only. */
export function registryModule(view) {
  if (!VIEW_FILES[view]) throw new Error(`unknown view ${view}`);
  return [
    `import View from ${JSON.stringify(join(ROOT, VIEW_FILES[view]))};`,
    `export const VIEW_COMPONENTS = { ${view}: View };`,
    `export function loadView(v) { return VIEW_COMPONENTS[v] ? Promise.resolve(VIEW_COMPONENTS[v]) : Promise.reject(new Error("view " + v + " is not in this build")); }`,
    '',
  ].join('\n');
}

/**
 * A module whose `load(name)` imports each of `files` (name → source file) as a chunk of its own, once, and
 * keeps it in `cache` (the lazy src/views/registry.ts and src/components/dialogs.ts of the site build).
 */
export function lazyModule(files, cache, load) {
  const cases = Object.entries(files).map(([name, file]) => `    case ${JSON.stringify(name)}: return import(${JSON.stringify(join(ROOT, file))});`);
  return [
    `export const ${cache} = {};`,
    'const pending = {};',
    'function importOf(name) {',
    '  switch (name) {',
    ...cases,
    '    default: return Promise.reject(new Error("nothing to load for " + name));',
    '  }',
    '}',
    `export function ${load}(name) {`,
    `  if (${cache}[name]) return Promise.resolve(${cache}[name]);`,
    `  return (pending[name] ??= importOf(name).then((m) => (${cache}[name] = m.default), (e) => { delete pending[name]; throw e; }));`,
    '}',
    '',
  ].join('\n');
}

/** src/components/dialogs.ts in builds that never show the app's header (widgets, single files): no dialogs. */
export const NO_DIALOGS = 'export const DIALOGS = {};\nexport function loadDialog(name) { return Promise.reject(new Error("no dialog " + name + " in this build")); }\n';

/**
 * Vite plugin: replaces src/views/registry.ts (all three views, as in `vite dev` and Vitest) and
 * src/components/dialogs.ts (all four dialogs) for a production build (issue #15):
 * - `{ view }`: a widget script or single file of that view only (three.js only with the lattice), no dialogs;
 * - `{ lazy: true }`: the site, where each view and each dialog is a chunk loaded when first shown.
 */
export function lazyModules({ view = null, lazy = false } = {}) {
  const targets = {
    [join(ROOT, 'src/views/registry.ts')]: () => (lazy ? lazyModule(VIEW_FILES, 'VIEW_COMPONENTS', 'loadView') : registryModule(view)),
    [join(ROOT, 'src/components/dialogs.ts')]: () => (lazy ? lazyModule(DIALOG_FILES, 'DIALOGS', 'loadDialog') : NO_DIALOGS),
  };
  const ID = '\0pqd-lazy:';
  return {
    name: 'pqd:lazy-modules',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!importer || !/(registry|dialogs)(\.ts)?$/.test(source)) return null;
      const r = await this.resolve(source, importer, { ...options, skipSelf: true });
      const file = r?.id.split('?')[0];
      return file && targets[file] ? `${ID}${file}` : null;
    },
    load(id) {
      return id.startsWith(ID) ? targets[id.slice(ID.length)]() : null;
    },
  };
}

/**
 * Rewrites each `import("./x")` with a literal specifier to `Promise.resolve(ns)` over a static
 * `import * as ns from "./x"`. For the builds that are one file anyway (widget scripts, single files): there,
 * a dynamic import (the views' lazy panels, issue #15) is inlined by the bundler behind lazy-init wrappers
 * around every module it reaches, which cost the confinement single file 84 kB raw (25 kB gzip) for the
 * same code; static imports bundle flat. Exported for its unit test.
 */
export function staticImportsCode(code) {
  let n = 0;
  const heads = [];
  const out = code.replace(/\bimport\(\s*(['"])([^'"\n]+)\1\s*\)/g, (_m, _q, spec) => {
    const name = `__pqdStatic${n++}`;
    heads.push(`import * as ${name} from ${JSON.stringify(spec)};`);
    return `Promise.resolve(${name})`;
  });
  return n ? `${heads.join('\n')}\n${out}` : null;
}

function staticDynamicImports() {
  return {
    name: 'pqd:static-dynamic-imports',
    enforce: 'post',
    transform(code, id) {
      if (id.includes('node_modules') || !/\.(svelte|ts|js|mjs)$/.test(id.split('?')[0])) return null;
      const next = staticImportsCode(code);
      return next === null ? null : { code: next, map: null };
    },
  };
}

/** One-view builds (widget scripts, single files): that view only, no dialogs. */
export function viewRegistry(view) {
  if (!VIEW_FILES[view]) throw new Error(`unknown view ${view}`);
  return lazyModules({ view });
}

/** The KaTeX script the site loads on demand: its file name (content-hashed) and bytes. */
function katexScript() {
  const source = readFileSync(require.resolve('katex/dist/katex.min.js'));
  const hash = createHash('sha256').update(source).digest('base64url').slice(0, 8);
  return { fileName: `katex-${hash}.min.js`, source };
}

/**
 * Vite plugin for the site's view bundles: src/components/katexRender.ts (bundled KaTeX) is replaced by
 * katexLazy.ts, which loads KaTeX's own script (copied beside the bundle) when an equation is first shown,
 * so no view's first load carries the KaTeX runtime (issue #15). The build fails if KaTeX is still bundled.
 */
function katexOnDemand(assetsDir) {
  const RENDER = join(ROOT, 'src/components/katexRender.ts');
  const LAZY = join(ROOT, 'src/components/katexLazy.ts');
  const VIRTUAL = 'virtual:pqd-katex-file';
  const script = katexScript();
  return {
    name: 'pqd:katex-on-demand',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (source === VIRTUAL) return `\0${VIRTUAL}`;
      if (!importer || !/katexRender(\.ts)?$/.test(source)) return null;
      const r = await this.resolve(source, importer, { ...options, skipSelf: true });
      return r && r.id.split('?')[0] === RENDER ? LAZY : null;
    },
    load(id) {
      // Relative to the page (chunks run after their script has run, when document.currentScript is gone).
      return id === `\0${VIRTUAL}` ? `export default ${JSON.stringify(`${assetsDir}/${script.fileName}`)};` : null;
    },
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type === 'chunk' && chunk.moduleIds.some((m) => /[\\/]node_modules[\\/]katex[\\/].*\.(?:js|mjs)$/.test(m))) {
          throw new Error(`${chunk.fileName}: the KaTeX runtime is bundled (it must load on demand)`);
        }
      }
      this.emitFile({ type: 'asset', fileName: `${assetsDir}/${script.fileName}`, source: script.source });
    },
  };
}

const posixJoin = (...parts) => parts.join('/').split('/').reduce((out, p) => (p === '..' ? out.slice(0, -1) : p === '.' || p === '' ? out : [...out, p]), []).join('/');

/**
 * One CommonJS chunk of the site as a classic script (issue #15): its static imports `require("./x.js")`
 * become `require("assets/x.js")` (paths relative to the page), its dynamic imports
 * `Promise.resolve().then(() => require("./x.js"))` become `require.load("assets/x.js")`, and the whole is
 * a factory registered with the page's chunk loader (src/chunkLoader.ts). Throws if ESM syntax, `import.meta`
 * or an unrewritten `require` is left, or if the rewritten requires differ from the chunk's known imports.
 * @param {string} code
 * @param {string} fileName
 * @param {{ imports?: string[], dynamicImports?: string[] }} [deps]
 */
export function wrapChunk(code, fileName, { imports = [], dynamicImports = [] } = {}) {
  const dir = fileName.includes('/') ? fileName.slice(0, fileName.lastIndexOf('/')) : '';
  const rel = (p) => (p.startsWith('./') || p.startsWith('../') ? posixJoin(dir, p) : p);
  const seenDynamic = new Set();
  const seenStatic = new Set();
  let out = code.replace(/Promise\.resolve\(\)\.then\(\(\)\s*=>\s*require\("([^"]+)"\)\)/g, (_m, p) => {
    const f = rel(p);
    seenDynamic.add(f);
    return `require.load(${JSON.stringify(f)})`;
  });
  out = out.replace(/\brequire\("([^"]+)"\)/g, (_m, p) => {
    const f = rel(p);
    seenStatic.add(f);
    return `require(${JSON.stringify(f)})`;
  });
  for (const f of seenStatic) if (!imports.includes(f)) throw new Error(`${fileName}: require of ${f}, which is not one of its imports`);
  for (const f of seenDynamic) if (!dynamicImports.includes(f)) throw new Error(`${fileName}: dynamic import of ${f}, which is not one of its dynamic imports`);
  if (/\bimport\.meta\b/.test(out)) throw new Error(`${fileName}: import.meta cannot run in a classic script`);
  if (/\brequire\s*\((?!")/.test(out) || /\bimport\s*\(\s*["'`]/.test(out)) throw new Error(`${fileName}: an import the chunk loader cannot follow`);
  const wrapped = `(function(d){d.define(${JSON.stringify(fileName)},function(require,exports,module){"use strict";\n${out}\n})})(globalThis[Symbol.for("pqd.chunks")]);\n`;
  // Compiled as a classic script: ESM `import`/`export` statements and `import.meta` are syntax errors there.
  try {
    new vm.Script(wrapped, { filename: fileName });
  } catch (e) {
    throw new Error(`${fileName}: not a valid classic script (${e instanceof Error ? e.message : e})`);
  }
  return wrapped;
}

/**
 * Builds the site's app into `outDir` (issue #15): src/main.ts as CommonJS chunks with code splitting — the
 * shell, each view and each dialog its own chunk (lazyModules), shared code in shared chunks — each wrapped
 * as a classic script for the page's chunk loader (wrapChunk, src/chunkLoader.ts), with one stylesheet per
 * chunk that has CSS, KaTeX's script and fonts. Returns what the boot script needs: the entry chunk, the
 * chunk of each view, and each chunk's static dependencies and stylesheets (paths relative to the page).
 */
export async function buildSiteChunks({ outDir, logLevel = 'warn' }) {
  const { build } = await import('vite');
  let result = null;
  await build({
    configFile: false,
    root: ROOT,
    base: './',
    logLevel,
    publicDir: false,
    plugins: [
      await svelte({}),
      katexWoff2Only(),
      lazyModules({ lazy: true }),
      katexOnDemand('assets'),
      {
        name: 'pqd:site-chunks',
        generateBundle: {
          order: 'post',
          handler(_options, bundle) {
            const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
            const manifest = {};
            for (const c of chunks) {
              manifest[c.fileName] = { deps: [...c.imports], css: [...(c.viteMetadata?.importedCss ?? [])] };
              c.code = wrapChunk(c.code, c.fileName, c);
            }
            const entry = chunks.find((c) => c.isEntry);
            const views = {};
            for (const [view, file] of Object.entries(VIEW_FILES)) {
              const c = chunks.find((x) => x.facadeModuleId === join(ROOT, file));
              if (!c) throw new Error(`no chunk of its own for the ${view} view`);
              views[view] = c.fileName;
            }
            result = { entry: entry.fileName, views, chunks: manifest };
            // For the bench (first-load bytes per view): not loaded by the page.
            this.emitFile({ type: 'asset', fileName: 'chunks-manifest.json', source: JSON.stringify(result, null, 1) });
            if (process.env.PQD_ANALYZE) {
              // Per chunk: its minified size, then its modules' rendered sizes grouped by package or folder.
              for (const c of chunks) {
                const groups = {};
                for (const [id, m] of Object.entries(c.modules ?? {})) {
                  const rel = id.replace(ROOT, '');
                  const g = rel.includes('node_modules') ? rel.replace(/.*node_modules[\\/]((@[^\\/]+[\\/])?[^\\/]+).*/, '$1') : rel.replace(/^[\\/]?(src[\\/][^\\/]+([\\/][^\\/]+)?).*/, '$1');
                  groups[g] = (groups[g] ?? 0) + m.renderedLength;
                }
                console.log(c.fileName, c.code.length, Object.entries(groups).sort((a, b) => b[1] - a[1]).slice(0, 20));
                writeFileSync(`/tmp/pqd-chunk-${basename(c.fileName, '.js')}.json`, JSON.stringify(Object.entries(c.modules ?? {}).map(([id, m]) => [m.renderedLength, id.replace(ROOT, '')]).sort((a, b) => b[0] - a[0])));
              }
            }
          },
        },
      },
    ],
    build: {
      outDir,
      emptyOutDir: false,
      target: 'es2022',
      copyPublicDir: false,
      chunkSizeWarningLimit: 4000,
      modulePreload: false,
      cssCodeSplit: true,
      assetsInlineLimit: (file) => (file.endsWith('.woff2') ? false : undefined),
      rolldownOptions: {
        input: { app: join(ROOT, 'src/main.ts') },
        // The preload helper's dead `import.meta` branches (no preloads: modulePreload false).
        transform: { define: { 'import.meta': '{}' } },
        output: { format: 'cjs', entryFileNames: 'assets/[name]-[hash].js', chunkFileNames: 'assets/[name]-[hash].js', assetFileNames: 'assets/[name]-[hash][extname]' },
      },
    },
  });
  if (!result) throw new Error('the site build wrote no chunks');
  return result;
}

function walkFiles(dir, base = dir) {
  const out = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...walkFiles(p, base));
    else out.push(relative(base, p).split(sep).join('/'));
  }
  return out;
}

/**
 * The `<link>` tags that fetch the app's entry chunk closure with the page (classic-script preloads, no
 * `crossorigin`, so they match the loader's `<script src>`; stylesheets as plain links).
 */
export function entryTags(site) {
  const files = new Set();
  const visit = (f) => {
    if (files.has(f)) return;
    files.add(f);
    for (const d of site.chunks[f]?.deps ?? []) visit(d);
  };
  visit(site.entry);
  const css = [...files].flatMap((f) => site.chunks[f]?.css ?? []);
  return [
    ...css.map((href) => ({ tag: 'link', attrs: { rel: 'stylesheet', href: `./${href}` }, injectTo: 'head' })),
    ...[...files].map((href) => ({ tag: 'link', attrs: { rel: 'preload', as: 'script', href: `./${href}` }, injectTo: 'head' })),
  ];
}

/**
 * Vite plugin for the site build (issue #15): index.html starts src/boot.ts (not src/main.ts), a small
 * classic script that makes the page's chunk loader and loads the app's entry chunk and the chunks of the
 * view in the URL. Before the site is bundled, the app's chunks are built (buildSiteChunks) into a temporary
 * folder; its files become files of the site build and its manifest reaches the boot script as
 * `virtual:pqd-site-chunks`. In `vite dev` that module is null and index.html keeps src/main.ts.
 */
export function siteViews() {
  const VIRTUAL = 'virtual:pqd-site-chunks';
  let command = 'serve';
  let logLevel = 'warn';
  let manifest = null;
  let tmp = null;
  const preloads = {
    name: 'pqd:site-entry-preloads',
    // What every view needs (the app's entry chunk, its static dependencies and their stylesheets) starts
    // downloading with the page, beside the boot script, instead of one round trip after it. After Vite's
    // own HTML processing: these files are the chunk build's, not sources.
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (command !== 'build' || !manifest || !/(^|[\\/])index\.html$/.test(ctx.filename)) return html;
        return { html, tags: entryTags(manifest) };
      },
    },
  };
  const plugin = {
    name: 'pqd:site-views',
    configResolved(config) {
      command = config.command;
      logLevel = config.logLevel;
    },
    async buildStart() {
      if (command !== 'build') return;
      tmp = mkdtempSync(join(tmpdir(), 'pqd-views-'));
      manifest = await buildSiteChunks({ outDir: tmp, logLevel: logLevel === 'info' ? 'warn' : logLevel });
    },
    resolveId(id) {
      return id === VIRTUAL ? `\0${VIRTUAL}` : null;
    },
    load(id) {
      return id === `\0${VIRTUAL}` ? `export default ${JSON.stringify(manifest)};` : null;
    },
    transformIndexHtml: {
      order: 'pre',
      handler(html, ctx) {
        if (command !== 'build' || !/(^|[\\/])index\.html$/.test(ctx.filename)) return html;
        if (!html.includes('./src/main.ts')) throw new Error('index.html no longer loads ./src/main.ts');
        return html.replace('./src/main.ts', './src/boot.ts');
      },
    },
    generateBundle() {
      if (!tmp) return;
      for (const file of walkFiles(tmp)) this.emitFile({ type: 'asset', fileName: file, source: readFileSync(join(tmp, file)) });
      rmSync(tmp, { recursive: true, force: true });
      tmp = null;
    },
  };
  return [plugin, preloads];
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

async function svelte(options) {
  const { svelte: plugin } = await import('@sveltejs/vite-plugin-svelte');
  return plugin(options);
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
 * The KaTeX faces the app's equations use (their TeX is in the views' source: \\frac, \\sqrt, \\sum, \\left…\\right,
 * \\big, \\text, \\mathrm, Greek letters — Main regular, Math italic and the Size fonts of large delimiters; no bold
 * or italic text, calligraphic, fraktur or AMS symbols). The
 * single files inline fonts as data: URLs, so they carry only these; any other face falls back to a local font.
 */
export const SINGLE_KATEX_FONTS = ['KaTeX_Main-Regular', 'KaTeX_Math-Italic', 'KaTeX_Size1-Regular', 'KaTeX_Size2-Regular', 'KaTeX_Size3-Regular', 'KaTeX_Size4-Regular'];

/** KaTeX's CSS with only the @font-face rules whose woff2 file is in `keep` (file names without extension). */
export function keepFontFaces(css, keep = SINGLE_KATEX_FONTS) {
  return css.replace(FONT_FACE_RE, (rule, body) => {
    const file = /url\(\s*["']?[^)"']*?([\w-]+)\.woff2/.exec(body)?.[1];
    return file && keep.includes(file) ? rule : '';
  });
}

function singleFileKatexFonts() {
  return {
    name: 'pqd:single-katex-fonts',
    enforce: 'pre',
    transform(code, id) {
      if (!KATEX_CSS_RE.test(id.split('?')[0])) return null;
      return { code: keepFontFaces(woff2Only(code)), map: null };
    },
  };
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
      plugins: [await svelte({}), singleFileKatexFonts(), viewRegistry(view), staticDynamicImports(), viteSingleFile({ removeViteModuleLoader: true })],
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
