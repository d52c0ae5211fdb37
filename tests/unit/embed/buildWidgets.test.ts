/**
 * Helpers of the widget and single-file builds (scripts/build-widgets.mjs), against KaTeX's real CSS:
 * every @font-face has a woff2 file that exists, and the woff2-only rewrite drops exactly the woff/ttf
 * sources (every browser that runs the app reads woff2).
 */
import { describe, it, expect } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { parseFontFaces, woff2Only } from '../../../scripts/build-widgets.mjs';

const require = createRequire(import.meta.url);
const cssPath = require.resolve('katex/dist/katex.min.css');
const css = readFileSync(cssPath, 'utf8');

describe('KaTeX fonts', () => {
  it('parses every @font-face of katex.min.css with a woff2 file that exists', () => {
    const faces = parseFontFaces(css);
    const rules = css.match(/@font-face/g) ?? [];
    expect(faces.length).toBe(rules.length);
    expect(faces.length).toBeGreaterThanOrEqual(19);
    for (const f of faces) {
      expect(f.family).toMatch(/^KaTeX_/);
      expect(f.src).toMatch(/\.woff2$/);
      expect(existsSync(join(dirname(cssPath), f.src)), f.src).toBe(true);
    }
    expect(faces).toContainEqual({ family: 'KaTeX_Main', style: 'normal', weight: '400', src: 'fonts/KaTeX_Main-Regular.woff2' });
  });

  it('woff2Only keeps one woff2 source per face and no woff/ttf', () => {
    const out = woff2Only(css);
    expect(out).not.toMatch(/\.woff\)|\.ttf\)/);
    expect((out.match(/\.woff2\)/g) ?? []).length).toBe(parseFontFaces(css).length);
    expect(parseFontFaces(out)).toEqual(parseFontFaces(css));
  });
});
