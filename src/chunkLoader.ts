/**
 * The site's chunk loader (issue #15): code splitting with classic scripts.
 *
 * The site is built as CommonJS chunks (scripts/build-widgets.mjs, buildSiteChunks) and each chunk is wrapped
 * as a classic script that only registers itself:
 *
 *     (function(d){d("assets/x-HASH.js",function(require,exports,module){ …chunk… })})(globalThis[Symbol.for("pqd.chunks")]);
 *
 * A chunk's static imports are `require("assets/y-HASH.js")` and its dynamic imports `require.load("…")`
 * (a Promise of the chunk's exports). This loader inserts each chunk as `<script src>` (no module script, no
 * `crossorigin`: a strict CSP with `script-src 'self'` allows it and a sandboxed iframe with an opaque origin
 * loads it, issue #14), with its stylesheets, and runs the factories in dependency order, as CommonJS does
 * (each once; a cycle sees the partly filled exports).
 *
 * The build's manifest names each chunk's static dependencies and stylesheets; `load(file)` fetches the chunk
 * and everything it needs in parallel, waits for their stylesheets (so a view's first paint is styled), then
 * runs it. `fetch(file)` does the same without running it (the boot script starts the first view's chunks
 * beside the app's own).
 */

export interface ChunkInfo {
  /** Chunks this one `require`s (static imports), files relative to the page. */
  deps: string[];
  /** Stylesheets of this chunk, relative to the page. */
  css: string[];
}

export type ChunkManifest = Record<string, ChunkInfo>;

type Exports = Record<string, unknown>;
export type Factory = (require: ChunkRequire, exports: Exports, module: { exports: Exports }) => void;

export interface ChunkRequire {
  (file: string): Exports;
  load(file: string): Promise<Exports>;
}

export interface ChunkLoader {
  /** Called by each chunk's script when it runs: registers the chunk's factory. */
  define(file: string, factory: Factory): void;
  /** The chunk's exports, after its scripts, dependencies and stylesheets have loaded. */
  load(file: string): Promise<Exports>;
  /** Fetches the chunk, its dependencies and stylesheets without running them. */
  fetch(file: string): Promise<void>;
  /** The exports of a chunk already loaded (runs it if needed); throws if it has not arrived. */
  require: ChunkRequire;
}

export interface LoaderHost {
  /** Inserts `<script src>`; resolves when it has run, rejects when it failed to load. */
  script(file: string): Promise<void>;
  /** Inserts `<link rel=stylesheet>`; resolves when it has loaded or failed (the page works unstyled). */
  stylesheet(file: string): Promise<void>;
}

export function createChunkLoader(manifest: ChunkManifest, host: LoaderHost): ChunkLoader {
  const factories = new Map<string, Factory>();
  const modules = new Map<string, { exports: Exports }>();
  const scripts = new Map<string, Promise<void>>();

  /** The chunk and its static dependencies, each once. */
  function closure(file: string, out = new Set<string>()): Set<string> {
    if (out.has(file)) return out;
    out.add(file);
    for (const dep of manifest[file]?.deps ?? []) closure(dep, out);
    return out;
  }

  function script(file: string): Promise<void> {
    if (factories.has(file)) return Promise.resolve();
    let p = scripts.get(file);
    if (!p) {
      p = host.script(file).then(() => {
        if (!factories.has(file)) throw new Error(`${file} ran but defined no chunk`);
      });
      // A failed load (offline, not cached) may be tried again later.
      p.catch(() => scripts.delete(file));
      scripts.set(file, p);
    }
    return p;
  }

  function fetch(file: string): Promise<void> {
    if (!(file in manifest)) return Promise.reject(new Error(`unknown chunk ${file}`));
    const files = [...closure(file)];
    return Promise.all([...files.map(script), ...files.flatMap((f) => manifest[f]?.css ?? []).map((c) => host.stylesheet(c))]).then(() => {});
  }

  const require = ((file: string): Exports => {
    const done = modules.get(file);
    if (done) return done.exports;
    const factory = factories.get(file);
    if (!factory) throw new Error(`chunk ${file} is required before it has loaded`);
    const module = { exports: {} as Exports };
    // Registered before it runs: a cycle gets the exports filled so far, as in CommonJS.
    modules.set(file, module);
    try {
      factory(require, module.exports, module);
    } catch (e) {
      modules.delete(file);
      throw e;
    }
    return module.exports;
  }) as ChunkRequire;
  /** The chunk's static dependencies before it, deepest first (the order `require` runs them in). */
  function evaluationOrder(file: string, out: string[] = [], seen = new Set<string>()): string[] {
    if (seen.has(file)) return out;
    seen.add(file);
    for (const dep of manifest[file]?.deps ?? []) evaluationOrder(dep, out, seen);
    out.push(file);
    return out;
  }

  // Once fetched, each chunk not yet run (the file and its dependencies, deepest first) runs in a task of its
  // own: one chunk's evaluation never adds to another's, nor to the task that was running (on a first visit,
  // the shell's evaluation and mount; issue #15, each task short).
  // A dependency in a cycle with the file is left to `require`, which runs a cycle as CommonJS does.
  require.load = async (file: string) => {
    await fetch(file);
    for (const f of evaluationOrder(file)) {
      if (modules.has(f) || (f !== file && closure(f).has(file))) continue;
      await nextTask();
      require(f);
    }
    return require(file);
  };

  return {
    define(file, factory) {
      if (!factories.has(file)) factories.set(file, factory);
    },
    load: require.load,
    fetch,
    require,
  };
}

/** Resolves in a new task (after what the browser has queued meanwhile: input, paint). */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** The key of the page's loader on `globalThis`, where every chunk's script finds it. */
export const LOADER_KEY = Symbol.for('pqd.chunks');

/** The page's loader, made once (by the boot script). */
export function pageChunkLoader(manifest: ChunkManifest, host: LoaderHost): ChunkLoader {
  const g = globalThis as unknown as Record<symbol, ChunkLoader | undefined>;
  return (g[LOADER_KEY] ??= createChunkLoader(manifest, host));
}
