/**
 * One visual encoding per material, used by every chart (size→gap plot, solar-cell limit, spectra legend,
 * device chart): a colour, a dash pattern and a point-marker shape, so that a material looks the same in
 * every view and colour is never the only cue (WCAG 1.4.1). Not physics: a design table (no source needed).
 *
 * - colour: the theme's colour-blind-safe series (theme.css --series-1..4, Okabe–Ito), as CSS variables so
 *   the light, dark and projector themes each pick their own values;
 * - dash: a line's dash pattern in units of its stroke width (the chart scales it): solid, long dash,
 *   dash-dot, short dash;
 * - shape: the point-marker shape (drawn by src/components/chart/symbols.ts with d3's `symbol`);
 * - name: the chemical formula as printed (the same in every language), from data/materials.ts.
 */
import { MATERIALS, type ConfinementMaterial } from './materials';

/** Point-marker shapes the charts draw. */
export type MarkerShape = 'circle' | 'square' | 'triangle' | 'diamond';

export interface MaterialEncoding {
  color: string;
  dash: readonly number[];
  shape: MarkerShape;
  name: string;
}

export const MATERIAL_ENCODING: Readonly<Record<ConfinementMaterial, MaterialEncoding>> = {
  CsPbCl3: { color: 'var(--series-1)', dash: [], shape: 'circle', name: MATERIALS.CsPbCl3.displayName },
  CsPbBr3: { color: 'var(--series-2)', dash: [5, 2], shape: 'square', name: MATERIALS.CsPbBr3.displayName },
  CsPbI3: { color: 'var(--series-3)', dash: [5, 1.6, 1, 1.6], shape: 'triangle', name: MATERIALS.CsPbI3.displayName },
  PbS: { color: 'var(--series-4)', dash: [2, 1.6], shape: 'diamond', name: MATERIALS.PbS.displayName },
};

/** Colour of each material's series (CSS value). */
export const MATERIAL_COLOR: Readonly<Record<ConfinementMaterial, string>> = {
  CsPbCl3: MATERIAL_ENCODING.CsPbCl3.color,
  CsPbBr3: MATERIAL_ENCODING.CsPbBr3.color,
  CsPbI3: MATERIAL_ENCODING.CsPbI3.color,
  PbS: MATERIAL_ENCODING.PbS.color,
};
/** Dash pattern of each material's lines, in stroke widths (empty = solid). */
export const MATERIAL_DASH: Readonly<Record<ConfinementMaterial, readonly number[]>> = {
  CsPbCl3: MATERIAL_ENCODING.CsPbCl3.dash,
  CsPbBr3: MATERIAL_ENCODING.CsPbBr3.dash,
  CsPbI3: MATERIAL_ENCODING.CsPbI3.dash,
  PbS: MATERIAL_ENCODING.PbS.dash,
};
/** Point-marker shape of each material. */
export const MATERIAL_SHAPE: Readonly<Record<ConfinementMaterial, MarkerShape>> = {
  CsPbCl3: MATERIAL_ENCODING.CsPbCl3.shape,
  CsPbBr3: MATERIAL_ENCODING.CsPbBr3.shape,
  CsPbI3: MATERIAL_ENCODING.CsPbI3.shape,
  PbS: MATERIAL_ENCODING.PbS.shape,
};
/** Printed formula of each material. */
export const MATERIAL_NAME: Readonly<Record<ConfinementMaterial, string>> = {
  CsPbCl3: MATERIAL_ENCODING.CsPbCl3.name,
  CsPbBr3: MATERIAL_ENCODING.CsPbBr3.name,
  CsPbI3: MATERIAL_ENCODING.CsPbI3.name,
  PbS: MATERIAL_ENCODING.PbS.name,
};
