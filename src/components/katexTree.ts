/**
 * KaTeX's tree made DOM without one `style` attribute (issue #14), for any KaTeX object: the bundled one
 * (katexDom.ts) or KaTeX's own script (`window.katex`). No import of
 * KaTeX itself here, so a bundle that uses only this file does not carry the KaTeX runtime.
 */
import type { KatexOptions } from 'katex';

/** The part of KaTeX's API used here (KaTeX's default export, or `window.katex` of its UMD script). */
export interface KatexLike {
  render(tex: string, target: HTMLElement, options?: KatexOptions): void;
  __renderToDomTree?: (tex: string, options: KatexOptions) => TreeNode;
}

export interface TreeNode {
  attributes?: Record<string, string>;
  children?: TreeNode[];
  body?: TreeNode[];
  toNode(): Node;
}

const MARK = 'data-pqd-katex-style';

export function renderTexWith(katex: KatexLike, tex: string, target: HTMLElement, options: KatexOptions): void {
  const build = katex.__renderToDomTree;
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
