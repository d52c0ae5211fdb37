/**
 * Types of the surface model of the ligand explorer (issue #6): a small patch of one facet of a dot,
 * as a slab of atoms (for the side and top drawings) and a list of surface sites (what a ligand can
 * bind, what a vacancy removes). Lengths in Å, charges in units of the elementary charge e.
 *
 * Pure TypeScript: no DOM.
 */

/**
 * Dot materials of the surface models. The same list as the URL schema's MATERIALS (src/lib/state/schema.ts
 * imports it from here, so the layers stay ordered: surface below state).
 */
export const MATERIALS = ['CsPbCl3', 'CsPbBr3', 'CsPbI3', 'PbS'] as const;
export type MaterialId = (typeof MATERIALS)[number];

/**
 * Kinds of surface site. The same union as `SiteKind` of src/lib/data/ligands.ts (the ligand library,
 * written in parallel); kept here too so the geometry does not depend on the ligand data.
 * - 'A'      surface A-site cation (Cs⁺) of a CsX-terminated CsPbX₃ (100) facet
 * - 'X'      surface halide
 * - 'Pb-uc'  under-coordinated Pb²⁺ (missing a halide neighbour): the trap of review §3
 * - 'A-vac'  A-site (Cs⁺) vacancy
 * - 'X-vac'  halide vacancy
 * - 'Pb111'  Pb of the Pb-terminated polar PbS (111) facet (PbS paper)
 * - 'Pb100'  Pb of the non-polar PbS (100) facet
 * - 'S100'   S of the non-polar PbS (100) facet
 */
export type SiteKind = 'A' | 'X' | 'Pb-uc' | 'A-vac' | 'X-vac' | 'Pb111' | 'Pb100' | 'S100';

export type SurfaceFacet = '100' | '111';
export type Termination = 'CsX' | 'PbX2';
export type SurfaceElement = 'Cs' | 'Pb' | 'Cl' | 'Br' | 'I' | 'S';

/** One atom of the slab. x, y in the surface plane, z up (0 = the outermost layer's plane). */
export interface SurfaceAtom {
  /** Unique within a surface, stable: e.g. 'L1-Pb-3-2'. Not a URL id. */
  key: string;
  element: SurfaceElement;
  /** Formal ionic charge, e (Cs +1, Pb +2, halide −1, S −2). */
  chargeE: number;
  xAngstrom: number;
  yAngstrom: number;
  zAngstrom: number;
  /** Layer index: 0 = outermost, 1 = next, … */
  layer: number;
  /** Ionic radius used for the drawing, Å (see radii.ts). */
  radiusAngstrom: number;
  /** Row of the top-view grid whose side-view cut shows this atom, or null when no cut shows it. */
  row: number | null;
  /** Side-view abscissa (x projected along the row direction), Å. */
  sideXAngstrom: number;
  /** The surface site this atom occupies, or null for a sub-surface atom. */
  siteId: string | null;
}

/** One surface site, addressable from the URL by its id. */
export interface SurfaceSite {
  /** Stable URL-safe id: 'a12' (A site), 'x7' (halide), 'p3' (Pb), 's5' (S). */
  id: string;
  kind: SiteKind;
  /** What sits (or sat) there. */
  element: SurfaceElement;
  xAngstrom: number;
  yAngstrom: number;
  zAngstrom: number;
  sideXAngstrom: number;
  /** Top-view grid row and column (for the keyboard grid and the side-view cut). */
  row: number;
  col: number;
  /** Whether this site is a vacancy (A-vac, X-vac). */
  vacant: boolean;
  /** Whether a vacancy can be created here (A and X sites of CsPbX₃ only). */
  vacancyAllowed: boolean;
  /** For an X-vac: the Pb site ids it exposes (under-coordinated Pb). For a Pb-uc: the X-vac ids above it. */
  exposes: string[];
}

/** A layer of the slab, outermost first. */
export interface SurfaceLayer {
  index: number;
  /** e.g. 'CsBr', 'PbBr2', 'Pb', 'S', 'PbS'. */
  composition: string;
  zAngstrom: number;
}

export interface Surface {
  system: MaterialId;
  facet: SurfaceFacet;
  /** Termination of the CsPbX₃ (100) facet; null for PbS. */
  termination: Termination | null;
  /** Halide of CsPbX₃, null for PbS. */
  halide: 'Cl' | 'Br' | 'I' | null;
  /** Lattice parameter used (cubic a of CsPbX₃ or rock-salt a of PbS), Å. */
  aAngstrom: number;
  /** Distance between neighbouring grid positions in the top view, Å. */
  pitchAngstrom: number;
  /** Grid size: columns × rows of the top-view patch. */
  cols: number;
  rows: number;
  /** Extent of the patch in the surface plane, Å. */
  widthAngstrom: number;
  depthAngstrom: number;
  layers: SurfaceLayer[];
  /** Atoms present (vacancies removed). */
  atoms: SurfaceAtom[];
  /** Sites of the outermost layer, in reading order (row, then column, then kind). */
  sites: SurfaceSite[];
  /** Vacancy site ids applied (valid ones only, in input order, no duplicates). */
  vacancies: string[];
  /** Review-style notation of the termination model, e.g. "[CsPbBr₃](PbBr₂){CsBr}"; "PbS (111)" for PbS. */
  notation: string;
}

export interface SurfaceParams {
  system: MaterialId;
  facet: SurfaceFacet;
  term: Termination;
}
