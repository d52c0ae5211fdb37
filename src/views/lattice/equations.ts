/**
 * The lattice view's equations whose TeX is fixed when the app is built (issue #15): rendered to a tree by
 * `node scripts/build/katex.mjs` into equations.generated.ts, a chunk loaded when a "How is this computed?"
 * first opens (src/components/katexStatic.ts). Panels show them as `tex={TEX.bragg}`.
 *
 * `LIVE`: the equations with the state's numbers put in (ReadoutsPanel t, μ, τ; StructurePanel tilts and cell;
 * RadiiPanel mixed radii), templates rendered at build time whose numbers are filled in when shown
 * (`liveEquations`). The panels format the numbers (`fixed`) and call e.g. `LIVE.mu(rB, rX, mu)`.
 */
import { liveEquations, staticEquations, type EquationTemplate } from '../../components/katexStatic';
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

const load = () => import('./equations.generated');

// ReadoutsPanel: Bartel's τ (Bartel et al., Sci. Adv. 2019), n_A = 1.
const TAU = String.raw`\begin{gathered}\tau = \frac{r_X}{r_B} - n_A\Bigl(n_A - \tfrac{r_A/r_B}{\ln(r_A/r_B)}\Bigr) \\ n_A = 1`;

// StructurePanel: the tilts and bridging angles drawn, and the cell (k = CELL_PARAMETER_SCALE, perovskite.ts);
// with tilts interpolated in t between CsPbI3 and CsPbBr3 (t_I, t_Br of structureModel.ts) the law first. A
// number with a superscript is braced, so the ° attaches to the whole number (the tree then does not depend
// on its digits).
const tiltLaw = (tI: string, tBr: string, t: string): string =>
  String.raw`P(t) = \begin{cases} P_{\mathrm{I}} & t \le ${tI} \\ P_{\mathrm{I}} + \frac{t - ${tI}}{${tBr} - ${tI}}\,(P_{\mathrm{Br}} - P_{\mathrm{I}}) & t < ${tBr} \\ P_{\mathrm{Br}}\,\frac{1 - t}{1 - ${tBr}} & t < 1 \end{cases}\\ t = ${t} \\ `;
const structure = (tilt: string, [anti, inPhase, eq, ap, k, rB, rX, aPc, a, b, c]: readonly string[]): string =>
  String.raw`\begin{gathered}${tilt}\theta_a = {${anti}}^\circ,\ \gamma_b = {${inPhase}}^\circ\\ \angle\mathrm{BXB} = {${eq}}^\circ,\ {${ap}}^\circ \\[6pt] ` +
  String.raw`a_{\mathrm{pc}} = 2\,(r_B + r_X)\,k,\quad k = ${k}\\ = 2\,(${rB} + ${rX}) \times ${k} = ${aPc}\ \text{Å}\\ \text{Pnma: } a = ${a},\ b = ${b},\ c = ${c}\ \text{Å}\end{gathered}`;

// RadiiPanel: the composition-weighted radius of each mixed site (A: up to 6 cations, X: up to 4 halides).
const MIX_A = [0, 2, 3, 4, 5, 6];
const MIX_X = [0, 2, 3, 4];
function mixLines(kA: number, kX: number, v: readonly string[]): string {
  let i = 0;
  const line = (site: string, k: number): string => {
    const terms = Array.from({ length: k }, () => String.raw`${v[i++]}\times ${v[i++]}`);
    return String.raw`r_${site} = \textstyle\sum_i x_i r_i \\ = ${terms.join(' + ')} = ${v[i++]}\ \text{Å}`;
  };
  const lines = [...(kA ? [line('A', kA)] : []), ...(kX ? [line('X', kX)] : [])];
  return String.raw`\begin{gathered}${lines.join('\\\\')}\end{gathered}`;
}
const mixKey = (kA: number, kX: number): string => `mixA${kA}X${kX}`;
const mixTemplates: Record<string, EquationTemplate> = {};
for (const kA of MIX_A) {
  for (const kX of MIX_X) {
    if (kA || kX) mixTemplates[mixKey(kA, kX)] = { slots: (kA ? 2 * kA + 1 : 0) + (kX ? 2 * kX + 1 : 0), tex: (v) => mixLines(kA, kX, v) };
  }
}

export const LIVE = liveEquations(load, {
  /** ReadoutsPanel: Goldschmidt t with the radii (review Eq. 1). Numbers: r_A, r_X, r_B, t. */
  t: {
    slots: 4,
    tex: ([rA, rX, rB, t]) => String.raw`\begin{gathered}t = \frac{r_A + r_X}{\sqrt{2}\,(r_B + r_X)} \\ = \frac{${rA} + ${rX}}{\sqrt{2}\,(${rB} + ${rX})} = ${t}\end{gathered}`,
  },
  /** ReadoutsPanel: the octahedral factor (review Eq. 2). Numbers: r_B, r_X, μ. */
  mu: { slots: 3, tex: ([rB, rX, mu]) => String.raw`\mu = \frac{r_B}{r_X} = \frac{${rB}}{${rX}} = ${mu}` },
  /** ReadoutsPanel: τ. Numbers: r_A/r_B, r_X, r_B, τ. */
  tau: {
    slots: 4,
    tex: ([q, rX, rB, tau]) => TAU + String.raw`,\quad r_A/r_B = ${q} \\ \tau = \frac{${rX}}{${rB}} - \Bigl(1 - \tfrac{${q}}{\ln ${q}}\Bigr) \\ = ${tau}\end{gathered}`,
  },
  /** ReadoutsPanel: τ undefined (r_A ≤ r_B). Numbers: r_A, r_B. */
  tauUndefined: { slots: 2, tex: ([rA, rB]) => TAU + String.raw`\\ r_A = ${rA} \le r_B = ${rB}:\ \tau\ \text{undefined}\end{gathered}` },
  /** StructurePanel, a published structure. Numbers: θ_a, γ_b, ∠BXB equatorial and apical (°), k, r_B, r_X, a_pc, a, b, c (Å). */
  structure: { slots: 11, tex: (v) => structure('', v) },
  /** StructurePanel, tilts interpolated in t. Numbers: t_I, t_Br, t, then as `structure`. */
  structureInterpolated: { slots: 14, tex: ([tI, tBr, t, ...v]) => structure(tiltLaw(tI, tBr, t), v) },
  ...mixTemplates,
});

/**
 * RadiiPanel: the TeX of the mixed sites' radii, `sites` in order A, X (each its terms x_i, r_i and the mean,
 * formatted). Beyond the templates' sizes the TeX is still returned (KaTeX typesets it).
 */
export function mixTex(sites: readonly { site: 'A' | 'X'; terms: readonly (readonly [string, string])[]; mean: string }[]): string {
  const kA = sites.find((s) => s.site === 'A')?.terms.length ?? 0;
  const kX = sites.find((s) => s.site === 'X')?.terms.length ?? 0;
  const values = sites.flatMap((s) => [...s.terms.flat(), s.mean]);
  const fill = (LIVE as Record<string, ((...v: string[]) => string) | undefined>)[mixKey(kA, kX)];
  return fill ? fill(...values) : mixLines(kA, kX, values);
}
