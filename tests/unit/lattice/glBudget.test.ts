/**
 * The page-wide WebGL context budget (src/views/lattice/stage/glBudget.ts): the pure policy `decide`, and
 * the registry that applies it (shared on globalThis, so two bundles on one page share one budget).
 */
import { describe, expect, it, vi } from 'vitest';
import { decide, glBudget, liveContextCount, setMaxLiveContexts, MAX_LIVE_CONTEXTS, type MemberState } from '../../../src/views/lattice/stage/glBudget';

const member = (id: number, o: Partial<MemberState> = {}): MemberState => ({ id, visible: true, evicted: false, lastUsed: id, live: true, ...o });

describe('decide: who is live and who yields', () => {
  it('within the budget and in view: nothing changes', () => {
    expect(decide([member(1), member(2), member(3)], 8)).toEqual({ pause: [], resume: [], evict: [] });
  });

  it('out of view: a live member pauses; back in view it resumes', () => {
    expect(decide([member(1, { visible: false }), member(2)], 8)).toEqual({ pause: [1], resume: [], evict: [] });
    expect(decide([member(1, { live: false }), member(2)], 8)).toEqual({ pause: [], resume: [1], evict: [] });
  });

  it('over the budget: the least recently used members in view are evicted and pause', () => {
    const ms = [member(1, { lastUsed: 30 }), member(2, { lastUsed: 10 }), member(3, { lastUsed: 20 })];
    expect(decide(ms, 2)).toEqual({ pause: [2], resume: [], evict: [2] });
    expect(decide(ms, 1)).toEqual({ pause: [2, 3], resume: [], evict: [3, 2] });
  });

  it('out-of-view members never take a place in the budget', () => {
    const ms = [member(1, { visible: false, lastUsed: 99 }), member(2, { lastUsed: 1 }), member(3, { lastUsed: 2 })];
    expect(decide(ms, 2)).toEqual({ pause: [1], resume: [], evict: [] });
  });

  it('an evicted member stays paused (with its resume button) until the user resumes it', () => {
    const ms = [member(1, { evicted: true, live: false, lastUsed: 99 }), member(2)];
    expect(decide(ms, 8)).toEqual({ pause: [], resume: [], evict: [] });
  });

  it('a paused member resumes only within the budget (most recent first)', () => {
    const ms = [member(1, { live: false, lastUsed: 50 }), member(2, { lastUsed: 40 }), member(3, { lastUsed: 10 })];
    expect(decide(ms, 2)).toEqual({ pause: [3], resume: [1], evict: [3] });
  });

  it('20 members scrolled past one at a time never hold more than the budget', () => {
    const ms: MemberState[] = [];
    for (let i = 0; i < 20; i++) {
      // Member i comes into view; the one before it leaves.
      ms.push(member(i, { lastUsed: i }));
      if (i > 0) ms[i - 1].visible = false;
      const d = decide(ms, MAX_LIVE_CONTEXTS);
      for (const id of d.pause) ms[id].live = false;
      for (const id of d.resume) ms[id].live = true;
      expect(ms.filter((m) => m.live).length).toBeLessThanOrEqual(MAX_LIVE_CONTEXTS);
      expect(ms[i].live).toBe(true);
    }
  });
});

describe('the page registry', () => {
  const flush = () => new Promise((r) => setTimeout(r, 0));

  function fakeStage(el: Element) {
    const s = {
      live: true,
      pauses: 0,
      resumes: 0,
      evicted: false,
      hooks: {
        element: el,
        live: () => s.live,
        pause: vi.fn(async () => {
          s.pauses++;
          s.live = false;
        }),
        resume: vi.fn(async () => {
          s.resumes++;
          s.live = true;
          return true;
        }),
        evicted: (e: boolean) => {
          s.evicted = e;
        },
      },
    };
    return s;
  }

  it('is one object per page, under a versioned global key', () => {
    const r = glBudget();
    expect(r.version).toBe(1);
    expect(glBudget()).toBe(r);
    expect((globalThis as unknown as Record<symbol, unknown>)[Symbol.for('pqd.glBudget.v1')]).toBe(r);
  });

  it('a source out of view pauses the members inside it; back in view they resume; the count follows', async () => {
    const r = glBudget();
    // Node, no DOM: an element and a root that contains it are all the registry looks at.
    const canvas = {} as Element;
    const root = { contains: (x: unknown) => x === canvas } as unknown as Node;
    const s = fakeStage(canvas);
    const before = liveContextCount();
    const m = r.join(s.hooks);
    const source = { root, visible: null as boolean | null };
    r.addSource(source);
    await flush();
    // The widget's canvas is covered by its gate (so it keeps its drawing buffer for the host page).
    expect(r.covers(canvas)).toBe(true);
    expect(r.covers({} as Element)).toBe(false);
    expect(s.pauses).toBe(0); // visibility not known yet: nothing paused
    expect(liveContextCount()).toBe(before + 1);
    source.visible = false;
    r.reconcile();
    await flush();
    expect(s.pauses).toBe(1);
    expect(liveContextCount()).toBe(before);
    source.visible = true;
    r.reconcile();
    await flush();
    expect(s.resumes).toBe(1);
    m.leave();
    r.removeSource(source);
  });

  it('seen(): a view pointed at is on screen at once, before its observer says so, and is not paused on joining', async () => {
    const r = glBudget();
    const canvas = {} as Element;
    const root = { contains: (x: unknown) => x === canvas } as unknown as Node;
    const source = { root, visible: false as boolean | null }; // the observer has not seen the scroll yet
    r.addSource(source);
    r.seen?.(canvas); // the student points at the drawing: its 3D view is about to join
    expect(source.visible).toBe(true);
    const s = fakeStage(canvas);
    const m = r.join(s.hooks);
    await flush();
    expect(s.pauses).toBe(0);
    r.seen?.({} as Element); // an element of no source changes nothing
    expect(source.visible).toBe(true);
    m.leave();
    r.removeSource(source);
  });

  it('over a smaller budget the least recently used member is evicted; activate brings it back and evicts the next', async () => {
    const r = glBudget();
    const stages = [0, 1, 2].map(() => fakeStage({} as Element));
    const members = stages.map((s) => r.join(s.hooks));
    await flush();
    members[1].touch();
    members[2].touch();
    const live0 = liveContextCount();
    expect(setMaxLiveContexts(live0 - 1)).toBe(live0 - 1);
    await flush();
    expect(stages[0].evicted).toBe(true);
    expect(stages[0].live).toBe(false);
    members[0].activate();
    await flush();
    await flush();
    expect(stages[0].evicted).toBe(false);
    expect(stages[0].live).toBe(true);
    expect(stages[1].evicted).toBe(true);
    expect(liveContextCount()).toBeLessThanOrEqual(live0 - 1);
    expect(setMaxLiveContexts(99)).toBe(live0 - 1); // out of range: unchanged
    setMaxLiveContexts(MAX_LIVE_CONTEXTS);
    for (const m of members) m.leave();
  });
});
