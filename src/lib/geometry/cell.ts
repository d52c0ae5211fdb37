/**
 * Unit-cell types of the perovskite geometry core, with what its builders share: the accepted ranges
 * and their checks, small 3×3 linear algebra, the Pnma symmetry operations, and two measurements
 * (fractional → Cartesian, B–X–B bridging angles). Split out of perovskite.ts (issue #16), whose header
 * gives the axis conventions; perovskite.ts re-exports the public names, so importers are unchanged.
 */

import type { PnmaPerovskiteSites } from '../data/publishedStructures';
// ───────────────────────────────────────────── types ─────────────────────────────────────────────

export type Vec3 = [number, number, number];

/** 3×3 matrix, row-major: m[3*row + col]. */
export type Mat3 = readonly [number, number, number, number, number, number, number, number, number];

/** 'delta': the yellow non-perovskite δ-CsPbI₃ (NH₄CdCl₃ type, Pnma, edge-sharing octahedra). */
export type StructureKind = 'cubic' | 'orthorhombic' | 'delta';

/** Site class of ABX₃. */
export type AtomElement = 'A' | 'B' | 'X';

export interface UnitCellAtom {
  element: AtomElement;
  /** Crystallographic site label: 'Cs1' (A), 'Pb1' (B), 'X1', 'X2' (X). */
  site: string;
  /**
   * Fractional coordinates of the actual (tilted) position. Equal to `idealFrac` plus the tilt
   * displacement, so it may lie slightly outside [0, 1) (kept that way so positions change
   * continuously with the tilt).
   */
  frac: Vec3;
  /**
   * Fractional coordinates at zero tilt, wrapped into [0, 1). Used to decide which periodic images
   * a supercell includes, so the atom count does not change with tilt or radii. Absent for cells read
   * from elsewhere (e.g. a CIF): `frac` is used instead.
   */
  idealFrac?: Vec3;
  /**
   * B atoms only: the proper rotation (row-major, Cartesian frame x∥a, y∥b, z∥c) that maps a reference
   * octahedron with unit vertices on ±x, ±y, ±z onto this B's octahedron; times bondLengthAngstrom it
   * gives the B→X vectors exactly. Cubic: identity. Orthorhombic: R_n · Q, where Q (−45° about b) takes
   * ±x, ±y, ±z to the pseudo-cubic directions ±u_x, ±b̂, ∓u_y and R_n is the tilt of octahedron n.
   */
  rotation?: Mat3;
  /**
   * B atoms only, when the octahedron is not centred on its B (δ phase): Cartesian offset (Å) from B to
   * the centre of the drawn octahedron. Absent = 0.
   */
  octahedronCentre?: Vec3;
}

/** An orthogonal unit cell (all angles 90°) with its atoms. Lengths in Å. */
export interface UnitCell {
  kind: StructureKind;
  /** Cell lengths, Å. Cartesian frame: x ∥ a, y ∥ b, z ∥ c. */
  a: number;
  b: number;
  c: number;
  atoms: UnitCellAtom[];
  /** B–X bond length d = aPseudoCubic/2 (rigid octahedra), Å. */
  bondLengthAngstrom: number;
  /** The pseudo-cubic parameter the cell was built from (= 2d), Å. */
  aPseudoCubic: number;
  /** Tilt angle φ used (0 for cubic), degrees. For cells built from sites: the mean of the two tilts. */
  tiltDeg: number;
  /**
   * Both octahedral tilts, degrees, for Pnma perovskite cells: anti-phase about a (angle of the apical
   * B–X bond from b) and in-phase about b (angle of the octahedron's a direction from a, in the a–c
   * plane). Absent for cubic and δ cells.
   */
  tilts?: { antiPhaseDeg: number; inPhaseDeg: number };
}

export interface UnitCellOptions {
  /** Pseudo-cubic cell parameter a_pc = 2 × B–X bond length, Å. Default: cubic CsPbBr₃ 5.874 Å (b). */
  aPseudoCubic?: number;
  /**
   * a⁻a⁻c⁺ tilt angle φ, degrees, 0 ≤ φ ≤ 30. Ignored for 'cubic'. Default for 'orthorhombic':
   * CSPBBR3_BEST_FIT_TILT_DEG (4.37°).
   */
  tiltDeg?: number;
  /**
   * 'orthorhombic' only: build from these Pnma sites (cell + asymmetric unit, e.g. a published structure
   * or one interpolated in t, lib/geometry/structureModel.ts) instead of the one-angle rigid model;
   * aPseudoCubic and tiltDeg are then ignored.
   */
  sites?: PnmaPerovskiteSites;
}

// ──────────────────────────────────── validity ranges / constants ────────────────────────────────

/** Accepted range of aPseudoCubic, Å: generous bounds around real halide perovskites (5.0–6.6 Å). */
export const A_PSEUDO_CUBIC_MIN_ANGSTROM = 3;
export const A_PSEUDO_CUBIC_MAX_ANGSTROM = 10;

/** Largest tilt buildUnitCell accepts, degrees (beyond ~30° rigid corner-sharing cells degenerate). */
export const TILT_BUILD_MAX_DEG = 30;

/** Default clamp of tiltAngleDeg, degrees (the brief's "physical max"; measured halide tilts are below it). */
export const TILT_MODEL_MAX_DEG = 20;

/**
 * Tilt φ (degrees) at which the rigid a⁻a⁻c⁺ cell with a_pc = 5.874 Å (cubic CsPbBr₃, (b)) comes
 * closest (minimax relative deviation 0.47 %) to the published RT Pnma CsPbBr₃ cell 8.244 × 11.735 ×
 * 8.198 Å (Stoumpos 2013, (b)). Computed by fitTiltToOrthorhombicCell; re-checked in the tests.
 */
export const CSPBBR3_BEST_FIT_TILT_DEG = 4.37;

export function assertFinitePositive(value: number, name: string, unit: string): void {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
    throw new RangeError(`${name} must be a positive finite number (${unit}); got ${String(value)}`);
  }
}

export function assertAPseudoCubic(value: number): void {
  assertFinitePositive(value, 'aPseudoCubic', 'Å');
  if (value < A_PSEUDO_CUBIC_MIN_ANGSTROM || value > A_PSEUDO_CUBIC_MAX_ANGSTROM) {
    throw new RangeError(
      `aPseudoCubic must lie in [${A_PSEUDO_CUBIC_MIN_ANGSTROM}, ${A_PSEUDO_CUBIC_MAX_ANGSTROM}] Å; got ${value}`,
    );
  }
}

export function assertTilt(value: number): void {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > TILT_BUILD_MAX_DEG) {
    throw new RangeError(`tiltDeg must be a finite angle in [0, ${TILT_BUILD_MAX_DEG}]°; got ${String(value)}`);
  }
}

// ───────────────────────────────────────── small linear algebra ──────────────────────────────────

export const IDENTITY: Mat3 = [1, 0, 0, 0, 1, 0, 0, 0, 1];

export function matMul(m: Mat3, n: Mat3): Mat3 {
  const r: number[] = new Array(9).fill(0);
  for (let i = 0; i < 3; i++)
    for (let j = 0; j < 3; j++) {
      let s = 0;
      for (let k = 0; k < 3; k++) s += m[3 * i + k] * n[3 * k + j];
      r[3 * i + j] = s;
    }
  return r as unknown as Mat3;
}

export function matVec(m: Mat3, v: Vec3): Vec3 {
  return [
    m[0] * v[0] + m[1] * v[1] + m[2] * v[2],
    m[3] * v[0] + m[4] * v[1] + m[5] * v[2],
    m[6] * v[0] + m[7] * v[1] + m[8] * v[2],
  ];
}

/** Rotation by `angle` (rad) about the Cartesian x axis (Pnma a). */
export function rotationX(angle: number): Mat3 {
  const c = Math.cos(angle);
  const s = Math.sin(angle);
  return [1, 0, 0, 0, c, -s, 0, s, c];
}

/** Rotation by `angle` (rad) about the Cartesian y axis (Pnma b). */
export function rotationY(angle: number): Mat3 {
  const c = Math.cos(angle);
  const s = Math.sin(angle);
  return [c, 0, s, 0, 1, 0, -s, 0, c];
}

/**
 * Q: reference octahedron axes → pseudo-cubic axes of the Pnma frame: Q x̂ = u_x = (x̂ + ẑ)/√2, Q ŷ = ŷ,
 * Q ẑ = (−x̂ + ẑ)/√2 = −u_y (a rotation by −45° about y; proper, det +1).
 */
export const REFERENCE_TO_PSEUDO_CUBIC: Mat3 = [Math.SQRT1_2, 0, -Math.SQRT1_2, 0, 1, 0, Math.SQRT1_2, 0, Math.SQRT1_2];

/** W R Wᵀ for a diagonal sign matrix W = diag(sx, sy, sz). */
export function conjugateBySigns(r: Mat3, s: Vec3): Mat3 {
  const out: number[] = new Array(9);
  for (let i = 0; i < 3; i++) for (let j = 0; j < 3; j++) out[3 * i + j] = s[i] * r[3 * i + j] * s[j];
  return out as unknown as Mat3;
}

// ─────────────────────────────────────── Pnma symmetry ───────────────────────────────────────────

/**
 * The 8 general positions of Pnma (No. 62, standard setting, International Tables Vol. A):
 * x' = s ⊙ x + t, with point part W = diag(s). Listed as [s, t].
 */
export const PNMA_OPERATIONS: readonly (readonly [Vec3, Vec3])[] = [
  [[1, 1, 1], [0, 0, 0]], //            x, y, z
  [[-1, -1, 1], [0.5, 0, 0.5]], //      -x+½, -y, z+½
  [[-1, 1, -1], [0, 0.5, 0]], //        -x, y+½, -z
  [[1, -1, -1], [0.5, 0.5, 0.5]], //    x+½, -y+½, -z+½
  [[-1, -1, -1], [0, 0, 0]], //         -x, -y, -z
  [[1, 1, -1], [0.5, 0, 0.5]], //       x+½, y, -z+½
  [[1, -1, 1], [0, 0.5, 0]], //         x, -y+½, z
  [[-1, 1, 1], [0.5, 0.5, 0.5]], //     -x+½, y+½, z+½
];

export function applyOperation(op: readonly [Vec3, Vec3], f: Vec3): Vec3 {
  const [s, t] = op;
  return [s[0] * f[0] + t[0], s[1] * f[1] + t[1], s[2] * f[2] + t[2]];
}

export function wrap01(x: number): number {
  const w = x - Math.floor(x);
  // Snap values a hair below 1 (rounding) to 0 so each position has one canonical image.
  return w > 1 - 1e-9 ? 0 : w;
}

export function fracKey(f: Vec3): string {
  return `${Math.round(wrap01(f[0]) * 1e6) % 1e6},${Math.round(wrap01(f[1]) * 1e6) % 1e6},${Math.round(wrap01(f[2]) * 1e6) % 1e6}`;
}

/**
 * Orbit of a position under Pnma: the distinct images of `frac` wrapped into [0, 1), each with the
 * index of the first operation producing it.
 */
export function pnmaOrbit(frac: Vec3): { frac: Vec3; operation: number }[] {
  const seen = new Set<string>();
  const out: { frac: Vec3; operation: number }[] = [];
  PNMA_OPERATIONS.forEach((op, index) => {
    const img = applyOperation(op, frac);
    const key = fracKey(img);
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ frac: [wrap01(img[0]), wrap01(img[1]), wrap01(img[2])], operation: index });
  });
  return out;
}

/**
 * The Pnma images of one site (4 or 8 atoms): each image is moved into the cell by the lattice shift that
 * brings its IDEAL (zero-tilt) image into [0, 1), so an atom and its untilted twin stay together and the
 * atom count and order never depend on the tilt; images are told apart by their ideal position. `extra`
 * adds fields per image (the rigid builder's octahedron rotation, from the operation's point part).
 */
export function pnmaSiteImages(
  element: AtomElement,
  site: string,
  actual: Vec3,
  ideal: Vec3,
  extra?: (operation: readonly [Vec3, Vec3]) => Partial<UnitCellAtom>,
): UnitCellAtom[] {
  const atoms: UnitCellAtom[] = [];
  const seen = new Set<string>();
  for (const op of PNMA_OPERATIONS) {
    const idealImg = applyOperation(op, ideal);
    const key = fracKey(idealImg);
    if (seen.has(key)) continue;
    seen.add(key);
    const shift: Vec3 = [Math.floor(idealImg[0] + 1e-9), Math.floor(idealImg[1] + 1e-9), Math.floor(idealImg[2] + 1e-9)];
    const actualImg = applyOperation(op, actual);
    atoms.push({
      element,
      site,
      frac: [actualImg[0] - shift[0], actualImg[1] - shift[1], actualImg[2] - shift[2]],
      idealFrac: [idealImg[0] - shift[0], idealImg[1] - shift[1], idealImg[2] - shift[2]],
      ...(extra ? extra(op) : {}),
    });
  }
  return atoms;
}

// ───────────────────────────────────────── measurements ──────────────────────────────────────────

/** Cartesian position (Å) of fractional coordinates in an orthogonal cell. */
export function fracToCartesian(cell: { a: number; b: number; c: number }, f: Vec3): Vec3 {
  return [f[0] * cell.a, f[1] * cell.b, f[2] * cell.c];
}

/**
 * B–X–B bridging angle (degrees) at every X of an orthogonal cell: for each X, the two nearest B
 * (periodic minimum image over 27 cells) and the angle between X→B₁ and X→B₂. 180° = untilted.
 * Returns one entry per X atom in cell order, with the two B–X distances (Å).
 */
export function bridgingAnglesDeg(
  cell: Pick<UnitCell, 'a' | 'b' | 'c' | 'atoms'>,
): { site: string; angleDeg: number; distancesAngstrom: [number, number] }[] {
  const bs = cell.atoms.filter((atom) => atom.element === 'B');
  const out: { site: string; angleDeg: number; distancesAngstrom: [number, number] }[] = [];
  for (const x of cell.atoms) {
    if (x.element !== 'X') continue;
    const candidates: { v: Vec3; r: number }[] = [];
    for (const bAtom of bs)
      for (let i = -1; i <= 1; i++)
        for (let j = -1; j <= 1; j++)
          for (let k = -1; k <= 1; k++) {
            const v: Vec3 = [
              (bAtom.frac[0] + i - x.frac[0]) * cell.a,
              (bAtom.frac[1] + j - x.frac[1]) * cell.b,
              (bAtom.frac[2] + k - x.frac[2]) * cell.c,
            ];
            candidates.push({ v, r: Math.hypot(v[0], v[1], v[2]) });
          }
    candidates.sort((p, q) => p.r - q.r);
    const [p, q] = candidates;
    if (!p || !q) continue;
    const cos = (p.v[0] * q.v[0] + p.v[1] * q.v[1] + p.v[2] * q.v[2]) / (p.r * q.r);
    out.push({
      site: x.site,
      angleDeg: (Math.acos(Math.max(-1, Math.min(1, cos))) * 180) / Math.PI,
      distancesAngstrom: [p.r, q.r],
    });
  }
  return out;
}
