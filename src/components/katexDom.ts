/**
 * KaTeX rendered into the DOM without one `style` attribute (issue #14: a page whose Content-Security-Policy
 * has no 'unsafe-inline' in style-src refuses every `style` attribute, and KaTeX writes a few — the width of
 * the SVG of an accent such as \hat or \vec, MathML colours). KaTeX builds its tree
 * (`__renderToDomTree`, exported by KaTeX for this kind of use); here the `style` attributes are taken out of
 * the tree before it becomes DOM and set again through the CSSOM (`element.style.cssText`), which CSP
 * allows. Span styles already go through `node.style`.
 */
import katex, { type KatexOptions } from 'katex';
import { renderTexWith, type KatexLike } from './katexTree';

/** Renders with the bundled KaTeX (dev, tests, widgets and single files). */
export function renderTexToNode(tex: string, target: HTMLElement, options: KatexOptions): void {
  renderTexWith(katex as unknown as KatexLike, tex, target, options);
}

