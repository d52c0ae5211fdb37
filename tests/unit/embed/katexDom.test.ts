/** KaTeX into the DOM with no style attribute written (strict CSP; issue #14). jsdom environment. */
// @vitest-environment jsdom
import { describe, it, expect, vi } from 'vitest';
import katex from 'katex';
import { renderTexToNode } from '../../../src/components/katexDom';

describe('renderTexToNode', () => {
  it('renders an accent (SVG with a width) without setAttribute("style"), the width set through the CSSOM', () => {
    const spy = vi.spyOn(Element.prototype, 'setAttribute');
    const host = document.createElement('span');
    renderTexToNode('\\vec{v} = \\frac{a}{b}', host, { throwOnError: false, output: 'htmlAndMathml' });
    const styled = spy.mock.calls.filter(([name]) => name === 'style');
    spy.mockRestore();
    expect(styled).toEqual([]);
    expect(host.querySelector('.katex')).not.toBeNull();
    expect(host.querySelector('[data-pqd-katex-style]')).toBeNull();
    // Same picture as KaTeX's own output: every style KaTeX writes is present.
    const ref = document.createElement('span');
    ref.innerHTML = katex.renderToString('\\vec{v} = \\frac{a}{b}', { throwOnError: false, output: 'htmlAndMathml' });
    const styles = (root: Element): string[] => [...root.querySelectorAll('[style]')].map((e) => (e as HTMLElement).style.cssText).sort();
    expect(styles(host)).toEqual(styles(ref));
    expect(styles(host).some((s) => /width/.test(s))).toBe(true);
  });
});
