/**
 * Progressive mount (issue #15). On the site a view's panels mount one per task, top to bottom, so the phone's
 * main thread is never blocked for long (Lighthouse's total blocking time counts every task over 50 ms) and
 * the student can scroll meanwhile. `Deferred.svelte` asks this queue for its turn; tests, widgets and single
 * files never turn it on, so there every panel mounts at once as before.
 *
 * Also the switch of the build-time snapshot (scripts/build/prerender.mjs): rendered with svelte/server, only
 * the `Deferred` blocks marked `snapshot` (the first screen) are in it.
 */
type Job = () => void;

let deferring = false;
let snapshotRender = false;
const queue: Job[] = [];
let pending = false;
/** Checks of whenMounted waiting for the queue to drain. */
let settled: (() => void)[] = [];

/** Mount `Deferred` blocks one per task from now on (src/main.ts on the site). */
export function deferMounts(on: boolean): void {
  deferring = on;
}

export function isDeferring(): boolean {
  return deferring;
}

/** svelte/server render of the first screen (the build's snapshot): only `snapshot` blocks render. */
export function renderSnapshot(on: boolean): void {
  snapshotRender = on;
}

export function isSnapshotRender(): boolean {
  return snapshotRender;
}

// A message to ourselves is a new task without setTimeout's 4 ms clamp after a few nested timers.
const channel = typeof MessageChannel === 'function' ? new MessageChannel() : null;
if (channel) channel.port1.onmessage = () => runOne();

function schedule(): void {
  if (pending) return;
  pending = true;
  if (channel) channel.port2.postMessage(null);
  else setTimeout(runOne, 0);
}

function runOne(): void {
  pending = false;
  const job = queue.shift();
  try {
    job?.();
  } finally {
    if (queue.length) schedule();
    else if (settled.length) {
      // In a task of its own: after Svelte's flush of this job, whose blocks may queue blocks of their own.
      const waiting = settled;
      settled = [];
      setTimeout(() => waiting.forEach((check) => check()), 0);
    }
  }
}

/** Runs `job` in a task of its own, after the jobs queued before it; the returned function cancels it. */
export function enqueue(job: Job): () => void {
  queue.push(job);
  schedule();
  return () => {
    const i = queue.indexOf(job);
    if (i >= 0) queue.splice(i, 1);
  };
}

/**
 * Resolves once every queued block has mounted — checked in a later task, so the blocks of what was just
 * mounted (their effects run after the mount's flush) have joined the queue first.
 */
export function whenMounted(): Promise<void> {
  return new Promise((resolve) => {
    const check = (): void => {
      if (queue.length || pending) settled.push(check);
      else resolve();
    };
    setTimeout(check, 0);
  });
}

/**
 * Runs `start` once every queued block has mounted (whenMounted) and returns the stop: before the start, it
 * cancels it; after, it calls the stop `start` returned. For work that should wait for the finished view
 * (chart/declutter.ts label placement, lazy.svelte.ts nearness watches) and may be torn down before then.
 */
export function afterMount(start: () => () => void): () => void {
  let stop: (() => void) | null = null;
  let live = true;
  void whenMounted().then(() => {
    if (live) stop = start();
  });
  return () => {
    live = false;
    stop?.();
  };
}
