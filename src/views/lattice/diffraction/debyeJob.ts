/**
 * One Debye-pattern computation: a block of whole unit cells (lib/physics/debye.ts blockPairHistogram) and
 * its Debye curve. Shared by the worker and the main-thread fallback (a course page's Content-Security-Policy
 * may forbid workers).
 */
import { blockPairHistogram, debyePattern } from '../../../lib/physics/debye';
import type { ScatteringCrystal } from '../../../lib/physics/xrd';

export interface DebyeJob {
  id: number;
  crystal: ScatteringCrystal;
  cells: [number, number, number];
  twoThetaMinDeg: number;
  twoThetaMaxDeg: number;
  stepDeg: number;
}

export interface DebyeResult {
  id: number;
  twoThetaDeg: Float64Array;
  intensity: Float64Array;
  atomCount: number;
  /** Wall time of the computation, ms. */
  elapsedMs: number;
  error: string | null;
}

export function runDebyeJob(job: DebyeJob): DebyeResult {
  const start = performance.now();
  try {
    const curve = debyePattern(blockPairHistogram(job.crystal, job.cells), {
      twoThetaMinDeg: job.twoThetaMinDeg,
      twoThetaMaxDeg: job.twoThetaMaxDeg,
      stepDeg: job.stepDeg,
    });
    return {
      id: job.id,
      twoThetaDeg: curve.twoThetaDeg,
      intensity: curve.intensity,
      atomCount: curve.atomCount,
      elapsedMs: performance.now() - start,
      error: null,
    };
  } catch (e) {
    return {
      id: job.id,
      twoThetaDeg: new Float64Array(0),
      intensity: new Float64Array(0),
      atomCount: 0,
      elapsedMs: performance.now() - start,
      error: e instanceof Error ? e.message : String(e),
    };
  }
}
