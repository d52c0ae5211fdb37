/**
 * How Katex.svelte renders an equation. This file — used in `vite dev`, in tests, by the widget scripts and
 * the single files — renders at once with the bundled KaTeX. The site's view bundles replace it at build time
 * by katexLazy.ts (scripts/build-widgets.mjs, `siteViewBuild`), which loads KaTeX's own script the first time
 * an equation is shown, so no view's first load carries the KaTeX runtime (issue #15).
 */
import type { KatexOptions } from 'katex';
import { renderTexToNode } from './katexDom';

/** Renders `tex` into `target` (replacing its content); resolves once it is on screen. */
export function renderTex(tex: string, target: HTMLElement, options: KatexOptions): Promise<void> {
  renderTexToNode(tex, target, options);
  return Promise.resolve();
}
