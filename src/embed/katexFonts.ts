/**
 * KaTeX's fonts for the custom-element build. Chromium ignores `@font-face` rules inside a shadow root, so
 * the widgets register KaTeX's faces once on the document with the CSS Font Loading API (no CSS text, so no
 * inline style is needed under a Content-Security-Policy). The woff2 files are emitted beside the script
 * (`widget-fonts/`) and resolved against the script's own URL; a face is fetched only when a formula uses it.
 * Fonts are fetched in CORS mode: a script served from another origin needs
 * `Access-Control-Allow-Origin` on the fonts (GitHub Pages, Netlify and most CDNs send it).
 */
export interface FontFile {
  family: string;
  style: string;
  weight: string;
  /** Path relative to the script, e.g. `widget-fonts/KaTeX_Main-Regular.woff2`. */
  file: string;
}

const DONE = Symbol.for('pqd.katexFonts.registered');

/** Adds each face to `doc.fonts` (once per document). Returns how many faces were added. */
export function registerFonts(fonts: readonly FontFile[], baseUrl: string, doc: Document = document): number {
  const marked = doc as unknown as Record<symbol, boolean>;
  if (marked[DONE] || typeof FontFace !== 'function' || !doc.fonts) return 0;
  marked[DONE] = true;
  let n = 0;
  for (const f of fonts) {
    let url: string;
    try {
      url = new URL(f.file, baseUrl).href;
    } catch {
      continue;
    }
    const face = new FontFace(f.family, `url(${JSON.stringify(url)}) format("woff2")`, {
      style: f.style,
      weight: f.weight,
      display: 'swap',
    });
    doc.fonts.add(face);
    n++;
  }
  return n;
}
