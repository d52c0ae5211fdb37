/**
 * The progressive mount's queue (src/components/deferred.ts, issue #15): one block per task, in order; a
 * cancelled block never runs; whenMounted waits for blocks queued by blocks; afterMount starts work after them.
 */
import { describe, expect, it, vi } from 'vitest';
import { afterMount, enqueue, whenMounted } from '../../../src/components/deferred';

const nextTask = () => new Promise<void>((r) => setTimeout(r, 0));

describe('deferred mount queue', () => {
  it('runs each job in a task of its own, in the order queued', async () => {
    const log: string[] = [];
    enqueue(() => log.push('a'));
    enqueue(() => {
      log.push('b');
      // Work queued in the same task as b (a microtask) runs before c.
      queueMicrotask(() => log.push('b-micro'));
    });
    enqueue(() => log.push('c'));
    expect(log).toEqual([]); // nothing synchronously
    await whenMounted();
    expect(log).toEqual(['a', 'b', 'b-micro', 'c']);
  });

  it('a cancelled job never runs', async () => {
    const log: string[] = [];
    const cancel = enqueue(() => log.push('x'));
    enqueue(() => log.push('y'));
    cancel();
    await whenMounted();
    expect(log).toEqual(['y']);
  });

  it('whenMounted also waits for jobs that jobs queue, even from a microtask after the last one', async () => {
    const log: string[] = [];
    enqueue(() => {
      log.push('parent');
      // As a Svelte flush does: the child block's effect runs in a microtask after the job.
      queueMicrotask(() => enqueue(() => log.push('child')));
    });
    await whenMounted();
    expect(log).toEqual(['parent', 'child']);
  });

  it('whenMounted resolves with nothing queued', async () => {
    await nextTask();
    await expect(whenMounted()).resolves.toBeUndefined();
  });

  it('afterMount starts once the queue has drained; a stop before then cancels, a stop after calls its teardown', async () => {
    const order: string[] = [];
    enqueue(() => order.push('block'));
    const teardown = vi.fn();
    afterMount(() => {
      order.push('started');
      return teardown;
    });
    const cancelled = vi.fn(() => () => {});
    const stopEarly = afterMount(cancelled);
    stopEarly();
    expect(order).toEqual([]);
    await vi.waitFor(() => expect(order).toEqual(['block', 'started']));
    expect(cancelled).not.toHaveBeenCalled();
    const stopLate = afterMount(() => teardown);
    await vi.waitFor(() => expect(order).toEqual(['block', 'started']));
    await nextTask();
    await nextTask();
    stopLate();
    expect(teardown).toHaveBeenCalledTimes(1);
  });
});
