/**
 * Perovskite cells from their sites (issue #11): rigid Pnma sites from two tilt angles and their inverse,
 * the octahedra of a cell read from its real X positions (B→X vectors, a frame per B), the Pnma cell from
 * a published or interpolated asymmetric unit (buildPnmaCell), the yellow δ-CsPbI₃ cell (buildDeltaCell),
 * and the tilts and bridging angles measured back from a cell. Split out of perovskite.ts (issue #16),
 * whose header gives the axis conventions; perovskite.ts re-exports these names.
 */

import { DELTA_CSPBI3, type PnmaPerovskiteSites } from '../data/publishedStructures';
import {
  type Vec3,
  type Mat3,
  type UnitCellAtom,
  type UnitCell,
  assertFinitePositive,
  assertTilt,
  matMul,
  matVec,
  rotationX,
  rotationY,
  wrap01,
  pnmaOrbit,
  bridgingAnglesDeg,
  pnmaSiteImages,
} from './cell';

// ─────────────────────────────── cells from sites (published / interpolated) ─────────────────────

/**
 * Pnma sites of rigid, regular octahedra (B–X = d) tilted anti-phase by θ about a and in phase by γ
 * about b (the construction of the file header with two independent angles):
 *   a = 2√2 d cos γ,  b = 4 d cos θ,  c = 2√2 d cos θ cos γ.
 * A at the ideal cavity centre (½, ¼, ½).
 */
export function rigidPnmaSites(d: number, antiPhaseDeg: number, inPhaseDeg: number): PnmaPerovskiteSites {
  assertFinitePositive(d, 'd', 'Å');
  assertTilt(antiPhaseDeg);
  assertTilt(inPhaseDeg);
  const th = (antiPhaseDeg * Math.PI) / 180;
  const ga = (inPhaseDeg * Math.PI) / 180;
  const a = 2 * Math.SQRT2 * d * Math.cos(ga);
  const b = 4 * d * Math.cos(th);
  const c = 2 * Math.SQRT2 * d * Math.cos(th) * Math.cos(ga);
  const r1 = matMul(rotationY(-ga), rotationX(-th));
  const ux: Vec3 = [Math.SQRT1_2, 0, Math.SQRT1_2];
  const x1 = matVec(r1, ux);
  const x2 = matVec(r1, [0, 1, 0]);
  return {
    a,
    b,
    c,
    A: [0.5, 0.5],
    X1: [(d * x1[0]) / a, (d * x1[1]) / b, 0.5 + (d * x1[2]) / c],
    X2: [(d * x2[0]) / a, 0.5 + (d * x2[2]) / c],
  };
}

/**
 * Closed-form inverse of rigidPnmaSites' cell: the bond length and the two tilts that give exactly the
 * Pnma cell {a, b, c}: cos θ = c/a, cos γ = √2 c/b, d = b/(4 cos θ).
 * @throws RangeError when the cell cannot come from regular octahedra (c > a or √2 c > b)
 */
export function fitRigidTiltsToCell(cell: { a: number; b: number; c: number }): {
  d: number;
  antiPhaseDeg: number;
  inPhaseDeg: number;
} {
  const cosTh = cell.c / cell.a;
  const cosGa = (Math.SQRT2 * cell.c) / cell.b;
  if (!(cosTh > 0 && cosTh <= 1 && cosGa > 0 && cosGa <= 1)) {
    throw new RangeError('cell cannot be built from regular octahedra with a⁻a⁻c⁺ tilts');
  }
  return {
    d: cell.b / (4 * cosTh),
    antiPhaseDeg: (Math.acos(cosTh) * 180) / Math.PI,
    inPhaseDeg: (Math.acos(cosGa) * 180) / Math.PI,
  };
}

function sub(p: Vec3, q: Vec3): Vec3 {
  return [p[0] - q[0], p[1] - q[1], p[2] - q[2]];
}
function dot(p: Vec3, q: Vec3): number {
  return p[0] * q[0] + p[1] * q[1] + p[2] * q[2];
}
function norm(p: Vec3): number {
  return Math.hypot(p[0], p[1], p[2]);
}

/**
 * The six nearest X of every B (periodic images over 27 cells), as Cartesian B→X vectors (Å).
 */
export function octahedronVectors(cell: Pick<UnitCell, 'a' | 'b' | 'c' | 'atoms'>, bAtom: UnitCellAtom): Vec3[] {
  // The six nearest of the X images, in the order a stable sort by distance gives (ties keep the loop's
  // order). Kept as a running top six (a slider step builds cells several times; sorting every image of
  // every X was most of a step's geometry time); r² screens out far images before the exact hypot.
  const best: { v: Vec3; r: number }[] = [];
  let cut = Infinity;
  let cut2 = Infinity;
  for (const x of cell.atoms) {
    if (x.element !== 'X') continue;
    for (let i = -1; i <= 1; i++)
      for (let j = -1; j <= 1; j++)
        for (let k = -1; k <= 1; k++) {
          const vx = (x.frac[0] + i - bAtom.frac[0]) * cell.a;
          const vy = (x.frac[1] + j - bAtom.frac[1]) * cell.b;
          const vz = (x.frac[2] + k - bAtom.frac[2]) * cell.c;
          if (vx * vx + vy * vy + vz * vz > cut2) continue;
          const r = Math.hypot(vx, vy, vz);
          if (r >= cut) continue;
          let at = best.length;
          while (at > 0 && best[at - 1].r > r) at--;
          best.splice(at, 0, { v: [vx, vy, vz], r });
          if (best.length > 6) best.pop();
          if (best.length === 6) {
            cut = best[5].r;
            cut2 = cut * cut * (1 + 1e-9);
          }
        }
  }
  return best.map((c) => c.v);
}

/**
 * Matrix (row-major, Cartesian) that maps the unit octahedron (±x, ±y, ±z) onto an octahedron with
 * these six B→X vectors, divided by `scale`: the vertices are paired into three near-opposite pairs,
 * column k = (v_k − v_k')/2 of pair k, ordered and signed to follow `reference` directions, proper
 * (det > 0). Also the offset of the pairs' centre from B (0 for a centrosymmetric octahedron).
 * For a centrosymmetric octahedron every vertex lands exactly on its X.
 */
function octahedronFrame(vectors: Vec3[], scale: number, reference: readonly Vec3[]): { m: Mat3; centre: Vec3 } {
  const left = vectors.slice();
  const pairs: [Vec3, Vec3][] = [];
  while (left.length >= 2) {
    const v = left.shift()!;
    let best = 0;
    for (let i = 1; i < left.length; i++) if (dot(v, left[i]) / norm(left[i]) < dot(v, left[best]) / norm(left[best])) best = i;
    pairs.push([v, left.splice(best, 1)[0]]);
  }
  const half = pairs.map(([p, q]) => [(p[0] - q[0]) / 2, (p[1] - q[1]) / 2, (p[2] - q[2]) / 2] as Vec3);
  const centre = pairs
    .map(([p, q]) => [(p[0] + q[0]) / 2, (p[1] + q[1]) / 2, (p[2] + q[2]) / 2] as Vec3)
    .reduce((acc, c) => [acc[0] + c[0] / 3, acc[1] + c[1] / 3, acc[2] + c[2] / 3] as Vec3, [0, 0, 0] as Vec3);
  const cols: Vec3[] = [];
  const free = half.slice();
  for (const ref of reference) {
    let bi = 0;
    for (let i = 1; i < free.length; i++) if (Math.abs(dot(free[i], ref)) / norm(free[i]) > Math.abs(dot(free[bi], ref)) / norm(free[bi])) bi = i;
    const c = free.splice(bi, 1)[0];
    cols.push(dot(c, ref) < 0 ? [-c[0], -c[1], -c[2]] : c);
  }
  const det =
    cols[0][0] * (cols[1][1] * cols[2][2] - cols[1][2] * cols[2][1]) -
    cols[1][0] * (cols[0][1] * cols[2][2] - cols[0][2] * cols[2][1]) +
    cols[2][0] * (cols[0][1] * cols[1][2] - cols[0][2] * cols[1][1]);
  if (det < 0) cols[0] = [-cols[0][0], -cols[0][1], -cols[0][2]];
  const m = [
    cols[0][0] / scale, cols[1][0] / scale, cols[2][0] / scale,
    cols[0][1] / scale, cols[1][1] / scale, cols[2][1] / scale,
    cols[0][2] / scale, cols[1][2] / scale, cols[2][2] / scale,
  ] as unknown as Mat3;
  return { m, centre };
}

/** Reference directions of the Pnma octahedron columns: u_x, b̂, −u_y (as REFERENCE_TO_PSEUDO_CUBIC). */
const PNMA_FRAME_REFERENCE: readonly Vec3[] = [
  [Math.SQRT1_2, 0, Math.SQRT1_2],
  [0, 1, 0],
  [-Math.SQRT1_2, 0, Math.SQRT1_2],
];

/** Mean of the six nearest B–X distances over all B, Å. */
function meanBondLength(cell: UnitCell): number {
  let sum = 0;
  let n = 0;
  for (const atom of cell.atoms) {
    if (atom.element !== 'B') continue;
    for (const v of octahedronVectors(cell, atom)) {
      sum += norm(v);
      n++;
    }
  }
  return n ? sum / n : 0;
}

function attachFrames(cell: UnitCell, reference: readonly Vec3[], withCentre: boolean): void {
  const s = cell.bondLengthAngstrom;
  for (const atom of cell.atoms) {
    if (atom.element !== 'B') continue;
    const { m, centre } = octahedronFrame(octahedronVectors(cell, atom), s, reference);
    atom.rotation = m;
    if (withCentre) atom.octahedronCentre = centre;
  }
}

/**
 * Both tilt angles of a Pnma perovskite cell (degrees) read from the octahedron of the B at (0, 0, ½):
 * anti-phase θ = angle of its apical B–X (the one along b) from b; in-phase γ = angle, in the a–c
 * plane, of its a direction (u_x + u_y)/√2 from a. Rigid cells return exactly the angles they were
 * built with.
 */
export function pnmaTiltsDeg(cell: UnitCell): { antiPhaseDeg: number; inPhaseDeg: number } {
  const b0 = cell.atoms.find((x) => x.element === 'B' && Math.abs(x.frac[0]) < 1e-6 && Math.abs(x.frac[1]) < 1e-6);
  if (!b0) return { antiPhaseDeg: 0, inPhaseDeg: 0 };
  const vs = octahedronVectors(cell, b0);
  const { m } = octahedronFrame(vs, 1, PNMA_FRAME_REFERENCE);
  const col = (k: number): Vec3 => [m[k], m[3 + k], m[6 + k]];
  const apical = col(1);
  const antiPhaseDeg = (Math.acos(Math.min(1, Math.abs(apical[1]) / norm(apical))) * 180) / Math.PI;
  const aDir = sub(col(0), col(2)); // u_x − (−u_y) = u_x + u_y ∝ â
  const inPhaseDeg = (Math.atan2(Math.abs(aDir[2]), Math.abs(aDir[0])) * 180) / Math.PI;
  return { antiPhaseDeg, inPhaseDeg };
}

/**
 * Pnma ABX₃ cell (Z = 4, 20 atoms) from its sites: Pb1 4b (0, 0, ½), X1 8d, X2 4c, Cs1 4c. Atom order
 * and `idealFrac` as the rigid builder (so supercells keep their atom count); octahedra drawn from the
 * real X positions (they may be distorted); bondLengthAngstrom = mean B–X; aPseudoCubic = (V/4)^⅓.
 */
export function buildPnmaCell(sites: PnmaPerovskiteSites): UnitCell {
  for (const [name, v] of [['a', sites.a], ['b', sites.b], ['c', sites.c]] as const) assertFinitePositive(v, name, 'Å');
  const atoms: UnitCellAtom[] = [
    ...pnmaSiteImages('B', 'Pb1', [0, 0, 0.5], [0, 0, 0.5]),
    ...pnmaSiteImages('X', 'X1', [sites.X1[0], sites.X1[1], sites.X1[2]], [0.25, 0, 0.75]),
    ...pnmaSiteImages('X', 'X2', [sites.X2[0], 0.25, sites.X2[1]], [0, 0.25, 0.5]),
    ...pnmaSiteImages('A', 'Cs1', [sites.A[0], 0.25, sites.A[1]], [0.5, 0.25, 0.5]),
  ];
  const cell: UnitCell = {
    kind: 'orthorhombic',
    a: sites.a,
    b: sites.b,
    c: sites.c,
    atoms,
    bondLengthAngstrom: 0,
    aPseudoCubic: Math.cbrt((sites.a * sites.b * sites.c) / 4),
    tiltDeg: 0,
  };
  cell.bondLengthAngstrom = meanBondLength(cell);
  attachFrames(cell, PNMA_FRAME_REFERENCE, false);
  const tilts = pnmaTiltsDeg(cell);
  cell.tilts = tilts;
  cell.tiltDeg = (tilts.antiPhaseDeg + tilts.inPhaseDeg) / 2;
  return cell;
}

/**
 * δ-CsPbI₃ (NH₄CdCl₃ type, Pnma, Z = 4, 20 atoms) from lib/data/publishedStructures.ts DELTA_CSPBI3:
 * every site on 4c; origin shifted by (¼, 0, ¼) (see below). Octahedra share edges (double chains along b); they are not centred on Pb, so each
 * carries octahedronCentre. Site labels: Cs1, Pb1, X1, X2, X3.
 */
export function buildDeltaCell(): UnitCell {
  const d = DELTA_CSPBI3;
  const atoms: UnitCellAtom[] = [];
  const labels: Record<string, string> = { Cs1: 'Cs1', Pb1: 'Pb1', I1: 'X1', I2: 'X2', I3: 'X3' };
  // Origin moved by (¼, 0, ¼) after generating the orbits: the two double chains (centred on x, z = 0, 0
  // and ½, ½ in the source setting) then lie whole inside one cell, so a drawn cell shows them intact. The
  // structure is the same (a change of origin); CIF readers find Pnma again (scripts/structure-check.py).
  const shift = (f: Vec3): Vec3 => [wrap01(f[0] + 0.25), f[1], wrap01(f[2] + 0.25)];
  for (const site of d.sites) {
    for (const { frac } of pnmaOrbit([site.frac[0], site.frac[1], site.frac[2]])) {
      const g = shift(frac);
      atoms.push({ element: site.element, site: labels[site.label] ?? site.label, frac: g, idealFrac: [...g] as Vec3 });
    }
  }
  const cell: UnitCell = {
    kind: 'delta',
    a: d.a,
    b: d.b,
    c: d.c,
    atoms,
    bondLengthAngstrom: 0,
    aPseudoCubic: Math.cbrt((d.a * d.b * d.c) / 4),
    tiltDeg: 0,
  };
  // Each I is placed beside the Pb it is bonded to (its `frac` may then lie a little outside [0, 1); the
  // wrapped `idealFrac` still decides which images a supercell draws), so no chain is cut by the cell box.
  const bs = atoms.filter((a) => a.element === 'B');
  for (const x of atoms) {
    if (x.element !== 'X') continue;
    let best: Vec3 | null = null;
    let bestR = Infinity;
    for (const b of bs)
      for (let i = -1; i <= 1; i++)
        for (let k = -1; k <= 1; k++) {
          const f: Vec3 = [x.frac[0] + i, x.frac[1], x.frac[2] + k];
          const r = Math.hypot((f[0] - b.frac[0]) * d.a, 0, (f[2] - b.frac[2]) * d.c);
          if (r < bestR) {
            bestR = r;
            best = f;
          }
        }
    if (best) x.frac = best;
  }
  cell.bondLengthAngstrom = meanBondLength(cell);
  attachFrames(cell, [[1, 0, 0], [0, 1, 0], [0, 0, 1]], true);
  return cell;
}

/**
 * Pb–X–Pb angles of a Pnma perovskite cell by X site, degrees: 'X1' (equatorial, 8d) and 'X2'
 * (apical, 4c), each the mean over its atoms (they are symmetry-equivalent).
 */
export function pnmaBridgingAnglesDeg(cell: UnitCell): { equatorialDeg: number; apicalDeg: number } {
  const all = bridgingAnglesDeg(cell);
  const mean = (site: string): number => {
    const xs = all.filter((e) => e.site === site).map((e) => e.angleDeg);
    return xs.reduce((p, q) => p + q, 0) / Math.max(1, xs.length);
  };
  return { equatorialDeg: mean('X1'), apicalDeg: mean('X2') };
}
