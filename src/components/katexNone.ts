/**
 * How Katex.svelte typesets TeX in the single files of the views whose equations all come from the build
 * (katexStatic.ts; scripts/build/katex.mjs `katexAbsent`): there is no KaTeX runtime, so TeX that was not
 * rendered at build time shows as its source (Katex.svelte). tests/component/katexStatic.test.ts checks that
 * those views register every TeX they show.
 */
import type { KatexOptions } from 'katex';

export function renderTex(tex: string, _target: HTMLElement, _options: KatexOptions): Promise<void> {
  return Promise.reject(new Error(`no KaTeX in this build to typeset ${tex}`));
}
