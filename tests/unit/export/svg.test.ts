// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { INLINED_PROPERTIES, inlineComputedStyles, serializeSvg, stripScreenOnly } from '../../../src/lib/export/svg';
import { pngSize, svgDataUrl } from '../../../src/lib/export/png';

function chart(): SVGSVGElement {
  const host = document.createElement('div');
  host.innerHTML = `<svg viewBox="0 0 200 100" role="img" class="plot">
    <title>Gap vs size</title>
    <path class="curve s1" d="M0,0L10,10" />
    <g tabindex="0" role="slider" aria-valuenow="8"><circle r="4" /></g>
    <rect data-export="skip" width="200" height="100" />
    <text class="label">2 nm</text>
  </svg>`;
  return host.querySelector('svg') as SVGSVGElement;
}

/** A fake computed-style reader: theme colours resolved as a browser would. */
const fakeRead = (el: Element) => ({
  getPropertyValue(name: string): string {
    if (el.tagName === 'path' && name === 'stroke') return 'rgb(0, 114, 178)';
    if (el.tagName === 'path' && name === 'stroke-width') return '2px';
    if (el.tagName === 'text' && name === 'font-size') return '13px';
    return '';
  },
});

describe('inlineComputedStyles', () => {
  it('copies resolved colours and widths onto the clone, element by element', () => {
    const svg = chart();
    const clone = svg.cloneNode(true) as SVGSVGElement;
    inlineComputedStyles(svg, clone, fakeRead);
    expect(clone.querySelector('path')?.getAttribute('style')).toBe('stroke:rgb(0, 114, 178);stroke-width:2px');
    expect(clone.querySelector('text')?.getAttribute('style')).toBe('font-size:13px');
    expect(clone.querySelector('circle')?.hasAttribute('style')).toBe(false);
    // The live chart is untouched.
    expect(svg.querySelector('path')?.hasAttribute('style')).toBe(false);
  });
  it('throws RangeError when the target is not a clone', () => {
    const a = chart();
    const b = chart();
    b.querySelector('path')?.remove();
    expect(() => inlineComputedStyles(a, b, fakeRead)).toThrow(RangeError);
  });
  it('lists the painting properties that carry theme colours', () => {
    for (const p of ['fill', 'stroke', 'stroke-width', 'stroke-dasharray', 'font-size']) expect(INLINED_PROPERTIES).toContain(p);
  });
});

describe('stripScreenOnly', () => {
  it('removes skipped elements and interaction attributes', () => {
    const svg = chart();
    stripScreenOnly(svg);
    expect(svg.querySelector('[data-export="skip"]')).toBeNull();
    expect(svg.querySelector('[tabindex]')).toBeNull();
    expect(svg.querySelector('[role]')).toBeNull();
    expect(svg.hasAttribute('class')).toBe(false);
  });
});

describe('serializeSvg', () => {
  it('gives a standalone file: XML header, namespace, size, background, inlined styles', () => {
    const text = serializeSvg(chart(), { width: 200, height: 100, background: '#ffffff', read: fakeRead });
    expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const root = doc.documentElement;
    expect(root.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(root.getAttribute('width')).toBe('200');
    expect(root.getAttribute('height')).toBe('100');
    expect(root.getAttribute('viewBox')).toBe('0 0 200 100');
    const first = root.firstElementChild;
    expect(first?.tagName).toBe('rect');
    expect(first?.getAttribute('fill')).toBe('#ffffff');
    expect(text).toContain('stroke:rgb(0, 114, 178)');
    expect(text).toContain('<title>Gap vs size</title>');
    expect(text).not.toContain('tabindex');
    expect(doc.querySelector('parsererror')).toBeNull();
  });
  it.each([
    [0, 100],
    [100, Number.NaN],
    [-1, 5],
  ])('throws RangeError for size %s×%s', (w, h) => {
    expect(() => serializeSvg(chart(), { width: w, height: h, read: fakeRead })).toThrow(RangeError);
  });
});

describe('png helpers', () => {
  it('pngSize doubles by default and rounds to whole pixels', () => {
    expect(pngSize(640.4, 400)).toEqual({ width: 1281, height: 800 });
    expect(pngSize(100, 50, 3)).toEqual({ width: 300, height: 150 });
  });
  it.each([
    [0, 1, 2],
    [1, -1, 2],
    [1, 1, 0],
    [Number.NaN, 1, 2],
  ])('pngSize(%s, %s, %s) throws RangeError', (w, h, s) => {
    expect(() => pngSize(w, h, s)).toThrow(RangeError);
  });
  it('svgDataUrl percent-encodes the text', () => {
    const url = svgDataUrl('<svg xmlns="http://www.w3.org/2000/svg"># %</svg>');
    expect(url.startsWith('data:image/svg+xml;charset=utf-8,')).toBe(true);
    expect(decodeURIComponent(url.split(',')[1])).toBe('<svg xmlns="http://www.w3.org/2000/svg"># %</svg>');
  });
});
