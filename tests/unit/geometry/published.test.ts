/**
 * Published / reference structures of the lattice view (lib/data/publishedStructures.ts,
 * lib/geometry/structureModel.ts) pinned to their sources, and the numbers scripts/structure-check.py
 * printed when it read the exported CIFs with spglib, pymatgen, ASE and gemmi (see that script).
 */
import { describe, expect, it } from 'vitest';
import {
  bridgingAnglesDeg,
  buildDeltaCell,
  buildPnmaCell,
  buildUnitCell,
  fitRigidTiltsToCell,
  octahedronVectors,
  pnmaBridgingAnglesDeg,
  rigidPnmaSites,
  tiltComponentsRad,
} from '../../../src/lib/geometry/perovskite';
import { CSPBBR3_PNMA, CSPBI3_GAMMA_CELL_PNMA, DELTA_CSPBI3 } from '../../../src/lib/data/publishedStructures';
import { CSPBI3_PNMA, T_CSPBBR3_SHANNON, T_CSPBI3_SHANNON, modelledPnmaSites, pnmaStructureFor } from '../../../src/lib/geometry/structureModel';
import { CSPBBR3_ORTHORHOMBIC_RT, CSPBI3_GAMMA_RT, CSPBBR3_PNMA_DFT } from '../../../src/lib/data/structures';
import { buildNanocubeCrystal, nanocrystalNetCharge } from '../../../src/lib/geometry/nanocrystal';
import { buildOctahedra, buildSupercell } from '../../../src/lib/geometry/supercell';

const rel = (x: number, y: number): number => Math.abs(x / y - 1);

describe('CsPbBr₃ (Pnma): published cell + DFT atom positions', () => {
  const cell = buildPnmaCell(CSPBBR3_PNMA.sites);
  it('cell is the published one (Stoumpos 2013, structures.ts) exactly', () => {
    expect([cell.a, cell.b, cell.c]).toEqual([
      CSPBBR3_ORTHORHOMBIC_RT.aAngstrom,
      CSPBBR3_ORTHORHOMBIC_RT.bAngstrom,
      CSPBBR3_ORTHORHOMBIC_RT.cAngstrom,
    ]);
    expect(cell.atoms).toHaveLength(20);
  });
  it('positions are the Materials Project ones (structures.ts CSPBBR3_PNMA_DFT), Cs written as its Pnma image', () => {
    const [cs, , br8d, br4c] = CSPBBR3_PNMA_DFT.sites;
    expect(CSPBBR3_PNMA.sites.X1).toEqual(br8d.frac);
    expect(CSPBBR3_PNMA.sites.X2).toEqual([br4c.frac[0], br4c.frac[2]]);
    // (−x+½, −y, z+½) of (0.0602, ¾, 0.0195)
    expect(CSPBBR3_PNMA.sites.A[0]).toBeCloseTo(0.5 - cs.frac[0], 12);
    expect(CSPBBR3_PNMA.sites.A[1]).toBeCloseTo(0.5 + cs.frac[2], 12);
  });
  it('Pb–Br–Pb 152.96° (equatorial) and 160.97° (apical): within 3° of the DFT structure in its own cell (152.94°, 161.40°)', () => {
    const ang = pnmaBridgingAnglesDeg(cell);
    expect(ang.equatorialDeg).toBeCloseTo(152.96, 2);
    expect(ang.apicalDeg).toBeCloseTo(160.97, 2);
    const dft = buildPnmaCell({
      a: CSPBBR3_PNMA_DFT.aAngstrom,
      b: CSPBBR3_PNMA_DFT.bAngstrom,
      c: CSPBBR3_PNMA_DFT.cAngstrom,
      A: CSPBBR3_PNMA.sites.A,
      X1: CSPBBR3_PNMA.sites.X1,
      X2: CSPBBR3_PNMA.sites.X2,
    });
    const ref = pnmaBridgingAnglesDeg(dft);
    expect(ref.equatorialDeg).toBeCloseTo(152.94, 1);
    expect(ref.apicalDeg).toBeCloseTo(161.4, 1);
    expect(Math.abs(ang.equatorialDeg - ref.equatorialDeg)).toBeLessThan(3);
    expect(Math.abs(ang.apicalDeg - ref.apicalDeg)).toBeLessThan(3);
  });
  it('two different tilts (anti-phase about a 9.5°, in-phase about b 11.9°) and slightly distorted octahedra (Pb–Br 2.97–3.01 Å)', () => {
    expect(cell.tilts!.antiPhaseDeg).toBeCloseTo(9.52, 1);
    expect(cell.tilts!.inPhaseDeg).toBeCloseTo(11.86, 1);
    const b0 = cell.atoms.find((a) => a.element === 'B')!;
    const d = octahedronVectors(cell, b0).map((v) => Math.hypot(...v));
    expect(Math.min(...d)).toBeGreaterThan(2.96);
    expect(Math.max(...d)).toBeLessThan(3.02);
    expect(cell.bondLengthAngstrom).toBeCloseTo(2.985, 2);
  });
  it('every X is shared by exactly two Pb (corner sharing) and every octahedron matrix maps its 6 vertices onto its 6 X', () => {
    for (const e of bridgingAnglesDeg(cell)) for (const r of e.distancesAngstrom) expect(r).toBeLessThan(3.05);
    const sc = buildSupercell(cell, 1, 1, 1);
    const oct = buildOctahedra(sc);
    expect(oct.count).toBeGreaterThanOrEqual(4);
    const m = oct.matrices;
    const i0 = oct.atomIndex[0];
    const p: [number, number, number] = [sc.positions[3 * i0], sc.positions[3 * i0 + 1], sc.positions[3 * i0 + 2]];
    const vertices = [0, 1, 2].flatMap((k) => [1, -1].map((sgn) => [m[4 * k] * sgn, m[4 * k + 1] * sgn, m[4 * k + 2] * sgn]));
    const b = cell.atoms.find((a) => a.element === 'B' && Math.abs(a.frac[0]) < 1e-9 && Math.abs(a.frac[1]) < 1e-9)!;
    const xs = octahedronVectors(cell, b);
    void p;
    for (const v of vertices) {
      const best = Math.min(...xs.map((x) => Math.hypot(x[0] - v[0], x[1] - v[1], x[2] - v[2])));
      expect(best).toBeLessThan(1e-4);
    }
  });
});

describe('γ-CsPbI₃ (Pnma): published cell (Sutton 2018), regular octahedra fitted to it', () => {
  const cell = buildPnmaCell(CSPBI3_PNMA.sites);
  it('the Pbnm cell 8.62 × 8.85 × 12.5 Å becomes Pnma 8.85 × 12.5 × 8.62 Å and is reproduced to 1e-9', () => {
    expect(CSPBI3_GAMMA_CELL_PNMA).toEqual({ a: CSPBI3_GAMMA_RT.bAngstrom, b: CSPBI3_GAMMA_RT.cAngstrom, c: CSPBI3_GAMMA_RT.aAngstrom });
    expect(rel(cell.a, 8.85)).toBeLessThan(1e-9);
    expect(rel(cell.b, 12.5)).toBeLessThan(1e-9);
    expect(rel(cell.c, 8.62)).toBeLessThan(1e-9);
  });
  it('closed form: cos θ = c/a, cos γ = √2 c/b, d = b/(4 cos θ) → θ 13.09°, γ 12.78°, Pb–I 3.208 Å', () => {
    const f = fitRigidTiltsToCell(CSPBI3_GAMMA_CELL_PNMA);
    expect(f.antiPhaseDeg).toBeCloseTo(13.09, 2);
    expect(f.inPhaseDeg).toBeCloseTo(12.78, 2);
    expect(f.d).toBeCloseTo(3.2084, 4);
    expect(cell.tilts!.antiPhaseDeg).toBeCloseTo(f.antiPhaseDeg, 6);
    expect(cell.tilts!.inPhaseDeg).toBeCloseTo(f.inPhaseDeg, 6);
    for (const e of bridgingAnglesDeg(cell)) for (const r of e.distancesAngstrom) expect(r).toBeCloseTo(f.d, 6);
  });
  it('more tilted than CsPbBr₃: Pb–I–Pb 148.6° and 153.8°', () => {
    const ang = pnmaBridgingAnglesDeg(cell);
    expect(ang.equatorialDeg).toBeCloseTo(148.58, 1);
    expect(ang.apicalDeg).toBeCloseTo(153.82, 1);
  });
});

describe('general Pnma builder = the one-angle rigid model where they overlap', () => {
  it('rigidPnmaSites(d, θ(φ), φ) reproduces buildUnitCell("orthorhombic", {tiltDeg: φ}) atom for atom', () => {
    const phi = 7.5;
    const { antiPhaseRad } = tiltComponentsRad(phi);
    const old = buildUnitCell('orthorhombic', { aPseudoCubic: 6.1, tiltDeg: phi });
    const neu = buildPnmaCell(rigidPnmaSites(3.05, (antiPhaseRad * 180) / Math.PI, phi));
    expect(neu.a).toBeCloseTo(old.a, 10);
    expect(neu.b).toBeCloseTo(old.b, 10);
    expect(neu.c).toBeCloseTo(old.c, 10);
    old.atoms.forEach((atom, i) => {
      for (let k = 0; k < 3; k++) expect(neu.atoms[i].frac[k]).toBeCloseTo(atom.frac[k], 10);
      if (atom.rotation) for (let k = 0; k < 9; k++) expect(neu.atoms[i].rotation![k]).toBeCloseTo(atom.rotation[k], 9);
    });
  });
});

describe('modelled from t (interpolation rule of structureModel.ts)', () => {
  const apc = 6;
  const tilt = (t: number): number => buildPnmaCell(modelledPnmaSites(t, apc)).tiltDeg;
  it('anchors: t_I → CsPbI₃, t_Br → CsPbBr₃ (shape), t ≥ 1 → untilted', () => {
    expect(T_CSPBI3_SHANNON).toBeCloseTo(0.851, 3);
    expect(T_CSPBBR3_SHANNON).toBeCloseTo(0.862, 3);
    expect(tilt(T_CSPBI3_SHANNON)).toBeCloseTo(buildPnmaCell(CSPBI3_PNMA.sites).tiltDeg, 6);
    expect(tilt(T_CSPBBR3_SHANNON)).toBeCloseTo(buildPnmaCell(CSPBBR3_PNMA.sites).tiltDeg, 6);
    expect(tilt(1)).toBeCloseTo(0, 9);
    expect(tilt(1.05)).toBeCloseTo(0, 9);
    expect(tilt(0.82)).toBeCloseTo(tilt(T_CSPBI3_SHANNON), 9); // held below t_I
  });
  it('smaller t → more tilt (monotonic from 0.86 to 1), and the size follows a_pc', () => {
    let prev = Infinity;
    for (let t = 0.862; t < 1; t += 0.01) {
      const x = tilt(t);
      expect(x).toBeLessThanOrEqual(prev + 1e-9);
      prev = x;
    }
    const s = modelledPnmaSites(0.95, apc);
    expect(rel(Math.cbrt((s.a * s.b * s.c) / 4), apc)).toBeLessThan(1e-4);
  });
  it('CsPbCl₃ (t 0.870, no published Pnma structure here) is modelled; CsPbBr₃/CsPbI₃ are published', () => {
    expect(pnmaStructureFor(null, 0.87, 5.6).source).toBe('modelled');
    expect(pnmaStructureFor('CsPbBr3', 0.862, 5.8).source).toBe('published');
    expect(pnmaStructureFor('CsPbI3', 0.851, 6.2).sites).toBe(CSPBI3_PNMA.sites);
  });
});

describe('δ-CsPbI₃ (NH₄CdCl₃ type, Pnma): Materials Project DFT structure', () => {
  const cell = buildDeltaCell();
  it('cell and 20 atoms (4 formula units) as in the source', () => {
    expect([cell.a, cell.b, cell.c]).toEqual([DELTA_CSPBI3.a, DELTA_CSPBI3.b, DELTA_CSPBI3.c]);
    expect(cell.atoms).toHaveLength(20);
    expect(cell.atoms.filter((a) => a.element === 'X')).toHaveLength(12);
  });
  it('edge-sharing double chains: each PbI₆ shares an edge (2 I) with exactly 4 neighbours and no corners; Pb–I 3.0–3.4 Å', () => {
    const L = [cell.a, cell.b, cell.c];
    const bs = cell.atoms.filter((a) => a.element === 'B');
    const abs = (f: number[], v: number[]) => [0, 1, 2].map((k) => f[k] * L[k] + v[k]);
    for (const b0 of bs) {
      const x0 = octahedronVectors(cell, b0).map((v) => abs(b0.frac, v));
      for (const v of octahedronVectors(cell, b0)) {
        expect(Math.hypot(...v)).toBeGreaterThan(2.95);
        expect(Math.hypot(...v)).toBeLessThan(3.45);
      }
      const shares: number[] = [];
      for (const b of bs)
        for (let i = -1; i <= 1; i++)
          for (let j = -1; j <= 1; j++)
            for (let k = -1; k <= 1; k++) {
              if (b === b0 && i === 0 && j === 0 && k === 0) continue;
              const f: [number, number, number] = [b.frac[0] + i, b.frac[1] + j, b.frac[2] + k];
              const x = octahedronVectors(cell, { ...b, frac: f }).map((v) => abs(f, v));
              const common = x0.filter((p) => x.some((q) => Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]) < 1e-3)).length;
              if (common) shares.push(common);
            }
      expect(shares).toEqual([2, 2, 2, 2]);
    }
  });
});

describe('nanocube net charge, counted atom by atom', () => {
  it.each([1, 2, 3, 5, 10])('CsX-terminated, n = %i cells per edge: +(3n + 1) e', (n) => {
    const a = 5.874;
    const nc = buildNanocubeCrystal((n * a) / 10, a, 'CsX');
    expect(nc.cellsPerEdge).toBe(n);
    const q = nanocrystalNetCharge(nc);
    expect(q.charge).toBe(3 * n + 1);
    expect(q).toMatchObject({ nA: (n + 1) ** 3, nB: n ** 3, nX: 3 * n * n * (n + 1) });
  });
  it('PbX₂-terminated, n = 4: +(3n + 2) = +14 e', () => {
    const nc = buildNanocubeCrystal(0.4 * 5.874, 5.874, 'PbX2');
    expect(nanocrystalNetCharge(nc).charge).toBe(14);
  });
});
