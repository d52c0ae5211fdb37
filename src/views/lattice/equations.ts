/**
 * The lattice view's equations whose TeX is fixed when the app is built (issue #15): rendered to a tree by
 * `node scripts/build/katex.mjs` into equations.generated.ts, a chunk loaded when a "How is this computed?"
 * first opens (src/components/katexStatic.ts). Panels show them as `tex={TEX.bragg}`.
 *
 * Not here: the equations with the state's numbers put in (ReadoutsPanel t, μ, τ; StructurePanel tilts and
 * cell; RadiiPanel mixed radii), which KaTeX typesets when they are first shown (katexRender.ts).
 */
import { staticEquations } from '../../components/katexStatic';
import { PBS_LATTICE_A_ANGSTROM } from '../../lib/data/pbs';
import { SHANNON_RADII } from '../../lib/data/ionicRadii';

/** PbS: S drawn so Pb and S touch, r_S = a/2 − r_Pb (PbsLattice.svelte; see lat_pbs_radii_note). */
const pbsA = PBS_LATTICE_A_ANGSTROM;
const rPb = SHANNON_RADII.Pb.radiusAngstrom;

export const TEX = staticEquations(() => import('./equations.generated'), {
  /** diffraction/DiffractionPanel: Bragg's law, the structure factor and the powder intensity. */
  bragg: String.raw`\lambda = 2d\sin\theta,\qquad F_{hkl} = \sum_j o_j f_j(s)\, e^{2\pi i (h x_j + k y_j + l z_j)},\qquad I \propto m\,|F_{hkl}|^2\,\frac{1+\cos^2 2\theta}{\sin^2\theta\,\cos\theta}`,
  /** diffraction/DiffractionPanel: the Debye equation and the Scherrer width. */
  debye: String.raw`I(q) = \sum_i f_i^2 + 2\sum_{i<j} f_i f_j \frac{\sin q r_{ij}}{q r_{ij}},\quad q = \frac{4\pi\sin\theta}{\lambda};\qquad \beta = \frac{K\lambda}{L\cos\theta},\ K = 0.886`,
  /** PbsLattice: the share of (100) facets. */
  pbsShare: String.raw`s_{100}^{\text{atoms}} = \frac{n_{100}}{n_{100} + n_{111}},\qquad s_{100}^{\text{area}} = \frac{n_{100}}{n_{100} + \sqrt{3}\,n_{111}},\qquad \frac{\pi}{6} d^{3} = \frac{4}{3}R^{3} - 4\,(R-h)^{3}`,
  /** PbsLattice: the S radius drawn (constants of the app: the PbS lattice constant and Shannon's r(Pb²⁺)). */
  pbsRadius: String.raw`r_{\mathrm{S}} = \frac{a}{2} - r_{\mathrm{Pb}^{2+}} = ${(pbsA / 2).toFixed(3)} - ${rPb.toFixed(2)} = ${(pbsA / 2 - rPb).toFixed(3)}\ \text{Å}`,
});
