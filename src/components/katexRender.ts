/**
 * How Katex.svelte typesets TeX that was not rendered at build time (katexStatic.ts renders every equation of
 * the app, so in practice only in tests of this path). This file — used in `vite dev` and in tests — renders at
 * once with the bundled KaTeX. Every build replaces it by katexNone.ts (scripts/build/katex.mjs
 * `katexAbsent`): nothing the app ships carries the KaTeX runtime (issue #15).
 */
import type { KatexOptions } from 'katex';
// Dev and tests typeset with the bundled KaTeX: its stylesheet too (the builds take it with the rendered trees).
import 'katex/dist/katex.min.css';
import { renderTexToNode } from './katexDom';

/** Renders `tex` into `target` (replacing its content); resolves once it is on screen. */
export function renderTex(tex: string, target: HTMLElement, options: KatexOptions): Promise<void> {
  renderTexToNode(tex, target, options);
  return Promise.resolve();
}
