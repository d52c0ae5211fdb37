/**
 * The Embed dialog's snippets (src/embed/snippets.ts) restore exactly the state they were made from: the
 * iframe URL through the URL parser, the element's attributes through the same schema; values are escaped.
 */
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  autosizeSnippet,
  elementAttributes,
  elementSnippet,
  embedQuery,
  escapeHtml,
  iframeSnippet,
  iframeUrl,
  siteBase,
} from '../../../src/embed/snippets';
import { parseQuery, applyPartial } from '../../../src/lib/state/url';
import { VIEWS, defaultState, type UrlState } from '../../../src/lib/state/schema';
import { publicState } from '../../../src/embed/messages';

function stateOf(query: string): UrlState {
  return parseQuery(query).state;
}

describe('siteBase', () => {
  it.each([
    ['https://h.example/lab/index.html?view=lattice#x', 'https://h.example/lab/'],
    ['https://h.example/lab/?view=lattice', 'https://h.example/lab/'],
    ['http://127.0.0.1:4173/', 'http://127.0.0.1:4173/'],
    ['file:///home/me/dist/index.html', 'file:///home/me/dist/'],
  ])('%s → %s', (href, base) => expect(siteBase(href)).toBe(base));
});

describe('iframe snippet', () => {
  it('always names the view and embed=1, then only non-default keys of that view', () => {
    const s = stateOf('?view=confinement&comp=CsPbI3&d=6&sel=PbS&theme=dark');
    // comp and d are the one dot of every view (issue #18)
    expect(embedQuery(s, 'lattice')).toBe('view=lattice&embed=1&theme=dark&comp=CsPbI3&d=6');
    expect(embedQuery(s, 'confinement')).toBe('view=confinement&embed=1&theme=dark&comp=CsPbI3&sel=PbS&d=6');
    expect(embedQuery(defaultState(), 'ligands')).toBe('view=ligands&embed=1');
  });

  it('the URL restores the view’s state (round trip through parseQuery, fast-check)', () => {
    const queries = fc.record({
      comp: fc.constantFrom('CsPbI3', 'FAPbI3', 'Cs0.5FA0.5PbI3', 'CsPbBr1.5I1.5'),
      phase: fc.constantFrom('auto', 'cubic', 'orthorhombic'),
      edge: fc.double({ min: 1, max: 20, noNaN: true }),
      d: fc.double({ min: 1, max: 30, noNaN: true }),
      theme: fc.constantFrom('light', 'dark', 'projector'),
    });
    fc.assert(
      fc.property(queries, fc.constantFrom(...VIEWS), (q, view) => {
        const s = applyPartial(defaultState(), Object.entries(q)).state;
        const back = parseQuery(iframeUrl('https://h.example/lab/', s, view)).state;
        expect(back.view).toBe(view);
        expect(back.embed).toBe(true);
        expect(publicState(back, view)).toEqual({ ...publicState(s, view), view });
      }),
      { numRuns: 300 },
    );
  });

  it('escapes & in the src attribute and has a title', () => {
    const html = iframeSnippet('https://h.example/lab/', stateOf('?comp=CsPbI3&phase=cubic'), 'lattice');
    expect(html).toContain('src="https://h.example/lab/?view=lattice&amp;embed=1&amp;comp=CsPbI3&amp;phase=cubic"');
    expect(html).toContain('title="Perovskite QD Lab — lattice"');
    expect(iframeSnippet('./', defaultState(), 'ligands')).toContain('title="Perovskite QD Lab — surface ligands"');
  });
});

describe('element snippet', () => {
  it('writes the script and the element with non-default attributes', () => {
    const html = elementSnippet('https://h.example/lab/', stateOf('?comp=CsPbI3&phase=orthorhombic&rA=2.1'), 'lattice');
    expect(html).toBe(
      '<script src="https://h.example/lab/pqd-widgets.js" defer></script>\n' +
        '<pqd-lattice comp="CsPbI3" rA="2.1" phase="orthorhombic"></pqd-lattice>',
    );
    expect(elementSnippet('./', defaultState(), 'ligands')).toContain('<pqd-ligands></pqd-ligands>');
  });

  it('attributes restore the state through the schema', () => {
    const s = stateOf('?materials=PbS,CsPbI3&models=brus&d=4.5&target=520nm');
    const attrs = elementAttributes(s, 'confinement');
    const back = applyPartial(defaultState(), attrs).state;
    expect(publicState(back, 'confinement')).toEqual(publicState(s, 'confinement'));
  });

  it('escapeHtml escapes the four characters that matter in attributes', () => {
    expect(escapeHtml('a&b"c<d>e')).toBe('a&amp;b&quot;c&lt;d&gt;e');
  });
});

describe('autosize snippet', () => {
  it('checks the origin of the message', () => {
    expect(autosizeSnippet('https://h.example/lab/')).toContain('event.origin !== "https://h.example"');
  });
  it('opens with a one-line comment from the catalogue', () => {
    expect(autosizeSnippet('./').split('\n')[1]).toBe("  // Fits Perovskite QD Lab iframes to their content (docs: message 'pqd:height').");
  });
});

describe('element snippet attribute names (issue #14)', () => {
  it('writes the lattice style as render-style, never as HTML style', () => {
    const s = { ...defaultState(), view: 'lattice' as const, style: 'ball' as const };
    const html = elementSnippet('https://h/lab/', s, 'lattice');
    expect(html).toContain(' render-style="ball"');
    expect(html).not.toMatch(/\sstyle=/);
  });
});
