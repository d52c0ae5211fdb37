/**
 * The page's one `PqdWidgets` object (src/embed/widgetApi.ts, issue #15): the loader and each widget script
 * add to it; a budget asked for before a widget script arrived reaches it when it does.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { publishWidgetApi, type GlBudget } from '../../../src/embed/widgetApi';

function budget(live: number): GlBudget & { max: number | null } {
  const b = { max: null as number | null, liveContextCount: () => live, setMaxLiveContexts: (n: number) => ((b.max = n), n) };
  return b;
}

afterEach(() => {
  delete (globalThis as { PqdWidgets?: unknown }).PqdWidgets;
});

describe('PqdWidgets', () => {
  it('the loader makes it; widget scripts join the same object', () => {
    const fromLoader = publishWidgetApi(1);
    expect(fromLoader.PROTOCOL_VERSION).toBe(1);
    expect(fromLoader.liveContextCount()).toBe(0);
    const lattice = budget(3);
    const again = publishWidgetApi(1, lattice);
    expect(again).toBe(fromLoader);
    expect((globalThis as { PqdWidgets?: unknown }).PqdWidgets).toBe(fromLoader);
    publishWidgetApi(1, budget(0));
    // The scripts that hold no context do not hide the lattice's count.
    expect(fromLoader.liveContextCount()).toBe(3);
  });

  it('a budget set before any widget script ran is applied when one arrives, and to every script after', () => {
    const api = publishWidgetApi(1);
    expect(api.setMaxLiveContexts(4)).toBe(4);
    const a = budget(0);
    publishWidgetApi(1, a);
    expect(a.max).toBe(4);
    const b = budget(0);
    publishWidgetApi(1, b);
    expect(b.max).toBe(4);
    api.setMaxLiveContexts(2);
    expect([a.max, b.max]).toEqual([2, 2]);
  });

  it('a script that runs twice joins once', () => {
    const a = budget(1);
    publishWidgetApi(1, a);
    const api = publishWidgetApi(1, a);
    expect(api.budgets).toHaveLength(1);
  });
});
