/**
 * The diffraction panel's cached first computations (src/views/lattice/diffraction/patternCache.ts, issue #15):
 * the same values as calling the library directly, computed once per object, and the warm-up steps fill the
 * caches the panel then reads.
 */
import { describe, expect, it, vi } from 'vitest';
import { latticeModel } from '../../../src/lib/readouts/lattice';
import { parseQuery } from '../../../src/lib/state/url';
import { powderXrd, powderXrdSlices, XRD_TWO_THETA_MAX_DEG, XRD_TWO_THETA_MIN_DEG } from '../../../src/lib/physics/xrd';
import * as scherrer from '../../../src/lib/physics/scherrer';
import { CURVE_STEP_DEG, LARGE_CRYSTAL_NM, drawnCrystal } from '../../../src/views/lattice/diffraction/diffraction';
import { crystalOfModel, largeCurveOf, patternOf, warmSteps } from '../../../src/views/lattice/diffraction/patternCache';

const model = (query: string) => latticeModel(parseQuery(query).state);

describe('diffraction pattern cache', () => {
  for (const query of ['?comp=CsPbBr3', '?comp=CsPbI3&phase=delta', '?comp=MAPbI3&phase=cubic']) {
    it(`gives the library's values (${query})`, () => {
      const mdl = model(query);
      const crystal = crystalOfModel(mdl);
      expect(crystal).toEqual(drawnCrystal(mdl));
      expect(patternOf(crystal)).toEqual(powderXrd(drawnCrystal(mdl)));
      expect(largeCurveOf(patternOf(crystal))).toEqual(
        scherrer.scherrerBroadenedCurve(powderXrd(drawnCrystal(mdl)).peaks, LARGE_CRYSTAL_NM, {
          twoThetaMinDeg: XRD_TWO_THETA_MIN_DEG,
          twoThetaMaxDeg: XRD_TWO_THETA_MAX_DEG,
          stepDeg: CURVE_STEP_DEG,
        }),
      );
    });
  }

  it('computes once per object: the same model, crystal and pattern give back the same result', () => {
    const mdl = model('?comp=CsPbBr3&rA=1.9');
    const crystal = crystalOfModel(mdl);
    expect(crystalOfModel(mdl)).toBe(crystal);
    expect(patternOf(crystal)).toBe(patternOf(crystal));
    expect(largeCurveOf(patternOf(crystal))).toBe(largeCurveOf(patternOf(crystal)));
    // A new model object (the state changed) is a new crystal, even with the same content.
    const again = model('?comp=CsPbBr3&rA=1.9');
    expect(crystalOfModel(again)).not.toBe(crystal);
    expect(crystalOfModel(again)).toEqual(crystal);
  });

  it('the warm-up steps leave the panel nothing to compute', () => {
    const mdl = model('?comp=CsPbI3&phase=orthorhombic');
    const steps = warmSteps(() => mdl);
    // The crystal, the pattern in four slices (a Pnma cell's), the curve.
    expect(steps).toHaveLength(6);
    for (const step of steps) step();
    const spy = vi.spyOn(scherrer, 'scherrerBroadenedCurve');
    const crystal = crystalOfModel(mdl);
    largeCurveOf(patternOf(crystal));
    expect(spy).not.toHaveBeenCalled();
    spy.mockRestore();
  });

  it('a pattern begun in slices and finished by the panel is the library\'s, to the bit', () => {
    for (const query of ['?comp=CsPbBr3', '?comp=CsPbCl3&phase=cubic', '?comp=CsPbI3&phase=delta']) {
      const mdl = model(query);
      const steps = warmSteps(() => mdl);
      // Only the crystal and two slices ran before the panel asked for the pattern.
      steps.slice(0, 3).forEach((step) => step());
      expect(patternOf(crystalOfModel(mdl))).toEqual(powderXrd(drawnCrystal(mdl)));
    }
  });

  it('powderXrdSlices pauses between slices and returns powderXrd\'s pattern', () => {
    const crystal = drawnCrystal(model('?comp=CsPbBr3&phase=orthorhombic'));
    const slices = powderXrdSlices(crystal);
    let pauses = 0;
    let step = slices.next();
    while (!step.done) {
      pauses++;
      step = slices.next();
    }
    expect(pauses).toBe(3); // h = 0…5 of the Pnma cell in the 2θ window, two values of h per slice
    expect(step.value).toEqual(powderXrd(crystal));
  });
});
