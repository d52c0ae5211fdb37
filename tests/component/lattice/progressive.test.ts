/**
 * The lattice view mounted progressively, as on the site (components/deferred.ts, issue #15): every block in a
 * task of its own, the stage's poster measured and built in later tasks, the map and the diffraction chart
 * drawn once their width is read. Once the queue has drained the page holds the same elements, in the same
 * order, with the same words as the view mounted at once (tests, widgets, single files).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from '@testing-library/svelte';
import { tick } from 'svelte';
import App from '../../../src/App.svelte';
import { AppState } from '../../../src/lib/state/appState.svelte';
import { deferMounts, whenMounted } from '../../../src/components/deferred';

/** Elements in document order (tag, test id, classes without Svelte's scoping hash) and the words. */
function outline(root: HTMLElement): { elements: string[]; text: string } {
  const elements = [...root.querySelectorAll('*')].map((el) => {
    const classes = [...el.classList].filter((c) => !c.startsWith('svelte-')).join('.');
    return `${el.tagName.toLowerCase()}${el.getAttribute('data-testid') ? `#${el.getAttribute('data-testid')}` : ''}${classes ? `.${classes}` : ''}`;
  });
  return { elements, text: (root.textContent ?? '').replace(/\s+/g, ' ').trim() };
}

async function mountLattice(query: string, progressive: boolean): Promise<{ elements: string[]; text: string; blocksBeforeDrain: number }> {
  deferMounts(progressive);
  try {
    const app = new AppState({ query: `?view=lattice${query}` });
    const { container } = render(App, { props: { app, only: 'lattice' } });
    await tick();
    const blocksBeforeDrain = container.querySelector('.lattice')?.querySelectorAll('*').length ?? 0;
    await whenMounted();
    await tick();
    // The view's own grid (the chain strip above it fills in its values asynchronously, in either mode).
    const view = container.querySelector<HTMLElement>('.lattice');
    if (!view) throw new Error('no lattice view');
    const result = { ...outline(view), blocksBeforeDrain };
    cleanup();
    return result;
  } finally {
    deferMounts(false);
  }
}

afterEach(() => {
  deferMounts(false);
  cleanup();
});

describe('lattice view, progressive mount', { timeout: 60_000 }, () => {
  for (const query of ['', '&comp=CsPbI3&phase=delta&style=poly', '&comp=FAPbI3&shape=cube&edge=4']) {
    it(`ends as the view mounted at once (${query || 'default'})`, async () => {
      const atOnce = await mountLattice(query, false);
      const progressive = await mountLattice(query, true);
      // Mounted progressively, far less is there right after the first flush …
      expect(progressive.blocksBeforeDrain).toBeLessThan(atOnce.elements.length / 2);
      // … and, once every block has had its turn, the same page.
      expect(progressive.elements).toEqual(atOnce.elements);
      expect(progressive.text).toBe(atOnce.text);
      expect(atOnce.elements).toContain('div#lattice-poster.lattice-poster');
      expect(atOnce.elements.some((e) => e.startsWith('figure.map'))).toBe(true);
      expect(atOnce.elements).toContain('div#xrd-chart.focus-box');
    });
  }
});
