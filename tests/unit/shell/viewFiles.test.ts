// @vitest-environment jsdom
/**
 * The site's file insertion (src/viewFiles.ts, issue #15): the scripts and stylesheets a view asks for are
 * inserted in later tasks, in the order asked, never all in the task that asked; each stylesheet once.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadScript, loadStylesheet } from '../../../src/viewFiles';

afterEach(() => {
  vi.useRealTimers();
  document.head.replaceChildren();
});

describe('viewFiles', () => {
  it('inserts nothing in the asking task, then every file in the order asked', async () => {
    vi.useFakeTimers();
    for (let i = 0; i < 20; i++) void loadScript(`assets/s${i}.js`).catch(() => {});
    void loadStylesheet('assets/a.css');
    expect(document.head.children).toHaveLength(0);
    await vi.runAllTimersAsync();
    const inserted = [...document.head.children].map((e) => (e as HTMLScriptElement).src || (e as HTMLLinkElement).href);
    expect(inserted).toHaveLength(21);
    expect(inserted.slice(0, 20).map((u) => u.split('/').pop())).toEqual(Array.from({ length: 20 }, (_, i) => `s${i}.js`));
    expect(inserted[20]).toMatch(/assets\/a\.css$/);
  });

  it('spreads the insertions over tasks when each is slow', async () => {
    vi.useFakeTimers();
    // Each insertion "costs" 3 ms of main thread: at most two fit a task's budget.
    let now = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => now);
    const append = HTMLHeadElement.prototype.append;
    const perTask: number[] = [];
    let task = -1;
    vi.spyOn(HTMLHeadElement.prototype, 'append').mockImplementation(function (this: HTMLHeadElement, ...nodes) {
      now += 3;
      perTask[task] = (perTask[task] ?? 0) + 1;
      append.apply(this, nodes);
    });
    const timer = globalThis.setTimeout;
    vi.spyOn(globalThis, 'setTimeout').mockImplementation(((fn: () => void, ms?: number) =>
      timer(() => {
        task++;
        fn();
      }, ms)) as typeof setTimeout);
    for (let i = 0; i < 6; i++) void loadScript(`assets/t${i}.js`).catch(() => {});
    await vi.runAllTimersAsync();
    expect(document.head.children).toHaveLength(6);
    expect(perTask.filter(Boolean)).toEqual([2, 2, 2]);
  });

  it('inserts a stylesheet once however often it is asked for, and resolves when it loads', async () => {
    vi.useFakeTimers();
    const a = loadStylesheet('assets/b.css');
    const b = loadStylesheet('assets/b.css');
    await vi.runAllTimersAsync();
    const links = document.head.querySelectorAll('link[rel="stylesheet"]');
    expect(links).toHaveLength(1);
    links[0].dispatchEvent(new Event('load'));
    await expect(Promise.all([a, b])).resolves.toEqual([undefined, undefined]);
  });
});
