/**
 * Equations rendered at build time (issue #15; src/components/katexStatic.ts): each equations.generated.ts is
 * what `node scripts/build/katex.mjs equations` writes now from its equations.ts and the installed KaTeX, and
 * no TeX is written outside the equation modules (the widget scripts and single files carry no KaTeX runtime).
 */
import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { EQUATION_MODULES, equationModules, jsString } from '../../../scripts/build/katex.mjs';

const ROOT = join(import.meta.dirname, '..', '..', '..');

describe('build-time equations', () => {
  it('every equations.generated.ts is what scripts/build/katex.mjs writes now', { timeout: 60_000 }, async () => {
    const modules = await equationModules();
    expect(modules.map((m) => m.source)).toEqual(EQUATION_MODULES);
    for (const m of modules) {
      expect(readFileSync(join(ROOT, m.output), 'utf8'), `${m.output} is stale: run \`node scripts/build/katex.mjs equations\``).toBe(m.text);
    }
  });

  it('jsString quotes any text as a JavaScript string', () => {
    for (const t of ['', 'a\\b', "it's", '"q"', 'line\nbreak\r', 'sep\u2028\u2029', '\\\\frac{1}{2}']) {
      expect((0, eval)(jsString(t))).toBe(t);
    }
  });

  it('TeX is written only in equation modules (widget scripts and single files carry no KaTeX to typeset other TeX)', () => {
    const TEX_RE = /\\\\?(?:frac|mathrm|text\{|sqrt|begin\{|sum_|varepsilon|hbar|lambda|mu\b|tau\b)/;
    const walk = (dir: string): string[] =>
      readdirSync(dir).flatMap((f) => {
        const p = join(dir, f);
        return statSync(p).isDirectory() ? walk(p) : /\.(svelte|ts)$/.test(f) && !/equations(\.generated)?\.ts$/.test(f) ? [p] : [];
      });
    const dirs = ['src/views', 'src/components', 'src/embed', 'src/i18n'];
    const offenders = dirs.flatMap((d) => walk(join(ROOT, d))).filter((f) => /\bKatex\b|\btex\b/.test(readFileSync(f, 'utf8')) && TEX_RE.test(readFileSync(f, 'utf8')));
    // Katex.svelte, katexNone.ts and the like name TeX only in comments; any file that holds a TeX literal is listed.
    expect(offenders.map((f) => f.slice(ROOT.length + 1)).filter((f) => !/^src\/components\/katex\w*\.ts$|Katex\.svelte$/.test(f))).toEqual([]);
  });
});
