/**
 * Surface → device: the open-circuit voltage and efficiency bound of a cell whose absorber emits with
 * external luminescence efficiency Q (here the dot's PLQY stands in for Q; illustrative).
 *
 * Reciprocity of absorption and emission (Ross, J. Chem. Phys. 46 (1967) 4590; Rau, Phys. Rev. B 76 (2007)
 * 085303, Eq. 11 there) gives the open-circuit voltage of a cell with non-radiative recombination:
 *
 *     V_OC = V_OC,SQ(E_g) + (kT/q) · ln(Q),
 *
 * i.e. every decade of lost luminescence costs (kT/q)·ln 10 = 59.5 mV at 300 K. V_OC,SQ is the radiative
 * limit of physics/sq.ts (detailed balance, AM1.5G, 300 K).
 *
 * Efficiency bound with that loss (computed, not approximated): non-radiative recombination multiplies the
 * dark current, J₀ → J₀,rad / Q, in the same ideal-diode J(V) = J_SC − J₀ (e^{qV/kT} − 1) as sq.ts; the
 * maximum-power point is solved by sq.ts's diodeMaxPower (v + ln(1 + v) = ln(1 + J_SC·Q/J₀,rad), v = qV_mp/kT), and
 * η = V_mp J(V_mp)/P_in. Its V_OC, (kT/q) ln(J_SC·Q/J₀,rad + 1), equals the formula above to within
 * (kT/q)·J₀,rad/(J_SC·Q), far below a microvolt for every gap in range (unit-tested).
 *
 * Limits, said on screen: Q of a dot in solution is not the Q of a finished cell (contacts, transport and
 * interfaces add losses); step absorptance and one sun as in sq.ts.
 *
 * Pure TypeScript: no DOM.
 */
import { ELEMENTARY_CHARGE_C } from './constants';
import { AM15G_INCIDENT_POWER_W_M2, am15gPhotonFluxAboveGap, diodeMaxPower, radiativeSaturationCurrentAm2, sqLimit } from './sq';
import { THERMAL_VOLTAGE_V, VOC_LOSS_PER_DECADE_V } from './thermal';

/** kT/q at the SQ cell temperature (300 K), V, and the V_OC lost per decade of Q, (kT/q)·ln 10 (thermal.ts). */
export { THERMAL_VOLTAGE_V, VOC_LOSS_PER_DECADE_V };

/**
 * Non-radiative V_OC loss (kT/q)·ln(Q), V (≤ 0).
 * @throws RangeError for Q outside (0, 1] or not finite
 */
export function nonRadiativeVocLossV(q: number): number {
  if (typeof q !== 'number' || !Number.isFinite(q) || q <= 0 || q > 1) throw new RangeError(`Q must be in (0, 1]; got ${String(q)}`);
  return THERMAL_VOLTAGE_V * Math.log(q);
}

/** The Q a measured V_OC deficit ΔV = V_OC,SQ − V_OC corresponds to: Q = exp(−ΔV/(kT/q)) (inverse of the above). */
export function plqyForVocDeficit(deficitV: number): number {
  if (typeof deficitV !== 'number' || !Number.isFinite(deficitV)) throw new RangeError(`deficit must be finite; got ${String(deficitV)}`);
  return Math.exp(-deficitV / THERMAL_VOLTAGE_V);
}

export interface VocResult {
  gapEv: number;
  /** Q used (the dot's PLQY). */
  q: number;
  /** Radiative (SQ) limit V_OC, V. */
  vocLimitV: number;
  /** V_OC,SQ + (kT/q) ln Q, V. */
  vocEstimateV: number;
  /** (kT/q) ln Q, V (≤ 0). */
  vocLossV: number;
  /** SQ efficiency bound, fraction 0…1. */
  efficiencyLimit: number;
  /** Efficiency bound with J₀ = J₀,rad/Q, fraction 0…1. */
  efficiencyEstimate: number;
  /** Fill factor and V_mp of the reduced J–V curve. */
  ffEstimate: number;
  vmpEstimateV: number;
  jscMAcm2: number;
}

/**
 * V_OC and efficiency of a cell with gap E_g whose absorber emits with efficiency Q (file header).
 * @returns null when the gap is outside sqLimit's range (0.31–4.4 eV) or Q is not in (0, 1]
 */
export function vocWithLoss(gapEv: number, q: number): VocResult | null {
  if (typeof q !== 'number' || !Number.isFinite(q) || q <= 0 || q > 1) return null;
  const sq = sqLimit(gapEv);
  if (!sq) return null;
  const jsc = ELEMENTARY_CHARGE_C * am15gPhotonFluxAboveGap(gapEv); // A/m², as sq.ts
  const j0 = radiativeSaturationCurrentAm2(gapEv) / q;
  const { vocV: vocJv, vmpV, pmaxWm2: pmax } = diodeMaxPower(jsc, j0);
  const vocLossV = nonRadiativeVocLossV(q);
  return {
    gapEv,
    q,
    vocLimitV: sq.vocV,
    vocEstimateV: sq.vocV + vocLossV,
    vocLossV,
    efficiencyLimit: sq.efficiency,
    efficiencyEstimate: Math.max(0, pmax / AM15G_INCIDENT_POWER_W_M2),
    ffEstimate: vocJv > 0 ? pmax / (vocJv * jsc) : 0,
    vmpEstimateV: vmpV,
    jscMAcm2: sq.jscMAcm2,
  };
}
