/**
 * A chart's live <svg> → a standalone SVG file that looks the same anywhere.
 *
 * The on-screen SVG takes its colours, stroke widths and fonts from the page's CSS (theme custom
 * properties such as `var(--series-1)`), which a downloaded file would lose. So we clone it, copy each
 * element's *computed* presentation properties (the resolved `rgb(…)` colours, pixel widths) into a
 * `style` attribute, drop what only makes sense on screen (`data-export="skip"`: focus halos, hit areas,
 * tabindex/role), give it explicit width/height, the SVG namespace and a background rectangle.
 *
 * DOM-dependent but without globals: the caller passes the style reader (`getComputedStyle` in the view,
 * a fake in tests) and the serializer is `XMLSerializer` when present.
 */

export const SVG_NS = 'http://www.w3.org/2000/svg';

/** Presentation properties copied as computed values (SVG 2 §13 painting, CSS fonts/text). */
export const INLINED_PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'paint-order',
  'visibility',
  'display',
  'stop-color',
  'stop-opacity',
] as const;

/** Reads one element's computed style (`getComputedStyle` in a browser). */
export type StyleReader = (el: Element) => { getPropertyValue(name: string): string };

/** Attributes that only matter for on-screen interaction; removed from the export. */
const SCREEN_ONLY_ATTRIBUTES = ['tabindex', 'role', 'aria-valuenow', 'aria-valuemin', 'aria-valuemax', 'aria-valuetext', 'class'];

/**
 * Copies the computed presentation properties of every element of `source` onto the element at the same
 * position in `target` (a deep clone of `source`). Empty values are skipped.
 * @throws RangeError when the two trees do not have the same shape
 */
export function inlineComputedStyles(source: Element, target: Element, read: StyleReader): void {
  const style = read(source);
  const decls: string[] = [];
  for (const p of INLINED_PROPERTIES) {
    const v = style.getPropertyValue(p).trim();
    if (v !== '') decls.push(`${p}:${v}`);
  }
  if (decls.length > 0) target.setAttribute('style', decls.join(';'));
  const a = source.children;
  const b = target.children;
  if (a.length !== b.length) throw new RangeError('inlineComputedStyles: target is not a clone of source');
  for (let i = 0; i < a.length; i++) inlineComputedStyles(a[i], b[i], read);
}

/** Removes elements marked `data-export="skip"` and screen-only attributes, recursively. */
export function stripScreenOnly(root: Element): void {
  for (const el of Array.from(root.querySelectorAll('[data-export="skip"]'))) el.remove();
  for (const el of [root, ...Array.from(root.querySelectorAll('*'))]) {
    for (const a of SCREEN_ONLY_ATTRIBUTES) el.removeAttribute(a);
  }
}

export interface StandaloneOptions {
  width: number;
  height: number;
  /** Fill of a full-size background rectangle (CSS colour); none when omitted. */
  background?: string;
  read: StyleReader;
  /** Defaults to the global XMLSerializer. */
  serialize?: (el: Element) => string;
}

/**
 * Standalone SVG text of a live chart: computed styles inlined, screen-only parts removed, explicit size,
 * namespace and optional background.
 * @throws RangeError for a non-positive or non-finite size
 */
export function serializeSvg(svg: SVGSVGElement, options: StandaloneOptions): string {
  const { width, height } = options;
  if (!(Number.isFinite(width) && width > 0 && Number.isFinite(height) && height > 0)) {
    throw new RangeError(`serializeSvg: size must be positive; got ${width}×${height}`);
  }
  const clone = svg.cloneNode(true) as SVGSVGElement;
  inlineComputedStyles(svg, clone, options.read);
  stripScreenOnly(clone);
  // An element in the SVG namespace gets its xmlns from the serializer; setting it again would duplicate it.
  if (clone.namespaceURI !== SVG_NS) clone.setAttribute('xmlns', SVG_NS);
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  if (!clone.getAttribute('viewBox')) clone.setAttribute('viewBox', `0 0 ${width} ${height}`);
  if (options.background) {
    const rect = clone.ownerDocument.createElementNS(SVG_NS, 'rect');
    rect.setAttribute('x', '0');
    rect.setAttribute('y', '0');
    rect.setAttribute('width', String(width));
    rect.setAttribute('height', String(height));
    rect.setAttribute('fill', options.background);
    clone.insertBefore(rect, clone.firstChild);
  }
  const serialize = options.serialize ?? ((el: Element) => new XMLSerializer().serializeToString(el));
  const text = serialize(clone);
  return text.startsWith('<?xml') ? text : `<?xml version="1.0" encoding="UTF-8"?>\n${text}`;
}
