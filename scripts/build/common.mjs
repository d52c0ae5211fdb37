/**
 * What the build scripts share (scripts/build-widgets.mjs, scripts/build/site.mjs, scripts/build/katex.mjs):
 * the repository root, a CommonJS `require` for resolving packages, the views and the widget font folder.
 */
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const require = createRequire(import.meta.url);
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const VIEWS = ['lattice', 'confinement', 'ligands'];
export const WIDGET_FONT_DIR = 'widget-fonts';

/** Vite's Svelte plugin, loaded when a build runs. */
export async function svelte(options) {
  const { svelte: plugin } = await import('@sveltejs/vite-plugin-svelte');
  return plugin(options);
}
