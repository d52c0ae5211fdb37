/**
 * Web Worker: the Debye-equation pattern of a block of unit cells (lib/physics/debye.ts), off the main
 * thread. Message in: DebyeJob; message out: DebyeResult (typed arrays transferred).
 */
import { runDebyeJob, type DebyeJob } from './debyeJob';

self.onmessage = (event: MessageEvent<DebyeJob>) => {
  const result = runDebyeJob(event.data);
  (self as unknown as Worker).postMessage(result, [result.twoThetaDeg.buffer, result.intensity.buffer]);
};
