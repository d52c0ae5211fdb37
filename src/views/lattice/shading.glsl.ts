/**
 * GLSL 3 snippets shared by the lattice materials (sphere impostors, octahedra, bonds), so atoms, bonds
 * and polyhedra are lit the same way.
 *
 * Lighting, in view space (camera at the origin looking down −z):
 *   c = albedo · (hemi(N) + k_d · max(N·L, 0)) + k_s · max(N·H, 0)^p
 * with hemi(N) = mix(ground, sky, ½ + ½ N_y) a hemisphere light (three's HemisphereLight model), one key
 * light L from the upper left and in front, and a Blinn–Phong highlight (H = normalize(L + V)). A soft dark
 * rim where N·V → 0 outlines each sphere against its neighbours (the "outline" of Mol* and VESTA), and a
 * linear depth cue mixes far atoms towards the background so deep supercells read as 3D.
 * Colours arrive in linear working space (THREE.Color) and leave through three's `linearToOutputTexel`.
 */

export const SHADING_GLSL = /* glsl */ `
uniform vec3 uBackground;
uniform vec2 uFog;        // view-space distances: start, end of the depth cue
uniform float uFogAmount; // 0 = none, 1 = fully background at uFog.y

const vec3 KEY_DIR = vec3(-0.42, 0.62, 0.66);
const vec3 SKY = vec3(1.0, 1.0, 1.02);
const vec3 GROUND = vec3(0.30, 0.29, 0.33);

vec3 shade(vec3 albedo, vec3 N, vec3 V, float specular) {
  vec3 L = normalize(KEY_DIR);
  vec3 hemi = mix(GROUND, SKY, 0.5 + 0.5 * N.y) * 0.50;
  float diffuse = max(dot(N, L), 0.0) * 0.62;
  vec3 H = normalize(L + V);
  float spec = pow(max(dot(N, H), 0.0), 48.0) * specular;
  return albedo * (hemi + diffuse) + vec3(spec);
}

vec3 depthCue(vec3 c, float viewDepth) {
  float f = clamp((viewDepth - uFog.x) / max(uFog.y - uFog.x, 1e-3), 0.0, 1.0) * uFogAmount;
  return mix(c, uBackground, f);
}
`;
