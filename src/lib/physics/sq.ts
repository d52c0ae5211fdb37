/**
 * Shockley–Queisser detailed-balance limit of a single-junction cell under AM1.5G.
 *
 * Follows /work/shared/reference/sq-limit.py exactly (the standard set-up of Rühle, Sol. Energy 130
 * (2016) 139):
 * - step absorptance a(E) = 1 for E ≥ E_g, 0 below; one electron per absorbed photon;
 * - J_sc = q ∫ φ(λ) dλ over λ ≤ λ_g = hc/E_g, φ = AM1.5G spectral photon flux (ASTM G173-03 global,
 *   data/am15g.ts); trapezoid rule on the native grid, with the flux linearly interpolated at λ_g;
 * - radiative recombination only, cell at T = 300 K emitting as a black body into a hemisphere
 *   (front surface only): J₀ = q · 2π/(h³c²) · (kT)³ ∫_{x_g}^{∞} x²/(eˣ − 1) dx, x_g = E_g/kT
 *   (full Bose–Einstein integral; evaluated here with the exact series
 *   Σ_k e^{−k x_g}(x_g²/k + 2x_g/k² + 2/k³) instead of quadrature to x_g + 200);
 * - ideal diode J(V) = J_sc − J₀ (e^{qV/kT} − 1): V_oc = (kT/q) ln(J_sc/J₀ + 1); V_mp maximises
 *   P = V·J(V) (solved from dP/dV = 0, i.e. v + ln(1 + v) = ln(1 + J_sc/J₀), v = qV_mp/kT, by
 *   Newton; the script uses a bounded 1-D minimiser to 1e-9 V: same maximum);
 * - η = P_max / P_in with P_in = trapezoid integral of the AM1.5G global column = 1000.371 W/m²
 *   (NOT the nominal 1000 W/m²), FF = P_max/(V_oc J_sc).
 * Constants: exact CODATA 2018 h, c, q, k_B (constants.ts).
 *
 * Valid gap range: SQ_MIN_GAP_EV–SQ_MAX_GAP_EV (0.31–4.4 eV): below 0.31 eV (λ_g > 4000 nm) the
 * tabulated spectrum ends and J_sc would be truncated; above hc/280 nm = 4.43 eV no tabulated
 * photon is absorbed. Outside that range (and for NaN/∞) sqLimit returns `null`.
 */
import { irradianceWm2nm, wavelengthNm } from '../data/am15g';
import { BOLTZMANN_J_K, ELEMENTARY_CHARGE_C, PLANCK_J_S, SPEED_OF_LIGHT_M_S } from './constants';

import { SQ_CELL_TEMPERATURE_K, THERMAL_VOLTAGE_V } from './thermal';

/** Cell (and black-body) temperature, K, and kT/q at it, V (thermal.ts). */
export { SQ_CELL_TEMPERATURE_K, THERMAL_VOLTAGE_V };
/** Lowest gap for which sqLimit returns a result, eV (spectrum ends at 4000 nm = 0.30996 eV). */
export const SQ_MIN_GAP_EV = 0.31;
/** Highest gap for which sqLimit returns a result, eV (spectrum starts at 280 nm = 4.428 eV). */
export const SQ_MAX_GAP_EV = 4.4;

const KT_EV = THERMAL_VOLTAGE_V;
const KT_J = BOLTZMANN_J_K * SQ_CELL_TEMPERATURE_K;
/** hc/q·1e9, eV nm, from the exact constants (as in sq-limit.py). */
const HC_EV_NM_EXACT = ((PLANCK_J_S * SPEED_OF_LIGHT_M_S) / ELEMENTARY_CHARGE_C) * 1e9;

const N = wavelengthNm.length;
const WL = Float64Array.from(wavelengthNm);
/** Spectral photon flux, photons m⁻² s⁻¹ nm⁻¹: φ = irradiance / (hc/λ). */
const PHI = new Float64Array(N);
/** Cumulative trapezoid ∫_{280 nm}^{λ_i} φ dλ, photons m⁻² s⁻¹. */
const CUM_PHI = new Float64Array(N);

let incidentPower = 0;
for (let i = 0; i < N; i++) {
  const photonEnergyJ = (PLANCK_J_S * SPEED_OF_LIGHT_M_S) / (WL[i] * 1e-9);
  PHI[i] = irradianceWm2nm[i] / photonEnergyJ;
  if (i > 0) {
    const dx = WL[i] - WL[i - 1];
    CUM_PHI[i] = CUM_PHI[i - 1] + 0.5 * (PHI[i] + PHI[i - 1]) * dx;
    incidentPower += 0.5 * (irradianceWm2nm[i] + irradianceWm2nm[i - 1]) * dx;
  }
}

/**
 * Incident power P_in, W/m²: trapezoid integral of the AM1.5G global spectrum over 280–4000 nm
 * (computed at module load from data/am15g.ts; 1000.371 W/m², am15g.README.md).
 */
export const AM15G_INCIDENT_POWER_W_M2 = incidentPower;

/** Index i of the last wavelength strictly below λ (WL[i] < λ), or −1. */
function lastIndexBelow(lambdaNm: number): number {
  let lo = -1;
  let hi = N; // invariant: WL[lo] < λ ≤ WL[hi] (virtual ends)
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (WL[mid] < lambdaNm) lo = mid;
    else hi = mid;
  }
  return lo;
}

/**
 * AM1.5G photon flux with λ ≤ λ_g = hc/E_g, photons m⁻² s⁻¹ (sq-limit.py `jsc`/q): trapezoid on the
 * native grid plus the last partial interval to λ_g, the flux linearly interpolated at λ_g.
 * Returns 0 when λ_g ≤ 280 nm and the whole integral when λ_g ≥ 4000 nm.
 * @throws RangeError for a gap ≤ 0, NaN or ∞
 */
export function am15gPhotonFluxAboveGap(gapEv: number): number {
  if (typeof gapEv !== 'number' || !Number.isFinite(gapEv) || gapEv <= 0) {
    throw new RangeError(`Gap must be a positive finite number of eV; got ${String(gapEv)}`);
  }
  const lambdaG = HC_EV_NM_EXACT / gapEv;
  if (lambdaG <= WL[0]) return 0;
  if (lambdaG >= WL[N - 1]) return CUM_PHI[N - 1];
  const i = lastIndexBelow(lambdaG); // 0 ≤ i ≤ N−2 here
  const t = (lambdaG - WL[i]) / (WL[i + 1] - WL[i]);
  const phiG = PHI[i] + t * (PHI[i + 1] - PHI[i]);
  return CUM_PHI[i] + 0.5 * (PHI[i] + phiG) * (lambdaG - WL[i]);
}

/**
 * ∫_{x_g}^{∞} x²/(eˣ − 1) dx = Σ_{k≥1} e^{−k x_g} (x_g²/k + 2x_g/k² + 2/k³) (exact series; for
 * x_g ≥ 1 the terms fall by ≥ e^{−1} each, so it converges to double precision quickly).
 */
function boseEinsteinTail(xg: number): number {
  let sum = 0;
  for (let k = 1; k < 2000; k++) {
    const term = Math.exp(-k * xg) * ((xg * xg) / k + (2 * xg) / (k * k) + 2 / (k * k * k));
    sum += term;
    if (term < 1e-17 * sum) break;
  }
  return sum;
}

/**
 * Radiative dark saturation current density J₀, A/m²: q · 2π/(h³c²) · (kT)³ ∫_{E_g/kT}^{∞} x²/(eˣ−1) dx
 * (300 K black body into a hemisphere; sq-limit.py `j0`).
 * @throws RangeError for a gap ≤ 0, NaN or ∞
 */
export function radiativeSaturationCurrentAm2(gapEv: number): number {
  if (typeof gapEv !== 'number' || !Number.isFinite(gapEv) || gapEv <= 0) {
    throw new RangeError(`Gap must be a positive finite number of eV; got ${String(gapEv)}`);
  }
  const xg = gapEv / KT_EV;
  const prefactor =
    (2 * Math.PI) / (PLANCK_J_S ** 3 * SPEED_OF_LIGHT_M_S ** 2) * KT_J * KT_J * KT_J; // photons m⁻² s⁻¹
  return ELEMENTARY_CHARGE_C * prefactor * boseEinsteinTail(xg);
}

export interface SqResult {
  gapEv: number;
  /** η = P_max / P_in, fraction 0..1 (P_in = 1000.371 W/m²). */
  efficiency: number;
  /** Open-circuit voltage, V. */
  vocV: number;
  /** Short-circuit current density, mA/cm². */
  jscMAcm2: number;
  /** Fill factor, fraction 0..1. */
  ff: number;
  /** Voltage at maximum power, V. */
  vmpV: number;
  /** Maximum power density, W/m². */
  pmaxWm2: number;
  /** Radiative dark saturation current density, A/m². */
  j0Am2: number;
}

/**
 * Detailed-balance (Shockley–Queisser) limit at one gap, following sq-limit.py (see file header).
 * @returns the limit, or `null` when gapEv is outside [SQ_MIN_GAP_EV, SQ_MAX_GAP_EV] = [0.31, 4.4] eV
 *          or not a finite number.
 */
export function sqLimit(gapEv: number): SqResult | null {
  if (typeof gapEv !== 'number' || !Number.isFinite(gapEv) || gapEv < SQ_MIN_GAP_EV || gapEv > SQ_MAX_GAP_EV) {
    return null;
  }
  const jsc = ELEMENTARY_CHARGE_C * am15gPhotonFluxAboveGap(gapEv); // A/m²
  const j0 = radiativeSaturationCurrentAm2(gapEv);
  const { vocV, vmpV, pmaxWm2 } = diodeMaxPower(jsc, j0);
  return {
    gapEv,
    efficiency: pmaxWm2 / AM15G_INCIDENT_POWER_W_M2,
    vocV,
    jscMAcm2: jsc / 10,
    ff: pmaxWm2 / (vocV * jsc),
    vmpV,
    pmaxWm2,
    j0Am2: j0,
  };
}

/** The open circuit and maximum-power point of an ideal diode at the SQ cell temperature. */
export interface DiodeMaxPower {
  /** (kT/q) ln(J_SC/J₀ + 1), V. */
  vocV: number;
  /** Voltage at maximum power, V. */
  vmpV: number;
  /** Maximum power density V_mp · J(V_mp), W/m². */
  pmaxWm2: number;
}

/**
 * Open circuit and maximum power of the ideal diode J(V) = J_SC − J₀ (e^{qV/kT} − 1) at 300 K (the one J–V
 * curve of sqLimit and, with J₀ raised by a luminescence loss, of voc.ts). Currents in A/m².
 * dP/dV = 0 ⇔ v + ln(1 + v) = ln(1 + J_SC/J₀), v = qV_mp/kT. h(v) is increasing and concave: Newton from
 * below converges monotonically.
 */
export function diodeMaxPower(jscAm2: number, j0Am2: number): DiodeMaxPower {
  const logRatio = Math.log(jscAm2 / j0Am2 + 1); // = qV_oc/kT
  let v = Math.max(logRatio - Math.log(1 + logRatio), 1e-9);
  for (let i = 0; i < 50; i++) {
    const h = v + Math.log1p(v) - logRatio;
    const step = h / (1 + 1 / (1 + v));
    v -= step;
    if (Math.abs(step) < 1e-15 * Math.max(1, v)) break;
  }
  const vmpV = v * KT_EV;
  return { vocV: KT_EV * logRatio, vmpV, pmaxWm2: vmpV * (jscAm2 - j0Am2 * Math.expm1(v)) };
}

/**
 * sqLimit for many gaps (one array element per gap, `null` where out of range). The spectrum's
 * cumulative photon flux is precomputed at module load, so each gap costs a binary search, a short
 * series and a few Newton steps: ~300 gaps take well under a millisecond.
 */
export function sqCurve(gapsEv: ArrayLike<number>): (SqResult | null)[] {
  const out: (SqResult | null)[] = new Array(gapsEv.length);
  for (let i = 0; i < gapsEv.length; i++) out[i] = sqLimit(gapsEv[i]);
  return out;
}

/**
 * Best gap on a uniform grid (default 0.9–1.6 eV in 0.001 eV steps, as sq-limit.py does).
 * @throws RangeError for an empty or invalid grid, or one outside the valid gap range
 */
export function sqOptimum(minEv = 0.9, maxEv = 1.6, stepEv = 0.001): SqResult {
  if (![minEv, maxEv, stepEv].every(Number.isFinite) || stepEv <= 0 || maxEv < minEv) {
    throw new RangeError(`Invalid grid ${minEv}–${maxEv} eV step ${stepEv}`);
  }
  let best: SqResult | null = null;
  const n = Math.floor((maxEv - minEv) / stepEv + 1e-9);
  for (let i = 0; i <= n; i++) {
    // round to the grid's decimals like np.round(np.arange(...), 3)
    const e = Math.round((minEv + i * stepEv) * 1e9) / 1e9;
    const r = sqLimit(e);
    if (r && (!best || r.efficiency > best.efficiency)) best = r;
  }
  if (!best) throw new RangeError(`No valid gap in ${minEv}–${maxEv} eV (valid: ${SQ_MIN_GAP_EV}–${SQ_MAX_GAP_EV} eV)`);
  return best;
}

/** Standard test-condition irradiance for device PCE, mW/cm² (AM1.5G, IEC 60904-3 nominal 1000 W/m²). */
export const STC_IRRADIANCE_MW_CM2 = 100;

/**
 * Device power conversion efficiency from its J–V figures, %: PCE = J_sc · V_oc · FF / P_in with
 * P_in = 100 mW/cm² (J_sc in mA/cm², FF in %). Used to check tabulated PCEs against their own J–V data.
 * @throws RangeError for negative or non-finite input
 */
export function devicePcePercent(jscMAcm2: number, vocV: number, ffPercent: number): number {
  for (const [name, v] of [['Jsc', jscMAcm2], ['Voc', vocV], ['FF', ffPercent]] as const) {
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) {
      throw new RangeError(`${name} must be a finite number ≥ 0; got ${String(v)}`);
    }
  }
  return (jscMAcm2 * vocV * (ffPercent / 100)) / STC_IRRADIANCE_MW_CM2 * 100;
}
