/**
 * powderXrd beyond the pymatgen comparison (xrd.pymatgen.test.ts): Bragg's law by hand, form factors at
 * s = 0 equal Z (Waasmaier–Kirfel fits), superlattice reflections only with tilt and only at half-integer
 * pseudo-cubic indices, halide and cell-size shifts, mixed sites, guards.
 */
import { describe, expect, it } from 'vitest';
import { buildUnitCell } from '../../../src/lib/geometry/perovskite';
import { atomicFormFactor, WAASMAIER_KIRFEL, type FormFactorElement } from '../../../src/lib/data/formFactors';
import {
  crystalFromUnitCell,
  pnmaPseudoCubicIndices,
  powderXrd,
  siteFormFactor,
  superlatticePointOf,
  type ScatteringCrystal,
} from '../../../src/lib/physics/xrd';

describe('form factors (Waasmaier & Kirfel 1995)', () => {
  it('f₀(0) = Z within 0.02 electrons (fit quality; Ge is off by 0.015) for every element copied', () => {
    for (const [symbol, c] of Object.entries(WAASMAIER_KIRFEL)) {
      expect(Math.abs(atomicFormFactor(symbol as FormFactorElement, 0) - c.z), symbol).toBeLessThan(0.02);
    }
  });
  it('falls with angle and guards its range', () => {
    expect(atomicFormFactor('Pb', 0.3)).toBeLessThan(atomicFormFactor('Pb', 0.1));
    expect(() => atomicFormFactor('Pb', -0.1)).toThrow(RangeError);
    expect(() => atomicFormFactor('Pb', 7)).toThrow(RangeError);
    expect(() => atomicFormFactor('Xx' as FormFactorElement, 0.1)).toThrow(RangeError);
  });
  it('a molecular cation scatters as its atoms; a mixed site as the occupancy-weighted mean', () => {
    const s = 0.2;
    const ma = atomicFormFactor('C', s) + atomicFormFactor('N', s) + 6 * atomicFormFactor('H', s);
    expect(siteFormFactor([{ symbol: 'MA' }], s)).toBeCloseTo(ma, 12);
    expect(siteFormFactor([{ symbol: 'Br', occupancy: 0.5 }, { symbol: 'I', occupancy: 0.5 }], s)).toBeCloseTo(
      (atomicFormFactor('Br', s) + atomicFormFactor('I', s)) / 2,
      12,
    );
  });
});

describe('powderXrd, cubic CsPbBr₃ (a = 5.874 Å)', () => {
  const cell = buildUnitCell('cubic', { aPseudoCubic: 5.874 });
  const pattern = powderXrd(cell);
  it('puts (100) and (200) where Bragg puts them: 2θ = 2 asin(λ √(h²+k²+l²) / 2a)', () => {
    const at = (hkl: string) => pattern.peaks.find((p) => p.hkl.join() === hkl)!;
    expect(at('1,0,0').twoThetaDeg).toBeCloseTo((2 * Math.asin(1.5406 / (2 * 5.874)) * 180) / Math.PI, 10);
    expect(at('2,0,0').twoThetaDeg).toBeCloseTo((2 * Math.asin(1.5406 / 5.874) * 180) / Math.PI, 10);
    expect(at('2,0,0').multiplicity).toBe(6);
    expect(at('1,1,1').multiplicity).toBe(8);
    expect(at('2,0,0').dSpacingAngstrom).toBeCloseTo(5.874 / 2, 10);
  });
  it('is scaled to 100, sorted by angle, inside 10–60°, and has no tilt-made peaks', () => {
    expect(Math.max(...pattern.peaks.map((p) => p.intensity))).toBeCloseTo(100, 10);
    for (let i = 1; i < pattern.peaks.length; i++) expect(pattern.peaks[i].twoThetaDeg).toBeGreaterThan(pattern.peaks[i - 1].twoThetaDeg);
    expect(pattern.peaks[0].twoThetaDeg).toBeGreaterThanOrEqual(10);
    expect(pattern.peaks.at(-1)!.twoThetaDeg).toBeLessThanOrEqual(60);
    expect(pattern.peaks.some((p) => p.superlattice)).toBe(false);
    expect(pattern.peaks.every((p) => p.pseudoCubic === null)).toBe(true);
  });
  it('a larger cell (iodide) moves every peak to lower angle', () => {
    const iodide = powderXrd(buildUnitCell('cubic', { aPseudoCubic: 6.289 }), { species: { X: 'I' } });
    const br200 = pattern.peaks.find((p) => p.hkl.join() === '2,0,0')!.twoThetaDeg;
    const i200 = iodide.peaks.find((p) => p.hkl.join() === '2,0,0')!.twoThetaDeg;
    expect(i200).toBeLessThan(br200 - 1.5);
  });
  it('the halide changes intensities: (100) weaker relative to (200) is not the same for Cl and I', () => {
    const ratio = (x: 'Cl' | 'I') => {
      const p = powderXrd(cell, { species: { X: x } }).peaks;
      return p.find((q) => q.hkl.join() === '1,0,0')!.intensity / p.find((q) => q.hkl.join() === '2,0,0')!.intensity;
    };
    expect(Math.abs(ratio('Cl') - ratio('I'))).toBeGreaterThan(0.05);
  });
  it('respects the window and the wavelength, and guards its input', () => {
    const narrow = powderXrd(cell, { twoThetaMinDeg: 20, twoThetaMaxDeg: 32 });
    expect(narrow.peaks.map((p) => p.hkl.join())).toEqual(['1,1,0', '1,1,1', '2,0,0']);
    const moKa = powderXrd(cell, { wavelengthAngstrom: 0.7107 });
    expect(moKa.peaks[0].twoThetaDeg).toBeLessThan(pattern.peaks[0].twoThetaDeg);
    expect(() => powderXrd(cell, { wavelengthAngstrom: 0 })).toThrow(RangeError);
    expect(() => powderXrd(cell, { twoThetaMinDeg: 50, twoThetaMaxDeg: 40 })).toThrow(RangeError);
    expect(() => powderXrd(cell, { species: { A: [{ symbol: 'Cs', occupancy: 0.7 }, { symbol: 'FA', occupancy: 0.7 }] } })).toThrow(RangeError);
    expect(() => powderXrd(cell, { species: { B: 'Xx' as 'Pb' } })).toThrow(RangeError);
  });
});

describe('powderXrd, orthorhombic Pnma: superlattice reflections', () => {
  it('at zero tilt the Pnma cell gives the cubic pattern: same angles and intensities, no superlattice peak', () => {
    const cubic = powderXrd(buildUnitCell('cubic', { aPseudoCubic: 5.874 })).peaks;
    const flat = powderXrd(buildUnitCell('orthorhombic', { aPseudoCubic: 5.874, tiltDeg: 0 })).peaks;
    expect(flat.some((p) => p.superlattice)).toBe(false);
    // The Pnma setting splits nothing at zero tilt: collect its peaks by angle and compare.
    for (const p of cubic) {
      const same = flat.filter((q) => Math.abs(q.twoThetaDeg - p.twoThetaDeg) < 1e-6);
      expect(same.length, `${p.hkl}`).toBeGreaterThan(0);
      expect(same.reduce((s, q) => s + q.intensity, 0)).toBeCloseTo(p.intensity, 6);
    }
  });

  const tilted = powderXrd(buildUnitCell('orthorhombic', { aPseudoCubic: 5.874, tiltDeg: 10 }));
  const superlattice = tilted.peaks.filter((p) => p.superlattice);
  it('with tilt, superlattice peaks appear, each at a half-integer pseudo-cubic index (R, M or X point)', () => {
    expect(superlattice.length).toBeGreaterThan(5);
    for (const p of superlattice) expect(superlatticePointOf(p.pseudoCubic!), p.hkl.join()).not.toBeNull();
    for (const p of tilted.peaks.filter((q) => !q.superlattice)) expect(superlatticePointOf(p.pseudoCubic!), p.hkl.join()).toBeNull();
    // R points (anti-phase tilt) and M points (in-phase tilt) both show up, with visible intensity.
    expect(superlattice.some((p) => p.superlatticePoint === 'R' && p.intensity > 1)).toBe(true);
    expect(superlattice.some((p) => p.superlatticePoint === 'M' && p.intensity > 0.5)).toBe(true);
  });
  it('superlattice intensity grows with the tilt (about as φ² for small tilt)', () => {
    const strongest = (tiltDeg: number) =>
      Math.max(...powderXrd(buildUnitCell('orthorhombic', { aPseudoCubic: 5.874, tiltDeg })).peaks.filter((p) => p.superlattice).map((p) => p.intensity));
    const i4 = strongest(4);
    const i8 = strongest(8);
    expect(i8 / i4).toBeGreaterThan(3);
    expect(i8 / i4).toBeLessThan(5);
  });
  it('pseudo-cubic indices of the Pnma setting: (202) → (200), (040) → (002), (111) → (1 0 ½)', () => {
    expect(pnmaPseudoCubicIndices([2, 0, 2])).toEqual([2, 0, 0]);
    expect(pnmaPseudoCubicIndices([0, 4, 0])).toEqual([0, 0, 2]);
    expect(pnmaPseudoCubicIndices([1, 1, 1])).toEqual([1, 0, 0.5]);
    expect(superlatticePointOf([1.5, 0.5, 0.5])).toBe('R');
    expect(superlatticePointOf([1, 0.5, 0.5])).toBe('M');
    expect(superlatticePointOf([1, 0, 0.5])).toBe('X');
    expect(superlatticePointOf([2, 0, 0])).toBeNull();
  });
  it('a cell without untilted positions gets no superlattice label', () => {
    const cell = buildUnitCell('orthorhombic', { aPseudoCubic: 5.874, tiltDeg: 10 });
    const bare = crystalFromUnitCell({ ...cell, atoms: cell.atoms.map(({ idealFrac: _ideal, ...rest }) => rest) });
    expect(powderXrd(bare).peaks.some((p) => p.superlattice)).toBe(false);
  });
});

/**
 * Glazer's rule, checked here rather than taken on trust: on a 2×2×2 pseudo-cubic supercell of rigidly
 * rotated octahedra (small rotation about z, neighbours in a layer turning in opposite senses), tilts that
 * repeat from layer to layer (in phase, c⁺) make only reflections with two half-integer pseudo-cubic indices
 * (M points); tilts that alternate (anti-phase, c⁻) only reflections with all three half-integer (R points).
 */
describe('superlattice reflections of pure in-phase and anti-phase tilts (2×2×2 supercell)', () => {
  function tiltedSupercell(antiPhase: boolean, alphaRad = 0.08): ScatteringCrystal {
    const a = 5.874;
    const d = (alphaRad * a) / 2 / (2 * a); // X shift in fractions of the 2a supercell
    const atoms: ScatteringCrystal['atoms'][number][] = [];
    const put = (ideal: [number, number, number], shift: [number, number, number], symbol: 'Cs' | 'Pb' | 'Br') => {
      const idealFrac: [number, number, number] = [ideal[0] / 2, ideal[1] / 2, ideal[2] / 2];
      atoms.push({ idealFrac, frac: [idealFrac[0] + shift[0], idealFrac[1] + shift[1], idealFrac[2] + shift[2]], species: [{ symbol }] });
    };
    for (let i = 0; i < 2; i++)
      for (let j = 0; j < 2; j++)
        for (let k = 0; k < 2; k++) {
          const sign = (-1) ** (i + j) * (antiPhase ? (-1) ** k : 1);
          put([i, j, k], [0, 0, 0], 'Pb');
          put([i + 0.5, j + 0.5, k + 0.5], [0, 0, 0], 'Cs');
          put([i + 0.5, j, k], [0, sign * d, 0], 'Br'); // equatorial X along x moves along y
          put([i, j + 0.5, k], [-sign * d, 0, 0], 'Br'); // equatorial X along y moves along −x
          put([i, j, k + 0.5], [0, 0, 0], 'Br'); // apical X stays on the axis
        }
    return { a: 2 * a, b: 2 * a, c: 2 * a, atoms };
  }
  const points = (antiPhase: boolean): Set<string> => {
    const out = new Set<string>();
    for (const p of powderXrd(tiltedSupercell(antiPhase), { twoThetaMaxDeg: 80 }).peaks) {
      if (!p.superlattice) continue;
      for (const f of p.families) out.add(String(superlatticePointOf([f.hkl[0] / 2, f.hkl[1] / 2, f.hkl[2] / 2])));
    }
    return out;
  };
  it('in-phase tilts: M-point reflections only', () => {
    expect([...points(false)]).toEqual(['M']);
  });
  it('anti-phase tilts: R-point reflections only', () => {
    expect([...points(true)]).toEqual(['R']);
  });
});
