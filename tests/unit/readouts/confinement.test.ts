/**
 * lib/readouts/confinement.ts against the core: every number the confinement view shows for its marker is the
 * core's value for the same state (exact formulas: 1e-12 relative), `null` where the model gives nothing.
 */
import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../../src/lib/state/url';
import { defaultState, type UrlState } from '../../../src/lib/state/schema';
import { confinementModel, confinementReadouts, markerModel, solveTarget } from '../../../src/lib/readouts/confinement';
import { confinementEnergy } from '../../../src/lib/physics/brus';
import { cubeBohrRadiusNm, cubeBulkLimitEv, cubeGap, cubeKineticEnergy } from '../../../src/lib/physics/cubeExciton';
import { moreelsDiameter, moreelsGap } from '../../../src/lib/physics/moreels';
import { gapFromWavelength, wavelengthFromGap } from '../../../src/lib/physics/units';
import { sqLimit } from '../../../src/lib/physics/sq';
import { sizeDispersionSpectrum } from '../../../src/lib/physics/broadening';
import { MATERIALS } from '../../../src/lib/data/materials';

function state(query: string): UrlState {
  const r = parseQuery(query);
  expect(r.warnings).toEqual([]);
  return r.state;
}
function close(a: number | null, b: number, rel = 1e-12): void {
  expect(a).not.toBeNull();
  expect(Math.abs((a as number) - b)).toBeLessThanOrEqual(rel * Math.abs(b));
}

describe('markerModel: always the default model of the material', () => {
  it('CsPbX3 follow the cube model, PbS the Moreels curve, whatever is drawn', () => {
    expect(markerModel('CsPbBr3', ['brus', 'moreels'])).toBe('cube');
    expect(markerModel('CsPbI3', ['confinement'])).toBe('cube');
    expect(markerModel('CsPbCl3', [])).toBe('cube');
    expect(markerModel('PbS', ['brus', 'confinement'])).toBe('moreels');
    expect(markerModel('PbS', [])).toBe('moreels');
  });
  it('an old URL with models=brus still parses and the readout uses the default model', () => {
    const r = confinementReadouts(state('?view=confinement&models=brus&d=4'));
    expect(r.model).toBe('cube');
    close(r.gapEv, cubeGap('CsPbBr3', 4));
  });
});

describe('confinementReadouts at the default state (CsPbBr3 cube, L = 8 nm)', () => {
  const r = confinementReadouts(defaultState());
  const gap = cubeGap('CsPbBr3', 8);
  it('gap, wavelength and energies are the core values', () => {
    expect(r.material).toBe('CsPbBr3');
    expect(r.model).toBe('cube');
    expect(r.diameterNm).toBe(8);
    close(r.gapEv, gap);
    close(r.wavelengthNm, wavelengthFromGap(gap));
    close(r.confinementEnergyMeV, cubeKineticEnergy('CsPbBr3', 8) * 1000);
    close(r.gapShiftMeV, (gap - MATERIALS.CsPbBr3.bulkGapEv) * 1000);
    close(r.radiusOverBohr, 4 / cubeBohrRadiusNm('CsPbBr3'));
  });
  it('the SQ numbers are sqLimit at that gap', () => {
    const sq = sqLimit(gap);
    expect(sq).not.toBeNull();
    close(r.sqEfficiency, sq!.efficiency);
    close(r.vocV, sq!.vocV);
    close(r.jscMAcm2, sq!.jscMAcm2);
    close(r.ff, sq!.ff);
  });
  it('σ = 0 has no ensemble width (null, not 0 or NaN)', () => {
    expect(r.fwhmNm).toBeNull();
    expect(r.fwhmMeV).toBeNull();
    expect(r.peakNm).toBeNull();
  });
  it('contains no NaN or infinity', () => {
    for (const v of Object.values(r)) if (typeof v === 'number') expect(Number.isFinite(v)).toBe(true);
  });
  it('embed readouts: a 4 nm CsPbBr3 cube is blue (450–480 nm)', () => {
    const b = confinementReadouts(state('?view=confinement&sel=CsPbBr3&d=4'));
    expect(b.wavelengthNm!).toBeGreaterThan(450);
    expect(b.wavelengthNm!).toBeLessThan(480);
  });
});

describe('models and materials', () => {
  it('PbS uses the Moreels curve (PbS paper Eq. 1), even when it is not drawn', () => {
    for (const q of ['?view=confinement&sel=PbS&d=4.1', '?view=confinement&sel=PbS&d=4.1&models=brus']) {
      const r = confinementReadouts(state(q));
      expect(r.model).toBe('moreels');
      close(r.gapEv, moreelsGap(4.1));
      // The Moreels shift is measured from its own E∞ = 0.41 eV.
      close(r.gapShiftMeV, (moreelsGap(4.1) - 0.41) * 1000);
      // Sphere: kinetic term of the sphere model, R/a_B with the 18 nm Bohr radius.
      close(r.confinementEnergyMeV, confinementEnergy('PbS', 4.1) * 1000);
      close(r.radiusOverBohr, 2.05 / 18);
    }
  });
  it("the regime follows Kayanuma's bounds for cubes and is null for PbS", () => {
    expect(confinementModel(state('?view=confinement&d=4')).regime).toBe('strong');
    expect(confinementModel(state('?view=confinement&d=16')).regime).toBe('intermediate');
    expect(confinementModel(state('?view=confinement&d=25')).regime).toBe('weak');
    expect(confinementModel(state('?view=confinement&sel=PbS&d=4')).regime).toBeNull();
    expect(confinementModel(state('?view=confinement&sel=PbS&d=4')).sizeKind).toBe('diameter');
    expect(confinementModel(state('?view=confinement&d=4')).sizeKind).toBe('edge');
  });
});

describe('inverse problem (target)', () => {
  it('PbS paper: 1180 nm first exciton → about 4 nm on the Moreels curve (issue #5)', () => {
    const r = confinementReadouts(state('?view=confinement&sel=PbS&target=1180nm'));
    const expected = moreelsDiameter(gapFromWavelength(1180));
    close(r.diameterNm, expected, 1e-9);
    close(r.targetDiameterNm, expected, 1e-9);
    expect(r.diameterNm).toBeGreaterThan(3.9);
    expect(r.diameterNm).toBeLessThan(4.2);
    expect(r.targetError).toBeNull();
    // Round trip: the readout's gap is the target gap.
    close(r.gapEv, gapFromWavelength(1180), 1e-9);
  });
  it('a gap target in eV works the same way', () => {
    const r = confinementReadouts(state('?view=confinement&sel=CsPbBr3&target=2.5eV'));
    close(r.gapEv, 2.5, 1e-9);
    expect(r.targetError).toBeNull();
  });
  it("a target below the cube model's bulk limit E_g − E_b gives the core error and leaves d alone", () => {
    const r = confinementReadouts(state('?view=confinement&sel=CsPbBr3&target=600nm&d=9'));
    expect(r.targetDiameterNm).toBeNull();
    expect(r.targetError).toBe('below-model-minimum');
    expect(r.diameterNm).toBe(9);
    expect(solveTarget('600nm', 'CsPbBr3', 'cube')?.error).toMatchObject({ code: 'below-model-minimum', model: 'cube', minGapEv: cubeBulkLimitEv('CsPbBr3') });
  });
  it('target=520nm (CsPbBr3) now gives a cube near 19 nm (Krieg 2021: 16 nm dots emit at 518 nm), not the 14.9 nm Brus sphere; 514 nm gives 10–13 nm', () => {
    const r = confinementReadouts(state('?view=confinement&sel=CsPbBr3&target=520nm'));
    expect(r.targetDiameterNm!).toBeGreaterThan(16);
    expect(r.targetDiameterNm!).toBeLessThan(22);
    close(r.wavelengthNm, 520, 1e-9);
    const r514 = confinementReadouts(state('?view=confinement&sel=CsPbBr3&target=514nm'));
    expect(r514.targetDiameterNm!).toBeGreaterThan(10);
    expect(r514.targetDiameterNm!).toBeLessThan(13);
  });
  it('a target whose diameter is outside 1–30 nm is refused with a message', () => {
    // Confinement-only CsPbBr3 a hair above its bulk gap needs a huge dot.
    const t = solveTarget('2.413eV', 'CsPbBr3', 'confinement');
    expect(t?.diameterNm).toBeNull();
    expect(t?.error).toMatchObject({ code: 'outside-view', material: 'CsPbBr3', minNm: 1, maxNm: 30 });
    expect(t?.error?.code === 'outside-view' && t.error.diameterNm).toBeGreaterThan(30);
  });
  it('a target at or below the bulk gap (confinement only) or E∞ (Moreels) is refused with its reason', () => {
    expect(solveTarget('2.3eV', 'CsPbBr3', 'confinement')?.error).toEqual({
      code: 'below-model-minimum',
      material: 'CsPbBr3',
      model: 'confinement',
      gapEv: 2.3,
      minGapEv: MATERIALS.CsPbBr3.bulkGapEv,
    });
    expect(solveTarget('0.4eV', 'PbS', 'moreels')?.error).toMatchObject({ code: 'below-model-minimum', model: 'moreels', minGapEv: 0.41 });
    const brus = solveTarget('600nm', 'CsPbBr3', 'brus')?.error;
    expect(brus).toMatchObject({ code: 'below-brus-minimum', material: 'CsPbBr3', bulkGapEv: 2.412 });
  });
  it('an empty target is no target', () => {
    expect(solveTarget('', 'PbS', 'moreels')).toBeNull();
    expect(confinementModel(defaultState()).fromTarget).toBe(false);
  });
});

describe('size dispersion', () => {
  it('σ > 0: FWHM is the core broadening of the marker model', () => {
    const r = confinementReadouts(state('?view=confinement&sel=PbS&d=4.1&sigma=0.5'));
    const s = sizeDispersionSpectrum('PbS', 'moreels', 4.1, 0.5);
    close(r.fwhmNm, s.fwhmNm);
    close(r.fwhmMeV, s.fwhmMeV);
    close(r.peakNm, s.peakNm);
    expect(r.fwhmMeV!).toBeGreaterThan(0);
  });
});
