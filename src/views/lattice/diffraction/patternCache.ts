/**
 * The diffraction panel's first computations, each cached for the object it is computed from, so that on the
 * site they can run in tasks of their own before the panel mounts (issue #15: the progressive mount, where no
 * task may take more than a few milliseconds) and the panel then finds them done. Pure: the same values as
 * calling drawnCrystal, powderXrd and scherrerBroadenedCurve directly (the pattern may be computed in slices,
 * lib/physics/xrd.ts powderXrdSlices, to the same numbers).
 */
import type { LatticeModel } from '../../../lib/readouts/lattice';
import { powderXrdSlices, XRD_TWO_THETA_MAX_DEG, XRD_TWO_THETA_MIN_DEG, type ScatteringCrystal, type XrdPattern } from '../../../lib/physics/xrd';
import { scherrerBroadenedCurve } from '../../../lib/physics/scherrer';
import { CURVE_STEP_DEG, LARGE_CRYSTAL_NM, drawnCrystal } from './diffraction';

let lastCrystal: { model: LatticeModel; crystal: ScatteringCrystal } | null = null;
const patterns = new WeakMap<ScatteringCrystal, XrdPattern>();
const largeCurves = new WeakMap<XrdPattern, ReturnType<typeof scherrerBroadenedCurve>>();

/** drawnCrystal of the model, the same object again for the same model object (the view's derived model). */
export function crystalOfModel(model: LatticeModel): ScatteringCrystal {
  if (lastCrystal?.model !== model) lastCrystal = { model, crystal: drawnCrystal(model) };
  return lastCrystal.crystal;
}

/** Patterns being computed a slice per task (patternSlice), by crystal. */
const inProgress = new WeakMap<ScatteringCrystal, Generator<void, XrdPattern, void>>();

/** powderXrd of the crystal (default options), once per crystal object; finishes one begun in slices. */
export function patternOf(crystal: ScatteringCrystal): XrdPattern {
  let pattern = patterns.get(crystal);
  while (!pattern) {
    patternSlice(crystal);
    pattern = patterns.get(crystal);
  }
  return pattern;
}

/** One slice of the crystal's pattern (lib/physics/xrd.ts powderXrdSlices); nothing once it is done. */
function patternSlice(crystal: ScatteringCrystal): void {
  if (patterns.has(crystal)) return;
  let slices = inProgress.get(crystal);
  if (!slices) {
    slices = powderXrdSlices(crystal);
    inProgress.set(crystal, slices);
  }
  const step = slices.next();
  if (step.done) {
    patterns.set(crystal, step.value);
    inProgress.delete(crystal);
  }
}

/** Slices the warm-up spreads a pattern over: a Pnma cell's pattern takes four (a cubic one three). */
const PATTERN_SLICES = 4;

/** The 50 nm crystal's Scherrer-broadened curve of the pattern over the panel's window, once per pattern object. */
export function largeCurveOf(pattern: XrdPattern): ReturnType<typeof scherrerBroadenedCurve> {
  let curve = largeCurves.get(pattern);
  if (!curve) {
    curve = scherrerBroadenedCurve(pattern.peaks, LARGE_CRYSTAL_NM, {
      twoThetaMinDeg: XRD_TWO_THETA_MIN_DEG,
      twoThetaMaxDeg: XRD_TWO_THETA_MAX_DEG,
      stepDeg: CURVE_STEP_DEG,
    });
    largeCurves.set(pattern, curve);
  }
  return curve;
}

/**
 * The computations for a model, one per call of the returned steps (the caller runs each in a task): the
 * crystal, its pattern in slices (about 3 ms each on a laptop, where the whole pattern took a task of 11 ms),
 * and the 50 nm curve.
 */
export function warmSteps(model: () => LatticeModel): (() => void)[] {
  return [
    () => void crystalOfModel(model()),
    ...Array.from({ length: PATTERN_SLICES }, () => () => patternSlice(crystalOfModel(model()))),
    () => void largeCurveOf(patternOf(crystalOfModel(model()))),
  ];
}
