import { describe, expect, it } from 'vitest';
import {
  buildPbsDot,
  circumRadiusPerDiameter,
  FACET_100,
  FACET_111,
  FACET_EDGE,
  FACET_NONE,
  MAX_PBS_DOT_ATOMS,
  modelShareOfCut,
  type PbsDot,
} from '../../../src/lib/geometry/pbsDot';
import { facetShare100 } from '../../../src/lib/physics/pbsFacets';
import { ELEMENT_CODE } from '../../../src/lib/geometry/supercell';

/** Half-cell integer coordinates of atom q. */
function ijk(dot: PbsDot, q: number): [number, number, number] {
  const h = dot.bondLengthAngstrom;
  return [0, 1, 2].map((k) => Math.round(dot.positions[3 * q + k] / h)) as [number, number, number];
}

/** Recount facet atoms from the positions alone (independent of the builder's bookkeeping). */
function recount(dot: PbsDot): { f111: number; f100: number; edge: number; f111S: number; f100Pb: number; f100S: number } {
  const keys = new Set<string>();
  for (let q = 0; q < dot.count; q++) keys.add(ijk(dot, q).join(','));
  const r = { f111: 0, f100: 0, edge: 0, f111S: 0, f100Pb: 0, f100S: 0 };
  for (let q = 0; q < dot.count; q++) {
    const [i, j, k] = ijk(dot, q);
    let z = 0;
    for (const [di, dj, dk] of [[1, 0, 0], [-1, 0, 0], [0, 1, 0], [0, -1, 0], [0, 0, 1], [0, 0, -1]]) {
      if (keys.has(`${i + di},${j + dj},${k + dk}`)) z++;
    }
    if (z === 6) continue;
    const on111 = Math.abs(i) + Math.abs(j) + Math.abs(k) === dot.n;
    const on100 = Math.max(Math.abs(i), Math.abs(j), Math.abs(k)) === dot.h;
    const isS = dot.element[q] === ELEMENT_CODE.X;
    if (on111 && on100) r.edge++;
    else if (on111) {
      r.f111++;
      if (isS) r.f111S++;
    } else if (on100) {
      r.f100++;
      if (isS) r.f100S++;
      else r.f100Pb++;
    } else throw new Error(`under-coordinated atom off every outer plane at ${i},${j},${k}`);
  }
  return r;
}

describe('PbS dot cut from rock salt', () => {
  it('3 nm is the pure octahedron: only (111) facets, all Pb, closed-form counts', () => {
    const dot = buildPbsDot(3);
    expect(dot.modelRatio).toBe(1);
    expect(dot.h).toBe(dot.n);
    expect(dot.n % 2).toBe(0);
    const N = dot.n;
    // sites with |i|+|j|+|k| ≤ N: 1 + Σ_{s=1..N} (4s² + 2)
    let sites = 1;
    for (let s = 1; s <= N; s++) sites += 4 * s * s + 2;
    expect(dot.count).toBe(sites);
    // outer shell s = N: 4N² + 2 Pb, of which the 6 corners count as edge
    expect(dot.counts.facet111).toBe(4 * N * N - 4);
    expect(dot.counts.edge).toBe(6);
    expect(dot.counts.facet100).toBe(0);
    expect(dot.counts.facet111S).toBe(0);
    expect(dot.share100Atoms).toBe(0);
    expect(dot.share100Model).toBe(0);
  });

  it('6 nm is the cuboctahedron: (100) facets of Pb and S appear, closed-form (100) count', () => {
    const dot = buildPbsDot(6);
    expect(dot.modelRatio).toBe(0.5);
    const m = dot.n - dot.h - 1;
    // each of the six (100) faces: |j|+|k| ≤ N − H − 1 inside the rims → 2m² + 2m + 1 atoms
    expect(dot.counts.facet100).toBe(6 * (2 * m * m + 2 * m + 1));
    expect(dot.counts.facet100Pb).toBeGreaterThan(0);
    expect(dot.counts.facet100S).toBeGreaterThan(0);
    expect(dot.counts.facet111S).toBe(0);
    expect(dot.counts.facet111Pb).toBe(dot.counts.facet111);
    expect(dot.share100Atoms).toBeGreaterThan(0.5);
    expect(dot.share100Model).toBeCloseTo(facetShare100(6), 12);
  });

  it.each([2, 3, 4, 4.5, 5, 6, 8])('facet tags of the %s nm dot agree with an independent recount', (d) => {
    const dot = buildPbsDot(d);
    const r = recount(dot);
    expect(r.f111).toBe(dot.counts.facet111);
    expect(r.f100).toBe(dot.counts.facet100);
    expect(r.edge).toBe(dot.counts.edge);
    expect(r.f111S).toBe(0);
    expect(r.f100Pb).toBe(dot.counts.facet100Pb);
    expect(r.f100S).toBe(dot.counts.facet100S);
    // coordination: (111) facet Pb miss 3 neighbours (4 on the ridge where two (111) facets meet),
    // (100) facet atoms miss 1
    for (let q = 0; q < dot.count; q++) {
      if (dot.facet[q] === FACET_111) expect([2, 3]).toContain(dot.coordination[q]);
      if (dot.facet[q] === FACET_100) expect(dot.coordination[q]).toBe(5);
      if (dot.facet[q] === FACET_NONE) expect(dot.coordination[q]).toBe(6);
    }
    expect(dot.counts.facet111 + dot.counts.facet100 + dot.counts.edge).toBe(dot.counts.surface);
    expect(dot.counts.Pb + dot.counts.S).toBe(dot.count);
    // centred on a Pb: the cut is symmetric, so the positions sum to zero
    let sx = 0, sy = 0, sz = 0;
    for (let q = 0; q < dot.count; q++) {
      sx += dot.positions[3 * q];
      sy += dot.positions[3 * q + 1];
      sz += dot.positions[3 * q + 2];
    }
    expect(Math.abs(sx) + Math.abs(sy) + Math.abs(sz)).toBeLessThan(1e-2);
  });

  it('the (100) share grows from 3 to 6 nm (the paper’s point) and follows the model within the cut’s steps', () => {
    const shares = [3, 4, 5, 6].map((d) => buildPbsDot(d).share100Area);
    expect(shares[0]).toBe(0);
    expect(shares[1]).toBeGreaterThan(0);
    expect(shares[2]).toBeGreaterThan(shares[1]);
    for (const d of [5, 6, 8, 10]) {
      const dot = buildPbsDot(d);
      // edges (left out of both counts) make the counted area share run above the area model; |Δ| < 0.1
      expect(Math.abs(dot.share100Area - dot.share100Model)).toBeLessThan(0.1);
      expect(Math.abs(modelShareOfCut(dot) - dot.share100Model)).toBeLessThan(0.02);
    }
  });

  it('its equal-volume diameter is the one asked for within one lattice step', () => {
    for (const d of [3, 4, 6, 9]) {
      const dot = buildPbsDot(d);
      expect(Math.abs(dot.diameterNm - d)).toBeLessThan(0.6);
    }
    expect(circumRadiusPerDiameter(1)).toBeCloseTo(Math.cbrt(Math.PI / 8), 12);
  });

  it('large dots are clamped at the atom cap; bad diameters throw', () => {
    const dot = buildPbsDot(30);
    expect(dot.clamped).toBe(true);
    expect(dot.count).toBeLessThanOrEqual(MAX_PBS_DOT_ATOMS);
    expect(buildPbsDot(6).clamped).toBe(false);
    expect(() => buildPbsDot(0)).toThrow(RangeError);
    expect(() => buildPbsDot(Number.NaN)).toThrow(RangeError);
    expect(FACET_EDGE).not.toBe(FACET_100);
  });
});
