// @vitest-environment jsdom
/**
 * The Debye worker client (src/views/lattice/diffraction/debyeClient.ts): it reads a CSP meta tag before
 * starting a blob: worker (so a strict page reports no violation), and without a worker (jsdom) it runs the
 * job on the main thread, delivering only the newest job.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { buildUnitCell } from '../../../src/lib/geometry/perovskite';
import { crystalFromUnitCell } from '../../../src/lib/physics/xrd';
import { cspAllowsBlobWorker, DebyeClient } from '../../../src/views/lattice/diffraction/debyeClient';
import { runDebyeJob } from '../../../src/views/lattice/diffraction/debyeJob';

function withMeta(content: string): Document {
  const doc = document.implementation.createHTMLDocument('t');
  const meta = doc.createElement('meta');
  meta.setAttribute('http-equiv', 'Content-Security-Policy');
  meta.setAttribute('content', content);
  doc.head.append(meta);
  return doc;
}

describe('cspAllowsBlobWorker', () => {
  it('allows without a policy, or with blob: in the governing directive', () => {
    expect(cspAllowsBlobWorker(document.implementation.createHTMLDocument('t'))).toBe(true);
    expect(cspAllowsBlobWorker(withMeta("default-src 'self'; worker-src 'self' blob:"))).toBe(true);
    expect(cspAllowsBlobWorker(withMeta("img-src 'self' data: blob:"))).toBe(true);
  });
  it('refuses the strict course-page policy of embed.html (script-src self, no blob:)', () => {
    expect(
      cspAllowsBlobWorker(withMeta("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:")),
    ).toBe(false);
    expect(cspAllowsBlobWorker(withMeta("default-src 'self'"))).toBe(false);
    expect(cspAllowsBlobWorker(withMeta("script-src 'self' blob:; worker-src 'self'"))).toBe(false);
  });
});

describe('DebyeClient without a Worker', () => {
  let client: DebyeClient | null = null;
  afterEach(() => client?.dispose());
  const crystal = crystalFromUnitCell(buildUnitCell('cubic', { aPseudoCubic: 5.874 }));
  const job = { crystal, cells: [3, 3, 3] as [number, number, number], twoThetaMinDeg: 10, twoThetaMaxDeg: 60, stepDeg: 0.1 };

  it('computes on the main thread, the same curve as the job itself', async () => {
    client = new DebyeClient();
    const result = await client.run(job);
    expect(result).not.toBeNull();
    expect(Array.from(result!.intensity)).toEqual(Array.from(runDebyeJob({ ...job, id: 0 }).intensity));
    expect(result!.atomCount).toBe(5 * 27);
  });
  it('delivers only the newest of two quick requests', async () => {
    client = new DebyeClient();
    const first = client.run(job);
    const second = client.run({ ...job, cells: [2, 2, 2] });
    expect(await first).toBeNull();
    expect((await second)!.atomCount).toBe(5 * 8);
  });
  it('after dispose, pending and new requests resolve null', async () => {
    client = new DebyeClient();
    const pending = client.run(job);
    client.dispose();
    expect(await pending).toBeNull();
    expect(await client.run(job)).toBeNull();
  });
});
