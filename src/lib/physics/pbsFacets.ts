/**
 * Share of the {100} and {111} facets of a PbS dot against its diameter: a documented geometric model.
 *
 * Shape: an octahedron |x|+|y|+|z| ≤ R ({111} faces) truncated by the cube |x|,|y|,|z| ≤ h ({100} faces).
 * h/R = 1 is the octahedron (only {111}); h/R = ½ the cuboctahedron; h/R = ⅓ the cube (only {100}).
 *
 * Size dependence, from Choi, Ko, Kim, Jeong, "Steric-Hindrance-Driven Shape Transition in PbS Quantum
 * Dots: Understanding Size-Dependent Stability", J. Am. Chem. Soc. 2013, 135, 5278 (abstract, read in a
 * third-party copy of the paper): small oleate-capped PbS dots are "(111)-only" octahedra, and "a shape
 * transition from (111)-only octahedron to (111)/(100) cuboctahedron should occur as QD size increases",
 * with a sharp change of behaviour "when the QD size is ∼4 nm". The PbS paper (Liao et al. 2025) states the
 * same trend in words: small dots "⟨111⟩ dominated", large dots "more non-polar ⟨100⟩ planar facets".
 *
 * Model (the shape end points are Choi's; the ramp between them is this model's choice, centred on ∼4 nm):
 *   h/R = 1                                   for d ≤ d₁ = 3 nm   (octahedron)
 *   h/R = 1 − ½ · (d − d₁)/(d₂ − d₁)          for d₁ < d < d₂ = 5 nm
 *   h/R = ½                                   for d ≥ d₂          (cuboctahedron)
 * so the {100} share grows from 0 to that of a cuboctahedron (≈ 63 % of the area) and never reaches 100 %.
 * Both anchors are parameters (facetShare100's options) so a later model can move them.
 *
 * Pure TypeScript: no DOM.
 */

/** Largest diameter drawn as a pure octahedron, nm (this model's anchor, below Choi's ∼4 nm transition). */
export const FACET_MODEL_OCTAHEDRON_BELOW_NM = 3;
/** Smallest diameter drawn as a full cuboctahedron, nm (this model's anchor, above Choi's ∼4 nm transition). */
export const FACET_MODEL_CUBOCTAHEDRON_ABOVE_NM = 5;
/** Truncation ratio h/R of a cuboctahedron (the large-dot shape of Choi et al. 2013). */
export const CUBOCTAHEDRON_RATIO = 0.5;

export interface FacetShare {
  /** Truncation ratio h/R of the truncated octahedron (1 = octahedron, ½ = cuboctahedron). */
  truncationRatio: number;
  /** Area fraction of {100} facets, 0..1. */
  share100: number;
  /** Area fraction of {111} facets, 0..1. */
  share111: number;
}

export interface FacetModelOptions {
  /** Largest octahedral diameter, nm (default FACET_MODEL_OCTAHEDRON_BELOW_NM). */
  octahedronBelowNm?: number;
  /** Smallest cuboctahedral diameter, nm (default FACET_MODEL_CUBOCTAHEDRON_ABOVE_NM). */
  cuboctahedronAboveNm?: number;
}

/**
 * Facet areas of the octahedron |x|+|y|+|z| ≤ R truncated by |x|,|y|,|z| ≤ h, in units of R² (u = R − h):
 *   ½ ≤ h/R ≤ 1:  A{100} = 6 · 2u²,               A{111} = 8 · (√3/2)(R² − 3u²)
 *   ⅓ ≤ h/R ≤ ½:  A{100} = 6 · (4h² − 2(3h − R)²),  A{111} = 8 · (√3/2)(3h − R)²
 * (the {100} faces are squares |y|+|z| ≤ R − h, then octagons; the {111} faces hexagons, then triangles).
 * @throws RangeError unless ⅓ ≤ h/R ≤ 1
 */
export function truncatedOctahedronAreas(truncationRatio: number): { area100: number; area111: number } {
  const s = truncationRatio;
  if (!Number.isFinite(s) || s < 1 / 3 - 1e-12 || s > 1 + 1e-12) {
    throw new RangeError(`truncation ratio h/R must be between 1/3 and 1, got ${String(s)}`);
  }
  const r3h = (Math.sqrt(3) / 2) * 8;
  if (s >= 0.5) {
    const u = 1 - s;
    return { area100: 12 * u * u, area111: r3h * (1 - 3 * u * u) };
  }
  const t = 3 * s - 1;
  return { area100: 6 * (4 * s * s - 2 * t * t), area111: r3h * t * t };
}

/** Truncation ratio h/R of a dot of diameter d, nm (model above). @throws RangeError for d ≤ 0, NaN, ∞ or bad anchors */
export function truncationRatio(diameterNm: number, options: FacetModelOptions = {}): number {
  if (typeof diameterNm !== 'number' || !Number.isFinite(diameterNm) || diameterNm <= 0) {
    throw new RangeError(`diameter must be a positive finite number of nm, got ${String(diameterNm)}`);
  }
  const d1 = options.octahedronBelowNm ?? FACET_MODEL_OCTAHEDRON_BELOW_NM;
  const d2 = options.cuboctahedronAboveNm ?? FACET_MODEL_CUBOCTAHEDRON_ABOVE_NM;
  if (!(Number.isFinite(d1) && Number.isFinite(d2) && d2 > d1 && d1 > 0)) throw new RangeError(`need 0 < octahedronBelowNm < cuboctahedronAboveNm, got ${d1}, ${d2}`);
  const tau = Math.min(1, Math.max(0, (diameterNm - d1) / (d2 - d1)));
  return 1 - (1 - CUBOCTAHEDRON_RATIO) * tau;
}

/** {100} and {111} area shares of a PbS dot of diameter d, nm. @throws RangeError as truncationRatio */
export function pbsFacetShare(diameterNm: number, options: FacetModelOptions = {}): FacetShare {
  const ratio = truncationRatio(diameterNm, options);
  const { area100, area111 } = truncatedOctahedronAreas(ratio);
  const total = area100 + area111;
  return { truncationRatio: ratio, share100: area100 / total, share111: area111 / total };
}

/** Area share of the {100} facets of a PbS dot of diameter d (nm), 0..1 — the pure function a 3D dot reuses. */
export function facetShare100(diameterNm: number, options: FacetModelOptions = {}): number {
  return pbsFacetShare(diameterNm, options).share100;
}
