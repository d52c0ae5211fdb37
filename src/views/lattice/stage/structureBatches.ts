/**
 * The GPU batches of one perovskite structure: sphere impostors per species (impostor.ts), the BX₆
 * octahedra (octahedra.ts; both one non-instanced mesh each: SwiftShader pays per instance), instanced B–X
 * bond cylinders and the unit-cell box, plus the structure's bounds.
 *
 * A slider step (radius, tilt, cell parameter) keeps the topology: positions, matrices and flags are
 * written into the existing vertex and instance buffers (needsUpdate, no new buffers, no new materials). Only a new
 * topology (kind, repeats, shape: other atom counts) disposes the batches and builds new ones.
 * Materials are the owner's (LatticeScene); geometries and instance buffers made here are disposed here.
 */
import { InstancedMesh, Matrix4, Quaternion, Sphere, Vector3, type BufferGeometry, type Scene, type ShaderMaterial } from 'three';
import { ImpostorBatch } from '../impostor';
import { OctahedronBatch } from './octahedra';
import { BOND_RADIUS_ANGSTROM, displayRadiusAngstrom } from './materials';
import { SPECIES, type LatticeStructure, type LatticeStyle, type Species } from './types';
import { structureBounds } from './bounds';

export interface BatchMaterials {
  species: Record<Species, ShaderMaterial>;
  octahedra: ShaderMaterial;
  bonds: ShaderMaterial;
  cell: ShaderMaterial;
}

const Y = new Vector3(0, 1, 0);

export class StructureBatches {
  atoms: Record<Species, ImpostorBatch> | null = null;
  private octahedra: OctahedronBatch | null = null;
  private bonds: InstancedMesh | null = null;
  private cellBox: InstancedMesh | null = null;
  structure: LatticeStructure | null = null;
  /** Bounding sphere of the drawn structure (world, Å), for framing, clipping and depth cue. */
  readonly bounds = new Sphere(new Vector3(), 1);
  /** Box of the atom centres (world, Å), for the space-filling facing test. */
  readonly boxMin = new Vector3();
  readonly boxMax = new Vector3();
  private bondsStale = true;
  private octaStale = true;
  private octaFlagsStale = true;
  private readonly scratchM = new Matrix4();
  private readonly scratchQ = new Quaternion();
  private readonly scratchV = new Vector3();
  private readonly scratchS = new Vector3();
  private readonly scratchP = new Vector3();

  constructor(
    private readonly scene: Scene,
    private readonly materials: BatchMaterials,
    /** Shared bond cylinder (owned by the scene): used by the bonds and the cell box. */
    private readonly bondGeometry: BufferGeometry,
  ) {}

  /**
   * Draws `structure`. Same topologyKey and counts as before: positions, matrices and flags are copied
   * into the existing GPU buffers (no reallocation). Otherwise the batches are rebuilt.
   * Returns true when it rebuilt.
   */
  set(structure: LatticeStructure, style: LatticeStyle): boolean {
    const prev = this.structure;
    const same =
      prev !== null &&
      this.atoms !== null &&
      prev.topologyKey === structure.topologyKey &&
      SPECIES.every((s) => this.atoms![s].capacity === structure.positions[s].length / 3) &&
      (this.octahedra?.count ?? 0) === structure.octahedra.length / 16 &&
      (this.bonds?.count ?? 0) === structure.bonds.length / 6;
    this.structure = structure;
    if (!same) this.rebuild(structure, style);
    else
      this.updateInPlace(
        structure,
        style,
        prev.flags !== structure.flags || prev.octahedronFlags !== structure.octahedronFlags || prev.nearFaces !== structure.nearFaces,
      );
    return !same;
  }

  private rebuild(s: LatticeStructure, style: LatticeStyle): void {
    this.disposeBatches();
    const atoms = {} as Record<Species, ImpostorBatch>;
    for (const sp of SPECIES) {
      const batch = new ImpostorBatch(s.positions[sp].length / 3, this.materials.species[sp]);
      batch.mesh.renderOrder = 0;
      atoms[sp] = batch;
      this.scene.add(batch.mesh);
    }
    this.atoms = atoms;

    this.octahedra = new OctahedronBatch(s.octahedra.length / 16, this.materials.octahedra);
    this.octahedra.mesh.renderOrder = 2; // after opaque atoms
    this.scene.add(this.octahedra.mesh);

    const nBond = s.bonds.length / 6;
    this.bonds = new InstancedMesh(this.bondGeometry, this.materials.bonds, Math.max(nBond, 1));
    this.bonds.count = nBond;
    this.bonds.frustumCulled = false;
    this.bonds.renderOrder = 1;
    this.scene.add(this.bonds);

    this.updateInPlace(s, style, true);
  }

  private updateInPlace(s: LatticeStructure, style: LatticeStyle, flagsChanged: boolean): void {
    if (!this.atoms || !this.octahedra || !this.bonds) return;
    for (const sp of SPECIES) {
      const b = this.atoms[sp];
      b.centers.set(s.positions[sp]);
      if (flagsChanged) {
        // instanceFlag = FLAG_* + 4 × near-face mask (impostor.ts decodes both).
        const f = s.flags?.[sp];
        const faces = s.nearFaces?.[sp];
        for (let i = 0; i < b.capacity; i++) b.flags[i] = (f ? f[i] : 0) + 4 * (faces ? faces[i] : 0);
      }
      b.markChanged({ centers: true, flags: flagsChanged });
    }
    // Octahedra and bonds only matter in their own style: written now if shown, else when the style switches.
    this.octaStale = true;
    if (flagsChanged) this.octaFlagsStale = true;
    if (style === 'poly') this.updateOctahedra();
    this.bondsStale = true;
    if (style === 'ball') this.updateBondMatrices();
  }

  /**
   * Radii, visibility and counts for a style (space-filling draws only the atoms near the surface), and
   * the bounds. Radii are re-uploaded only when they changed.
   */
  applyStyle(style: LatticeStyle, radii: { rA: number; rB: number; rX: number }): void {
    if (!this.atoms) return;
    const shell = style === 'space' ? this.structure?.shellCounts : undefined;
    for (const s of SPECIES) {
      const batch = this.atoms[s];
      const r = displayRadiusAngstrom(style, s, radii);
      if (batch.radii[0] !== Math.fround(r)) batch.fillRadius(r); // no re-upload while only positions move
      batch.count = shell ? shell[s] : batch.capacity;
      batch.mesh.visible = batch.count > 0;
    }
    if (this.octahedra) this.octahedra.mesh.visible = style === 'poly' && this.octahedra.count > 0;
    if (this.bonds) this.bonds.visible = style === 'ball' && this.bonds.count > 0;
    if (style === 'ball') this.updateBondMatrices();
    if (style === 'poly') this.updateOctahedra();
    this.updateBounds(style, radii);
  }

  /** The octahedra's vertices (and flags, when they changed) from the structure, if stale. */
  private updateOctahedra(): void {
    const s = this.structure;
    if (!s || !this.octahedra || !this.octaStale) return;
    this.octaStale = false;
    this.octahedra.setMatrices(s.octahedra);
    if (this.octaFlagsStale) {
      this.octaFlagsStale = false;
      this.octahedra.setFlags(s.octahedronFlags ?? null);
    }
  }

  /** Bonds: T(B) · R(ŷ → X − B) · S(r, |X − B|, r), one matrix per bond. */
  private updateBondMatrices(): void {
    const s = this.structure;
    if (!s || !this.bonds || !this.bondsStale) return;
    this.bondsStale = false;
    const nBond = s.bonds.length / 6;
    const m = this.scratchM;
    const arr = this.bonds.instanceMatrix.array as Float32Array;
    for (let i = 0; i < nBond; i++) {
      const o = i * 6;
      this.scratchP.set(s.bonds[o], s.bonds[o + 1], s.bonds[o + 2]);
      this.scratchV.set(s.bonds[o + 3] - s.bonds[o], s.bonds[o + 4] - s.bonds[o + 1], s.bonds[o + 5] - s.bonds[o + 2]);
      const len = this.scratchV.length();
      this.scratchQ.setFromUnitVectors(Y, this.scratchV.multiplyScalar(1 / (len || 1)));
      this.scratchS.set(BOND_RADIUS_ANGSTROM, len, BOND_RADIUS_ANGSTROM);
      m.compose(this.scratchP, this.scratchQ, this.scratchS);
      m.toArray(arr, i * 16);
    }
    this.bonds.instanceMatrix.needsUpdate = true;
  }

  /** Bounds and box of the atom centres (stage/bounds.ts: the static poster frames with the same sphere). */
  private updateBounds(style: LatticeStyle, radii: { rA: number; rB: number; rX: number }): void {
    const s = this.structure;
    if (!s) return;
    const b = structureBounds(s, style, radii);
    this.boxMin.set(...b.min);
    this.boxMax.set(...b.max);
    this.bounds.center.set(...b.center);
    this.bounds.radius = b.radius;
  }

  /** The outlined unit cell as 12 thin cylinders (WebGL lines are 1 px: too faint on a projector). */
  updateCellBox(visible: boolean): void {
    const s = this.structure;
    if (!s) return;
    const { a, b, c, origin } = s.cell;
    const o = new Vector3(...origin);
    const corners = [
      [0, 0, 0], [a, 0, 0], [a, b, 0], [0, b, 0],
      [0, 0, c], [a, 0, c], [a, b, c], [0, b, c],
    ].map(([x, y, z]) => new Vector3(x, y, z).add(o));
    const edges = [0, 1, 1, 2, 2, 3, 3, 0, 4, 5, 5, 6, 6, 7, 7, 4, 0, 4, 1, 5, 2, 6, 3, 7];
    if (!this.cellBox) {
      this.cellBox = new InstancedMesh(this.bondGeometry, this.materials.cell, 12);
      this.cellBox.frustumCulled = false;
      this.cellBox.renderOrder = 1;
      this.scene.add(this.cellBox);
    }
    // Thin, but at least ~1.5 px at the framing distance of big supercells.
    const radius = Math.max(0.05, this.bounds.radius * 0.0022);
    for (let e = 0; e < 12; e++) {
      const p = corners[edges[2 * e]];
      const d = corners[edges[2 * e + 1]].clone().sub(p);
      const len = d.length();
      this.scratchQ.setFromUnitVectors(Y, d.multiplyScalar(1 / len));
      this.scratchM.compose(p, this.scratchQ, this.scratchS.set(radius, len, radius));
      this.cellBox.setMatrixAt(e, this.scratchM);
    }
    this.cellBox.instanceMatrix.needsUpdate = true;
    this.cellBox.visible = visible;
  }

  setCellVisible(visible: boolean): void {
    if (this.cellBox) this.cellBox.visible = visible;
  }

  /** Atom position (world, Å) by species and index, or null. */
  atomPosition(species: Species, index: number): Vector3 | null {
    const b = this.atoms?.[species];
    if (!b || index < 0 || index >= b.count) return null;
    return new Vector3(b.centers[index * 3], b.centers[index * 3 + 1], b.centers[index * 3 + 2]);
  }

  atomCount(species: Species): number {
    return this.atoms?.[species].count ?? 0;
  }

  /** Frees every batch, instance buffer and per-structure geometry (materials and the bond geometry are the owner's). */
  disposeBatches(): void {
    if (this.atoms) {
      for (const s of SPECIES) {
        this.scene.remove(this.atoms[s].mesh);
        this.atoms[s].dispose();
      }
      this.atoms = null;
    }
    if (this.octahedra) {
      this.scene.remove(this.octahedra.mesh);
      this.octahedra.dispose();
      this.octahedra = null;
    }
    if (this.bonds) {
      this.scene.remove(this.bonds);
      this.bonds.dispose();
      this.bonds = null;
    }
    if (this.cellBox) {
      this.scene.remove(this.cellBox);
      this.cellBox.dispose();
      this.cellBox = null;
    }
  }
}
