/**
 * How Katex.svelte typesets TeX in every build — site, widget scripts, single files (scripts/build/katex.mjs
 * `katexAbsent`):
 * there is no KaTeX runtime there, since every equation comes from the build (katexStatic.ts), so TeX that
 * was not rendered at build time would show as its source (Katex.svelte). None is: the unit test finds no TeX
 * outside the equation modules, and the e2e tests find every equation of an open "How is this computed?"
 * typeset on the site, in the widgets and in the single files.
 */
import type { KatexOptions } from 'katex';

export function renderTex(tex: string, _target: HTMLElement, _options: KatexOptions): Promise<void> {
  return Promise.reject(new Error(`no KaTeX in this build to typeset ${tex}`));
}
