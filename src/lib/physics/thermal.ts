/**
 * The cell temperature of the Shockley–Queisser model and the thermal voltage at it (moved unchanged from
 * sq.ts and voc.ts, issue #15), in a module of their own so an equation's text can quote kT/q·ln 10 without
 * loading the AM1.5G table that sq.ts integrates. sq.ts and voc.ts re-export them.
 *
 * Pure TypeScript: no DOM.
 */
import { BOLTZMANN_J_K, ELEMENTARY_CHARGE_C } from './constants';

/** Cell (and black-body) temperature, K. sq-limit.py `T`. */
export const SQ_CELL_TEMPERATURE_K = 300;

/** kT/q at the SQ cell temperature (300 K), V (numerically kT in eV). */
export const THERMAL_VOLTAGE_V = (BOLTZMANN_J_K * SQ_CELL_TEMPERATURE_K) / ELEMENTARY_CHARGE_C;

/** V_OC lost per decade of Q, V: (kT/q)·ln 10 = 0.0595 V at 300 K. */
export const VOC_LOSS_PER_DECADE_V = THERMAL_VOLTAGE_V * Math.LN10;
