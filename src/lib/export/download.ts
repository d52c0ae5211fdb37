/**
 * The one way the app saves a file (CSV, SVG, PNG, CIF): a Blob on a temporary object URL, clicked through a
 * hidden `<a download>`, then revoked. Also the chart → standalone SVG/PNG step every export shares.
 *
 * Browser-only (document, URL.createObjectURL, getComputedStyle); the pure parts (`fileStem`,
 * `chartSize`, `EXPORT_MIME`) are tested in Node. Like png.ts this folder is not one of the pure folders.
 */
import { serializeSvg } from './svg';
import { svgToPngBlob } from './png';

/** Media types of the files the app writes. */
export const EXPORT_MIME = {
  csv: 'text/csv;charset=utf-8',
  svg: 'image/svg+xml',
  png: 'image/png',
  cif: 'chemical/x-cif',
} as const;

export type ExportKind = keyof typeof EXPORT_MIME;

/**
 * Saves a Blob as `filename`: a temporary object URL on a hidden <a download>, clicked, then revoked
 * a second later (some browsers read the URL asynchronously).
 */
export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.appendChild(a);
  try {
    a.click();
  } finally {
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }
}

/** Saves text as `<stem>.<kind>` with the kind's media type. */
export function downloadText(text: string, kind: Exclude<ExportKind, 'png'>, stem: string): void {
  downloadBlob(new Blob([text], { type: EXPORT_MIME[kind] }), `${stem}.${kind}`);
}

/** A file-name-safe stem from a formula: 'Cs0.5FA0.5PbI3' → 'Cs0.5FA0.5PbI3' (only [A-Za-z0-9._-] kept). */
export function fileStem(formula: string, fallback = 'structure'): string {
  const stem = formula.replace(/[^A-Za-z0-9._-]/g, '');
  return stem.length > 0 ? stem : fallback;
}

/**
 * CSS-pixel size of a chart from its width/height attributes (every chart of the app sets them).
 * @throws RangeError when either is missing, zero or not a number
 */
export function chartSize(svg: Pick<Element, 'getAttribute'>): { width: number; height: number } {
  const width = Number(svg.getAttribute('width'));
  const height = Number(svg.getAttribute('height'));
  if (!(Number.isFinite(width) && width > 0 && Number.isFinite(height) && height > 0)) {
    throw new RangeError(`chartSize: the chart has no positive width/height attributes (${svg.getAttribute('width')}×${svg.getAttribute('height')})`);
  }
  return { width, height };
}

/** Standalone SVG text of a live chart, on the theme's surface colour (white when the theme names none). */
export function chartSvgText(svg: SVGSVGElement): string {
  const { width, height } = chartSize(svg);
  const background = getComputedStyle(svg).getPropertyValue('--surface').trim() || '#ffffff';
  return serializeSvg(svg, { width, height, background, read: (e) => getComputedStyle(e) });
}

/** Saves a live chart as `<stem>.svg`. */
export function saveChartSvg(svg: SVGSVGElement, stem: string): void {
  downloadText(chartSvgText(svg), 'svg', stem);
}

/**
 * Saves a live chart as `<stem>.png` (2× raster).
 * @throws Error when the browser cannot decode the SVG or encode the PNG
 */
export async function saveChartPng(svg: SVGSVGElement, stem: string): Promise<void> {
  const { width, height } = chartSize(svg);
  const blob = await svgToPngBlob(chartSvgText(svg), width, height);
  downloadBlob(blob, `${stem}.png`);
}
