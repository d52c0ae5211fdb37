/**
 * The confinement view's equations whose TeX is fixed when the app is built (issue #15): rendered to a tree by
 * `node scripts/build/katex.mjs` into equations.generated.ts, a chunk loaded when a "How is this computed?"
 * first opens (src/components/katexStatic.ts). Panels show them as `tex={TEX.brus}`.
 */
import { staticEquations } from '../../components/katexStatic';
import { CUBE_COULOMB_COEFFICIENT } from '../../lib/physics/cubeExciton';

export const TEX = staticEquations(() => import('./equations.generated'), {
  /** HowPanel: the cube model (CUBE_COULOMB_COEFFICIENT, computed for this app, see cubeExciton.ts). */
  cube: String.raw`E(L)=\begin{cases}\sqrt{E_g^2+E_g\,\dfrac{\hbar^2k^2}{\mu}}-${CUBE_COULOMB_COEFFICIENT.toFixed(3)}\,\dfrac{e^2}{4\pi\varepsilon_0\varepsilon L}, & k^2=\dfrac{3\pi^2}{L^2},\ \dfrac{L/2}{a_B}\le 2\\[1.2ex] E_g-E_b+\dfrac{3\hbar^2\pi^2}{2ML^2}, & M=m_e+m_h,\ \dfrac{L/2}{a_B}\ge 4\end{cases}`,
  /** HowPanel: the Brus sphere. */
  brus: String.raw`E(d) = E_g + \frac{\hbar^2\pi^2}{2R^2}\left(\frac{1}{m_e^*}+\frac{1}{m_h^*}\right) - \frac{1.786\,e^2}{4\pi\varepsilon_0\varepsilon R},\qquad R=\frac{d}{2}`,
  /** HowPanel: Moreels et al., ACS Nano 3 (2009) 3023 (PbS). */
  moreels: String.raw`E_0(d) = 0.41 + \frac{1}{0.0252\,d^2 + 0.283\,d}\ \text{eV}\qquad (d \text{ in nm})`,
  /** HowPanel: the exciton Bohr radius and the confinement regimes. */
  bohr: String.raw`a_B = \varepsilon\,\frac{m_0}{\mu}\,a_0,\qquad \mu=\frac{m_e^*m_h^*}{m_e^*+m_h^*},\qquad \frac{R}{a_B}=\frac{d/2}{a_B}`,
  /** HowPanel: wavelength of a photon energy (hc, CODATA 2018). */
  lambda: String.raw`\lambda = \frac{hc}{E} = \frac{1239.84\ \text{eV·nm}}{E}`,
  /** SpectraPanel: the ensemble absorption spectrum. */
  spectra: String.raw`A(E)=\sum_{d}g(d)\Big[\sum_{n} f_n\,G_\Gamma\big(E-E_n(d)\big)+\int \frac{\mathrm{d}N}{\mathrm{d}E'}\,G_\Gamma(E-E')\,\mathrm{d}E'\Big],\quad E_n=\sqrt{E_g^2+E_g\frac{\hbar^2k_n^2}{\mu}}-E_C,\quad k_n^2=\frac{(n_x^2+n_y^2+n_z^2)\pi^2}{L^2}`,
  /** SpectraPanel: emission and the density of states. */
  emission: String.raw`\mathrm{PL}(E)=\sum_d g(d)\,G_\Gamma\big(E+E_{\text{Stokes}}-E_1(d)\big),\qquad N(k)=\frac{Vk^3}{6\pi^2}-\frac{A\,k^2}{16\pi}+\dots`,
  /** SolarCellPanel: the Shockley–Queisser limit. */
  sq: String.raw`J(V)=J_{sc}-J_0\left(e^{qV/kT}-1\right),\quad J_{sc}=q\!\int_{E_g}^{\infty}\!\Phi_{\text{AM1.5G}}\,\mathrm{d}E,\quad J_0=q\,\frac{2\pi}{h^3c^2}\int_{E_g}^{\infty}\frac{E^2\,\mathrm{d}E}{e^{E/kT}-1},\quad \eta=\frac{\max_V VJ(V)}{P_{\text{in}}}`,
});
