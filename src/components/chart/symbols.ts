/**
 * Point-marker shapes of d3-shape's `symbol` (./shapes.ts; one implementation for every chart and legend; a material's
 * shape comes from lib/data/materialEncoding.ts). `r` is the marker's nominal radius, px; each shape's area
 * is chosen so that the shapes look the same size as a circle of radius r (a square of side 1.7 r, a
 * triangle and a diamond of about the same area), as the hand-drawn shapes they replace did.
 */
import { pathRound } from 'd3-path';
import type { MarkerShape } from '../../lib/data/materialEncoding';
import { SYMBOLS } from './shapes';

/** d3 symbol area (px²) per r²: circle π r²; square (1.7 r)²; triangle and diamond ≈ the old shapes' areas. */
const AREA_PER_R2: Readonly<Record<MarkerShape, number>> = {
  circle: Math.PI,
  square: 1.7 * 1.7,
  triangle: 2,
  diamond: 2.3,
};

/** SVG path of `shape` centred at (cx, cy) with nominal radius r (px): d3's symbol drawn into an offset path. */
export function symbolPath(shape: MarkerShape, cx: number, cy: number, r: number): string {
  const out = pathRound(3);
  const shifted = {
    moveTo: (x: number, y: number) => out.moveTo(x + cx, y + cy),
    lineTo: (x: number, y: number) => out.lineTo(x + cx, y + cy),
    arc: (x: number, y: number, radius: number, a0: number, a1: number, ccw?: boolean) => out.arc(x + cx, y + cy, radius, a0, a1, ccw),
    rect: (x: number, y: number, w: number, h: number) => out.rect(x + cx, y + cy, w, h),
    closePath: () => out.closePath(),
  };
  SYMBOLS[shape](shifted, AREA_PER_R2[shape] * r * r);
  return out.toString();
}
