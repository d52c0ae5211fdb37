/**
 * The ligands view's equations whose TeX is fixed when the app is built (issue #15): rendered to a tree by
 * `node scripts/build/katex.mjs` into equations.generated.ts, a chunk loaded when a "How is this computed?"
 * first opens (src/components/katexStatic.ts). Panels show them as `tex={TEX.ledger}`.
 */
import { staticEquations } from '../../components/katexStatic';
import { FACET_MODEL_CUBOCTAHEDRON_ABOVE_NM, FACET_MODEL_OCTAHEDRON_BELOW_NM } from '../../lib/physics/pbsFacets';

export const TEX = staticEquations(() => import('./equations.generated'), {
  /** LedgerTiles: charge, coverage and the ensemble PLQY. */
  ledger: String.raw`\begin{gathered} q = \sum_{\text{bare sites}} q_{\text{site}} + \sum_{\text{ligands}} \left(q_{\text{left}} - q_{\text{replaced}}\right) \\ \text{coverage} = \frac{N_{\text{spots with a ligand}}}{N_{\text{spots}}} \\ \mathrm{PLQY} = \sum_{k} \frac{e^{-\lambda}\lambda^{k}}{k!}\,\frac{k_{\mathrm{rad}}}{k_{\mathrm{rad}} + k\,k_{\mathrm{trap}}} \end{gathered}`,
  /** FacetShare: the octahedron → cuboctahedron facet-share model (its size limits from pbsFacets.ts). */
  facetShare: String.raw`\tau = \mathrm{clamp}\!\left(\frac{d - ${FACET_MODEL_OCTAHEDRON_BELOW_NM}\,\mathrm{nm}}{${FACET_MODEL_CUBOCTAHEDRON_ABOVE_NM}\,\mathrm{nm} - ${FACET_MODEL_OCTAHEDRON_BELOW_NM}\,\mathrm{nm}}\right),\quad \frac{h}{R} = 1 - \tfrac{1}{2}\tau,\quad \frac{A_{100}}{A_{111}} = \frac{12\,(R-h)^2}{4\sqrt{3}\,(R^2 - 3(R-h)^2)}`,
  /** ModelPanel: the Poisson ensemble PLQY. */
  plqy: String.raw`\begin{gathered} \lambda = n_{\mathrm{traps}} \\ \mathrm{PLQY} = \sum_{k\ge 0} \frac{e^{-\lambda}\lambda^{k}}{k!}\;\frac{k_{\mathrm{rad}}}{k_{\mathrm{rad}} + k\,k_{\mathrm{trap}}} \\ \mathrm{PLQY} \to e^{-\lambda}\ \text{for}\ k_{\mathrm{trap}} \gg k_{\mathrm{rad}} \end{gathered}`,
  /** ModelPanel: ligands kept through purification. */
  survival: String.raw`P_{\text{kept}} = \begin{cases} 1 - w & \text{easily lost / detaches (the source's words)} \\ 1 & \text{retained, or no source} \end{cases}`,
  /** ModelPanel: tunnelling through the ligand shell. */
  tunnel: String.raw`T \propto e^{-\beta d},\qquad \frac{T}{T_{\text{ref}}} = e^{-\beta (d - d_{\text{ref}})},\qquad d = 2\,\ell_{\text{chain}}`,
  /** device/VocPlot: the V_OC deficit and the quantum efficiency it implies. */
  vocDeficit: String.raw`V_{OC} = V_{OC,SQ}(E_g) + \frac{kT}{q}\ln Q\quad\Rightarrow\quad Q = \exp\!\left(-\frac{q\,(V_{OC,SQ}-V_{OC})}{kT}\right),\qquad \frac{kT}{q}\ln 10 = 59.5\ \text{mV at 300 K}`,
});
