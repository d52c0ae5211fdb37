/**
 * KaTeX in the builds (issues #7, #14, #15): woff2-only faces, the widget build's external font files, the
 * few faces the single files inline, no KaTeX runtime in any build, and the equations rendered at build time.
 */
import { readFileSync, writeFileSync, rmSync, mkdirSync, mkdtempSync, existsSync, readdirSync } from 'node:fs';
import { createHash } from 'node:crypto';
import vm from 'node:vm';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ROOT, require, WIDGET_FONT_DIR } from './common.mjs';

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
export function katexExternalFonts() {
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

const RENDER = join(ROOT, 'src/components/katexRender.ts');
// KaTeX's JavaScript (not a virtual module such as the widget build's registry of katex.min.css).
const KATEX_RUNTIME_RE = /^[^\0]*[\\/]node_modules[\\/]katex[\\/][^\0]*\.(?:js|mjs)$/;

/**
 * Vite plugin for every build of the app — the site, the widget scripts and the single files (issue #15): no
 * KaTeX runtime. Every equation comes from the build (katexStatic.ts: fixed TeX, and templates whose numbers
 * are filled in), so src/components/katexRender.ts (bundled KaTeX, for `vite dev` and tests) is replaced by
 * katexNone.ts, which leaves any other TeX as its source (none is shown: a unit test finds no TeX outside the
 * equation modules, and the e2e tests find every equation of an open "How is this computed?" typeset). The
 * build fails if a chunk still carries KaTeX's JavaScript. KaTeX's CSS and fonts stay.
 */
export function katexAbsent() {
  const NONE = join(ROOT, 'src/components/katexNone.ts');
  return {
    name: 'pqd:katex-absent',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!importer || !/katexRender(\.ts)?$/.test(source)) return null;
      const r = await this.resolve(source, importer, { ...options, skipSelf: true });
      return r && r.id.split('?')[0] === RENDER ? NONE : null;
    },
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type === 'chunk' && chunk.moduleIds.some((m) => KATEX_RUNTIME_RE.test(m))) {
          throw new Error(`${chunk.fileName}: the KaTeX runtime is bundled (every equation must come from the build)`);
        }
      }
    },
  };
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

export function singleFileKatexFonts() {
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
 * Equations rendered at build time (issue #15; src/components/katexStatic.ts). Each equation module
 * (`equations.ts`, exporting `TEX`, registered with `staticEquations`) gets `equations.generated.ts` beside
 * it: each TeX rendered by KaTeX in Node (display mode, HTML and MathML as Katex.svelte renders), its markup
 * parsed (jsdom) into a compact tree `[tag, class, style, attributes, ...children]` whose style text is kept
 * apart, for the runtime to set through the CSSOM. `node scripts/build/katex.mjs equations` writes them (run
 * by `npm run i18n`, so before dev, build, check and unit tests); tests/unit/embed/katexStatic.test.ts fails
 * when one is stale, tests/component/katex/katexStatic.test.ts compares each with KaTeX's own render.
 */
export const EQUATION_MODULES = ['src/components/chain/equations.ts', 'src/views/lattice/equations.ts', 'src/views/confinement/equations.ts', 'src/views/ligands/equations.ts'];

/** The options every build-time equation is rendered with (Katex.svelte's, display mode). */
export const STATIC_KATEX_OPTIONS = { displayMode: true, throwOnError: true, output: 'htmlAndMathml' };

/** The TeX strings of an equation module (its `TEX` export), loaded through Vite's module runner. */
export async function equationTexts(modulePath) {
  const { runnerImport } = await import('vite');
  const { module } = await runnerImport(join(ROOT, modulePath), { configFile: false, root: ROOT, logLevel: 'silent' });
  if (!module.TEX || typeof module.TEX !== 'object') throw new Error(`${modulePath} exports no TEX`);
  const out = Object.values(module.TEX);
  if (out.some((t) => typeof t !== 'string')) throw new Error(`${modulePath}: every TEX value must be a string`);
  return out;
}

/**
 * The characters of KaTeX's MathML spaces (its SpaceNode): its DOM output (`toNode`, what the app showed
 * when KaTeX rendered in the browser) is the bare character, its markup wraps it in an `<mtext>`.
 */
const KATEX_SPACE_CHARACTERS = new Set(['\u200a', '\u2009', '\u2005', '\u2005\u200a', '\u200a\u2063', '\u2009\u2063', '\u205f\u2063', '\u2005\u2063']);

/** A DOM node (parsed from KaTeX's markup) as a compact tree; `''` marks a missing class, style or attributes. */
export function domToTree(node) {
  if (node.nodeType === 3) return node.data;
  if (node.nodeType !== 1) throw new Error(`unexpected node type ${node.nodeType} in KaTeX's markup`);
  const only = node.childNodes.length === 1 ? node.firstChild : null;
  if (node.localName === 'mtext' && node.attributes.length === 0 && only?.nodeType === 3 && KATEX_SPACE_CHARACTERS.has(only.data)) return only.data;
  const tag = node.localName === 'span' ? '' : node.localName;
  let cls = '';
  let style = '';
  const attrs = {};
  for (const a of node.attributes) {
    if (a.name === 'class') cls = a.value;
    else if (a.name === 'style') style = a.value;
    // KaTeX's markup names the SVG namespace; its DOM output (and buildEquation) creates the element in it.
    else if (!(node.localName === 'svg' && a.name === 'xmlns')) attrs[a.name] = a.value;
  }
  const children = [...node.childNodes].map(domToTree);
  return [tag, cls, style, Object.keys(attrs).length ? attrs : '', ...children];
}

/** KaTeX's rendering of `tex` (display mode) as a compact tree. `doc`: a jsdom document. */
export function renderEquationTree(katex, tex, doc) {
  const html = katex.renderToString(tex, STATIC_KATEX_OPTIONS);
  const t = doc.createElement('template');
  t.innerHTML = html;
  const nodes = [...t.content.childNodes];
  if (nodes.length !== 1) throw new Error(`KaTeX's markup of ${tex} has ${nodes.length} top nodes`);
  return domToTree(nodes[0]);
}

/** `text` as a single-quoted JavaScript string (JSON's many double quotes stay as they are). */
export function jsString(text) {
  return `'${text.replace(/[\\'\n\r\u2028\u2029]/g, (c) => (c === '\\' ? '\\\\' : c === "'" ? "\\'" : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`))}'`;
}

/**
 * The text of a generated module: a function returning TeX → tree, parsed from a JSON string (faster than a
 * literal) on first use, not when a widget script or single file starts.
 */
export function equationModuleText(modulePath, trees, version) {
  const rel = relative(dirname(join(ROOT, modulePath)), join(ROOT, 'src/components/katexStatic')).split(sep).join('/');
  const spec = rel.startsWith('.') ? rel : `./${rel}`;
  return [
    `// Generated by \`node scripts/build/katex.mjs equations\` from ./${basename(modulePath)} with KaTeX ${version}: do not edit.`,
    `// Each equation's tree (src/components/katexStatic.ts); tests/unit/embed/katexStatic.test.ts fails when this is stale.`,
    `import type { EqTrees } from ${JSON.stringify(spec)};`,
    "// KaTeX's stylesheet comes with the trees, on a view's first open of an equation (issue #15), not with the view.",
    "import 'katex/dist/katex.min.css';",
    '',
    'let trees: EqTrees | undefined;',
    `export default (): EqTrees => (trees ??= JSON.parse(${jsString(JSON.stringify(trees))}) as EqTrees);`,
    '',
  ].join('\n');
}

/** The stand-in number of slot `i` of a template: digits only, six of them, found again in the rendered tree. */
export const slotNumber = (i) => String(987600 + i);
const SLOT_RE = /9876\d\d/;

/** The templates of an equation module (its `LIVE` export, `liveEquations`): `[{ key, slots, tex }]`. */
export async function equationTemplates(modulePath) {
  const { runnerImport } = await import('vite');
  const { module } = await runnerImport(join(ROOT, modulePath), { configFile: false, root: ROOT, logLevel: 'silent' });
  return Object.entries(module.LIVE ?? {}).map(([key, f]) => ({ key, slots: f.slots, tex: f.tex }));
}

/**
 * The tree of a template: KaTeX's render of its TeX with stand-in numbers, each number's text node replaced by
 * its slot index and the MathML annotation's text (the TeX) by -1. Throws when a stand-in is not a text of its
 * own (KaTeX joined it with something else, so the tree would depend on the digits).
 */
export function renderTemplateTree(katex, template, doc) {
  const values = Array.from({ length: template.slots }, (_, i) => slotNumber(i));
  const tex = template.tex(values);
  const seen = new Set();
  const mark = (node, parent) => {
    if (typeof node === 'string') {
      if (parent === 'annotation') {
        if (node !== tex) throw new Error(`template ${template.key}: the annotation is not its TeX`);
        return -1;
      }
      const i = values.indexOf(node);
      if (i >= 0) {
        seen.add(i);
        return i;
      }
      if (SLOT_RE.test(node)) throw new Error(`template ${template.key}: a number is not a text of its own in ${JSON.stringify(node)}`);
      return node;
    }
    const [tag, cls, style, attrs, ...children] = node;
    return [tag, cls, style, attrs, ...children.map((c) => mark(c, tag))];
  };
  const tree = mark(renderEquationTree(katex, tex, doc), '');
  for (let i = 0; i < values.length; i++) if (!seen.has(i)) throw new Error(`template ${template.key}: number ${i} not found in the tree`);
  return tree;
}

/** The generated module of each equation module: `[{ source, output, text }]`. */
export async function equationModules(modules = EQUATION_MODULES) {
  const katex = require('katex');
  const { version } = require('katex/package.json');
  const { JSDOM } = await import('jsdom');
  const doc = new JSDOM('').window.document;
  const out = [];
  for (const source of modules) {
    const trees = {};
    for (const tex of await equationTexts(source)) trees[tex] = renderEquationTree(katex, tex, doc);
    for (const t of await equationTemplates(source)) trees[`@${t.key}`] = renderTemplateTree(katex, t, doc);
    const output = source.replace(/\.ts$/, '.generated.ts');
    out.push({ source, output, text: equationModuleText(source, trees, version) });
  }
  return out;
}

/** Writes each generated module that differs from what is on disk (and says which). */
export async function writeEquationModules() {
  for (const m of await equationModules()) {
    const file = join(ROOT, m.output);
    if (existsSync(file) && readFileSync(file, 'utf8') === m.text) continue;
    writeFileSync(file, m.text);
    console.log(`${m.output} written: ${m.text.length} bytes, ${gzipSync(m.text, { level: 9 }).length} gzip`);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (process.argv[2] !== 'equations') {
    console.error('usage: node scripts/build/katex.mjs equations');
    process.exit(2);
  }
  writeEquationModules().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
