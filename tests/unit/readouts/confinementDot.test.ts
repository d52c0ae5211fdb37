import { describe, expect, it } from 'vitest';
import { confinementDot, confinementModel, confinementReadouts, subscriptFormula } from '../../../src/lib/readouts/confinement';
import { chainModel, chainReadouts } from '../../../src/lib/readouts/chain';
import { AppState } from '../../../src/lib/state/appState.svelte';
import { cubeGap } from '../../../src/lib/physics/cubeExciton';
import { diameterForGap } from '../../../src/lib/physics/inverse';
import { interpolatedParameters } from '../../../src/lib/physics/mixedHalide';
import { wavelengthFromGap } from '../../../src/lib/physics/units';
import { ensembleSpectra } from '../../../src/lib/physics/spectra';

const at = (q: string) => new AppState({ query: q }).values;
const mix = interpolatedParameters('CsPbBr3', 'CsPbI3', 0.5, 'CsPbBr₁.₅I₁.₅');

describe('the confinement view follows the dot’s composition (issue #18)', () => {
  it('CsPbBr1.5I1.5, 8 nm: the marker is on the mix’s own cube curve, not on CsPbI3', () => {
    const s = at('?comp=CsPbBr1.5I1.5&d=8');
    expect(s.sel).toBe('CsPbI3'); // nearest end member (tie → heavier halide): colour only
    const r = confinementModel(s);
    expect(r.dot.mixed).toBe(true);
    expect(r.dot.series).toBe('br-i');
    expect(r.dot.x).toBeCloseTo(0.5, 12);
    expect(r.dot.label).toBe('CsPbBr₁.₅I₁.₅');
    expect(r.bulkGapEv).toBeCloseTo((2.412 + 1.73) / 2, 12);
    expect(r.gapEv).toBeCloseTo(cubeGap(mix, 8), 12);
    expect(r.gapEv).not.toBeCloseTo(cubeGap('CsPbI3', 8), 2);
    expect(r.wavelengthNm).toBeCloseTo(wavelengthFromGap(cubeGap(mix, 8)), 9);
    // between the two end members
    expect(r.gapEv!).toBeGreaterThan(cubeGap('CsPbI3', 8));
    expect(r.gapEv!).toBeLessThan(cubeGap('CsPbBr3', 8));
  });

  it('the chain strip reads the same numbers (one computation): gap, λ, size', () => {
    for (const q of ['?comp=CsPbBr1.5I1.5&d=8', '?comp=CsPbCl1.2Br1.8&d=5', '?comp=CsPbI3&d=12', '?sel=PbS&d=4', '?comp=CsPbBr2I&target=560nm']) {
      const s = at(q);
      const c = chainModel(s);
      const r = confinementReadouts(s);
      expect(c.gapEv, q).toBe(r.gapEv);
      expect(c.wavelengthNm, q).toBe(r.wavelengthNm);
      expect(c.sizeNm, q).toBe(r.diameterNm);
      expect(chainReadouts(s).dotGapEv, q).toBe(r.gapEv);
    }
  });

  it('the inverse (target) solves in the dot’s own model', () => {
    const s = at('?comp=CsPbBr1.5I1.5&target=600nm');
    const r = confinementModel(s);
    expect(r.fromTarget).toBe(true);
    const e = 1239.841984 / 600;
    expect(r.diameterNm).toBeCloseTo(diameterForGap(mix, 'cube', r.target!.gapEv), 9);
    expect(r.gapEv).toBeCloseTo(e, 4);
    // a gap the mix cannot reach (below its bulk exciton) is refused with the mix's bulk gap
    const low = confinementModel(at('?comp=CsPbBr1.5I1.5&target=700nm'));
    expect(low.target?.diameterNm).toBeNull();
    expect(low.target?.error?.code).toBe('below-model-minimum');
  });

  it('embed readouts gapEv / wavelengthNm follow the mix; end members are unchanged', () => {
    const r = confinementReadouts(at('?comp=CsPbBr1.5I1.5&d=8'));
    expect(r.gapEv).toBeCloseTo(cubeGap(mix, 8), 12);
    expect(r.material).toBe('CsPbI3');
    const e = confinementReadouts(at('?comp=CsPbBr3&d=8'));
    expect(e.gapEv).toBe(cubeGap('CsPbBr3', 8));
  });

  it('a composition the app does not model falls back to the nearest end member and says why', () => {
    const d = confinementDot(at('?comp=MAPbI3'));
    expect(d.notModelled).toBe('a-site');
    expect(d.input).toBe('CsPbI3');
    expect(confinementReadouts(at('?comp=MAPbI3&d=8')).gapEv).toBe(cubeGap('CsPbI3', 8));
    expect(chainModel(at('?comp=MAPbI3&d=8')).gapEv).toBeNull(); // the strip does not claim a gap
  });

  it('spectra of the mix use its parameters, with no Stokes shift (no source for a mix)', () => {
    const r = confinementModel(at('?comp=CsPbBr1.5I1.5&d=8&sigma=0.5'));
    const sp = r.spectra!;
    expect(sp.stokesShiftEv).toBeNull();
    const ref = ensembleSpectra(mix, 8, 0.5);
    expect(sp.absorptionPeakNm).toBeCloseTo(ref.absorptionPeakNm!, 0);
    const iodide = ensembleSpectra('CsPbI3', 8, 0.5);
    expect(sp.absorptionPeakNm!).toBeLessThan(iodide.absorptionPeakNm!);
  });

  it('subscriptFormula writes counts as subscripts', () => {
    expect(subscriptFormula('CsPbBr1.5I1.5')).toBe('CsPbBr₁.₅I₁.₅');
    expect(subscriptFormula('PbS')).toBe('PbS');
  });
});
