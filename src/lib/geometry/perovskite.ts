/**
 * Since issue #11 the lattice view draws known compounds from their published structures and everything
 * else from structures interpolated in t (lib/geometry/structureModel.ts), through buildPnmaCell (cell +
 * asymmetric unit, two independent tilts, octahedra as they are, possibly distorted) and buildDeltaCell
 * (δ-CsPbI₃). The one-angle rigid model below (tiltDeg, tiltAngleDeg) stays as an API and a teaching
 * limit: rigidPnmaSites generalises it to two angles and reproduces it atom for atom.
 *
 * Geometric model of ABX₃ (CsPbX₃) perovskite unit cells: the ideal cubic Pm-3m cell and the
 * orthorhombic Pnma cell built from rigid, corner-sharing BX₆ octahedra tilted in Glazer's a⁻a⁻c⁺
 * pattern. Pure TypeScript: numbers in, plain objects out (lengths in Å, angles in degrees).
 *
 * ── Cubic Pm-3m (α phase) ────────────────────────────────────────────────────────────────────
 * Origin at B (structures.json cubic_Pm-3m_alpha.atomic_positions): B 1a (0,0,0);
 * X 3d (½,0,0),(0,½,0),(0,0,½); A 1b (½,½,½). B–X = a/2, A–X = a/√2. No free parameters.
 *
 * ── Orthorhombic Pnma (a⁻a⁻c⁺, GdFeO₃ type) ───────────────────────────────────────────────────
 * Axis convention (worked out below, checked in tests/unit/geometry/perovskite.test.ts):
 *   Pnma (standard setting, No. 62): b is the long axis ≈ 2 a_pc, parallel to the pseudo-cubic z axis
 *   about which the octahedra tilt IN PHASE (c⁺); a ≈ c ≈ √2 a_pc lie along the pseudo-cubic face
 *   diagonals [110]_pc and [1-10]_pc. The two equal anti-phase tilts about x_pc and y_pc (a⁻a⁻) add up
 *   to one anti-phase tilt about [110]_pc = the Pnma a axis. In the Pbnm setting the same cell is
 *   (a', b', c') = (c, a, b): the long, in-phase axis is c' (structures.json setting_conversion).
 *   Cartesian frame used everywhere here: x ∥ a, y ∥ b, z ∥ c. Pseudo-cubic B–B directions:
 *   u_x = (â + ĉ)/√2, u_y = (â − ĉ)/√2, u_z = b̂.
 *
 * Construction. Let d = B–X bond length (rigid, regular octahedra) and a_pc = 2d (the untilted cubic
 * cell). Octahedron 1 (B at 4b (0,0,½)) is rotated by R₁ = R_b(γ)·R_a(θ): first the anti-phase tilt θ
 * about a, then the in-phase tilt γ about b. The other three octahedra are its images under the Pnma
 * operations (their rotation is W R₁ Wᵀ with W the point part of the operation), so the tilt signs
 * alternate exactly as a⁻a⁻c⁺ requires. Corner sharing fixes the cell:
 *     a = 2√2 d cos γ,   b = 4 d cos θ,   c = 2√2 d cos θ cos γ
 * (derivation: the vertex of octahedron 1 along +u_y must coincide with the vertex of its
 * glide-related neighbour along −u_y; the b component of that condition is (R₁â)·b̂ = 0, true for
 * R₁ = R_b R_a; its a and c components give a and c; the apical X sits on the mirror y = ¼, giving b).
 * Every X is then exactly shared by two B at distance d; tests check it to 1e-6 Å.
 * One slider angle φ (tiltDeg) drives both tilts: γ = φ (in-phase, about b = z_pc), and θ with
 * cos θ = cos²φ, i.e. θ is the tilt of the apical axis produced by successive rotations φ about x_pc
 * and φ about y_pc (θ ≈ √2 φ for small φ), so "a⁻a⁻c⁺ with all three tilts equal to φ".
 * Hence a = √2 a_pc cos φ, b = 2 a_pc cos²φ, c = √2 a_pc cos³φ and V/V_cubic = cos⁶φ.
 * Both rotations are taken in the negative sense so that the X displacements carry the signs of the DFT
 * Pnma CsPbBr₃ structure (structures.ts, (c)) in the same origin choice (a tilt sense is a choice of
 * domain; the opposite sense is the same structure up to a symmetry operation).
 * The A cation sits at the ideal cavity centre (centre of its 8 B neighbours; Pnma 4c (½, ¼, ½)). Real A
 * cations displace (DFT CsPbBr₃: Cs at x = 0.060, i.e. ≈ 0.5 Å along a); the model omits this. (The
 * centroid of the 12-X cage was tried and moves the wrong way, by ~0.04 Å at 10°, so it was dropped.)
 *
 * Fit to the published RT CsPbBr₃ cell (Pnma a = 8.244, b = 11.735, c = 8.198 Å, Stoumpos 2013, marked (b)
 * = from memory in structures.json) with a_pc = 5.874 Å (cubic CsPbBr₃, (b)): the maximum relative axis
 * deviation is smallest at φ = 4.37°, where a = 8.283 (+0.47 %), b = 11.680 (−0.47 %), c = 8.235 Å
 * (+0.45 %). The floor of ≈ 0.45 % is structural: rigid regular octahedra force b/2 = a_pc cos²φ <
 * a/√2 = a_pc cos φ, while the real cell has b/2 (5.868 Å) > a/√2 (5.829 Å) (distorted octahedra).
 * Bond-angle comparison: the DFT (Materials Project, marked (c)) Pnma CsPbBr₃ has Pb–Br–Pb = 161.4°
 * (apical) and 152.9° (equatorial), i.e. tilts of ~9–13° (the model reaches the same mean Pb–Br–Pb
 * angle, 155.8°, at φ ≈ 8.7°, but then b and c are 2.2 % short); the cell-based 4.4° is smaller because the
 * cubic a/2 at 403 K (2.937 Å) underestimates the real Pb–Br bond (the high-T cubic cell is an
 * average over dynamically tilted octahedra). tests/unit/geometry/perovskite.test.ts checks all of this.
 */

import { CSPBBR3_ORTHORHOMBIC_RT, CUBIC_CELLS } from '../data/structures';
import { DELTA_CSPBI3, type PnmaPerovskiteSites } from '../data/publishedStructures';

export type { PnmaPerovskiteSites } from '../data/publishedStructures';

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

function assertFinitePositive(value: number, name: string, unit: string): void {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
    throw new RangeError(`${name} must be a positive finite number (${unit}); got ${String(value)}`);
  }
}

function assertAPseudoCubic(value: number): void {
  assertFinitePositive(value, 'aPseudoCubic', 'Å');
  if (value < A_PSEUDO_CUBIC_MIN_ANGSTROM || value > A_PSEUDO_CUBIC_MAX_ANGSTROM) {
    throw new RangeError(
      `aPseudoCubic must lie in [${A_PSEUDO_CUBIC_MIN_ANGSTROM}, ${A_PSEUDO_CUBIC_MAX_ANGSTROM}] Å; got ${value}`,
    );
  }
}

function assertTilt(value: number): void {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > TILT_BUILD_MAX_DEG) {
    throw new RangeError(`tiltDeg must be a finite angle in [0, ${TILT_BUILD_MAX_DEG}]°; got ${String(value)}`);
  }
}

// ─────────────────────────────────── cell parameter from radii ───────────────────────────────────

export interface CellCalibrationPoint {
  halide: 'Cl' | 'Br' | 'I';
  /** Shannon Pb²⁺ (CN VI) radius, Å: ionic-radii.json shannon_1976["Pb2+"].value_A (a). */
  rBAngstrom: number;
  /** Shannon X⁻ (CN VI) radius, Å: ionic-radii.json shannon_1976["Cl-"|"Br-"|"I-"].value_A (a). */
  rXAngstrom: number;
  /** Measured cubic a, Å (structures.json, marked (b) = from memory). */
  aMeasuredAngstrom: number;
}

/** Calibration set for cellParameterAngstrom: Shannon radii (a) and measured cubic cells (b). */
export const CELL_PARAMETER_CALIBRATION: readonly CellCalibrationPoint[] = [
  { halide: 'Cl', rBAngstrom: 1.19, rXAngstrom: 1.81, aMeasuredAngstrom: CUBIC_CELLS.Cl.aAngstrom },
  { halide: 'Br', rBAngstrom: 1.19, rXAngstrom: 1.96, aMeasuredAngstrom: CUBIC_CELLS.Br.aAngstrom },
  { halide: 'I', rBAngstrom: 1.19, rXAngstrom: 2.2, aMeasuredAngstrom: CUBIC_CELLS.I.aAngstrom },
];

/**
 * Bond-sum scale k of a = 2 (r_B + r_X) k: least-squares fit through the origin on
 * CELL_PARAMETER_CALIBRATION, k = Σ a_i s_i / Σ s_i² with s_i = 2 (r_B + r_X)_i. Value 0.931 (dimensionless).
 * Residuals a_model − a_measured: Cl −0.018 Å (−0.33 %), Br −0.008 Å (−0.13 %), I +0.024 Å (+0.38 %).
 * Why k < 1: Shannon radii are fitted to many oxides/halides at CN VI; the Pb–X bond in the cubic
 * plumbates is shorter than the radius sum (Pb–Br: 3.15 Å sum vs 2.937 Å = a/2 measured).
 */
export const CELL_PARAMETER_SCALE: number = (() => {
  let num = 0;
  let den = 0;
  for (const p of CELL_PARAMETER_CALIBRATION) {
    const s = 2 * (p.rBAngstrom + p.rXAngstrom);
    num += p.aMeasuredAngstrom * s;
    den += s * s;
  }
  return num / den;
})();

export type CellParameterModel = 'calibrated' | 'bondSum';

/**
 * Pseudo-cubic cell parameter from the B and X radii (Å).
 *
 *   'calibrated' (default):  a = 2 (r_B + r_X) · k,  k = CELL_PARAMETER_SCALE ≈ 0.931
 *   'bondSum':               a = 2 (r_B + r_X)        (touching hard spheres along B–X–B; overestimates
 *                                                     by ~7 %: Pb–Br 3.15 Å vs 2.937 Å measured)
 *
 * k is fitted on the cubic CsPbCl₃/Br₃/I₃ cells of structures.json (marked (b)) with Shannon CN VI radii
 * (ionic-radii.json, (a)); residuals ≤ 0.024 Å (0.4 %), see CELL_PARAMETER_SCALE. Continuous in both
 * radii, so the cell follows the sliders. A teaching model: no A-cation or temperature dependence.
 * @throws RangeError when a radius is ≤ 0, NaN or infinite
 */
export function cellParameterAngstrom(
  rB: number,
  rX: number,
  options: { model?: CellParameterModel } = {},
): number {
  assertFinitePositive(rB, 'rB', 'Å');
  assertFinitePositive(rX, 'rX', 'Å');
  const sum = 2 * (rB + rX);
  return (options.model ?? 'calibrated') === 'bondSum' ? sum : sum * CELL_PARAMETER_SCALE;
}

// ───────────────────────────────────────── tilt model ────────────────────────────────────────────

export type TiltModel = 'calibrated' | 'geometric';

/**
 * Goldschmidt t of CsPbBr₃ with Shannon radii r_Cs(XII) 1.88, r_Pb(VI) 1.19, r_Br(VI) 1.96 Å
 * (ionic-radii.json shannon_1976, (a)): t = (1.88 + 1.96)/(√2 (1.19 + 1.96)) = 0.8620
 * (stability.json worked_table CsPbBr3 t = 0.862).
 */
export const CSPBBR3_SHANNON_T = (1.88 + 1.96) / (Math.SQRT2 * (1.19 + 1.96));

/**
 * Octahedral tilt φ (degrees) from the Goldschmidt tolerance factor t — a TEACHING APPROXIMATION,
 * not a structural prediction. Zero for t ≥ 1 (A fills the cubic cavity), clamped to `maxDeg`.
 *
 *  'geometric':  cos φ = t. Idea: tilting a rigid B–X–B chain by φ shortens the A–X cage distances by
 *                cos φ, so the cage just fits an A cation with t < 1 when cos φ = t. With Shannon radii it
 *                overestimates badly: CsPbBr₃ t = 0.862 gives 30.5° (clamped to 20°), and CsPbCl₃, Br₃, I₃
 *                (t = 0.870, 0.862, 0.851) all saturate at the clamp.
 *  'calibrated' (default): φ = λ · arccos t with λ = CSPBBR3_BEST_FIT_TILT_DEG / arccos(t_CsPbBr₃)
 *                = 4.37° / 30.46° ≈ 0.1435: the geometric shape, scaled so that CsPbBr₃ gets the tilt
 *                at which the rigid a⁻a⁻c⁺ cell best matches its measured RT cell (see file header).
 *                Gives CsPbCl₃ 4.24°, CsPbBr₃ 4.37°, CsPbI₃ 4.54° (Shannon radii).
 * Comparison with CsPbBr₃: cell-based rigid-octahedra fit 4.4° (structures.json cell, (b)); Pb–Br–Pb
 * angles of the DFT Pnma structure ((c)) imply ~9–13°. Both models are qualitative: smaller t → more tilt.
 * @throws RangeError when t is ≤ 0, NaN or infinite, or maxDeg is outside (0, 90]
 */
export function tiltAngleDeg(t: number, options: { model?: TiltModel; maxDeg?: number } = {}): number {
  assertFinitePositive(t, 't', 'dimensionless');
  const maxDeg = options.maxDeg ?? TILT_MODEL_MAX_DEG;
  if (!Number.isFinite(maxDeg) || maxDeg <= 0 || maxDeg > 90) {
    throw new RangeError(`maxDeg must lie in (0, 90]°; got ${String(maxDeg)}`);
  }
  if (t >= 1) return 0;
  const geometricDeg = (Math.acos(t) * 180) / Math.PI;
  const scale =
    (options.model ?? 'calibrated') === 'geometric'
      ? 1
      : CSPBBR3_BEST_FIT_TILT_DEG / ((Math.acos(CSPBBR3_SHANNON_T) * 180) / Math.PI);
  return Math.min(maxDeg, geometricDeg * scale);
}

// ─────────────────────────────────── orthorhombic cell geometry ──────────────────────────────────

/** The two rotation angles of the rigid a⁻a⁻c⁺ model for slider angle φ, radians. */
export function tiltComponentsRad(tiltDeg: number): { antiPhaseRad: number; inPhaseRad: number } {
  assertTilt(tiltDeg);
  const phi = (tiltDeg * Math.PI) / 180;
  const cosPhi = Math.cos(phi);
  return { antiPhaseRad: Math.acos(Math.min(1, cosPhi * cosPhi)), inPhaseRad: phi };
}

/**
 * Pnma cell (b = long axis) of rigid octahedra with B–X = aPseudoCubic/2 tilted by φ:
 *   a = √2 a_pc cos φ,  b = 2 a_pc cos²φ,  c = √2 a_pc cos³φ   (Å; derivation in the file header).
 * @throws RangeError for aPseudoCubic outside [3, 10] Å or tiltDeg outside [0, 30]°
 */
export function orthorhombicCellAngstrom(aPseudoCubic: number, tiltDeg: number): { a: number; b: number; c: number } {
  assertAPseudoCubic(aPseudoCubic);
  const { antiPhaseRad, inPhaseRad } = tiltComponentsRad(tiltDeg);
  const d = aPseudoCubic / 2;
  return {
    a: 2 * Math.SQRT2 * d * Math.cos(inPhaseRad),
    b: 4 * d * Math.cos(antiPhaseRad),
    c: 2 * Math.SQRT2 * d * Math.cos(antiPhaseRad) * Math.cos(inPhaseRad),
  };
}

/** Pseudo-cubic lengths of a Pnma cell: a/√2, b/2, c/√2 (Å) and the volume per formula unit (Å³, Z = 4). */
export function pseudoCubicFromPnma(cell: { a: number; b: number; c: number }): {
  aPc: number;
  bPc: number;
  cPc: number;
  volumePerFormulaUnit: number;
} {
  return {
    aPc: cell.a / Math.SQRT2,
    bPc: cell.b / 2,
    cPc: cell.c / Math.SQRT2,
    volumePerFormulaUnit: (cell.a * cell.b * cell.c) / 4,
  };
}

/** Pbnm (a', b', c') → Pnma (a, b, c): a = b', b = c', c = a' (structures.json setting_conversion). */
export function pbnmToPnmaCell(pbnm: { a: number; b: number; c: number }): { a: number; b: number; c: number } {
  return { a: pbnm.b, b: pbnm.c, c: pbnm.a };
}

/**
 * The tilt φ (degrees, 0.01° grid on [0, 30]) at which the rigid model cell
 * orthorhombicCellAngstrom(aPseudoCubic, φ) is closest to `target` (Pnma setting), in the sense of the
 * smallest maximum relative deviation over a, b, c; returns that deviation too (0.0047 = 0.47 %).
 */
export function fitTiltToOrthorhombicCell(
  aPseudoCubic: number,
  target: { a: number; b: number; c: number },
): { tiltDeg: number; maxRelativeDeviation: number; cell: { a: number; b: number; c: number } } {
  assertAPseudoCubic(aPseudoCubic);
  assertFinitePositive(target.a, 'target.a', 'Å');
  assertFinitePositive(target.b, 'target.b', 'Å');
  assertFinitePositive(target.c, 'target.c', 'Å');
  let best = { tiltDeg: 0, maxRelativeDeviation: Infinity, cell: { a: 0, b: 0, c: 0 } };
  for (let i = 0; i <= 3000; i++) {
    const tiltDeg = i / 100;
    const cell = orthorhombicCellAngstrom(aPseudoCubic, tiltDeg);
    const dev = Math.max(
      Math.abs(cell.a / target.a - 1),
      Math.abs(cell.b / target.b - 1),
      Math.abs(cell.c / target.c - 1),
    );
    if (dev < best.maxRelativeDeviation) best = { tiltDeg, maxRelativeDeviation: dev, cell };
  }
  return best;
}

/** The published RT CsPbBr₃ Pnma cell (structures.ts, marked (b)) as {a, b, c}, Å. */
export const CSPBBR3_RT_CELL = {
  a: CSPBBR3_ORTHORHOMBIC_RT.aAngstrom,
  b: CSPBBR3_ORTHORHOMBIC_RT.bAngstrom,
  c: CSPBBR3_ORTHORHOMBIC_RT.cAngstrom,
} as const;

// ───────────────────────────────────────── small linear algebra ──────────────────────────────────

const IDENTITY: Mat3 = [1, 0, 0, 0, 1, 0, 0, 0, 1];

function matMul(m: Mat3, n: Mat3): Mat3 {
  const r: number[] = new Array(9).fill(0);
  for (let i = 0; i < 3; i++)
    for (let j = 0; j < 3; j++) {
      let s = 0;
      for (let k = 0; k < 3; k++) s += m[3 * i + k] * n[3 * k + j];
      r[3 * i + j] = s;
    }
  return r as unknown as Mat3;
}

function matVec(m: Mat3, v: Vec3): Vec3 {
  return [
    m[0] * v[0] + m[1] * v[1] + m[2] * v[2],
    m[3] * v[0] + m[4] * v[1] + m[5] * v[2],
    m[6] * v[0] + m[7] * v[1] + m[8] * v[2],
  ];
}

/** Rotation by `angle` (rad) about the Cartesian x axis (Pnma a). */
function rotationX(angle: number): Mat3 {
  const c = Math.cos(angle);
  const s = Math.sin(angle);
  return [1, 0, 0, 0, c, -s, 0, s, c];
}

/** Rotation by `angle` (rad) about the Cartesian y axis (Pnma b). */
function rotationY(angle: number): Mat3 {
  const c = Math.cos(angle);
  const s = Math.sin(angle);
  return [c, 0, s, 0, 1, 0, -s, 0, c];
}

/**
 * Q: reference octahedron axes → pseudo-cubic axes of the Pnma frame: Q x̂ = u_x = (x̂ + ẑ)/√2, Q ŷ = ŷ,
 * Q ẑ = (−x̂ + ẑ)/√2 = −u_y (a rotation by −45° about y; proper, det +1).
 */
const REFERENCE_TO_PSEUDO_CUBIC: Mat3 = [Math.SQRT1_2, 0, -Math.SQRT1_2, 0, 1, 0, Math.SQRT1_2, 0, Math.SQRT1_2];

/** W R Wᵀ for a diagonal sign matrix W = diag(sx, sy, sz). */
function conjugateBySigns(r: Mat3, s: Vec3): Mat3 {
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

function applyOperation(op: readonly [Vec3, Vec3], f: Vec3): Vec3 {
  const [s, t] = op;
  return [s[0] * f[0] + t[0], s[1] * f[1] + t[1], s[2] * f[2] + t[2]];
}

function wrap01(x: number): number {
  const w = x - Math.floor(x);
  // Snap values a hair below 1 (rounding) to 0 so each position has one canonical image.
  return w > 1 - 1e-9 ? 0 : w;
}

function fracKey(f: Vec3): string {
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

// ───────────────────────────────────────── unit cells ────────────────────────────────────────────

/**
 * Ideal cubic Pm-3m ABX₃ cell, origin at B: B 'Pb1' (0,0,0); X 'X1' (½,0,0),(0,½,0),(0,0,½) (one 3d
 * site); A 'Cs1' (½,½,½). a = aPseudoCubic, B–X = a/2. Atom order: Pb1, X1(x), X1(y), X1(z), Cs1.
 */
function buildCubicCell(aPseudoCubic: number): UnitCell {
  const a = aPseudoCubic;
  const atom = (element: AtomElement, site: string, f: Vec3, rotation?: Mat3): UnitCellAtom => ({
    element,
    site,
    frac: [...f] as Vec3,
    idealFrac: [...f] as Vec3,
    ...(rotation ? { rotation } : {}),
  });
  return {
    kind: 'cubic',
    a,
    b: a,
    c: a,
    atoms: [
      atom('B', 'Pb1', [0, 0, 0], IDENTITY),
      atom('X', 'X1', [0.5, 0, 0]),
      atom('X', 'X1', [0, 0.5, 0]),
      atom('X', 'X1', [0, 0, 0.5]),
      atom('A', 'Cs1', [0.5, 0.5, 0.5]),
    ],
    bondLengthAngstrom: a / 2,
    aPseudoCubic: a,
    tiltDeg: 0,
  };
}

/**
 * Rigid a⁻a⁻c⁺ Pnma cell (Z = 4, 20 atoms): Pb1 4b, X1 8d (equatorial), X2 4c (apical, on the mirror
 * y = ¼), Cs1 4c (ideal cavity centre, not displaced). Atom order: 4 Pb1, 8 X1, 4 X2, 4 Cs1. See file header.
 */
function buildOrthorhombicCell(aPseudoCubic: number, tiltDeg: number): UnitCell {
  const d = aPseudoCubic / 2;
  const { antiPhaseRad, inPhaseRad } = tiltComponentsRad(tiltDeg);
  const { a, b, c } = orthorhombicCellAngstrom(aPseudoCubic, tiltDeg);
  // Negative senses: with these, the X displacements have the signs of the DFT Pnma CsPbBr₃ structure
  // (structures.ts CSPBBR3_PNMA_DFT, (c)) in the same origin choice, e.g. apical X2 at z < ½.
  const r1 = matMul(rotationY(-inPhaseRad), rotationX(-antiPhaseRad));
  const toFrac = (p: Vec3): Vec3 => [p[0] / a, p[1] / b, p[2] / c];
  const pb1Cart: Vec3 = [0, 0, c / 2];
  const add = (p: Vec3, q: Vec3): Vec3 => [p[0] + q[0], p[1] + q[1], p[2] + q[2]];
  const scale = (p: Vec3, s: number): Vec3 => [p[0] * s, p[1] * s, p[2] * s];
  const ux: Vec3 = [Math.SQRT1_2, 0, Math.SQRT1_2];
  const uz: Vec3 = [0, 1, 0];

  // Representative positions (actual) and their zero-tilt counterparts (ideal).
  const pb1 = toFrac(pb1Cart);
  const x1 = toFrac(add(pb1Cart, scale(matVec(r1, ux), d))); // equatorial, ideal (¼, 0, ¾)
  const x2 = toFrac(add(pb1Cart, scale(matVec(r1, uz), d))); // apical, ideal (0, ¼, ½)

  const atoms: UnitCellAtom[] = [];
  const addOrbit = (element: AtomElement, site: string, actual: Vec3, ideal: Vec3, withRotation: boolean): void => {
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
        ...(withRotation ? { rotation: matMul(conjugateBySigns(r1, op[0]), REFERENCE_TO_PSEUDO_CUBIC) } : {}),
      });
    }
  };
  addOrbit('B', 'Pb1', pb1, [0, 0, 0.5], true);
  addOrbit('X', 'X1', x1, [0.25, 0, 0.75], false);
  addOrbit('X', 'X2', x2, [0, 0.25, 0.5], false);

  // A at the ideal cavity centre (½, ¼, ½) = centre of its 8 B neighbours (the B sublattice is not
  // distorted by rigid tilts). Not displaced: see the file header.
  const cavity: Vec3 = [0.5, 0.25, 0.5];
  addOrbit('A', 'Cs1', cavity, cavity, false);

  return { kind: 'orthorhombic', a, b, c, atoms, bondLengthAngstrom: d, aPseudoCubic, tiltDeg };
}

/**
 * Build a perovskite unit cell.
 *  - 'cubic': Pm-3m, a = aPseudoCubic, 5 atoms (origin at B; tiltDeg ignored).
 *  - 'orthorhombic': rigid a⁻a⁻c⁺ Pnma cell, 20 atoms, a = √2 a_pc cos φ, b = 2 a_pc cos²φ,
 *    c = √2 a_pc cos³φ; at φ = 0 it is the cubic structure in a √2 × 2 × √2 setting.
 * @throws RangeError for aPseudoCubic outside [3, 10] Å, tiltDeg outside [0, 30]°, or an unknown kind
 */
export function buildUnitCell(kind: StructureKind, options: UnitCellOptions = {}): UnitCell {
  const aPseudoCubic = options.aPseudoCubic ?? CUBIC_CELLS.Br.aAngstrom;
  assertAPseudoCubic(aPseudoCubic);
  if (kind === 'cubic') {
    if (options.tiltDeg !== undefined) assertTilt(options.tiltDeg);
    return buildCubicCell(aPseudoCubic);
  }
  if (kind === 'delta') return buildDeltaCell();
  if (kind === 'orthorhombic') {
    if (options.sites) return buildPnmaCell(options.sites);
    const tiltDeg = options.tiltDeg ?? CSPBBR3_BEST_FIT_TILT_DEG;
    assertTilt(tiltDeg);
    return buildOrthorhombicCell(aPseudoCubic, tiltDeg);
  }
  throw new RangeError(`kind must be 'cubic', 'orthorhombic' or 'delta'; got ${String(kind)}`);
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
  const atoms: UnitCellAtom[] = [];
  const addOrbit = (element: AtomElement, site: string, actual: Vec3, ideal: Vec3): void => {
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
      });
    }
  };
  addOrbit('B', 'Pb1', [0, 0, 0.5], [0, 0, 0.5]);
  addOrbit('X', 'X1', [sites.X1[0], sites.X1[1], sites.X1[2]], [0.25, 0, 0.75]);
  addOrbit('X', 'X2', [sites.X2[0], 0.25, sites.X2[1]], [0, 0.25, 0.5]);
  addOrbit('A', 'Cs1', [sites.A[0], 0.25, sites.A[1]], [0.5, 0.25, 0.5]);
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
