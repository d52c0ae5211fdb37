/**
 * Imports point one way (STYLE.md §1): data → physics → geometry → state → views → App.
 * `lib/` never imports views or components; physics, data, geometry (and the other pure folders) never
 * import three, svelte or d3, nor touch the DOM.
 */
import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = join(__dirname, '..', '..');
function filesUnder(dir: string): string[] {
  const out: string[] = [];
  let entries: string[] = [];
  try {
    entries = readdirSync(dir);
  } catch {
    return out;
  }
  for (const e of entries) {
    const p = join(dir, e);
    if (statSync(p).isDirectory()) out.push(...filesUnder(p));
    else if (/\.(ts|js|svelte)$/.test(e)) out.push(p);
  }
  return out;
}
function imports(file: string): string[] {
  const src = readFileSync(file, 'utf8');
  return [...src.matchAll(/(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|import\s+['"]([^'"]+)['"]/g)].map(
    (m) => m[1] ?? m[2] ?? m[3],
  );
}

const PURE = ['physics', 'data', 'geometry', 'ligands', 'surface', 'readouts'];

describe('layering', () => {
  it('src/lib never imports views, components or the App', () => {
    const bad: string[] = [];
    for (const f of filesUnder(join(ROOT, 'src', 'lib'))) {
      for (const i of imports(f)) if (/(^|\/)(views|components)\//.test(i) || /App\.svelte$/.test(i)) bad.push(`${relative(ROOT, f)} → ${i}`);
    }
    expect(bad).toEqual([]);
  });

  it('pure folders import no three, svelte or d3 and touch no DOM', () => {
    const bad: string[] = [];
    for (const folder of PURE) {
      for (const f of filesUnder(join(ROOT, 'src', 'lib', folder))) {
        for (const i of imports(f)) if (/^(three|svelte|d3)(\/|-|$)/.test(i)) bad.push(`${relative(ROOT, f)} → ${i}`);
        const src = readFileSync(f, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
        if (/\b(document|window)\./.test(src)) bad.push(`${relative(ROOT, f)} touches the DOM`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('the pure folders exist (the check is not vacuous)', () => {
    expect(filesUnder(join(ROOT, 'src', 'lib', 'physics')).length).toBeGreaterThan(0);
  });
});
