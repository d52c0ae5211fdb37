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
import {
  type Vec3,
  type Mat3,
  type StructureKind,
  type AtomElement,
  type UnitCellAtom,
  type UnitCell,
  type UnitCellOptions,
  TILT_MODEL_MAX_DEG,
  CSPBBR3_BEST_FIT_TILT_DEG,
  assertFinitePositive,
  assertAPseudoCubic,
  assertTilt,
  IDENTITY,
  matMul,
  matVec,
  rotationX,
  rotationY,
  REFERENCE_TO_PSEUDO_CUBIC,
  conjugateBySigns,
  pnmaSiteImages,
} from './cell';
import { buildDeltaCell, buildPnmaCell } from './pnmaCell';

// The cell types, ranges, Pnma symmetry and measurements live in cell.ts and the cells built from sites
// in pnmaCell.ts (issue #16: one job per file); this module keeps the models (cell parameter, tilt,
// rigid cells, buildUnitCell) and re-exports their public names, so importers are unchanged.
export type { PnmaPerovskiteSites } from '../data/publishedStructures';
export {
  type Vec3,
  type Mat3,
  type StructureKind,
  type AtomElement,
  type UnitCellAtom,
  type UnitCell,
  type UnitCellOptions,
  A_PSEUDO_CUBIC_MIN_ANGSTROM,
  A_PSEUDO_CUBIC_MAX_ANGSTROM,
  TILT_BUILD_MAX_DEG,
  TILT_MODEL_MAX_DEG,
  CSPBBR3_BEST_FIT_TILT_DEG,
  PNMA_OPERATIONS,
  pnmaOrbit,
  fracToCartesian,
  bridgingAnglesDeg,
} from './cell';
export {
  rigidPnmaSites,
  fitRigidTiltsToCell,
  octahedronVectors,
  pnmaTiltsDeg,
  buildPnmaCell,
  buildDeltaCell,
  pnmaBridgingAnglesDeg,
} from './pnmaCell';

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

  // A at the ideal cavity centre (½, ¼, ½) = centre of its 8 B neighbours (the B sublattice is not
  // distorted by rigid tilts). Not displaced: see the file header.
  const cavity: Vec3 = [0.5, 0.25, 0.5];
  const atoms: UnitCellAtom[] = [
    ...pnmaSiteImages('B', 'Pb1', pb1, [0, 0, 0.5], (op) => ({ rotation: matMul(conjugateBySigns(r1, op[0]), REFERENCE_TO_PSEUDO_CUBIC) })),
    ...pnmaSiteImages('X', 'X1', x1, [0.25, 0, 0.75]),
    ...pnmaSiteImages('X', 'X2', x2, [0, 0.25, 0.5]),
    ...pnmaSiteImages('A', 'Cs1', cavity, cavity),
  ];

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
