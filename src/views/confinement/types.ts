/** Data shapes shared by the confinement view's charts (no logic). */
import type { MaterialId } from '../../lib/state/schema';

/** A published size–gap measurement drawn as a point with a horizontal (size) error bar. */
export interface PlotPoint {
  id: string;
  material: MaterialId;
  diameterNm: number;
  /** ± standard deviation of the size, nm; null when not given. */
  diameterErrNm: number | null;
  gapEv: number;
  /** Text for the tooltip and the accessible name (citation included). */
  label: string;
}

/** A published gap without a size, drawn as a pin on the wavelength axis. */
export interface AxisMark {
  id: string;
  material: MaterialId;
  gapEv: number;
  wavelengthNm: number;
  label: string;
}

/** A published solar cell on the SQ panel. */
export interface DevicePoint {
  id: string;
  material: MaterialId;
  gapEv: number;
  /** Power conversion efficiency, fraction 0..1. */
  pce: number;
  /** SQ efficiency at the same gap, fraction (for the drop line); null when undefined. */
  sqEfficiency: number | null;
  /** Tooltip and accessible name. */
  label: string;
}

/** A measured size × emission range drawn as a box (citation on hover/focus). */
export interface MeasuredRange {
  id: string;
  material: MaterialId;
  minSizeNm: number;
  maxSizeNm: number;
  minGapEv: number;
  maxGapEv: number;
  /** Short text drawn by the box. */
  short: string;
  /** Tooltip and accessible name (citation included). */
  label: string;
}
