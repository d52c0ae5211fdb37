/**
 * KaTeX in the builds (issues #7, #14, #15): woff2-only faces, the widget build's external font files, the
 * site's on-demand KaTeX script, and the few faces the single files inline.
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

/** The KaTeX script the site loads on demand: its file name (content-hashed) and bytes. */
export function katexScript() {
  const source = readFileSync(require.resolve('katex/dist/katex.min.js'));
  const hash = createHash('sha256').update(source).digest('base64url').slice(0, 8);
  return { fileName: `katex-${hash}.min.js`, source };
}

/**
 * Vite plugin for the site's view bundles: src/components/katexRender.ts (bundled KaTeX) is replaced by
 * katexLazy.ts, which loads KaTeX's own script (copied beside the bundle) when an equation is first shown,
 * so no view's first load carries the KaTeX runtime (issue #15). The build fails if KaTeX is still bundled.
 */
export function katexOnDemand(assetsDir) {
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
