/**
 * Runs Debye jobs in a Web Worker (bundled inline as a blob: script, so the site, the single-file pages and
 * the widget script all carry it); only the newest job's result is delivered. Where no worker can start —
 * no Worker (jsdom), a page whose Content-Security-Policy meta tag does not allow blob: workers (checked
 * before trying, so no violation is reported), or a worker that fails — the job runs on the main thread
 * after a frame, so the panel still answers (a 10 nm cube takes about 0.1–0.4 s).
 * Known limit: a policy sent as an HTTP header cannot be read from the page; there the first attempt is
 * refused (the browser reports it) and the panel falls back to the main thread.
 */
import DebyeWorker from './debye.worker.ts?worker&inline';
import { runDebyeJob, type DebyeJob, type DebyeResult } from './debyeJob';

/** True unless a CSP meta tag of the document restricts workers/scripts without allowing blob:. */
export function cspAllowsBlobWorker(doc: Document | undefined = typeof document === 'undefined' ? undefined : document): boolean {
  if (!doc) return true;
  for (const meta of doc.querySelectorAll('meta[http-equiv]')) {
    if (meta.getAttribute('http-equiv')?.toLowerCase() !== 'content-security-policy') continue;
    const directives = new Map<string, string>();
    for (const part of (meta.getAttribute('content') ?? '').split(';')) {
      const [name, ...values] = part.trim().split(/\s+/);
      if (name) directives.set(name.toLowerCase(), values.join(' '));
    }
    // worker-src, else script-src, else default-src governs workers (CSP Level 3).
    const rule = directives.get('worker-src') ?? directives.get('script-src') ?? directives.get('default-src');
    if (rule !== undefined && !/(^|\s)blob:/.test(rule)) return false;
  }
  return true;
}

export class DebyeClient {
  private worker: Worker | null = null;
  private workerFailed = false;
  private latest = 0;
  private disposed = false;
  private pending = new Map<number, (result: DebyeResult | null) => void>();

  private start(): Worker | null {
    if (this.worker || this.workerFailed) return this.worker;
    try {
      if (typeof Worker === 'undefined' || !cspAllowsBlobWorker()) throw new Error('no worker here');
      const worker = new DebyeWorker();
      worker.onmessage = (event: MessageEvent<DebyeResult>) => this.deliver(event.data);
      worker.onerror = (event) => {
        event.preventDefault?.();
        this.fallBack();
      };
      this.worker = worker;
    } catch {
      this.workerFailed = true;
    }
    return this.worker;
  }

  /** A worker that failed after starting: run what is pending on the main thread from now on. */
  private fallBack(): void {
    this.worker?.terminate();
    this.worker = null;
    this.workerFailed = true;
    const job = this.lastJob;
    if (job && this.pending.has(job.id)) this.runHere(job);
  }

  private lastJob: DebyeJob | null = null;

  private deliver(result: DebyeResult): void {
    const resolve = this.pending.get(result.id);
    this.pending.delete(result.id);
    // Older jobs resolve with null: the panel shows only the newest.
    resolve?.(result.id === this.latest ? result : null);
  }

  private runHere(job: DebyeJob): void {
    setTimeout(() => {
      if (this.disposed) return;
      if (job.id !== this.latest) {
        this.deliver({ id: job.id, twoThetaDeg: new Float64Array(0), intensity: new Float64Array(0), atomCount: 0, elapsedMs: 0, error: null });
        return;
      }
      this.deliver(runDebyeJob(job));
    }, 16);
  }

  /** The curve of `job` (without its id), or null when a newer job replaced it. */
  run(job: Omit<DebyeJob, 'id'>): Promise<DebyeResult | null> {
    if (this.disposed) return Promise.resolve(null);
    const full: DebyeJob = { ...job, id: ++this.latest };
    this.lastJob = full;
    return new Promise((resolve) => {
      this.pending.set(full.id, resolve);
      const worker = this.start();
      if (worker) worker.postMessage(full);
      else this.runHere(full);
    });
  }

  dispose(): void {
    this.disposed = true;
    this.worker?.terminate();
    this.worker = null;
    for (const resolve of this.pending.values()) resolve(null);
    this.pending.clear();
  }
}
