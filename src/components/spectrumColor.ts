/**
 * The colour a human sees for monochromatic light of one wavelength, as an sRGB colour — an
 * approximation for a teaching swatch, not colorimetry.
 *
 * 1. CIE 1931 2° colour-matching functions x̄(λ), ȳ(λ), z̄(λ) from the multi-lobe piecewise-Gaussian fit of
 *    C. Wyman, P.-P. Sloan, P. Shirley, "Simple Analytic Approximations to the CIE XYZ Color Matching
 *    Functions", Journal of Computer Graphics Techniques 2(2), 1–11 (2013), Eq. 2–4 (the "multi-lobe" fit):
 *       g(λ; μ, s₁, s₂) = exp(−½ [(λ − μ)·s]²),  s = s₁ for λ < μ, s₂ otherwise (s in 1/nm)
 *       x̄ = 1.056 g(599.8; 0.0264, 0.0323) + 0.362 g(442.0; 0.0624, 0.0374) − 0.065 g(501.1; 0.0490, 0.0382)
 *       ȳ = 0.821 g(568.8; 0.0213, 0.0247) + 0.286 g(530.9; 0.0613, 0.0322)
 *       z̄ = 1.217 g(437.0; 0.0845, 0.0278) + 0.681 g(459.0; 0.0385, 0.0725)
 * 2. XYZ → linear sRGB with the IEC 61966-2-1:1999 (sRGB) matrix for D65.
 * 3. A spectral colour lies outside the sRGB gamut (a negative channel): we clip negative channels to 0 and
 *    scale so the largest channel is 1 (the hue at full brightness; the true luminance of equal-power light
 *    falls steeply at the ends). Clipping keeps reds red and greens green; adding white instead (the other
 *    common choice) turns the 620–650 nm reds visibly pink on screen.
 *    The fit is poor in the far tails (x̄/ȳ above ~680 nm and below ~410 nm are off by a factor of 2 or
 *    more), while the true spectral hue hardly changes there (the spectral locus of the CIE 1931
 *    chromaticity diagram bunches into its red and violet corners). So the hue is computed at λ clamped to
 *    HUE_MIN_NM–HUE_MAX_NM (410–650 nm), and only the brightness (step 4) varies outside.
 * 4. Towards the ends of vision (380–420 nm and 700–750 nm) the eye's sensitivity collapses; we dim the
 *    swatch there with the linear intensity ramp of Dan Bruton's "Approximate RGB values for Visible
 *    Wavelengths" (1996, www.physics.sfasu.edu/astro/color/spectra.html): 0.3 → 1 over 380–420 nm and
 *    1 → 0.3 over 700–780 nm (we stop at 750 nm).
 * 5. sRGB transfer function (IEC 61966-2-1): v ≤ 0.0031308 → 12.92 v, else 1.055 v^(1/2.4) − 0.055.
 *
 * Outside 380–750 nm nothing is visible: the functions return `null` and the view shows a hatched swatch
 * labelled "UV (not visible)" or "NIR (not visible)" instead of a fake colour.
 */
import { m } from '../paraglide/messages.js';

/** Short-wavelength end of the visible range used here, nm (CIE tables start at 380 nm). */
export const VISIBLE_MIN_NM = 380;
/** Long-wavelength end of the visible range used here, nm (ȳ(750 nm) ≈ 1e-4 of its peak; CIE 1931). */
export const VISIBLE_MAX_NM = 750;

export type SpectralRegion = 'uv' | 'visible' | 'nir';

/** Hue clamp for the fit's unreliable tails (see step 3 in the header), nm. */
export const HUE_MIN_NM = 410;
export const HUE_MAX_NM = 650;

/** Which part of the spectrum a wavelength falls in (UV below 380 nm, NIR above 750 nm). */
export function spectralRegion(wavelengthNm: number): SpectralRegion | null {
  if (!Number.isFinite(wavelengthNm) || wavelengthNm <= 0) return null;
  if (wavelengthNm < VISIBLE_MIN_NM) return 'uv';
  if (wavelengthNm > VISIBLE_MAX_NM) return 'nir';
  return 'visible';
}

function lobe(lambdaNm: number, mu: number, sLow: number, sHigh: number): number {
  const t = (lambdaNm - mu) * (lambdaNm < mu ? sLow : sHigh);
  return Math.exp(-0.5 * t * t);
}

/**
 * CIE 1931 2° colour-matching functions (x̄, ȳ, z̄) at a wavelength, by the Wyman–Sloan–Shirley (2013)
 * multi-lobe fit quoted in the file header. Unitless; ȳ peaks near 1 at 555 nm.
 */
export function cieColorMatching(wavelengthNm: number): [number, number, number] {
  const l = wavelengthNm;
  const x = 1.056 * lobe(l, 599.8, 0.0264, 0.0323) + 0.362 * lobe(l, 442.0, 0.0624, 0.0374) - 0.065 * lobe(l, 501.1, 0.049, 0.0382);
  const y = 0.821 * lobe(l, 568.8, 0.0213, 0.0247) + 0.286 * lobe(l, 530.9, 0.0613, 0.0322);
  const z = 1.217 * lobe(l, 437.0, 0.0845, 0.0278) + 0.681 * lobe(l, 459.0, 0.0385, 0.0725);
  return [x, y, z];
}

/** XYZ → linear sRGB (D65), IEC 61966-2-1:1999 matrix. */
const XYZ_TO_LINEAR_SRGB: readonly (readonly [number, number, number])[] = [
  [3.2406, -1.5372, -0.4986],
  [-0.9689, 1.8758, 0.0415],
  [0.0557, -0.204, 1.057],
];

function srgbEncode(v: number): number {
  return v <= 0.0031308 ? 12.92 * v : 1.055 * v ** (1 / 2.4) - 0.055;
}

/** Bruton (1996) intensity ramp at the ends of vision; 1 in the middle of the spectrum. */
function edgeIntensity(wavelengthNm: number): number {
  if (wavelengthNm < 420) return 0.3 + (0.7 * (wavelengthNm - 380)) / 40;
  if (wavelengthNm > 700) return 0.3 + (0.7 * (780 - wavelengthNm)) / 80;
  return 1;
}

/**
 * sRGB colour (0–255 per channel) of monochromatic light, or `null` outside 380–750 nm (not visible).
 */
export function wavelengthToSrgb(wavelengthNm: number): { r: number; g: number; b: number } | null {
  if (spectralRegion(wavelengthNm) !== 'visible') return null;
  const [X, Y, Z] = cieColorMatching(Math.min(HUE_MAX_NM, Math.max(HUE_MIN_NM, wavelengthNm)));
  const lin = XYZ_TO_LINEAR_SRGB.map((row) => Math.max(0, row[0] * X + row[1] * Y + row[2] * Z));
  const hi = Math.max(...lin);
  if (!(hi > 0)) return null;
  const k = edgeIntensity(wavelengthNm) / hi;
  const [r, g, b] = lin.map((c) => Math.round(255 * Math.min(1, Math.max(0, srgbEncode(c * k)))));
  return { r, g, b };
}

/** CSS colour of monochromatic light (`#rrggbb`), or `null` outside the visible range. */
export function wavelengthToCss(wavelengthNm: number): string | null {
  const c = wavelengthToSrgb(wavelengthNm);
  if (!c) return null;
  return `#${[c.r, c.g, c.b].map((v) => v.toString(16).padStart(2, '0')).join('')}`;
}

/**
 * Everyday colour name of monochromatic light, by the conventional band edges (nm): violet 380–450,
 * blue 450–485, cyan 485–500, green 500–565, yellow 565–590, orange 590–625, red 625–750 (the table of
 * spectral colours in common textbooks, e.g. Wikipedia "Visible spectrum"; the edges are conventions,
 * not physics). UV and NIR are named as such.
 */
export function colorName(wavelengthNm: number): string {
  const r = spectralRegion(wavelengthNm);
  if (r === null) return '—';
  if (r === 'uv') return m.conf_colour_uv();
  if (r === 'nir') return m.conf_colour_nir();
  if (wavelengthNm < 450) return m.conf_colour_violet();
  if (wavelengthNm < 485) return m.conf_colour_blue();
  if (wavelengthNm < 500) return m.conf_colour_cyan();
  if (wavelengthNm < 565) return m.conf_colour_green();
  if (wavelengthNm < 590) return m.conf_colour_yellow();
  if (wavelengthNm < 625) return m.conf_colour_orange();
  return m.conf_colour_red();
}
