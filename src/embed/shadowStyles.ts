/**
 * Component styles of the widget build as constructed stylesheets (issue #14). Svelte 5 with
 * `css: 'injected'` would put a `<style>` element per component into each shadow root; a course page whose
 * Content-Security-Policy has no `'unsafe-inline'` in `style-src` blocks those. Constructed stylesheets
 * (`new CSSStyleSheet()` + `adoptedStyleSheets`) are CSSOM, which CSP does not restrict, and one sheet per
 * component is shared by every widget of the page.
 *
 * scripts/build-widgets.mjs routes Svelte's `append_styles` here (widget build only; the site build links
 * one stylesheet file).
 */
const sheets = new Map<string, CSSStyleSheet>();
/** Sheets made here, so the order among a root's sheets can be kept (component sheets before the theme). */
const ours = new WeakSet<CSSStyleSheet>();

function supported(target: unknown): target is ShadowRoot {
  return (
    typeof ShadowRoot !== 'undefined' &&
    target instanceof ShadowRoot &&
    typeof CSSStyleSheet === 'function' &&
    'adoptedStyleSheets' in target &&
    typeof CSSStyleSheet.prototype.replaceSync === 'function'
  );
}

/**
 * Adopts a component's CSS into `target` (once per root). Returns false when `target` is not a shadow root or
 * constructed stylesheets are unavailable: the caller then falls back to a `<style>` element.
 *
 * Order: Svelte's `<style>` elements came before the adopted theme sheet in the cascade, so component sheets
 * are inserted before the first sheet not made here (the widget's theme, KaTeX and host CSS).
 */
export function adoptComponentCss(target: unknown, css: { hash: string; code: string }): boolean {
  if (!supported(target)) return false;
  let sheet = sheets.get(css.hash);
  if (!sheet) {
    try {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(css.code);
    } catch {
      return false;
    }
    ours.add(sheet);
    sheets.set(css.hash, sheet);
  }
  const list = [...target.adoptedStyleSheets];
  if (list.includes(sheet)) return true;
  const firstOther = list.findIndex((s) => !ours.has(s));
  if (firstOther < 0) list.push(sheet);
  else list.splice(firstOther, 0, sheet);
  target.adoptedStyleSheets = list;
  return true;
}
