/**
 * Sizes, static geometries and materials of the lattice picture: drawn radii per style, the unit octahedron,
 * the bond cylinder and the flat/solid shader material (solid.glsl.ts). Created by the structure batches,
 * the axes inset and the selection overlay; each disposes what it creates.
 */
import { BufferAttribute, BufferGeometry, Color, CylinderGeometry, GLSL3, ShaderMaterial, Vector3 } from 'three';
import type { SharedUniforms } from '../impostor';
import { SOLID_FRAGMENT, SOLID_VERTEX } from '../solid.glsl';
import type { LatticeStyle, Species } from './types';

// ─────────────────────────────────────── display radii ───────────────────────────────────────────

/**
 * Drawn sphere radius (Å) of a species in a style, from the ionic radii (Å).
 *  - 'space': the ionic radius itself (to scale: a too-small A rattles in its cage);
 *  - 'ball': 0.36 × ionic radius (bonds stay visible: Pb–Br 2.94 Å minus 0.43 + 0.71 Å of spheres);
 *  - 'poly': A 0.5 r_A (the cation in its cage), X 0.24 r_X (octahedron corners), B 0.3 r_B (seen through
 *    the translucent octahedron).
 * Proportions chosen by eye (screenshots in the PR); sizes stay ordered like the ionic radii, so the
 * legend's sizes match the picture.
 */
export function displayRadiusAngstrom(style: LatticeStyle, species: Species, radii: { rA: number; rB: number; rX: number }): number {
  const r = species === 'A' ? radii.rA : species === 'B' ? radii.rB : radii.rX;
  if (!(r > 0) || !Number.isFinite(r)) throw new RangeError(`radius of ${species} must be a positive finite number (Å); got ${r}`);
  if (style === 'space') return r;
  if (style === 'ball') return 0.36 * r;
  return species === 'A' ? 0.5 * r : species === 'X' ? 0.24 * r : 0.3 * r;
}

/** Bond cylinder radius in ball-and-stick, Å. */
export const BOND_RADIUS_ANGSTROM = 0.16;

// ───────────────────────────────────── static geometries ─────────────────────────────────────────

/** Unit octahedron (vertices at ±1 on each axis), 8 flat faces, non-indexed, with barycentrics. */
export function createOctahedronGeometry(): BufferGeometry {
  const v = [
    [1, 0, 0], [-1, 0, 0], [0, 1, 0], [0, -1, 0], [0, 0, 1], [0, 0, -1],
  ];
  const faces: [number, number, number][] = [
    [0, 2, 4], [2, 1, 4], [1, 3, 4], [3, 0, 4],
    [2, 0, 5], [1, 2, 5], [3, 1, 5], [0, 3, 5],
  ];
  const pos = new Float32Array(faces.length * 9);
  const bary = new Float32Array(faces.length * 9);
  const nrm = new Float32Array(faces.length * 9);
  faces.forEach((f, i) => {
    const n = new Vector3(...v[f[0]]).add(new Vector3(...v[f[1]])).add(new Vector3(...v[f[2]])).normalize();
    for (let k = 0; k < 3; k++) {
      pos.set(v[f[k]], i * 9 + k * 3);
      bary[i * 9 + k * 3 + k] = 1;
      nrm.set([n.x, n.y, n.z], i * 9 + k * 3);
    }
  });
  const g = new BufferGeometry();
  g.setAttribute('position', new BufferAttribute(pos, 3));
  g.setAttribute('normal', new BufferAttribute(nrm, 3));
  g.setAttribute('barycentric', new BufferAttribute(bary, 3));
  return g;
}

/** Open cylinder of radius 1 from y = 0 to y = 1 (6 sides: 12 triangles per bond). */
export function createBondGeometry(): BufferGeometry {
  const g = new CylinderGeometry(1, 1, 1, 8, 1, true);
  g.translate(0, 0.5, 0);
  return g;
}

export function createSolidMaterial(shared: SharedUniforms, opts: {
  color: Color;
  color2?: Color;
  edgeColor?: Color;
  opacity?: number;
  flat?: boolean;
  edges?: boolean;
  twoTone?: boolean;
  specular?: number;
}): ShaderMaterial {
  const defines: Record<string, number> = {};
  if (opts.flat) defines.FLAT = 1;
  if (opts.edges) defines.EDGES = 1;
  if (opts.twoTone) defines.TWO_TONE = 1;
  const transparent = (opts.opacity ?? 1) < 1;
  return new ShaderMaterial({
    glslVersion: GLSL3,
    vertexShader: SOLID_VERTEX,
    fragmentShader: SOLID_FRAGMENT,
    defines,
    uniforms: {
      ...shared,
      uColor: { value: opts.color },
      uColor2: { value: opts.color2 ?? opts.color },
      uEdgeColor: { value: opts.edgeColor ?? new Color(0, 0, 0) },
      uOpacity: { value: opts.opacity ?? 1 },
      uSpecular: { value: opts.specular ?? 0.2 },
    },
    transparent,
    depthWrite: !transparent,
  });
}
