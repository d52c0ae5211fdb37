/**
 * The diffraction panel's glue (src/views/lattice/diffraction/diffraction.ts, debyeJob.ts) and the public
 * names in src/lib/index.ts: the crystal is the one the lattice view draws (same cell as the CIF), ions and
 * molecular cations map to scatterers, the nanocrystal block has the requested size, the CSV holds both
 * tables, and the worker's job gives the same curve as the library.
 */
import { describe, expect, it } from 'vitest';
import * as lib from '../../../src/lib/index';
import { latticeModel } from '../../../src/lib/readouts/lattice';
import { parseQuery } from '../../../src/lib/state/url';
import { drawnUnitCell } from '../../../src/views/lattice/exportCif';
import {
  blockEdgesNm,
  cellsForEdge,
  curveFwhmDeg,
  debyeStepDeg,
  referencePeak,
  diffractionCsv,
  drawnCrystal,
  hklText,
  pseudoCubicText,
  scatteringSpecies,
} from '../../../src/views/lattice/diffraction/diffraction';
import { runDebyeJob } from '../../../src/views/lattice/diffraction/debyeJob';

const model = (query: string) => latticeModel(parseQuery(query).state);

describe('the crystal of the lattice view', () => {
  it('is the drawn unit cell with the composition’s ions', () => {
    const mdl = model('?comp=CsPbI3&phase=orthorhombic');
    const crystal = drawnCrystal(mdl);
    const cell = drawnUnitCell(mdl);
    expect([crystal.a, crystal.b, crystal.c]).toEqual([cell.a, cell.b, cell.c]);
    expect(crystal.atoms.length).toBe(cell.atoms.length);
    expect(crystal.kind).toBe('orthorhombic');
    const symbols = new Set(crystal.atoms.flatMap((a) => a.species.map((s) => s.symbol)));
    expect([...symbols].sort()).toEqual(['Cs', 'I', 'Pb']);
  });
  it('maps mixed sites and molecular cations to scatterers with their fractions', () => {
    const species = scatteringSpecies(model('?comp=Cs0.5FA0.5PbBr1.5I1.5').composition);
    expect(species.A).toEqual([
      { symbol: 'Cs', occupancy: 0.5 },
      { symbol: 'FA', occupancy: 0.5 },
    ]);
    expect(species.X).toEqual([
      { symbol: 'Br', occupancy: 0.5 },
      { symbol: 'I', occupancy: 0.5 },
    ]);
    // …and powderXrd reads them (FA as C + 2 N + 5 H).
    expect(lib.powderXrd(drawnCrystal(model('?comp=FAPbI3&phase=cubic'))).peaks.length).toBeGreaterThan(5);
  });
  it('follows phase and halide: switching phase changes the pattern, iodide moves peaks to lower angles', () => {
    const cubic = lib.powderXrd(drawnCrystal(model('?comp=CsPbBr3&phase=cubic')));
    const ortho = lib.powderXrd(drawnCrystal(model('?comp=CsPbBr3&phase=orthorhombic')));
    expect(cubic.peaks.some((p) => p.superlattice)).toBe(false);
    expect(ortho.peaks.length).toBeGreaterThan(cubic.peaks.length);
    expect(ortho.peaks.some((p) => p.superlattice && p.intensity > 0.5)).toBe(true);
    const iodide = lib.powderXrd(drawnCrystal(model('?comp=CsPbI3&phase=cubic')));
    const first = (pattern: typeof cubic) => pattern.peaks.find((p) => p.hkl.join() === '1,0,0')!.twoThetaDeg;
    expect(first(iodide)).toBeLessThan(first(cubic));
  });
});

describe('nanocrystal block and CSV', () => {
  it('has whole cells closest to the edge asked for', () => {
    const crystal = drawnCrystal(model('?comp=CsPbBr3&phase=cubic'));
    const cells = cellsForEdge(crystal, 5);
    expect(cells).toEqual([9, 9, 9].map(() => Math.round(50 / crystal.a)));
    const edges = blockEdgesNm(crystal, cells);
    expect(Math.abs(edges[0] - 5)).toBeLessThan(crystal.a / 20);
    expect(cellsForEdge(crystal, 0.1)).toEqual([1, 1, 1]);
  });
  it('the worker job gives the library curve, and a smaller crystal gives a broader strongest peak', () => {
    const crystal = drawnCrystal(model('?comp=CsPbBr3&phase=cubic'));
    const job = (edge: number) =>
      runDebyeJob({ id: 1, crystal, cells: cellsForEdge(crystal, edge), twoThetaMinDeg: 10, twoThetaMaxDeg: 60, stepDeg: 0.05 });
    const small = job(3);
    const big = job(8);
    expect(small.error).toBeNull();
    const direct = lib.debyePattern(lib.blockPairHistogram(crystal, cellsForEdge(crystal, 3)), { stepDeg: 0.05 });
    expect(Array.from(small.intensity)).toEqual(Array.from(direct.intensity));
    expect(curveFwhmDeg(small.twoThetaDeg, small.intensity)!.fwhmDeg).toBeGreaterThan(2 * curveFwhmDeg(big.twoThetaDeg, big.intensity)!.fwhmDeg);
    const bad = runDebyeJob({ id: 2, crystal, cells: [0, 1, 1], twoThetaMinDeg: 10, twoThetaMaxDeg: 60, stepDeg: 0.05 });
    expect(bad.error).not.toBeNull();
  });
  it('writes the peak table and the curves', () => {
    const pattern = lib.powderXrd(drawnCrystal(model('?comp=CsPbBr3&phase=cubic')));
    const csv = diffractionCsv({
      comments: ['title'],
      peaks: pattern.peaks,
      curves: { twoThetaDeg: [10, 10.02], large: [0.5, 0.6], nano: null },
    });
    expect(csv).toContain('two_theta_deg,large_crystal_rel,nanocrystal_rel\r\n10,0.5,\r\n10.02,0.6,\r\n');
    const withNano = diffractionCsv({
      comments: [],
      peaks: [],
      curves: { twoThetaDeg: [10, 10.05], large: [0.5, 0.6], nano: { twoThetaDeg: [10, 10.1], intensity: [2, 4] } },
    });
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('# title');
    expect(lines[1]).toBe('two_theta_deg,d_angstrom,h,k,l,intensity_rel,multiplicity,superlattice');
    expect(lines[2].startsWith('15.')).toBe(true);
    expect(withNano).toContain('\r\n10,0.5,2\r\n10.05,0.6,3\r\n');
  });
  it('samples the Debye curve finely enough: 8 samples per narrowest Scherrer width, 0.02–0.1°', () => {
    expect(debyeStepDeg(5)).toBe(0.1);
    expect(debyeStepDeg(20)).toBeCloseTo(0.049, 3);
    expect(debyeStepDeg(1000)).toBe(0.02);
    for (const edge of [1, 5, 10, 20]) expect(debyeStepDeg(edge)).toBeLessThanOrEqual(lib.scherrerFwhmDeg(edge, 10) / 7.9);
  });
  it('compares widths on an isolated strong peak: (200) for cubic CsPbBr₃, never a merged cluster', () => {
    const cubic = lib.powderXrd(drawnCrystal(model('?comp=CsPbBr3&phase=cubic'))).peaks;
    expect(referencePeak(cubic, 5)!.peak.hkl).toEqual([2, 0, 0]);
    expect(referencePeak(cubic, 5)!.isolated).toBe(true);
    const peaks = [
      { twoThetaDeg: 20, intensity: 100 },
      { twoThetaDeg: 20.5, intensity: 90 },
      { twoThetaDeg: 35, intensity: 60 },
    ];
    expect(referencePeak(peaks, 5)).toEqual({ peak: peaks[2], isolated: true }); // 20° and 20.5° merge at 5 nm (width ≈ 1.6°)
    expect(referencePeak(peaks, 100)).toEqual({ peak: peaks[0], isolated: true }); // sharp enough to be apart
    expect(referencePeak(peaks.slice(0, 2), 5)).toEqual({ peak: peaks[0], isolated: false });
    expect(referencePeak([], 5)).toBeNull();
    // Width of a chosen maximum: two triangles, the window picks the second one.
    const x = Array.from({ length: 201 }, (_, i) => i * 0.1);
    const y = x.map((t) => Math.max(0, 1 - Math.abs(t - 5)) * 2 + Math.max(0, 1 - Math.abs(t - 15) / 2));
    expect(curveFwhmDeg(x, y)!.fwhmDeg).toBeCloseTo(1, 6);
    expect(curveFwhmDeg(x, y, { centreDeg: 15, halfWindowDeg: 1 })!.fwhmDeg).toBeCloseTo(2, 6);
  });
  it('formats indices', () => {
    expect(hklText([2, 0, -1])).toBe('2 0 -1');
    expect(pseudoCubicText([1.5, 0.5, -0.5])).toBe('1½ ½ -½');
    expect(pseudoCubicText([1, 0, 2])).toBe('1 0 2');
  });
});

describe('public library names', () => {
  it('exports powderXrd and debyePattern', () => {
    for (const name of ['powderXrd', 'debyePattern', 'blockPairHistogram', 'pairHistogram', 'scherrerFwhmDeg', 'atomicFormFactor'] as const) {
      expect(typeof lib[name], name).toBe('function');
    }
    expect(lib.CU_KALPHA1_ANGSTROM).toBe(1.5406);
  });
});
