/**
 * pqd-widgets.js, the loader (src/embed/widgetLoader.ts, issue #15): loads the widget script of each tag on
 * the page from its own folder, once, also for tags the page adds later.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';

const scripts = (): string[] => [...document.head.querySelectorAll('script')].map((s) => s.src);

afterEach(() => {
  document.head.innerHTML = '';
  document.body.innerHTML = '';
  delete (globalThis as { PqdWidgets?: unknown }).PqdWidgets;
  vi.resetModules();
});

describe('widget loader', () => {
  it('loads the scripts of the tags present, then of tags added later, each once', async () => {
    document.body.innerHTML = '<pqd-confinement></pqd-confinement><div><pqd-confinement></pqd-confinement></div>';
    await import('../../../src/embed/widgetLoader');
    expect(scripts()).toEqual([new URL('pqd-confinement.js', document.baseURI).href]);
    expect((globalThis as { PqdWidgets?: { PROTOCOL_VERSION: number } }).PqdWidgets?.PROTOCOL_VERSION).toBe(1);

    const later = document.createElement('section');
    later.innerHTML = '<pqd-lattice></pqd-lattice>';
    document.body.append(later);
    document.body.append(document.createElement('pqd-confinement'));
    await vi.waitFor(() => expect(scripts()).toHaveLength(2));
    expect(scripts()[1]).toBe(new URL('pqd-lattice.js', document.baseURI).href);
  });

  it('loads nothing for a page without widgets', async () => {
    document.body.innerHTML = '<p>no widgets</p>';
    await import('../../../src/embed/widgetLoader');
    expect(scripts()).toEqual([]);
  });
});
