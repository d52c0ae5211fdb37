/**
 * Sizes, static geometries and materials of the lattice picture: drawn radii per style, the unit octahedron,
 * the bond cylinder and the flat/solid shader material (solid.glsl.ts). Created by the structure batches,
 * the axes inset and the selection overlay; each disposes what it creates.
 */
import { BufferAttribute, BufferGeometry, Color, CylinderGeometry, GLSL3, ShaderMaterial, Vector3 } from 'three';
import type { SharedUniforms } from '../impostor';
import { SOLID_FRAGMENT, SOLID_VERTEX } from '../solid.glsl';

// Drawn radii (stage/radii.ts, free of three.js: the static poster uses them too).
export { BOND_RADIUS_ANGSTROM, displayRadiusAngstrom } from './radii';

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
  /** Barycentrics from gl_VertexID (non-indexed triangles without a `barycentric` attribute: stage/octahedra.ts). */
  baryFromVertexId?: boolean;
  twoTone?: boolean;
  specular?: number;
}): ShaderMaterial {
  const defines: Record<string, number> = {};
  if (opts.flat) defines.FLAT = 1;
  if (opts.edges) defines.EDGES = 1;
  if (opts.baryFromVertexId) defines.BARY_FROM_VERTEX_ID = 1;
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
