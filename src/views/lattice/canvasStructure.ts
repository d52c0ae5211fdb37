/**
 * From the geometry core (src/lib/geometry) to what the lattice canvas draws: per-species position arrays,
 * octahedron matrices, B–X bond segments and surface flags, reusing every buffer while the topology
 * (kind, repeats, shape, cells per nanocube edge) stays the same, so moving a radius or the tilt only
 * rewrites positions in place.
 *
 * Geometry conventions (supercell.ts, nanocrystal.ts): Å, x ∥ a, y ∥ b, z ∥ c, centred on the origin;
 * closed-box supercells (atoms on faces drawn once per supercell); nanocubes are cubic-phase with a CsX
 * outer layer (the review's common termination, Xu et al. 2024 §3).
 * No three.js and no DOM here.
 */
import { buildSupercell, buildOctahedra, findBXPairs, ELEMENT_CODE, type AtomArrays, type BondPairs, type Supercell } from '../../lib/geometry/supercell';
import { buildNanocubeCrystal, type Nanocrystal } from '../../lib/geometry/nanocrystal';
import { TILT_BUILD_MAX_DEG, buildDeltaCell, buildPnmaCell, type PnmaPerovskiteSites } from '../../lib/geometry/perovskite';
import { blendPnmaSites, untiltedPnmaSites } from '../../lib/geometry/structureModel';
import { FLAG_FACET100, FLAG_INTERIOR, FLAG_SURFACE } from './stage/flags';
import { buildRockSaltSupercell } from '../../lib/geometry/rocksalt';
import { buildPbsDot, FACET_100, FACET_NONE, type PbsDot } from '../../lib/geometry/pbsDot';
import { SPECIES, type Species } from './stage/species';
import type { LatticeStructure } from './stage/types';

export interface StructureInputs {
  /**
   * 'cubic' and 'orthorhombic' are drawn LIKE WITH LIKE: both in the same Pnma-setting box
   * (√2 a_pc × 2 a_pc × √2 a_pc per cell, 4 formula units), so switching the phase changes only the tilt
   * (the cubic structure is the untilted one). 'delta': the non-perovskite δ-CsPbI₃ cell.
   */
  kind: 'cubic' | 'orthorhombic' | 'delta';
  cells: [number, number, number];
  shape: 'cells' | 'cube';
  edgeNm: number;
  aPseudoCubicAngstrom: number;
  tiltDeg: number;
  /**
   * The orthorhombic structure of the composition (lib/geometry/structureModel.ts) and its mean tilt.
   * The drawn structure is the untilted one blended towards `sites` by tiltDeg / sitesTiltDeg (0 = cubic,
   * 1 = `sites` exactly), so the tilt animates. Absent: the one-angle rigid model with tiltDeg.
   */
  sites?: PnmaPerovskiteSites | null;
  sitesTiltDeg?: number;
  /**
   * Rock-salt PbS instead of a perovskite (issue #19): 'cells' = closed-box supercells of the Fm-3m cell
   * (`cells` = cubic cells per edge), 'dot' = the faceted dot of diameter diameterNm (lib/geometry/pbsDot.ts).
   * Pb is drawn as species B, S as X; there is no A.
   */
  pbs?: { mode: 'cells' | 'dot'; diameterNm: number } | null;
}

/** Facts about the built structure for the description, legend and tooltips. */
export interface StructureInfo {
  /** 'cubic' | 'orthorhombic' | 'delta' actually drawn (nanocubes are always cubic). */
  kind: 'cubic' | 'orthorhombic' | 'delta';
  shape: 'cells' | 'cube';
  repeats: [number, number, number];
  counts: Record<Species, number>;
  total: number;
  octahedra: number;
  bonds: number;
  cell: { a: number; b: number; c: number };
  /** Tilt used, degrees (0 for cubic). */
  tiltDeg: number;
  /** Cubic drawn in the Pnma-setting box of the orthorhombic structure (like with like). */
  sameBox: boolean;
  /** World position (Å) that tooltips count coordinates from: the corner of the first unit cell. */
  coordinateOrigin: [number, number, number];
  /** Nanocube only: cells per edge, actual edge (nm), atoms in the surface layer, clamped by the atom cap. */
  cube: { cellsPerEdge: number; edgeNm: number; surfaceAtoms: number; clamped: boolean } | null;
  /** PbS only: 'cells' or the dot with its facet counts (pbsDot.ts). */
  pbs: { mode: 'cells' | 'dot'; dot: Pick<PbsDot, 'counts' | 'diameterNm' | 'share100Atoms' | 'share100Area' | 'share100Model' | 'clamped'> | null } | null;
}

/**
 * Depth (unit cells) below which space-filling atoms are not drawn: two cells of touching ions hide
 * everything behind them (rays through the ~0.1 Å gaps between them reach at most a few pixels).
 */
export const BURIED_DEPTH_CELLS = 2;

const CODE_TO_SPECIES: Species[] = [];
CODE_TO_SPECIES[ELEMENT_CODE.A] = 'A';
CODE_TO_SPECIES[ELEMENT_CODE.B] = 'B';
CODE_TO_SPECIES[ELEMENT_CODE.X] = 'X';

const ORTHO_DIR_111: [number, number, number] = [Math.SQRT2 / Math.sqrt(3), 1 / Math.sqrt(3), 0];
const CUBIC_DIR_111: [number, number, number] = [1 / Math.sqrt(3), 1 / Math.sqrt(3), 1 / Math.sqrt(3)];

/** Clamps a tilt to what buildUnitCell accepts ([0, 30]°); NaN → 0. */
function safeTilt(tiltDeg: number): number {
  if (!Number.isFinite(tiltDeg) || tiltDeg < 0) return 0;
  return Math.min(TILT_BUILD_MAX_DEG, tiltDeg);
}

function clampRepeat(n: number): number {
  return Number.isFinite(n) ? Math.max(1, Math.min(20, Math.round(n))) : 1;
}

/**
 * Repeats of a cell of lengths (a, b, c) that span about n₁ × n₂ × n₃ pseudo-cubic cells of size aPc:
 * round(nᵢ aPc / lengthᵢ), at least 1. For the Pnma box (√2 × 2 × √2 a_pc) `cells = 2` gives one cell
 * (4 formula units: uncluttered, the tilt visible), 3 gives 2 × 2 × 2, 20 gives 14 × 10 × 14.
 */
export function pseudoCubicRepeats(
  cells: [number, number, number],
  aPc: number,
  lengths: { a: number; b: number; c: number },
): [number, number, number] {
  const n = cells.map(clampRepeat);
  const r = (k: number, len: number): number => Math.max(1, Math.min(20, Math.round((n[k] * aPc) / len)));
  return [r(0, lengths.a), r(1, lengths.b), r(2, lengths.c)];
}

/**
 * Builds structures, keeping buffers between calls with the same topology. One instance per canvas.
 */
export class StructureBuilder {
  private atoms: Supercell | Nanocrystal | PbsDot | null = null;
  private key = '';
  private index: Record<Species, Uint32Array> | null = null;
  private positions: Record<Species, Float32Array> | null = null;
  private flags: Record<Species, Uint8Array> | null = null;
  private octaFlags: Uint8Array | null = null;
  private pairs: BondPairs | null = null;
  private octa: Float32Array | undefined;
  private bonds: Float32Array = new Float32Array(0);
  /** Per species, how many atoms (listed first) lie within BURIED_DEPTH_CELLS of the surface. */
  private shell: Record<Species, number> = { A: 0, B: 0, X: 0 };
  private faces: Record<Species, Uint8Array> | null = null;
  /** Number of topology changes so far (tests and the data-rebuilds attribute). */
  rebuilds = 0;

  /** The atom arrays of the last build (site labels, layers). */
  get current(): AtomArrays | null {
    return this.atoms;
  }

  /** Global atom index (into `current`) of atom `i` of a species. */
  globalIndex(species: Species, i: number): number {
    return this.index?.[species][i] ?? -1;
  }

  build(inputs: StructureInputs): { structure: LatticeStructure; info: StructureInfo } {
    const a = inputs.aPseudoCubicAngstrom;
    let atoms: Supercell | Nanocrystal | PbsDot;
    let key: string;
    let kind: 'cubic' | 'orthorhombic' | 'delta';
    let repeats: [number, number, number];
    let tilt = 0;
    if (inputs.pbs?.mode === 'dot') {
      kind = 'cubic';
      const dot = buildPbsDot(Number.isFinite(inputs.pbs.diameterNm) && inputs.pbs.diameterNm > 0 ? inputs.pbs.diameterNm : 6);
      atoms = dot;
      key = `pbs-dot|${dot.n}|${dot.h}`;
      repeats = [1, 1, 1];
    } else if (inputs.pbs) {
      kind = 'cubic';
      repeats = inputs.cells.map(clampRepeat) as [number, number, number];
      key = `pbs-cells|${repeats.join('x')}`;
      const prev = this.key === key && this.atoms && 'cell' in this.atoms ? this.atoms : undefined;
      atoms = buildRockSaltSupercell(repeats[0], repeats[1], repeats[2], prev ? { out: prev } : {});
    } else if (inputs.shape === 'cube') {
      kind = 'cubic';
      const prev = this.atoms && 'surface' in this.atoms ? this.atoms : null;
      atoms = buildNanocubeCrystal(inputs.edgeNm, a, 'CsX', prev ? { out: prev } : {});
      key = `cube|${atoms.cellsPerEdge}`;
      repeats = [atoms.cellsPerEdge, atoms.cellsPerEdge, atoms.cellsPerEdge];
    } else if (inputs.kind === 'delta') {
      // `cells` counts pseudo-cubic cells per edge (see pseudoCubicRepeats): the chain axis b repeats most.
      kind = 'delta';
      const cell = buildDeltaCell();
      repeats = pseudoCubicRepeats(inputs.cells, cell.aPseudoCubic, cell);
      key = `delta|${repeats.join('x')}`;
      const prev = this.key === key && this.atoms && !('surface' in this.atoms) ? this.atoms : undefined;
      atoms = buildSupercell(cell, repeats[0], repeats[1], repeats[2], prev ? { out: prev } : {});
    } else if (inputs.sites) {
      // Like with like: cubic = the untilted structure in the same Pnma-setting box as the orthorhombic one,
      // with `cells` counting pseudo-cubic cells per edge.
      kind = inputs.kind;
      const untilted = untiltedPnmaSites(a);
      repeats = pseudoCubicRepeats(inputs.cells, a, untilted);
      key = `pnma|${repeats.join('x')}`;
      tilt = safeTilt(inputs.tiltDeg);
      const full = inputs.sitesTiltDeg ?? 0;
      const w = full > 0 ? Math.max(0, Math.min(1, tilt / full)) : 0;
      const sites = blendPnmaSites(untilted, inputs.sites, w);
      const prev = this.key === key && this.atoms && !('surface' in this.atoms) ? this.atoms : undefined;
      atoms = buildSupercell(buildPnmaCell(sites), repeats[0], repeats[1], repeats[2], prev ? { out: prev } : {});
    } else {
      kind = inputs.kind;
      repeats = inputs.cells.map(clampRepeat) as [number, number, number];
      key = `${kind}|${repeats.join('x')}`;
      tilt = kind === 'orthorhombic' ? safeTilt(inputs.tiltDeg) : 0;
      const prev = this.key === key && this.atoms && !('surface' in this.atoms) ? this.atoms : undefined;
      atoms = buildSupercell(kind, repeats[0], repeats[1], repeats[2], {
        aPseudoCubic: a,
        ...(kind === 'orthorhombic' ? { tiltDeg: tilt } : {}),
        ...(prev ? { out: prev } : {}),
      });
    }
    const topologyChanged = key !== this.key || !this.index;
    this.atoms = atoms;
    if (topologyChanged) this.retopologize(atoms, key);
    const index = this.index!;
    const positions = this.positions!;

    for (const sp of SPECIES) {
      const idx = index[sp];
      const out = positions[sp];
      for (let i = 0; i < idx.length; i++) {
        const g = idx[i] * 3;
        out[i * 3] = atoms.positions[g];
        out[i * 3 + 1] = atoms.positions[g + 1];
        out[i * 3 + 2] = atoms.positions[g + 2];
      }
    }
    const octa = buildOctahedra(atoms, this.octa ? { out: this.octa } : {});
    this.octa = octa.matrices;
    const pairs = this.pairs!;
    for (let p = 0; p < pairs.count; p++) {
      const i = pairs.bIndex[p] * 3;
      const j = pairs.xIndex[p] * 3;
      this.bonds[p * 6] = atoms.positions[i];
      this.bonds[p * 6 + 1] = atoms.positions[i + 1];
      this.bonds[p * 6 + 2] = atoms.positions[i + 2];
      this.bonds[p * 6 + 3] = atoms.positions[j];
      this.bonds[p * 6 + 4] = atoms.positions[j + 1];
      this.bonds[p * 6 + 5] = atoms.positions[j + 2];
    }

    const cellLengths = atoms.unitCell;
    // The outlined cell sits at the corner nearest the default camera (+x, +y, +z) so it is seen, not
    // buried; coordinates in tooltips count from the opposite corner (the crystallographic origin).
    let boxOrigin: [number, number, number];
    let coordOrigin: [number, number, number];
    if (!('cell' in atoms)) {
      const lo: [number, number, number] = [Infinity, Infinity, Infinity];
      const hi: [number, number, number] = [-Infinity, -Infinity, -Infinity];
      for (let i = 0; i < index.B.length; i++) {
        const g = index.B[i] * 3;
        for (let k = 0; k < 3; k++) {
          lo[k] = Math.min(lo[k], atoms.positions[g + k]);
          hi[k] = Math.max(hi[k], atoms.positions[g + k]);
        }
      }
      coordOrigin = lo;
      boxOrigin = [hi[0] - cellLengths.a, hi[1] - cellLengths.b, hi[2] - cellLengths.c];
    } else {
      const half = [(repeats[0] * cellLengths.a) / 2, (repeats[1] * cellLengths.b) / 2, (repeats[2] * cellLengths.c) / 2];
      coordOrigin = [-half[0], -half[1], -half[2]];
      boxOrigin = [half[0] - cellLengths.a, half[1] - cellLengths.b, half[2] - cellLengths.c];
    }

    const counts = { A: index.A.length, B: index.B.length, X: index.X.length };
    const structure: LatticeStructure = {
      topologyKey: key,
      positions,
      flags: this.flags,
      octahedra: octa.matrices.subarray(0, octa.count * 16),
      octahedronFlags: this.octaFlags,
      bonds: this.bonds,
      cell: { a: cellLengths.a, b: cellLengths.b, c: cellLengths.c, origin: boxOrigin },
      dir111: kind === 'orthorhombic' || key.startsWith('pnma') ? ORTHO_DIR_111 : CUBIC_DIR_111,
      shellCounts: this.shell,
      nearFaces: this.faces ?? undefined,
    };
    const info: StructureInfo = {
      kind,
      shape: inputs.shape,
      repeats,
      counts,
      total: counts.A + counts.B + counts.X,
      octahedra: octa.count,
      bonds: pairs.count,
      cell: { a: cellLengths.a, b: cellLengths.b, c: cellLengths.c },
      tiltDeg: tilt,
      sameBox: key.startsWith('pnma'),
      coordinateOrigin: coordOrigin,
      cube:
        'surface' in atoms
          ? {
              cellsPerEdge: atoms.cellsPerEdge,
              edgeNm: atoms.edgeLengthNm,
              surfaceAtoms: atoms.surface.subarray(0, atoms.count).reduce((s, v) => s + v, 0),
              clamped: atoms.clamped,
            }
          : null,
      pbs: inputs.pbs ? { mode: inputs.pbs.mode, dot: 'facet' in atoms ? atoms : null } : null,
    };
    return { structure, info };
  }

  /**
   * Faces of the crystal's box (bit k: 0 −x, 1 +x, 2 −y, 3 +y, 4 −z, 5 +z) that atom `i` lies within
   * BURIED_DEPTH_CELLS unit cells of. 0 = buried.
   */
  private nearFaces(atoms: Supercell | Nanocrystal | PbsDot, i: number): number {
    // A faceted dot has no box faces to hide behind: every atom counts as near every face (all drawn).
    if ('facet' in atoms) return 63;
    const { min, max } = atoms.bounds;
    const cell = !('cell' in atoms) ? [atoms.unitCell.a, atoms.unitCell.a, atoms.unitCell.a] : [atoms.cell.a, atoms.cell.b, atoms.cell.c];
    let mask = 0;
    for (let k = 0; k < 3; k++) {
      const x = atoms.positions[3 * i + k];
      const limit = (BURIED_DEPTH_CELLS + 0.01) * cell[k];
      if (x - min[k] <= limit) mask |= 1 << (2 * k);
      if (max[k] - x <= limit) mask |= 1 << (2 * k + 1);
    }
    return mask;
  }

  private retopologize(atoms: Supercell | Nanocrystal | PbsDot, key: string): void {
    this.key = key;
    this.rebuilds++;
    this.octa = undefined;
    const n: Record<Species, number> = { A: 0, B: 0, X: 0 };
    for (let i = 0; i < atoms.count; i++) n[CODE_TO_SPECIES[atoms.element[i]]]++;
    const index = { A: new Uint32Array(n.A), B: new Uint32Array(n.B), X: new Uint32Array(n.X) };
    const fill: Record<Species, number> = { A: 0, B: 0, X: 0 };
    for (let i = 0; i < atoms.count; i++) {
      const sp = CODE_TO_SPECIES[atoms.element[i]];
      index[sp][fill[sp]++] = i;
    }
    // Opaque space-filling spheres hide everything more than two unit cells below the surface (the
    // gaps between touching ions are ~0.1 Å wide): put those atoms last so the space-filling style can
    // skip them, and record which faces the others are near so the shader can also skip the shells of
    // faces turned away from the camera (fill, not triangles, limits software WebGL). Other styles draw
    // every atom.
    const shell: Record<Species, number> = { A: 0, B: 0, X: 0 };
    const faces = { A: new Uint8Array(n.A), B: new Uint8Array(n.B), X: new Uint8Array(n.X) };
    for (const sp of SPECIES) {
      const idx = index[sp];
      const front = Array.from(idx).filter((i) => this.nearFaces(atoms, i) !== 0);
      const back = Array.from(idx).filter((i) => this.nearFaces(atoms, i) === 0);
      idx.set(front);
      idx.set(back, front.length);
      shell[sp] = front.length;
      for (let i = 0; i < idx.length; i++) faces[sp][i] = this.nearFaces(atoms, idx[i]);
    }
    this.faces = faces;
    this.shell = shell;
    this.index = index;
    this.positions = { A: new Float32Array(n.A * 3), B: new Float32Array(n.B * 3), X: new Float32Array(n.X * 3) };
    // B–X pairs depend only on the topology (rigid octahedra keep their corners when tilted).
    this.pairs = findBXPairs(atoms);
    this.bonds = new Float32Array(this.pairs.count * 6);
    if ('surface' in atoms) {
      const flags = { A: new Uint8Array(n.A), B: new Uint8Array(n.B), X: new Uint8Array(n.X) };
      for (const sp of SPECIES) {
        const idx = index[sp];
        for (let i = 0; i < idx.length; i++) flags[sp][i] = atoms.surface[idx[i]] ? FLAG_SURFACE : FLAG_INTERIOR;
      }
      this.flags = flags;
      // An octahedron belongs to the surface layer when its B sits right under the outer plane (its
      // outward X is a surface atom).
      const oct = new Uint8Array(n.B);
      for (let i = 0; i < n.B; i++) oct[i] = atoms.layer[index.B[i]] <= 1 ? FLAG_SURFACE : FLAG_INTERIOR;
      this.octaFlags = oct;
    } else if ('facet' in atoms) {
      // PbS dot: (111) facets and edges with the surface rim, (100) facets with their own rim, inside muted.
      const flags = { A: new Uint8Array(n.A), B: new Uint8Array(n.B), X: new Uint8Array(n.X) };
      for (const sp of SPECIES) {
        const idx = index[sp];
        for (let i = 0; i < idx.length; i++) {
          const f = atoms.facet[idx[i]];
          flags[sp][i] = f === FACET_NONE ? FLAG_INTERIOR : f === FACET_100 ? FLAG_FACET100 : FLAG_SURFACE;
        }
      }
      this.flags = flags;
      this.octaFlags = null;
    } else {
      this.flags = null;
      this.octaFlags = null;
    }
  }
}
