/**
 * KaTeX rendered into the DOM without one `style` attribute (issue #14: a page whose Content-Security-Policy
 * has no 'unsafe-inline' in style-src refuses every `style` attribute, and KaTeX writes a few — the width of
 * the SVG of an accent such as \hat or \vec, MathML colours). KaTeX builds its tree
 * (`__renderToDomTree`, exported by KaTeX for this kind of use); here the `style` attributes are taken out of
 * the tree before it becomes DOM and set again through the CSSOM (`element.style.cssText`), which CSP
 * allows. Span styles already go through `node.style`.
 */
import katex, { type KatexOptions } from 'katex';

interface TreeNode {
  attributes?: Record<string, string>;
  children?: TreeNode[];
  body?: TreeNode[];
  toNode(): Node;
}

const MARK = 'data-pqd-katex-style';

export function renderTexToNode(tex: string, target: HTMLElement, options: KatexOptions): void {
  const build = (katex as unknown as { __renderToDomTree?: (tex: string, options: KatexOptions) => TreeNode }).__renderToDomTree;
  if (typeof build !== 'function') {
    katex.render(tex, target, options);
    return;
  }
  const tree = build(tex, options);
  const styles: string[] = [];
  const walk = (n: TreeNode | undefined): void => {
    if (!n || typeof n !== 'object') return;
    const a = n.attributes;
    if (a && typeof a.style === 'string') {
      a[MARK] = String(styles.length);
      styles.push(a.style);
      delete a.style;
    }
    for (const c of n.children ?? []) walk(c);
  };
  walk(tree);
  const dom = tree.toNode();
  if (styles.length > 0 && dom instanceof Element) {
    for (const el of dom.querySelectorAll<HTMLElement | SVGElement>(`[${MARK}]`)) {
      const css = styles[Number(el.getAttribute(MARK))];
      if (css !== undefined) el.style.cssText = css;
      el.removeAttribute(MARK);
    }
  }
  target.replaceChildren(dom);
}
