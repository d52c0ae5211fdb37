/**
 * The site build (issues #14, #15): classic scripts only (no module scripts, no crossorigin), each view and
 * dialog a CommonJS chunk wrapped for src/chunkLoader.ts, and the virtual modules that give a build its
 * views and dialogs (all, one, lazily or none).
 */
import { readFileSync, writeFileSync, rmSync, mkdirSync, mkdtempSync, existsSync, readdirSync } from 'node:fs';
import { createHash } from 'node:crypto';
import vm from 'node:vm';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ROOT, require, svelte } from './common.mjs';
import { katexAbsent, katexWoff2Only } from './katex.mjs';

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

export function staticDynamicImports() {
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
  // The factory in parentheses: V8 then compiles it eagerly with the script, which Chromium does off the main
  // thread while the file streams in, instead of on the main thread when the factory first runs (issue #15:
  // the shell's factory cost ~12 ms of lazy compilation in the task that ran it).
  const wrapped = `${out.length >= COMPILE_HINT_MIN_CHARS ? COMPILE_HINT : ''}(function(d){d.define(${JSON.stringify(fileName)},(function(require,exports,module){"use strict";\n${out}\n}))})(globalThis[Symbol.for("pqd.chunks")]);\n`;
  // Compiled as a classic script: ESM `import`/`export` statements and `import.meta` are syntax errors there.
  try {
    new vm.Script(wrapped, { filename: fileName });
  } catch (e) {
    throw new Error(`${fileName}: not a valid classic script (${e instanceof Error ? e.message : e})`);
  }
  return wrapped;
}

/**
 * V8's explicit compile hint (Chrome 136+; other engines read a comment): every function of the chunk is
 * compiled with the script, off the main thread while it streams in. A chunk is fetched when its code is about
 * to run (the first view's chunks at start-up, the others on intent or when scrolled near), and most of its
 * functions then run in its first mount; compiled lazily, each would be compiled on the main thread in the
 * task that first calls it (issue #15: in the shell's first mount about a third of the time).
 */
const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';
/** Chunks smaller than this compile in well under a millisecond: the hint's bytes are not worth it there. */
const COMPILE_HINT_MIN_CHARS = 8192;

/**
 * Vite plugin: fills `into` with the ids of the modules every page of the site loads — those src/main.ts
 * imports statically, and those each of the three views imports statically (a page shows one view) — once the
 * module graph is complete, for the build's chunk groups (buildSiteChunks).
 * @param {Set<string>} into
 */
export function shellModules(into) {
  const MESSAGE_INDEX = join(ROOT, 'src/paraglide/messages.js');
  return {
    name: 'pqd:shell-modules',
    buildEnd() {
      const closure = (start) => {
        const seen = new Set();
        const visit = (id) => {
          if (seen.has(id)) return;
          seen.add(id);
          // Not through the message catalogue's index, which re-exports every message: each message goes
          // where it is used (the bundler drops the index's unused ones; a group would keep them all).
          if (id === MESSAGE_INDEX) return;
          for (const dep of this.getModuleInfo(id)?.importedIds ?? []) visit(dep);
        };
        visit(start);
        return seen;
      };
      const views = Object.values(VIEW_FILES).map((f) => closure(join(ROOT, f)));
      if (views.some((v) => v.size < 2)) throw new Error('shellModules: a view has no module graph (file moved?)');
      into.clear();
      for (const id of closure(join(ROOT, 'src/main.ts'))) into.add(id);
      for (const id of views[0]) if (views.every((v) => v.has(id))) into.add(id);
    },
  };
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
  /** The modules every page loads, filled in by shellModules before the chunks are made. */
  const shell = new Set();
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
      katexAbsent(),
      shellModules(shell),
      {
        name: 'pqd:site-chunks',
        generateBundle: {
          order: 'post',
          handler(_options, bundle) {
            const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
            const manifest = {};
            for (const c of chunks) {
              manifest[c.fileName] = { deps: [...c.imports], css: [...(c.viteMetadata?.importedCss ?? [])] };
              // PQD_ANALYZE=<folder> (or 1: /tmp/pqd-analyze): each chunk's minified code and source map,
              // before wrapping, for scripts/build/analyze.mjs (bytes per source module).
              if (process.env.PQD_ANALYZE && c.map) {
                const out = process.env.PQD_ANALYZE === '1' ? '/tmp/pqd-analyze' : process.env.PQD_ANALYZE;
                mkdirSync(join(out, dirname(c.fileName)), { recursive: true });
                writeFileSync(join(out, c.fileName), c.code);
                writeFileSync(join(out, `${c.fileName}.map`), JSON.stringify(c.map));
              }
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
      sourcemap: process.env.PQD_ANALYZE ? 'hidden' : false,
      modulePreload: false,
      cssCodeSplit: true,
      assetsInlineLimit: (file) => (file.endsWith('.woff2') ? false : undefined),
      rolldownOptions: {
        input: { app: join(ROOT, 'src/main.ts') },
        // The preload helper's dead `import.meta` branches (no preloads: modulePreload false).
        transform: { define: { 'import.meta': '{}' } },
        // PQD_KEEP_NAMES=1: readable function names in a CPU profile (where a long task's time goes).
        output: {
          ...(process.env.PQD_KEEP_NAMES ? { minify: { mangle: false } } : {}),
          // One entry chunk for what every page loads: the shell's static imports (Svelte, the state, the
          // formatter …) and the modules all three views import (the chain strip, HowComputed …), since a page
          // always shows one view. One file compresses better than a dozen small ones, in fewer requests.
          codeSplitting: { groups: [{ name: 'app', test: (id) => shell.has(id) }] },
          format: 'cjs', entryFileNames: 'assets/[name]-[hash].js', chunkFileNames: 'assets/[name]-[hash].js', assetFileNames: 'assets/[name]-[hash][extname]' },
      },
    },
  });
  if (!result) throw new Error('the site build wrote no chunks');
  return result;
}

export function walkFiles(dir, base = dir) {
  const out = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...walkFiles(p, base));
    else out.push(relative(base, p).split(sep).join('/'));
  }
  return out;
}

/**
 * The `<link>` tags of the app's entry chunk closure: its stylesheets, with the page (the first screen's
 * snapshot needs them). Its scripts are not preloaded: they load once the snapshot has been painted (boot.ts),
 * so no download competes with the first paint on a slow connection (issue #15).
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
  return css.map((href) => ({ tag: 'link', attrs: { rel: 'stylesheet', href: `./${href}` }, injectTo: 'head' }));
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
    // The stylesheets of what every view needs (the app's entry chunk and its static dependencies) load with
    // the page, render-blocking as the snapshot needs them. After Vite's own HTML processing: these files are
    // the chunk build's, not sources.
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
