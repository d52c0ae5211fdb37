/**
 * Equations rendered at build time (issue #15; src/components/katexStatic.ts): the DOM built from each
 * generated tree is KaTeX's own render of the same TeX (katexDom.ts, the bundled KaTeX) — same elements,
 * namespaces, classes, attributes, styles and text (adjacent text nodes joined) — with no `style` attribute written (strict CSP, issue #14);
 * each template of the lattice's equations with the state's numbers, filled with random plain numbers, builds
 * KaTeX's render of the filled TeX; Katex.svelte shows a registered equation from its tree without calling
 * KaTeX, and typesets other TeX.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render } from '@testing-library/svelte';
import fc from 'fast-check';
import { buildEquation, isStaticEquation, staticEquation, type EqTrees } from '../../../src/components/katexStatic';
import { renderTexToNode } from '../../../src/components/katexDom';

const typeset = vi.hoisted(() => ({ calls: [] as string[] }));
vi.mock('../../../src/components/katexRender', async () => {
  const { renderTexToNode: render } = await import('../../../src/components/katexDom');
  return {
    renderTex: (tex: string, target: HTMLElement, options: object) => {
      typeset.calls.push(tex);
      render(tex, target, options);
      return Promise.resolve();
    },
  };
});

const MODULES: { name: string; tex: () => Promise<Record<string, string>>; trees: () => Promise<EqTrees> }[] = [
  { name: 'chain', tex: async () => (await import('../../../src/components/chain/equations')).TEX, trees: async () => (await import('../../../src/components/chain/equations.generated')).default() },
  { name: 'lattice', tex: async () => (await import('../../../src/views/lattice/equations')).TEX, trees: async () => (await import('../../../src/views/lattice/equations.generated')).default() },
  { name: 'confinement', tex: async () => (await import('../../../src/views/confinement/equations')).TEX, trees: async () => (await import('../../../src/views/confinement/equations.generated')).default() },
  { name: 'ligands', tex: async () => (await import('../../../src/views/ligands/equations')).TEX, trees: async () => (await import('../../../src/views/ligands/equations.generated')).default() },
];

/** A node's description for comparison: namespace, name, sorted attributes (style as the CSSOM reads it), children. */
function describeNode(n: Node): unknown {
  if (n.nodeType === Node.TEXT_NODE) return (n as Text).data;
  const el = n as Element;
  const attrs = [...el.attributes]
    .filter((a) => !(a.name === 'class' && a.value === '')) // KaTeX's toNode writes class="" on plain spans
    .map((a) => [a.name, a.name === 'style' ? (el as HTMLElement).style.cssText : a.value])
    .sort(([a], [b]) => (a < b ? -1 : 1));
  return [el.namespaceURI, el.localName, attrs, [...el.childNodes].map(describeNode)];
}

/**
 * The two nodes' descriptions as JSON, and where they first differ (a deep-equality diff of trees this deep
 * is slow to print): `''` when they are the same.
 */
function difference(a: Node, b: Node): string {
  // KaTeX's DOM output leaves adjacent text nodes ("l", "n" of \ln) that its markup joins: the same text.
  const [na, nb] = [a.cloneNode(true), b.cloneNode(true)];
  na.normalize();
  nb.normalize();
  const x = JSON.stringify(describeNode(na));
  const y = JSON.stringify(describeNode(nb));
  if (x === y) return '';
  let i = 0;
  while (x[i] === y[i]) i++;
  return `built …${x.slice(Math.max(0, i - 120), i + 120)}… KaTeX …${y.slice(Math.max(0, i - 120), i + 120)}…`;
}

afterEach(() => cleanup());

describe('build-time equation trees', () => {
  for (const mod of MODULES) {
    it(`${mod.name}: each tree builds the DOM KaTeX renders, without a style attribute`, async () => {
      const tex = Object.values(await mod.tex());
      const trees = await mod.trees();
      expect(Object.keys(trees).filter((k) => !k.startsWith('@')).sort()).toEqual([...tex].sort());
      const setAttribute = vi.spyOn(Element.prototype, 'setAttribute');
      for (const t of tex) {
        expect(isStaticEquation(t)).toBe(true);
        expect(await staticEquation(t)).toBe(trees[t]);
        const built = document.createElement('span');
        built.append(buildEquation(trees[t]));
        const ref = document.createElement('span');
        renderTexToNode(t, ref, { displayMode: true, throwOnError: false, output: 'htmlAndMathml' });
        expect(difference(built, ref), t).toBe('');
        expect(built.querySelector('math')?.namespaceURI).toBe('http://www.w3.org/1998/Math/MathML');
        for (const svg of built.querySelectorAll('svg')) expect(svg.namespaceURI).toBe('http://www.w3.org/2000/svg');
      }
      expect(setAttribute.mock.calls.filter(([name]) => name === 'style')).toEqual([]);
      setAttribute.mockRestore();
    });
  }

  it('lattice templates: with any plain numbers filled in, the DOM is KaTeX\'s render of the filled TeX', { timeout: 120_000 }, async () => {
    const { LIVE, mixTex } = await import('../../../src/views/lattice/equations');
    const trees = { default: (await import('../../../src/views/lattice/equations.generated')).default() };
    const templates = Object.entries(LIVE);
    expect(Object.keys(trees.default).filter((k) => k.startsWith('@')).sort()).toEqual(templates.map(([k]) => `@${k}`).sort());
    const number = fc.tuple(fc.integer({ min: 0, max: 999 }), fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 9999 })).map(([i, d, f]) => (d ? `${i}.${String(f).padStart(4, '0').slice(0, d)}` : String(i)));
    for (const [key, fill] of templates) {
      await fc.assert(
        fc.asyncProperty(fc.array(number, { minLength: fill.slots, maxLength: fill.slots }), async (values) => {
          const tex = fill(...values);
          expect(isStaticEquation(tex)).toBe(true);
          const tree = await staticEquation(tex);
          expect(tree, key).not.toBeNull();
          const built = document.createElement('span');
          built.append(buildEquation(tree!));
          const ref = document.createElement('span');
          renderTexToNode(tex, ref, { displayMode: true, throwOnError: false, output: 'htmlAndMathml' });
          expect(difference(built, ref), `${key}: ${tex}`).toBe('');
        }),
        { numRuns: key.startsWith('mix') ? 2 : 5 },
      );
    }
    // The panels' wording of a mix: the template of its shape (Cs0.5FA0.5PbBr1.5I1.5: two and two).
    const mixed = mixTex([
      { site: 'A', terms: [['0.500', '1.88'], ['0.500', '2.53']], mean: '2.205' },
      { site: 'X', terms: [['0.500', '1.96'], ['0.500', '2.20']], mean: '2.080' },
    ]);
    expect(mixed).toBe((LIVE as Record<string, (...v: string[]) => string>).mixA2X2('0.500', '1.88', '0.500', '2.53', '2.205', '0.500', '1.96', '0.500', '2.20', '2.080'));
    // A number that is not plain digits (a missing value's dash) is not filled into a tree: KaTeX would typeset it.
    expect(await staticEquation(LIVE.mu('0.99', '—', '0.450'))).toBeNull();
  });

  it('has styles to set (the trees carry them apart) and SVG in at least one equation', async () => {
    const all = await Promise.all(MODULES.map((m) => m.trees()));
    const json = JSON.stringify(all);
    expect(json).toMatch(/"height:[\d.]+em;/);
    expect(json).toMatch(/\["svg",/);
  });
});

describe('Katex.svelte', () => {
  it('shows a registered equation from its tree when the details open, without KaTeX; typesets other TeX', async () => {
    const { TEX } = await import('../../../src/views/confinement/equations');
    const { default: Host } = await import('./KatexHost.svelte');
    typeset.calls.length = 0;
    const live = String.raw`t = \frac{1.88 + 1.96}{\sqrt{2}\,(1.19 + 1.96)} = 0.862`;
    const { container } = render(Host, { texs: [TEX.brus, live] });
    expect(container.querySelector('.katex')).toBeNull(); // closed: nothing rendered
    const details = container.querySelector('details')!;
    details.open = true;
    details.dispatchEvent(new Event('toggle'));
    await vi.waitFor(() => expect(container.querySelectorAll('.katex')).toHaveLength(2));
    expect(typeset.calls).toEqual([live]);
    const ref = document.createElement('span');
    renderTexToNode(TEX.brus, ref, { displayMode: true, throwOnError: false, output: 'htmlAndMathml' });
    expect(difference(container.querySelectorAll('.katex-host')[0].firstChild!, ref.firstChild!)).toBe('');
  });
});
