/**
 * Global CSS of the widget build, collected as text. In the custom-element build (scripts/build-widgets.mjs)
 * every plain `import './x.css'` (theme.css, KaTeX's CSS, ...) is turned into `registerCss(id, text)`, so the
 * elements can put all of it inside each shadow root — a host page's CSS cannot reach it there and it
 * cannot leak out. Component styles are injected by Svelte into the shadow root itself (`css: 'injected'`).
 * In the site build nothing registers here and the CSS goes to the document as usual.
 */
const texts = new Map<string, string>();

export function registerCss(id: string, css: string): void {
  texts.set(id, css);
}

/** Every registered stylesheet, in import order. */
export function registeredCss(): string[] {
  return [...texts.values()];
}
