/**
 * Shaders for the instanced solids of the lattice view: translucent BX₆ octahedra (flat faces with dark
 * edges) and B–X bond cylinders (two-tone: B colour on the B half, X colour on the X half). Lit like the
 * sphere impostors (shading.glsl.ts) so the three styles share one look.
 *
 * Octahedron edges: each face carries barycentric coordinates β (an attribute, or, with BARY_FROM_VERTEX_ID,
 * from gl_VertexID of non-indexed triangles); the edge line is where min(β) is within ~1.2 pixels of 0
 * (fwidth), the usual wireframe-by-barycentrics trick.
 * Flat normal: N = normalize(∂p/∂x × ∂p/∂y) of the view-space position (screen-space derivatives).
 */
import { SHADING_GLSL } from './shading.glsl';

export const SOLID_VERTEX = /* glsl */ `
#ifndef BARY_FROM_VERTEX_ID
in vec3 barycentric;
#endif
in float instanceFlag;
out vec3 vViewPos;
out vec3 vNormal;
out vec3 vBary;
out float vAlong;
out float vFlag;
void main() {
  vec4 local = vec4(position, 1.0);
#ifdef USE_INSTANCING
  local = instanceMatrix * local;
#endif
#ifdef FLAT
  vNormal = vec3(0.0, 0.0, 1.0); // unused: the fragment shader takes the face normal from derivatives
#elif defined(USE_INSTANCING)
  vNormal = normalize(normalMatrix * mat3(instanceMatrix) * normal);
#else
  vNormal = normalize(normalMatrix * normal);
#endif
  vec4 mv = modelViewMatrix * local;
  vViewPos = mv.xyz;
#ifdef BARY_FROM_VERTEX_ID
  // Non-indexed triangles, vertex k of each face: barycentric e_k (stage/octahedra.ts).
  int k = gl_VertexID % 3;
  vBary = vec3(k == 0 ? 1.0 : 0.0, k == 1 ? 1.0 : 0.0, k == 2 ? 1.0 : 0.0);
#else
  vBary = barycentric;
#endif
  vAlong = position.y;
  vFlag = instanceFlag;
  gl_Position = projectionMatrix * mv;
}
`;

export const SOLID_FRAGMENT = /* glsl */ `
precision highp float;
uniform vec3 uColor;
uniform vec3 uColor2;
uniform vec3 uEdgeColor;
uniform float uOpacity;
uniform float uSpecular;
in vec3 vViewPos;
in vec3 vNormal;
in vec3 vBary;
in float vAlong;
in float vFlag;
out vec4 fragColor;
${SHADING_GLSL}

void main() {
  vec3 V = normalize(-vViewPos);
#ifdef FLAT
  vec3 N = normalize(cross(dFdx(vViewPos), dFdy(vViewPos)));
#else
  vec3 N = normalize(vNormal);
  if (dot(N, V) < 0.0) N = -N;
#endif
  vec3 albedo = uColor;
#ifdef TWO_TONE
  if (vAlong > 0.5) albedo = uColor2;
#endif
  float alpha = uOpacity;
  if (vFlag > 1.5) {
    // Inside a nanocrystal: greyer and fainter, so the surface octahedra read first.
    float g = dot(albedo, vec3(0.2126, 0.7152, 0.0722));
    albedo = mix(albedo, vec3(g), 0.6);
    alpha *= 0.45;
  }
  vec3 col = shade(albedo, N, V, uSpecular);
#ifdef EDGES
  float m = min(vBary.x, min(vBary.y, vBary.z));
  float w = fwidth(m);
  float edge = 1.0 - smoothstep(w * 0.6, w * 1.8, m);
  col = mix(col, uEdgeColor, edge * 0.85);
  alpha = mix(alpha, 1.0, edge * 0.8);
#endif
  col = depthCue(col, -vViewPos.z);
  fragColor = vec4(linearToOutputTexel(vec4(col, 1.0)).rgb, alpha);
}
`;
