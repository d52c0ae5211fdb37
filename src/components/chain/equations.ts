/**
 * The chain strip's equations (every view), fixed when the app is built (issue #15): rendered to a tree by
 * `node scripts/build/katex.mjs` into equations.generated.ts, a chunk loaded when a link of the chain is
 * first opened (src/components/katexStatic.ts).
 */
import { staticEquations } from '../katexStatic';
import { VOC_LOSS_PER_DECADE_V } from '../../lib/physics/thermal';

export const TEX = staticEquations(() => import('./equations.generated'), {
  phase: String.raw`t = \frac{r_A + r_X}{\sqrt{2}\,(r_B + r_X)},\quad \mu = \frac{r_B}{r_X}`,
  bulkMix: String.raw`E_g(x) = (1 - x)\,E_g^{(0)} + x\,E_g^{(1)} \quad (b = 0)`,
  gapPbs: String.raw`E_0 = 0.41 + \frac{1}{0.0252\,d^2 + 0.283\,d}\ \text{eV},\quad \lambda = \frac{hc}{E}`,
  gapCube: String.raw`E(L) = \sqrt{E_g^2 + E_g\frac{\hbar^2 k^2}{\mu}} - \frac{3.048\,e^2}{4\pi\varepsilon_0\varepsilon L},\ k^2 = \frac{3\pi^2}{L^2};\quad \lambda = \frac{hc}{E}`,
  plqy: String.raw`\mathrm{PLQY} = \sum_{k} \frac{e^{-\lambda}\lambda^{k}}{k!}\,\frac{k_{\mathrm{rad}}}{k_{\mathrm{rad}} + k\,k_{\mathrm{trap}}}`,
  /** kT/q ln 10 at 300 K (thermal.ts). */
  voc: String.raw`\begin{gathered} V_{OC} = V_{OC,SQ}(E) + \frac{kT}{q}\ln(\mathrm{PLQY}) \\ \frac{kT}{q}\ln 10 = ${(VOC_LOSS_PER_DECADE_V * 1000).toFixed(1)}\ \text{mV} \end{gathered}`,
  eff: String.raw`\begin{gathered} J(V) = J_{SC} - \frac{J_{0,\mathrm{rad}}}{\mathrm{PLQY}}\left(e^{qV/kT} - 1\right) \\ \eta = \frac{\max_V V\,J(V)}{P_{\mathrm{in}}} \end{gathered}`,
});
