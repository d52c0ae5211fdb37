/**
 * Powder X-ray diffraction pattern (peak list) of a crystal, the convention of pymatgen's XRDCalculator
 * and VESTA:
 *
 *   Bragg's law          λ = 2 d sin θ,   1/d² = h²/a² + k²/b² + l²/c²   (orthogonal cells)
 *   structure factor     F(hkl) = Σⱼ oⱼ fⱼ(s) exp[2πi (h xⱼ + k yⱼ + l zⱼ)],   s = sin θ/λ = 1/(2d)
 *   Lorentz–polarisation LP(θ) = (1 + cos² 2θ) / (sin² θ cos θ)   (unpolarised beam, no monochromator)
 *   peak intensity       I = Σ_{hkl at this 2θ} |F(hkl)|² · LP(θ),  scaled so that the strongest peak is 100
 *
 * Every (h, k, l) inside the 2θ window is summed separately, so the multiplicity (how many equivalent
 * planes reflect at the same angle: 6 for cubic {100}, 8 for orthorhombic {111}) comes in by counting,
 * as in pymatgen (pymatgen.analysis.diffraction.xrd, get_pattern). Reflections closer than 1e-5° are one
 * peak (pymatgen TWO_THETA_TOL); peaks weaker than 0.001 of the strongest are dropped
 * (pymatgen SCALED_INTENSITY_TOL). Families group Miller indices that are permutations of each other up to
 * sign (pymatgen get_unique_families).
 *
 * Atomic form factors f₀(s): Waasmaier & Kirfel, Acta Cryst. A51 (1995) 416 (International Tables Vol. C
 * fits), lib/data/formFactors.ts. Neutral atoms, no anomalous dispersion, no thermal motion (B = 0),
 * mixed sites as occupancy-weighted form factors (the average crystal), molecular cations as their C, N
 * and H atoms at the cavity centre. Checked against pymatgen 2022.11.7 on the app's own CIFs
 * (scripts/xrd-check.py; fixture tests/unit/physics/fixtures/xrd-pymatgen.json): positions agree to
 * 1e-4°, intensities of the strong peaks within about 1 % (pymatgen uses another form-factor fit).
 *
 * Superlattice reflections: a reflection is labelled `superlattice` when the same atoms at their untilted
 * positions (UnitCell `idealFrac`) give F = 0 there — the peak exists only because the octahedra tilt.
 * For the Pnma cell (b long, a and c along the pseudo-cubic face diagonals, lib/geometry/perovskite.ts)
 * its pseudo-cubic indices are H = ((h + l)/2, (h − l)/2, k/2); half-integers mark the doubled cell:
 * three half-integer indices = an R-point reflection, two = M-point, one = X-point (Glazer's notation,
 * Acta Cryst. B28 (1972) 3384 and A31 (1975) 756 — as commonly quoted; primary source not checked). That
 * in-phase tilts alone give only M points and anti-phase tilts alone only R points is re-checked on model
 * supercells in tests/unit/physics/xrd.test.ts.
 */

import type { AtomElement, UnitCell, Vec3 } from '../geometry/perovskite';
import type { CifData } from '../geometry/cif';
import {
  atomicFormFactor,
  isFormFactorElement,
  MOLECULAR_CATION_ATOMS,
  type FormFactorElement,
} from '../data/formFactors';

/** Cu Kα₁ wavelength, Å: 1.5406 Å as used by pymatgen XRDCalculator ("CuKa1") and the issue brief. */
export const CU_KALPHA1_ANGSTROM = 1.5406;

/** Default 2θ window, degrees (the issue: 10–60°). */
export const XRD_TWO_THETA_MIN_DEG = 10;
export const XRD_TWO_THETA_MAX_DEG = 60;

/** Reflections closer than this are one peak, degrees (pymatgen AbstractDiffractionPatternCalculator.TWO_THETA_TOL). */
export const TWO_THETA_MERGE_TOL_DEG = 1e-5;

/** Peaks weaker than this (on the 0–100 scale) are dropped (pymatgen SCALED_INTENSITY_TOL). */
export const SCALED_INTENSITY_TOL = 1e-3;

/** A scatterer: an element, or a molecular A cation (its C, N, H atoms at one point). */
export type ScattererSymbol = FormFactorElement | keyof typeof MOLECULAR_CATION_ATOMS;

export interface SiteSpecies {
  symbol: ScattererSymbol;
  /** Site occupancy, 0 < o ≤ 1 (default 1). */
  occupancy?: number;
}

/** What sits on each site class of a UnitCell: a symbol, or a list of partial occupancies. Default Cs, Pb, Br. */
export type SiteSpeciesMap = Partial<Record<AtomElement, ScattererSymbol | readonly SiteSpecies[]>>;

/** A crystal ready for scattering: orthogonal cell (Å) and atoms with what occupies them. */
export interface ScatteringCrystal {
  a: number;
  b: number;
  c: number;
  atoms: readonly {
    frac: Vec3;
    /** Position without tilt (for the superlattice label); absent → no label. */
    idealFrac?: Vec3;
    species: readonly SiteSpecies[];
  }[];
  /** 'orthorhombic' enables the pseudo-cubic indices of the Pnma setting of lib/geometry/perovskite.ts. */
  kind?: string;
}

export interface XrdOptions {
  /** X-ray wavelength, Å (default Cu Kα₁ 1.5406). */
  wavelengthAngstrom?: number;
  /** 2θ window, degrees (default 10–60). */
  twoThetaMinDeg?: number;
  twoThetaMaxDeg?: number;
  /** Site occupants of a UnitCell (ignored for a ScatteringCrystal). Default A Cs, B Pb, X Br. */
  species?: SiteSpeciesMap;
}

export type Hkl = [number, number, number];

/** Where a superlattice reflection sits in the pseudo-cubic reciprocal lattice (see the file header). */
export type SuperlatticePoint = 'R' | 'M' | 'X';

export interface XrdFamily {
  hkl: Hkl;
  multiplicity: number;
}

export interface XrdPeak {
  /** Diffraction angle 2θ, degrees. */
  twoThetaDeg: number;
  /** Interplanar spacing d, Å. */
  dSpacingAngstrom: number;
  /** Miller indices of the first family (largest indices first, as pymatgen lists them). */
  hkl: Hkl;
  /** Relative intensity, strongest peak = 100. */
  intensity: number;
  /** Number of (h, k, l) reflecting at this angle (all families). */
  multiplicity: number;
  /** Families of permutation-equivalent indices at this angle with their multiplicities. */
  families: XrdFamily[];
  /** True when every reflection of the peak vanishes for the untilted atoms (tilt-made peak). */
  superlattice: boolean;
  /** Pseudo-cubic indices (orthorhombic Pnma cells only), else null. */
  pseudoCubic: Hkl | null;
  /** R, M or X point for a half-integer pseudo-cubic index (orthorhombic cells only), else null. */
  superlatticePoint: SuperlatticePoint | null;
}

export interface XrdPattern {
  peaks: XrdPeak[];
  wavelengthAngstrom: number;
  twoThetaMinDeg: number;
  twoThetaMaxDeg: number;
}

const DEFAULT_SPECIES: Record<AtomElement, readonly SiteSpecies[]> = {
  A: [{ symbol: 'Cs' }],
  B: [{ symbol: 'Pb' }],
  X: [{ symbol: 'Br' }],
};

function isScatterer(symbol: string): symbol is ScattererSymbol {
  return isFormFactorElement(symbol) || Object.prototype.hasOwnProperty.call(MOLECULAR_CATION_ATOMS, symbol);
}

function normaliseSpecies(value: ScattererSymbol | readonly SiteSpecies[] | undefined, fallback: readonly SiteSpecies[]): SiteSpecies[] {
  const list = value === undefined ? fallback : typeof value === 'string' ? [{ symbol: value }] : value;
  if (list.length === 0) throw new RangeError('each site needs at least one species');
  let total = 0;
  const out = list.map((s) => {
    if (!isScatterer(s.symbol)) throw new RangeError(`no form factor for '${String(s.symbol)}'`);
    const occupancy = s.occupancy ?? 1;
    if (!Number.isFinite(occupancy) || occupancy <= 0 || occupancy > 1) {
      throw new RangeError(`occupancy must lie in (0, 1]; got ${String(occupancy)}`);
    }
    total += occupancy;
    return { symbol: s.symbol, occupancy };
  });
  if (total > 1 + 1e-9) throw new RangeError(`occupancies on one site add to ${total} > 1`);
  return out;
}

/** A UnitCell with its site occupants as a ScatteringCrystal. */
export function crystalFromUnitCell(unitCell: UnitCell, species: SiteSpeciesMap = {}): ScatteringCrystal {
  const map: Record<AtomElement, SiteSpecies[]> = {
    A: normaliseSpecies(species.A, DEFAULT_SPECIES.A),
    B: normaliseSpecies(species.B, DEFAULT_SPECIES.B),
    X: normaliseSpecies(species.X, DEFAULT_SPECIES.X),
  };
  return {
    a: unitCell.a,
    b: unitCell.b,
    c: unitCell.c,
    kind: unitCell.kind,
    // Untilted positions mean "the cubic parent" only for the cubic and tilted perovskite cells.
    atoms: unitCell.atoms.map((atom) => ({
      frac: atom.frac,
      ...(atom.idealFrac && (unitCell.kind === 'cubic' || unitCell.kind === 'orthorhombic') ? { idealFrac: atom.idealFrac } : {}),
      species: map[atom.element],
    })),
  };
}

/**
 * A parsed CIF (lib/geometry/cif.ts parseCif) as a ScatteringCrystal: each atom row with its type symbol and
 * occupancy. Only orthogonal cells (α = β = γ = 90°) are accepted.
 * @throws RangeError for a non-orthogonal cell or a type symbol without form factor
 */
export function crystalFromCif(cif: CifData): ScatteringCrystal {
  if ([cif.alpha, cif.beta, cif.gamma].some((angle) => Math.abs(angle - 90) > 1e-6)) {
    throw new RangeError('powderXrd handles orthogonal cells only (α = β = γ = 90°)');
  }
  return {
    a: cif.a,
    b: cif.b,
    c: cif.c,
    atoms: cif.atoms.map((atom) => {
      if (!isScatterer(atom.symbol)) throw new RangeError(`no form factor for '${atom.symbol}'`);
      return { frac: atom.frac, species: [{ symbol: atom.symbol, occupancy: atom.occupancy }] };
    }),
  };
}

/**
 * Form factor of one site's occupants at s = sin θ/λ (Å⁻¹): Σ occupancy × f₀, molecular cations as the sum
 * of their atoms (lib/data/formFactors.ts).
 */
export function siteFormFactor(species: readonly SiteSpecies[], sPerAngstrom: number): number {
  let f = 0;
  for (const sp of species) {
    const occupancy = sp.occupancy ?? 1;
    if (isFormFactorElement(sp.symbol)) {
      f += occupancy * atomicFormFactor(sp.symbol, sPerAngstrom);
    } else {
      const atoms = MOLECULAR_CATION_ATOMS[sp.symbol];
      for (const [element, count] of Object.entries(atoms) as [FormFactorElement, number][]) {
        f += occupancy * count * atomicFormFactor(element, sPerAngstrom);
      }
    }
  }
  return f;
}

function assertPositiveFinite(value: number, name: string): void {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
    throw new RangeError(`${name} must be a positive finite number; got ${String(value)}`);
  }
}

/** Pseudo-cubic indices of a Pnma (b long) reflection: ((h + l)/2, (h − l)/2, k/2). */
export function pnmaPseudoCubicIndices(hkl: Hkl): Hkl {
  const [h, k, l] = hkl;
  return [(h + l) / 2, (h - l) / 2, k / 2];
}

/** R (three half-integer pseudo-cubic indices), M (two), X (one) or null (none: a fundamental reflection). */
export function superlatticePointOf(pseudoCubic: Hkl): SuperlatticePoint | null {
  const halves = pseudoCubic.filter((x) => Math.abs(x - Math.round(x)) > 0.25).length;
  return halves === 3 ? 'R' : halves === 2 ? 'M' : halves === 1 ? 'X' : null;
}

/** Family key of pymatgen's get_unique_families: sorted absolute values. */
function familyKey(hkl: Hkl): string {
  return hkl
    .map((x) => Math.abs(x))
    .sort((p, q) => p - q)
    .join(',');
}

interface Reflection {
  hkl: Hkl;
  twoThetaDeg: number;
  dSpacing: number;
  weight: number;
  superlattice: boolean | null;
}

/**
 * Powder pattern of a unit cell (site occupants from options.species, default CsPbBr₃) or of a prepared
 * ScatteringCrystal: the peaks inside the 2θ window with hkl, multiplicity and relative intensity
 * (equations in the file header).
 * @throws RangeError for a bad wavelength or window (needs 0 ≤ min < max ≤ 180°), a cell length ≤ 0,
 * or a species without form factor
 */
export function powderXrd(unitCell: UnitCell | ScatteringCrystal, options: XrdOptions = {}): XrdPattern {
  const slices = powderXrdSlices(unitCell, options);
  for (;;) {
    const step = slices.next();
    if (step.done) return step.value;
  }
}

/** Values of h per slice of powderXrdSlices. */
export const XRD_H_PER_SLICE = 2;

/**
 * powderXrd in slices, for a caller that spreads the work over several tasks (issue #15: the lattice view's
 * first pattern is computed as it mounts, where no task may be long): pauses (yields) after every
 * XRD_H_PER_SLICE values of h and returns the pattern — the same computation in the same order, so the same
 * numbers to the bit. In the default 2θ window a Pnma cell of CsPbBr₃ takes four calls of next(), a cubic
 * one three.
 */
export function* powderXrdSlices(unitCell: UnitCell | ScatteringCrystal, options: XrdOptions = {}): Generator<void, XrdPattern, void> {
  const wavelength = options.wavelengthAngstrom ?? CU_KALPHA1_ANGSTROM;
  const minDeg = options.twoThetaMinDeg ?? XRD_TWO_THETA_MIN_DEG;
  const maxDeg = options.twoThetaMaxDeg ?? XRD_TWO_THETA_MAX_DEG;
  assertPositiveFinite(wavelength, 'wavelengthAngstrom');
  if (!Number.isFinite(minDeg) || !Number.isFinite(maxDeg) || minDeg < 0 || maxDeg > 180 || minDeg >= maxDeg) {
    throw new RangeError(`2θ window must satisfy 0 ≤ min < max ≤ 180°; got ${String(minDeg)}–${String(maxDeg)}`);
  }
  const crystal: ScatteringCrystal =
    unitCell.atoms.length > 0 && 'species' in unitCell.atoms[0]
      ? (unitCell as ScatteringCrystal)
      : crystalFromUnitCell(unitCell as UnitCell, options.species);
  const { a, b, c } = crystal;
  assertPositiveFinite(a, 'a');
  assertPositiveFinite(b, 'b');
  assertPositiveFinite(c, 'c');
  const hasIdeal = crystal.atoms.length > 0 && crystal.atoms.every((atom) => atom.idealFrac !== undefined);

  // Sites grouped by identical occupants (one form-factor evaluation per group per reflection).
  const groups = new Map<string, { species: readonly SiteSpecies[]; indices: number[] }>();
  crystal.atoms.forEach((atom, index) => {
    const key = atom.species.map((s) => `${s.symbol}:${s.occupancy ?? 1}`).join('|');
    const group = groups.get(key) ?? { species: atom.species, indices: [] };
    group.indices.push(index);
    groups.set(key, group);
  });
  const groupList = [...groups.values()];

  const toRad = Math.PI / 180;
  const gMin = (2 * Math.sin((minDeg / 2) * toRad)) / wavelength; // 1/d at the window edges
  const gMax = (2 * Math.sin((Math.min(maxDeg, 180) / 2) * toRad)) / wavelength;
  const hMax = Math.floor(a * gMax);
  const kMax = Math.floor(b * gMax);
  const lMax = Math.floor(c * gMax);

  const reflections: Reflection[] = [];
  let strongestRaw = 0;
  // Form factors of each group at each 1/d met: reflections that differ only in the signs of h, k, l have the
  // same 1/d (bit for bit), so one evaluation serves them all (issue #15: the first pattern is computed as the
  // view mounts).
  const formFactors = new Map<number, number[]>();
  for (let h = -hMax; h <= hMax; h++) {
    for (let k = -kMax; k <= kMax; k++)
      for (let l = -lMax; l <= lMax; l++) {
        if (h === 0 && k === 0 && l === 0) continue;
        // Friedel's law: with real form factors F(−h −k −l) is the complex conjugate of F(h k l) — the phases
        // below are exactly negated — so the weight and the superlattice test are the same: each pair is
        // computed once, at its first non-zero index positive, and both are listed (the sort below orders them).
        if (h < 0 || (h === 0 && (k < 0 || (k === 0 && l < 0)))) continue;
        const g = Math.sqrt((h * h) / (a * a) + (k * k) / (b * b) + (l * l) / (c * c)); // 1/d, Å⁻¹
        if (g < gMin || g > gMax) continue;
        const sinTheta = (wavelength * g) / 2;
        if (sinTheta > 1) continue;
        const theta = Math.asin(sinTheta);
        const s = g / 2;
        let re = 0;
        let im = 0;
        let reIdeal = 0;
        let imIdeal = 0;
        let fSquaredSum = 0;
        let fs = formFactors.get(g);
        if (!fs) {
          fs = groupList.map((group) => siteFormFactor(group.species, s));
          formFactors.set(g, fs);
        }
        for (let gi = 0; gi < groupList.length; gi++) {
          const group = groupList[gi];
          const f = fs[gi];
          for (const index of group.indices) {
            const atom = crystal.atoms[index];
            const phase = 2 * Math.PI * (h * atom.frac[0] + k * atom.frac[1] + l * atom.frac[2]);
            re += f * Math.cos(phase);
            im += f * Math.sin(phase);
            fSquaredSum += f * f;
            if (hasIdeal && atom.idealFrac) {
              const p0 = 2 * Math.PI * (h * atom.idealFrac[0] + k * atom.idealFrac[1] + l * atom.idealFrac[2]);
              reIdeal += f * Math.cos(p0);
              imIdeal += f * Math.sin(p0);
            }
          }
        }
        const cos2t = Math.cos(2 * theta);
        const lp = (1 + cos2t * cos2t) / (sinTheta * sinTheta * Math.cos(theta));
        const weight = (re * re + im * im) * lp;
        strongestRaw = Math.max(strongestRaw, weight);
        const twoThetaDeg = (2 * theta) / toRad;
        const dSpacing = 1 / g;
        // F of the untilted atoms is exactly 0 at a superlattice position; 1e-12 of Σf² guards rounding.
        const superlattice = hasIdeal ? reIdeal * reIdeal + imIdeal * imIdeal < 1e-12 * fSquaredSum * fSquaredSum : null;
        reflections.push(
          { hkl: [h, k, l], twoThetaDeg, dSpacing, weight, superlattice },
          { hkl: [-h || 0, -k || 0, -l || 0], twoThetaDeg, dSpacing, weight, superlattice },
        );
      }
    if (h >= 0 && (h + 1) % XRD_H_PER_SLICE === 0) yield;
  }

  // pymatgen order: by |g|, then larger indices first; merge coincident reflections into one peak.
  reflections.sort(
    (p, q) => p.twoThetaDeg - q.twoThetaDeg || q.hkl[0] - p.hkl[0] || q.hkl[1] - p.hkl[1] || q.hkl[2] - p.hkl[2],
  );
  const merged: { first: Reflection; members: Reflection[]; weight: number }[] = [];
  for (const r of reflections) {
    const last = merged[merged.length - 1];
    if (last && Math.abs(r.twoThetaDeg - last.first.twoThetaDeg) < TWO_THETA_MERGE_TOL_DEG) {
      last.members.push(r);
      last.weight += r.weight;
    } else {
      merged.push({ first: r, members: [r], weight: r.weight });
    }
  }
  const strongest = merged.reduce((m, p) => Math.max(m, p.weight), 0);
  const orthorhombic = crystal.kind === 'orthorhombic';
  const peaks: XrdPeak[] = [];
  if (strongest > 0 && strongestRaw > 0) {
    for (const p of merged) {
      const intensity = (100 * p.weight) / strongest;
      if (intensity <= SCALED_INTENSITY_TOL) continue;
      const families = new Map<string, XrdFamily>();
      for (const r of p.members) {
        const key = familyKey(r.hkl);
        const family = families.get(key);
        if (family) family.multiplicity++;
        else families.set(key, { hkl: r.hkl, multiplicity: 1 });
      }
      const familyList = [...families.values()];
      const hkl = familyList[0].hkl;
      const pseudoCubic = orthorhombic ? pnmaPseudoCubicIndices(hkl) : null;
      peaks.push({
        twoThetaDeg: p.first.twoThetaDeg,
        dSpacingAngstrom: p.first.dSpacing,
        hkl,
        intensity,
        multiplicity: p.members.length,
        families: familyList,
        superlattice: p.members.every((r) => r.superlattice === true),
        pseudoCubic,
        superlatticePoint: pseudoCubic ? superlatticePointOf(pseudoCubic) : null,
      });
    }
  }
  return { peaks, wavelengthAngstrom: wavelength, twoThetaMinDeg: minDeg, twoThetaMaxDeg: maxDeg };
}
