/**
 * Ensemble absorption/emission spectra (src/lib/physics/spectra.ts, one dot's transitions in dotTransitions.ts): the model's own algebra (cube states,
 * Weyl count, the lowest transition = the confinement model), then comparisons with the sources:
 * - PbS paper (Liao et al., EES Sol. 2025, 1, 1148): 4.1 ± 0.5 nm dots absorb at 1180 nm; small dots at 933 nm;
 *   PL FWHM 66 nm — copied into src/lib/data/spectraSources.ts (values repeated here as literals on purpose).
 * - Krieg et al., ACS Cent. Sci. 7 (2021) 135: CsPbBr3 16 nm → 518 nm emission.
 * - Energies 14 (2021) 275: CsPbBr3 absorption 2.570 → FL 2.469 eV and 2.429 → 2.391 eV; FL FWHM 90–150 meV.
 * - Rainò et al., Nat. Commun. 13 (2022) 2587: single CsPbBr3 dots 70–120 meV.
 */
import { describe, expect, it } from 'vitest';
import { ensembleSizes, ensembleSpectra, stokesShiftEv } from '../../../src/lib/physics/spectra';
import {
  CUBE_CONTINUUM_START_S,
  cubeShells,
  cubeWeylCount,
  dotTransitions,
  sphereWeylCount,
  SPHERE_CONTINUUM_START_X,
} from '../../../src/lib/physics/dotTransitions';
import { cubeCoulombEnergy, cubeGap, kanePairEnergy, reducedMass, weakWeight } from '../../../src/lib/physics/cubeExciton';
import { moreelsDiameter, moreelsGap } from '../../../src/lib/physics/moreels';
import { MATERIALS } from '../../../src/lib/data/materials';
import { HOMOGENEOUS_LINEWIDTH } from '../../../src/lib/data/spectraSources';
import { gapFromWavelength } from '../../../src/lib/physics/units';
import { parseQuery } from '../../../src/lib/state/url';
import type { UrlState } from '../../../src/lib/state/schema';
import { confinementReadouts } from '../../../src/lib/readouts/confinement';

describe('states of the infinite cube', () => {
  it('shells, degeneracies and labels: (1,1,1) 1, (1,1,2) 3, (1,2,2) 3, (1,1,3) 3, (2,2,2) 1, (1,2,3) 6', () => {
    const sh = cubeShells(14);
    expect(sh.map((x) => [x.s, x.degeneracy])).toEqual([
      [3, 1],
      [6, 3],
      [9, 3],
      [11, 3],
      [12, 1],
      [14, 6],
    ]);
    expect(sh[1].triples).toEqual([[1, 1, 2]]);
    // s = 27 holds two different triples: (1,1,5) ×3 and (3,3,3) ×1.
    const s27 = cubeShells(27).find((x) => x.s === 27);
    expect(s27?.degeneracy).toBe(4);
    expect(s27?.triples).toEqual([
      [1, 1, 5],
      [3, 3, 3],
    ]);
  });

  it('Weyl count follows the exact count of cube states within 6 % from s = 20 to 400 (3 % from s = 100)', () => {
    const shells = cubeShells(400);
    let cum = 0;
    for (const sh of shells) {
      cum += sh.degeneracy;
      if (sh.s >= 20) expect(Math.abs(cubeWeylCount(sh.s + 0.5) - cum) / cum).toBeLessThan(sh.s >= 100 ? 0.03 : 0.06);
    }
  });

  it('the continuum starts where the smooth count reaches the 48 listed states (s ≈ 27.8; sphere x ≈ 4.30 > π)', () => {
    expect(cubeShells(27).reduce((n, s) => n + s.degeneracy, 0)).toBe(48);
    expect(cubeWeylCount(CUBE_CONTINUUM_START_S)).toBeCloseTo(48, 9);
    expect(CUBE_CONTINUUM_START_S).toBeGreaterThan(27);
    expect(CUBE_CONTINUUM_START_S).toBeLessThan(29);
    expect(sphereWeylCount(SPHERE_CONTINUUM_START_X)).toBeCloseTo(1, 9);
    expect(SPHERE_CONTINUUM_START_X).toBeGreaterThan(Math.PI);
  });
});

describe('transitions of one dot', () => {
  it('CsPbBr3 4 nm (strong): lowest = cube model; (1,1,2) = Kane pair at k² = 6π²/L² minus the same attraction', () => {
    const L = 4;
    expect(weakWeight('CsPbBr3', L)).toBe(0);
    const { transitions } = dotTransitions('CsPbBr3', L);
    expect(transitions[0].energyEv).toBe(cubeGap('CsPbBr3', L));
    expect(transitions[0].strength).toBe(1);
    const mu = reducedMass('CsPbBr3');
    const e112 = kanePairEnergy(MATERIALS.CsPbBr3.bulkGapEv, mu, (6 * Math.PI ** 2) / L ** 2) - cubeCoulombEnergy('CsPbBr3', L);
    expect(transitions[1].label).toBe('(1,1,2)');
    expect(transitions[1].energyEv).toBeCloseTo(e112, 12);
    expect(transitions[1].strength).toBe(3);
    for (let i = 1; i < transitions.length; i++) expect(transitions[i].energyEv).toBeGreaterThan(transitions[i - 1].energyEv);
  });

  it('weak confinement: the exciton takes L³/(π a_B³) of strength, higher pairs lose the attraction', () => {
    const L = 24; // R/a_B = 12/2.56 > 4 → w = 1
    expect(weakWeight('CsPbBr3', L)).toBe(1);
    const { transitions } = dotTransitions('CsPbBr3', L);
    const aB = 2.557689852697833;
    expect(transitions[0].strength).toBeCloseTo(L ** 3 / (Math.PI * aB ** 3), 6);
    expect(transitions[1].energyEv).toBeCloseTo(kanePairEnergy(MATERIALS.CsPbBr3.bulkGapEv, reducedMass('CsPbBr3'), (6 * Math.PI ** 2) / L ** 2), 12);
    // exciton below the free-pair states
    expect(transitions[0].energyEv).toBeLessThan(MATERIALS.CsPbBr3.bulkGapEv);
    expect(transitions[1].energyEv).toBeGreaterThan(MATERIALS.CsPbBr3.bulkGapEv);
  });

  it('PbS: the Moreels first exciton only; continuum above it', () => {
    const t = dotTransitions('PbS', 4.1);
    expect(t.transitions).toHaveLength(1);
    expect(t.transitions[0].energyEv).toBe(moreelsGap(4.1));
    expect(t.continuumStartEv).toBeGreaterThan(t.transitions[0].energyEv);
  });

  it('bad sizes throw', () => {
    for (const bad of [0, -1, NaN, Infinity]) expect(() => dotTransitions('CsPbBr3', bad)).toThrow(RangeError);
    expect(() => ensembleSpectra('PbS', 4, -0.1)).toThrow(RangeError);
    expect(() => ensembleSpectra('PbS', 4, NaN)).toThrow(RangeError);
  });
});

describe('ensemble', () => {
  it('size weights: one size for σ = 0; normalised Gaussian otherwise, mean preserved', () => {
    expect(Array.from(ensembleSizes(5, 0).sizesNm)).toEqual([5]);
    const { sizesNm, weights } = ensembleSizes(8, 0.8);
    const sum = weights.reduce((a, b) => a + b, 0);
    const mean = sizesNm.reduce((a, d, i) => a + d * weights[i], 0);
    expect(sum).toBeCloseTo(1, 12);
    expect(mean).toBeCloseTo(8, 6);
  });

  it('σ = 0: the emission is one homogeneous line (FWHM = Γ) at the lowest transition (no Stokes source there)', () => {
    const r = ensembleSpectra('CsPbI3', 8, 0);
    expect(r.stokesShiftEv).toBeNull();
    expect(r.emissionFwhmEv).toBeCloseTo(HOMOGENEOUS_LINEWIDTH.CsPbI3.fwhmEv, 3);
    expect(r.emissionPeakEv).toBeCloseTo(cubeGap('CsPbI3', 8), 3);
  });

  it('spectra move with size (red shift for larger dots) and broaden with σ', () => {
    const small = ensembleSpectra('CsPbBr3', 5, 0.3);
    const large = ensembleSpectra('CsPbBr3', 9, 0.3);
    expect(large.absorptionPeakNm).toBeGreaterThan(small.absorptionPeakNm + 10);
    expect(large.emissionPeakNm).toBeGreaterThan(small.emissionPeakNm + 10);
    const narrow = ensembleSpectra('CsPbBr3', 6, 0.1);
    const broad = ensembleSpectra('CsPbBr3', 6, 0.8);
    expect(broad.emissionFwhmMeV).toBeGreaterThan(narrow.emissionFwhmMeV + 25);
    // Small σ: FWHM ≈ √(Γ² + (|dE/dd| 2.3548 σ)²) for Gaussian ⊗ Gaussian (within 3 %).
    const d = 6;
    const sigma = 0.1;
    const slope = (cubeGap('CsPbBr3', d + 1e-4) - cubeGap('CsPbBr3', d - 1e-4)) / 2e-4;
    const expected = Math.hypot(0.07, Math.abs(slope) * 2.3548 * sigma);
    expect(Math.abs(narrow.emissionFwhmEv - expected) / expected).toBeLessThan(0.03);
  });

  it('absorption: normalised to 1 at the first excitonic peak; continuum rises to the blue', () => {
    const r = ensembleSpectra('CsPbBr3', 8, 0.4);
    const i = r.energiesEv.findIndex((e) => e >= r.absorptionPeakEv);
    expect(r.absorption[i]).toBeCloseTo(1, 1);
    const last = r.absorption[r.absorption.length - 1];
    expect(last).toBeGreaterThan(1);
    expect(r.continuum[r.continuum.length - 1]).toBeGreaterThan(0);
    expect(r.continuum[0]).toBe(0);
  });
});

describe('against the sources', () => {
  it('PbS paper: 4.1 ± 0.5 nm dots → first excitonic peak within 3 % of 1180 nm (σ = 0 and σ = 0.5 nm)', () => {
    for (const sigma of [0, 0.5]) {
      const r = ensembleSpectra('PbS', 4.1, sigma);
      expect(Math.abs(r.absorptionPeakNm - 1180) / 1180).toBeLessThan(0.03);
    }
  });

  it('PbS paper: the size that gives 933 nm (Moreels) gives an ensemble peak within 1 % of 933 nm at σ = 0.2 nm', () => {
    const d = moreelsDiameter(gapFromWavelength(933));
    expect(d).toBeGreaterThan(2.5);
    expect(d).toBeLessThan(3.5);
    const r = ensembleSpectra('PbS', d, 0.2);
    expect(Math.abs(r.absorptionPeakNm - 933) / 933).toBeLessThan(0.01);
  });

  it('PbS paper PL FWHM 66 nm: the model is broader — 100 meV single-dot width alone gives > 66 nm; ±0.5 nm as σ gives > 3× 66 nm', () => {
    const single = ensembleSpectra('PbS', 4.1, 0);
    expect(single.emissionFwhmNm).toBeGreaterThan(66);
    const spread = ensembleSpectra('PbS', 4.1, 0.5);
    expect(spread.emissionFwhmNm).toBeGreaterThan(3 * 66);
  });

  it('Krieg 2021: 16 nm CsPbBr3 emits within 3 nm of 518 nm (no Stokes source at that absorption)', () => {
    const r = ensembleSpectra('CsPbBr3', 16, 0.3);
    expect(r.stokesShiftEv).toBeNull();
    expect(Math.abs(r.emissionPeakNm - 518)).toBeLessThan(3);
  });

  it('Energies 2021: Stokes shift 101 meV at 2.570 eV, 38 meV at 2.429 eV, linear between, none outside or for other materials', () => {
    expect(stokesShiftEv('CsPbBr3', 2.57)).toBeCloseTo(0.101, 12);
    expect(stokesShiftEv('CsPbBr3', 2.429)).toBeCloseTo(0.038, 12);
    expect(stokesShiftEv('CsPbBr3', 2.4995)).toBeCloseTo(0.0695, 12);
    expect(stokesShiftEv('CsPbBr3', 2.428)).toBeNull();
    expect(stokesShiftEv('CsPbBr3', 2.571)).toBeNull();
    expect(stokesShiftEv('PbS', 1.05)).toBeNull();
    expect(stokesShiftEv('CsPbI3', 1.9)).toBeNull();
  });

  it('CsPbBr3 with its absorption inside the Energies range emits red-shifted by the interpolated Stokes shift', () => {
    const r = ensembleSpectra('CsPbBr3', 8, 0);
    expect(r.absorptionPeakEv).toBeGreaterThan(2.429);
    expect(r.absorptionPeakEv).toBeLessThan(2.57);
    expect(r.stokesShiftEv).not.toBeNull();
    expect(r.absorptionPeakEv - r.emissionPeakEv).toBeCloseTo(r.stokesShiftEv ?? NaN, 2);
  });

  it('Rainò 2022 / Energies 2021: single-dot width (70 meV) is inside 70–120 meV and below the narrowest ensemble (90 meV)', () => {
    const g = HOMOGENEOUS_LINEWIDTH.CsPbBr3.fwhmEv;
    expect(g).toBeGreaterThanOrEqual(0.07);
    expect(g).toBeLessThanOrEqual(0.12);
    expect(g).toBeLessThan(0.09);
  });

  it('Energies 2021 (≈ 10–12 nm, FL FWHM 90–150 meV): the model stays below 90 meV even with a 10 % size spread — the size dependence is weak there', () => {
    // Documented limit (the view says it): near 10 nm the cube model's gap changes by ~10 meV per nm, so the
    // size spread adds little to the 70 meV single-dot width; the measured ensembles are broader.
    const r = ensembleSpectra('CsPbBr3', 10, 1);
    expect(r.emissionFwhmMeV).toBeGreaterThan(70);
    expect(r.emissionFwhmMeV).toBeLessThan(90);
    // Smaller dots do reach the measured range: 5 nm with 10 % spread.
    const small = ensembleSpectra('CsPbBr3', 5, 0.5);
    expect(small.emissionFwhmMeV).toBeGreaterThan(90);
    expect(small.emissionFwhmMeV).toBeLessThan(150);
  });
});

describe('readouts absorptionPeakNm, emissionPeakNm, emissionFwhmNm (lib/readouts/confinement.ts)', () => {
  function state(query: string): UrlState {
    const r = parseQuery(query);
    expect(r.warnings).toEqual([]);
    return r.state;
  }
  it('are the spectra of the state (PbS, 4.1 ± 0.5 nm) and null-free', () => {
    const r = confinementReadouts(state('?view=confinement&sel=PbS&d=4.1&sigma=0.5'));
    const direct = ensembleSpectra('PbS', 4.1, 0.5);
    expect(r.absorptionPeakNm).toBeCloseTo(direct.absorptionPeakNm, 6);
    expect(r.emissionPeakNm).toBeCloseTo(direct.emissionPeakNm, 6);
    expect(r.emissionFwhmNm).toBeCloseTo(direct.emissionFwhmNm, 6);
    expect(r.stokesShiftMeV).toBeNull();
  });
  it('move with d and σ; the spaxis key is validated (nm | ev)', () => {
    const a = confinementReadouts(state('?view=confinement&sel=CsPbBr3&d=6&sigma=0.2'));
    const b = confinementReadouts(state('?view=confinement&sel=CsPbBr3&d=9&sigma=0.2'));
    const c = confinementReadouts(state('?view=confinement&sel=CsPbBr3&d=6&sigma=1'));
    expect(b.absorptionPeakNm!).toBeGreaterThan(a.absorptionPeakNm! + 5);
    expect(b.emissionPeakNm!).toBeGreaterThan(a.emissionPeakNm! + 5);
    expect(c.emissionFwhmNm!).toBeGreaterThan(a.emissionFwhmNm! + 3);
    expect(state('?spaxis=ev').spaxis).toBe('ev');
    const bad = parseQuery('?spaxis=THz');
    expect(bad.state.spaxis).toBe('nm');
    expect(bad.warnings.map((w) => w.key)).toEqual(['spaxis']);
  });
});
