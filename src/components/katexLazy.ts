/**
 * The site's equation renderer (issue #15): KaTeX's own script (`katex.min.js` from the katex package,
 * copied into the site's assets/ by the build) is loaded the first time an equation is shown — when a
 * "How is this computed?" is first opened — by inserting a classic `<script src>`: a file of the site itself,
 * so a strict Content-Security-Policy (`script-src 'self'`) allows it, fetched without CORS, so it loads in
 * an `<iframe sandbox="allow-scripts">` from any static host (issue #14). Its CSS is in the view's stylesheet;
 * its fonts load as each face is first used. Build-time replacement of katexRender.ts (scripts/build-widgets.mjs).
 */
import type { KatexOptions } from 'katex';
import katexFile from 'virtual:pqd-katex-file';
import { renderTexWith, type KatexLike } from './katexTree';

// Relative to the page (the build names the file so): chunks run after document.currentScript is gone.
const base = typeof document !== 'undefined' ? document.baseURI : '';
let loading: Promise<KatexLike> | null = null;

function katexGlobal(): KatexLike | undefined {
  return (globalThis as unknown as { katex?: KatexLike }).katex;
}

/** KaTeX, loaded once per page. A failed load may be retried by the next equation. */
export function loadKatex(): Promise<KatexLike> {
  const ready = katexGlobal();
  if (ready) return Promise.resolve(ready);
  loading ??= new Promise<KatexLike>((resolve, reject) => {
    const script = document.createElement('script');
    script.src = new URL(katexFile, base).href;
    script.onload = () => {
      const k = katexGlobal();
      if (k) resolve(k);
      else reject(new Error('katex.min.js defined no katex'));
    };
    script.onerror = () => reject(new Error(`could not load ${script.src}`));
    document.head.append(script);
  }).catch((e: unknown) => {
    loading = null;
    throw e;
  });
  return loading;
}

export async function renderTex(tex: string, target: HTMLElement, options: KatexOptions): Promise<void> {
  renderTexWith(await loadKatex(), tex, target, options);
}
