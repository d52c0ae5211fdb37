/**
 * The string values of the URL schema (schema.ts): how each is checked, put in canonical form and read —
 * cells (`5`, `2x3x4`), target (`520nm`, `2.4eV`), comp (a formula), view3d (`az,el,zoom`), the ligand
 * explorer's token lists and the scenario id. A refusal is a code (ValueReason); the shell words it
 * (src/i18n/warningText.ts; this folder is locale-free).
 *
 * Pure TypeScript: no DOM.
 */
import { formatFormula, isPbsFormula, parseFormula, type FormulaError } from '../physics/composition';

/**
 * Why a string value's own validator refused it: a code plus what its message names.
 */
export type ValueReason =
  /** `cells` is not `n` or `naxnbxnc`. */
  | { code: 'cells' }
  /** A `cells` repeat outside 1…max. */
  | { code: 'cells_range'; max: number }
  /** `target` is neither a wavelength (`520nm`) nor a gap (`2.4eV`). */
  | { code: 'target' }
  /** A `target` wavelength outside min–max nm. */
  | { code: 'target_wavelength'; min: number; max: number }
  /** A `target` gap outside min–max eV. */
  | { code: 'target_gap'; min: number; max: number }
  /** `comp` is not a formula the composition parser reads (`error`: its reason, physics/composition.ts). */
  | { code: 'formula'; error: FormulaError }
  /** `vac`/`lig` is not a comma list of short ids. */
  | { code: 'tokens' }
  /** `scenario` is not a scenario id. */
  | { code: 'scenario' }
  /** `view3d` is not `azimuth,elevation,zoom` within its ranges. */
  | { code: 'view3d' };

const CELLS_RE = /^(\d{1,2})(?:x(\d{1,2})x(\d{1,2}))?$/;
/** Maximum supercell repeat per axis (issue #4: at least 20×20×20). */
export const MAX_CELLS = 20;

export function validateCells(value: string): ValueReason | null {
  const m = CELLS_RE.exec(value);
  if (!m) return { code: 'cells' };
  const ns = (m[2] === undefined ? [m[1], m[1], m[1]] : [m[1], m[2], m[3]]).map(Number);
  if (ns.some((n) => n < 1 || n > MAX_CELLS)) return { code: 'cells_range', max: MAX_CELLS };
  return null;
}
export function normalizeCells(value: string): string {
  const m = CELLS_RE.exec(value);
  if (!m) return value;
  const ns = (m[2] === undefined ? [m[1], m[1], m[1]] : [m[1], m[2], m[3]]).map(Number);
  return ns[0] === ns[1] && ns[1] === ns[2] ? String(ns[0]) : ns.join('x');
}
/** Parses a validated `cells` value into [na, nb, nc]. */
export function parseCells(value: string): [number, number, number] {
  const m = CELLS_RE.exec(value);
  if (!m || validateCells(value)) return [1, 1, 1];
  const ns = (m[2] === undefined ? [m[1], m[1], m[1]] : [m[1], m[2], m[3]]).map(Number);
  return [ns[0], ns[1], ns[2]];
}

/** A target for the inverse problem: a wavelength in nm or a gap in eV (`520nm`, `2.4eV`), or empty. */
const TARGET_RE = /^(\d{1,5}(?:\.\d{1,6})?)(nm|eV)$/;
export function parseTarget(value: string): { wavelengthNm: number } | { gapEv: number } | null {
  const m = TARGET_RE.exec(value);
  if (!m) return null;
  const x = Number(m[1]);
  return m[2] === 'nm' ? { wavelengthNm: x } : { gapEv: x };
}
/** Range of a `target` wavelength, nm, and of a `target` gap, eV (wider than any view's curves). */
const TARGET_WAVELENGTH_NM = { min: 200, max: 4000 };
const TARGET_GAP_EV = { min: 0.3, max: 6 };
export function validateTarget(value: string): ValueReason | null {
  if (value === '') return null;
  const t = parseTarget(value);
  if (!t) return { code: 'target' };
  const nm = TARGET_WAVELENGTH_NM;
  if ('wavelengthNm' in t && (t.wavelengthNm < nm.min || t.wavelengthNm > nm.max)) return { code: 'target_wavelength', ...nm };
  const ev = TARGET_GAP_EV;
  if ('gapEv' in t && (t.gapEv < ev.min || t.gapEv > ev.max)) return { code: 'target_gap', ...ev };
  return null;
}

/**
 * Chemical formula of an ABX3 perovskite, e.g. CsPbI3, Cs0.5FA0.5PbI3, CsPbBr1.5I1.5, checked by the
 * composition parser (the schema may import physics: tests/unit/layering.test.ts) and
 * stored in its canonical form so that URLs round-trip.
 */
export function validateFormula(value: string): ValueReason | null {
  if (isPbsFormula(value)) return null;
  const r = parseFormula(value);
  return r.ok ? null : { code: 'formula', error: r.detail };
}
export function normalizeFormula(value: string): string {
  if (isPbsFormula(value)) return 'PbS';
  const r = parseFormula(value);
  return r.ok ? formatFormula(r.composition) : value;
}

/**
 * The rotated 3D camera of the lattice view (`view3d`): azimuth about the vertical axis and elevation, whole
 * degrees, and zoom as framing distance over camera distance (1 = the structure just fits), two decimals.
 * Compact on purpose: a QR code of the link stays small. Empty = the framed default view.
 */
export interface View3d {
  azimuthDeg: number;
  elevationDeg: number;
  zoom: number;
}
export const VIEW3D_RANGE = { azimuth: 180, elevation: 89, zoomMin: 0.2, zoomMax: 5 } as const;
const VIEW3D_RE = /^(-?\d{1,3}(?:\.\d+)?),(-?\d{1,2}(?:\.\d+)?),(\d{1,2}(?:\.\d+)?)$/;
export function parseView3d(value: string): View3d | null {
  const m = VIEW3D_RE.exec(value);
  if (!m) return null;
  const [az, el, zoom] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const r = VIEW3D_RANGE;
  if (Math.abs(az) > r.azimuth || Math.abs(el) > r.elevation || zoom < r.zoomMin || zoom > r.zoomMax) return null;
  return { azimuthDeg: az, elevationDeg: el, zoom };
}
/** The canonical `view3d` text of a camera: angles wrapped and rounded to whole degrees, zoom to 2 decimals. */
export function formatView3d(v: View3d): string {
  const r = VIEW3D_RANGE;
  let az = Math.round(v.azimuthDeg) % 360;
  if (az > 180) az -= 360;
  if (az <= -180) az += 360;
  const el = Math.max(-r.elevation, Math.min(r.elevation, Math.round(v.elevationDeg)));
  const zoom = Math.max(r.zoomMin, Math.min(r.zoomMax, Math.round(v.zoom * 100) / 100));
  // String(-0) is '0'; `+ 0` turns -0 into 0.
  return `${az + 0},${el + 0},${zoom}`;
}
export function validateView3d(value: string): ValueReason | null {
  if (value === '') return null;
  return parseView3d(value) ? null : { code: 'view3d' };
}
export function normalizeView3d(value: string): string {
  const v = parseView3d(value);
  return v ? formatView3d(v) : value;
}

/** Compact token lists for the ligand explorer (site ids, ligand@site). Checked again by the explorer. */
const TOKENS_RE = /^[A-Za-z0-9]{1,12}(?:@[A-Za-z0-9]{1,12})?(?:,[A-Za-z0-9]{1,12}(?:@[A-Za-z0-9]{1,12})?){0,199}$/;
export function validateTokens(value: string): ValueReason | null {
  if (value === '') return null;
  return TOKENS_RE.test(value) ? null : { code: 'tokens' };
}

/** A guided scenario id: empty, or lower-case letters, digits and hyphens. */
export function validateScenario(value: string): ValueReason | null {
  return value === '' || /^[a-z0-9-]{1,24}$/.test(value) ? null : { code: 'scenario' };
}
