/**
 * The lattice's merged (non-instanced) GPU batches draw what the instanced meshes they replace drew
 * (issue #15: SwiftShader pays per instance). OctahedronBatch: each octahedron's 24 vertices equal the
 * unit octahedron of materials.ts transformed by its matrix, face by face in the same order (so blending
 * order is unchanged). ImpostorBatch: every corner of an atom carries that atom's centre, radius and flag,
 * and `count` draws the first atoms only.
 */
import { describe, expect, it } from 'vitest';
import { Euler, Matrix4, Quaternion, ShaderMaterial, Vector3 } from 'three';
import { OctahedronBatch } from '../../../src/views/lattice/stage/octahedra';
import { createOctahedronGeometry } from '../../../src/views/lattice/stage/materials';
import { ImpostorBatch, BILLBOARD_VERTEX_RADIUS } from '../../../src/views/lattice/impostor';

const material = new ShaderMaterial();

describe('OctahedronBatch', () => {
  it('writes the unit octahedron transformed by each matrix, in the instanced geometry’s vertex order', () => {
    const unit = createOctahedronGeometry().getAttribute('position');
    const mats = [
      new Matrix4().compose(new Vector3(1, 2, 3), new Quaternion().setFromEuler(new Euler(0.2, -0.4, 0.7)), new Vector3(2.9, 3.1, 2.8)),
      new Matrix4().makeBasis(new Vector3(3, 0.1, 0), new Vector3(-0.2, 2.9, 0.3), new Vector3(0, 0.1, 3.05)).setPosition(-5, 0.5, 7),
    ];
    const arr = new Float32Array(32);
    mats.forEach((m, i) => m.toArray(arr, 16 * i));
    const batch = new OctahedronBatch(2, material);
    batch.setMatrices(arr);
    const pos = batch.mesh.geometry.getAttribute('position');
    expect(unit.count).toBe(24);
    for (let i = 0; i < 2; i++) {
      for (let v = 0; v < 24; v++) {
        const want = new Vector3().fromBufferAttribute(unit, v).applyMatrix4(mats[i]);
        const got = new Vector3().fromBufferAttribute(pos, 24 * i + v);
        expect(got.distanceTo(want)).toBeLessThan(1e-5);
      }
    }
    expect(batch.mesh.geometry.drawRange.count).toBe(48);
    batch.count = 1;
    expect(batch.mesh.geometry.drawRange.count).toBe(24);
    batch.setFlags([2, 1]);
    const flags = batch.mesh.geometry.getAttribute('instanceFlag');
    expect(flags.getX(0)).toBe(2);
    expect(flags.getX(23)).toBe(2);
    expect(flags.getX(24)).toBe(1);
    expect(flags.getX(47)).toBe(1);
    batch.setFlags(null);
    expect(flags.getX(0)).toBe(0);
    batch.dispose();
  });
});

describe('ImpostorBatch', () => {
  it('copies each atom’s centre, radius and flag to its 8 corners; count draws the first atoms', () => {
    const batch = new ImpostorBatch(3, material);
    batch.centers.set([1, 2, 3, -4, 5, -6, 7, 8, 9]);
    batch.flags.set([0, 5, 9]);
    batch.markChanged({ centers: true, flags: true });
    batch.fillRadius(1.5);
    const g = batch.mesh.geometry;
    const c = g.getAttribute('instanceCenter');
    const f = g.getAttribute('instanceFlag');
    const r = g.getAttribute('instanceRadius');
    const p = g.getAttribute('position');
    expect(c.count).toBe(24);
    for (let i = 0; i < 3; i++) {
      for (let k = 0; k < 8; k++) {
        const v = 8 * i + k;
        expect([c.getX(v), c.getY(v), c.getZ(v)]).toEqual([batch.centers[3 * i], batch.centers[3 * i + 1], batch.centers[3 * i + 2]]);
        expect(f.getX(v)).toBe(batch.flags[i]);
        expect(r.getX(v)).toBe(1.5);
        // The octagon's corners circumscribe the unit circle.
        expect(Math.hypot(p.getX(v), p.getY(v))).toBeCloseTo(BILLBOARD_VERTEX_RADIUS, 6);
      }
    }
    // Every index of atom i points at one of its own corners; 6 triangles per atom.
    const index = g.getIndex()!;
    expect(index.count).toBe(3 * 18);
    for (let j = 0; j < index.count; j++) expect(Math.floor(index.getX(j) / 8)).toBe(Math.floor(j / 18));
    expect(g.drawRange.count).toBe(54);
    batch.count = 2;
    expect(batch.count).toBe(2);
    expect(g.drawRange.count).toBe(36);
    batch.count = 99;
    expect(batch.count).toBe(3);
    batch.radii[1] = 0.5;
    batch.markChanged({ radii: true });
    expect(r.getX(8)).toBe(0.5);
    expect(r.getX(15)).toBe(0.5);
    expect(r.getX(16)).toBe(1.5);
    batch.dispose();
  });
});
