/**
 * What the confinement plot draws, as plain data (no DOM): the sampled size→gap curves of the shown
 * materials and models, the series styling (colour variable + dash pattern per material, line weight per
 * model), wavelength ticks for the right-hand axis, and the screen-reader summary of the curves.
 *
 * The physics is the core's: gaps from lib/physics/inverse.ts gapForDiameter (the default CsPbX₃ cube model,
 * Brus 1984 effective mass as the textbook overlay, its kinetic term alone, or the Moreels 2009 PbS sizing
 * curve = PbS paper Eq. 1); λ = hc/E from
 * lib/physics/units.ts.
 */
import { m } from '../../paraglide/messages.js';
import type { MaterialId } from '../../lib/state/schema';
import { gapForDiameter, modelAppliesTo, validDiameterRangeNm, type GapModel } from '../../lib/physics/inverse';
import { gapFromWavelength, wavelengthFromGap } from '../../lib/physics/units';
import { MATERIALS } from '../../lib/data/materials';
import { cubeBulkLimitEv } from '../../lib/physics/cubeExciton';
import { fixed } from '../../lib/format';
import type { ConfinementDot } from '../../lib/readouts/confinement';

export const MATERIAL_ORDER: readonly MaterialId[] = ['CsPbCl3', 'CsPbBr3', 'CsPbI3', 'PbS'];
export const MODEL_ORDER: readonly GapModel[] = ['cube', 'brus', 'confinement', 'moreels'];

/**
 * Colour, dash pattern and marker shape of each material: the one encoding every chart uses
 * (lib/data/materialEncoding.ts), under the names this view has always used.
 */
export { MATERIAL_COLOR as SERIES_COLOR, MATERIAL_DASH as SERIES_DASH, MATERIAL_SHAPE as SERIES_SHAPE } from '../../lib/data/materialEncoding';

/** Menu label of each model (read from the message catalogue when used, so the locale in force applies). */
export const MODEL_LABEL: Readonly<Record<GapModel, string>> = {
  get cube() {
    return m.conf_model_label_cube();
  },
  get brus() {
    return m.conf_model_label_brus();
  },
  get confinement() {
    return m.conf_model_label_confinement();
  },
  get moreels() {
    return m.conf_model_label_moreels();
  },
};
/** Short name of each model, inside sentences and table headers. */
export const MODEL_SHORT: Readonly<Record<GapModel, string>> = {
  get cube() {
    return m.conf_model_short_cube();
  },
  get brus() {
    return m.conf_model_short_brus();
  },
  get confinement() {
    return m.conf_model_short_confinement();
  },
  get moreels() {
    return m.conf_model_short_moreels();
  },
};

/** Line weight of a model relative to the theme's --stroke-thick: the default models bold, the textbook overlays thin. */
export const MODEL_WEIGHT: Readonly<Record<GapModel, number>> = { cube: 1.25, brus: 0.6, confinement: 0.45, moreels: 1 };
/** Opacity of a model's line. */
export const MODEL_OPACITY: Readonly<Record<GapModel, number>> = { cube: 1, brus: 0.8, confinement: 0.6, moreels: 1 };

/**
 * The dashed "bulk" line of a material: where its default model ends for large dots — E_g − E_b for the
 * CsPbX₃ cube model (the exciton, not the free pair), the Moreels E∞ = 0.41 eV = E_g for PbS.
 */
export function bulkLimitEv(material: MaterialId): number {
  return material === 'PbS' ? MATERIALS.PbS.bulkGapEv : cubeBulkLimitEv(material);
}

/** Gap difference (eV) above which the textbook (Brus) curve is shaded as departing from the default one. */
export const DEPARTURE_THRESHOLD_EV = 0.05;

/**
 * The region between the Brus curve and the default cube curve of a CsPbX₃ material where they differ by more
 * than DEPARTURE_THRESHOLD_EV, over [dmin, dmax]: the two boundary polylines (same sizes), or null when they
 * never differ that much (or the material is PbS). Only the first contiguous stretch from the small-size end.
 */
export function brusDeparture(material: MaterialId, dminNm: number, dmaxNm: number, n = CURVE_SAMPLES): { lo: CurvePoint[]; hi: CurvePoint[] } | null {
  if (material === 'PbS') return null;
  const hiBrus = Math.min(dmaxNm, validDiameterRangeNm(material, 'brus').maxNm);
  if (!(hiBrus > dminNm)) return null;
  const lo: CurvePoint[] = [];
  const hi: CurvePoint[] = [];
  for (const d of diameterSamples(dminNm, hiBrus, n)) {
    const b = gapForDiameter(material, 'brus', d);
    const c = gapForDiameter(material, 'cube', d);
    if (Math.abs(b - c) <= DEPARTURE_THRESHOLD_EV) {
      if (lo.length > 0) break;
      continue;
    }
    lo.push({ diameterNm: d, gapEv: Math.min(b, c) });
    hi.push({ diameterNm: d, gapEv: Math.max(b, c) });
  }
  return lo.length > 1 ? { lo, hi } : null;
}

export function displayName(material: MaterialId): string {
  return MATERIALS[material].displayName;
}

export interface CurvePoint {
  diameterNm: number;
  gapEv: number;
}
export interface Curve {
  material: MaterialId;
  model: GapModel;
  points: CurvePoint[];
}

/** Samples per curve: enough that the 1/d² rise at small d looks smooth at projector size. */
export const CURVE_SAMPLES = 160;

/**
 * Diameters from dminNm to dmaxNm, spaced geometrically (the curves bend most at small d).
 * @throws RangeError unless 0 < dminNm < dmaxNm and n ≥ 2
 */
export function diameterSamples(dminNm: number, dmaxNm: number, n = CURVE_SAMPLES): number[] {
  if (!(Number.isFinite(dminNm) && Number.isFinite(dmaxNm) && dminNm > 0 && dmaxNm > dminNm) || !(n >= 2)) {
    throw new RangeError(`diameterSamples: need 0 < dmin < dmax and n ≥ 2; got ${dminNm}, ${dmaxNm}, ${n}`);
  }
  const r = dmaxNm / dminNm;
  return Array.from({ length: n }, (_, i) => (i === n - 1 ? dmaxNm : dminNm * r ** (i / (n - 1))));
}

/**
 * One model's curve for one material over [dmin, dmax], cut at the end of the model's monotonic branch (the
 * Brus turning point d* = 4A/B, beyond which the model is not physical; inverse.ts validDiameterRangeNm);
 * null when the model does not apply (Moreels ≠ PbS) or nothing of the branch is in range.
 */
export function sampleCurve(material: MaterialId, model: GapModel, dminNm: number, dmaxNm: number, n = CURVE_SAMPLES): Curve | null {
  const key = `${material} ${model} ${dminNm} ${dmaxNm} ${n}`;
  const known = curveCache.get(key);
  if (known !== undefined) return known;
  const curve = computeCurve(material, model, dminNm, dmaxNm, n);
  if (curveCache.size >= CURVE_CACHE_SIZE) curveCache.delete(curveCache.keys().next().value as string);
  curveCache.set(key, curve);
  return curve;
}

/**
 * The curves last sampled (issue #15): a pure function of its arguments, so a curve is sampled once — the
 * plot samples each material's curves in a task of its own before drawing them (SizeGapPlot `prepare`), and
 * a toggled material or model brings its curves back without sampling them again. Oldest dropped first.
 * Callers never modify a returned curve.
 */
const curveCache = new Map<string, Curve | null>();
const CURVE_CACHE_SIZE = 64;

function computeCurve(material: MaterialId, model: GapModel, dminNm: number, dmaxNm: number, n: number): Curve | null {
  if (!modelAppliesTo(material, model)) return null;
  const hi = Math.min(dmaxNm, validDiameterRangeNm(material, model).maxNm);
  if (!(hi > dminNm)) return null;
  const points = diameterSamples(dminNm, hi, n).map((d) => ({ diameterNm: d, gapEv: gapForDiameter(material, model, d) }));
  return { material, model, points };
}

/**
 * The dot's own size→gap curve when its composition is a mix (readouts/confinement.ts confinementDot): the
 * default cube model with the mix's parameters, over [dmin, dmax]; null for an end member (its curve is one
 * of the four comparison curves) or when the dot is not modelled.
 */
export function sampleDotCurve(dot: ConfinementDot, dminNm: number, dmaxNm: number, n = CURVE_SAMPLES): { label: string; points: CurvePoint[] } | null {
  if (!dot.mixed || dot.notModelled !== null || typeof dot.input === 'string') return null;
  const input = dot.input;
  const points = diameterSamples(dminNm, dmaxNm, n).map((d) => ({ diameterNm: d, gapEv: gapForDiameter(input, 'cube', d) }));
  return { label: dot.label, points };
}

/** Every curve the plot shows: each shown material × each enabled model that applies to it. */
export function sampleCurves(
  materials: readonly MaterialId[],
  models: readonly GapModel[],
  dminNm: number,
  dmaxNm: number,
  n = CURVE_SAMPLES,
): Curve[] {
  const out: Curve[] = [];
  for (const m of MATERIAL_ORDER) {
    if (!materials.includes(m)) continue;
    for (const model of MODEL_ORDER) {
      if (!models.includes(model)) continue;
      const c = sampleCurve(m, model, dminNm, dmaxNm, n);
      if (c) out.push(c);
    }
  }
  return out;
}

/** Round wavelengths (nm) offered as right-axis ticks; the view keeps those that fit without overlap. */
export const WAVELENGTH_TICK_CANDIDATES_NM: readonly number[] = [
  300, 350, 400, 450, 500, 550, 600, 650, 700, 800, 900, 1000, 1200, 1500, 2000, 3000, 5000,
];
/** Preferred ticks: kept first when space is short. */
const WAVELENGTH_TICK_PRIORITY_NM = new Set([400, 500, 600, 700, 1000, 1500, 2000, 3000]);

/**
 * Right-axis ticks: round wavelengths placed at E = hc/λ (the axis is nonlinear in λ), inside the gap
 * domain, none closer than `minGapPx` to another. `yOf` maps a gap (eV) to a pixel.
 */
export function wavelengthTicks(
  gapDomainEv: readonly [number, number],
  yOf: (gapEv: number) => number,
  minGapPx: number,
): { wavelengthNm: number; gapEv: number; y: number }[] {
  const [lo, hi] = gapDomainEv[0] < gapDomainEv[1] ? gapDomainEv : [gapDomainEv[1], gapDomainEv[0]];
  const inRange = WAVELENGTH_TICK_CANDIDATES_NM.map((w) => ({ wavelengthNm: w, gapEv: gapFromWavelength(w) }))
    .filter((t) => t.gapEv >= lo && t.gapEv <= hi)
    .map((t) => ({ ...t, y: yOf(t.gapEv) }));
  const kept: typeof inRange = [];
  const fits = (t: (typeof inRange)[number]) => kept.every((k) => Math.abs(k.y - t.y) >= minGapPx);
  for (const t of inRange) if (WAVELENGTH_TICK_PRIORITY_NM.has(t.wavelengthNm) && fits(t)) kept.push(t);
  for (const t of inRange) if (!kept.includes(t) && fits(t)) kept.push(t);
  return kept.sort((a, b) => a.wavelengthNm - b.wavelengthNm);
}

/**
 * Plain-language summary of the curves for screen readers: for each curve, the gap at both ends of the
 * plotted range and the bulk gap it approaches.
 */
export function curvesSummary(curves: readonly Curve[]): string {
  if (curves.length === 0) return m.conf_summary_none();
  const parts = curves.map((c) => {
    const first = c.points[0];
    const last = c.points[c.points.length - 1];
    const bulk = c.model === 'moreels' ? 0.41 : c.model === 'cube' ? cubeBulkLimitEv(c.material) : MATERIALS[c.material].bulkGapEv;
    return m.conf_summary_curve({
      material: displayName(c.material),
      model: MODEL_SHORT[c.model],
      gapStart: fixed(first.gapEv, 2),
      wavelengthStart: fixed(wavelengthFromGap(first.gapEv), 0),
      diameterStart: fixed(first.diameterNm, 1),
      gapEnd: fixed(last.gapEv, 2),
      wavelengthEnd: fixed(wavelengthFromGap(last.gapEv), 0),
      diameterEnd: fixed(last.diameterNm, 1),
      bulkGap: fixed(bulk, 2),
    });
  });
  return m.conf_summary({ curves: parts.join(' ') });
}
