#!/usr/bin/env node
/**
 * Pseudo-localisation for tests (issue #7: "ready for translation").
 *
 * Writes messages/**\/en-XA.json beside every English message file, each message turned into "pseudo
 * English" — every ASCII letter swapped for an accented look-alike and the text wrapped in ⟦ ⟧ — and a
 * test-only Paraglide project (pseudo.inlang/) with the locales en and en-XA, compiled to
 * src/paraglide-pseudo. The `pseudo` Vitest project renders the app in en-XA: any plain English word left
 * on screen did not come from the catalogue. Nothing here ships: the real build compiles project.inlang (en).
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const LOCALE = 'en-XA';

const MAP = {
  a: 'á', b: 'ƀ', c: 'ç', d: 'ď', e: 'é', f: 'ƒ', g: 'ĝ', h: 'ĥ', i: 'í', j: 'ĵ', k: 'ķ', l: 'ĺ', m: 'ɱ',
  n: 'ñ', o: 'ö', p: 'þ', q: 'ǫ', r: 'ŕ', s: 'š', t: 'ţ', u: 'ú', v: 'ṽ', w: 'ŵ', x: 'ẋ', y: 'ý', z: 'ž',
  A: 'Á', B: 'Ɓ', C: 'Ç', D: 'Ď', E: 'É', F: 'Ƒ', G: 'Ĝ', H: 'Ĥ', I: 'Í', J: 'Ĵ', K: 'Ķ', L: 'Ĺ', M: 'Ṁ',
  N: 'Ñ', O: 'Ö', P: 'Þ', Q: 'Ǫ', R: 'Ŕ', S: 'Š', T: 'Ţ', U: 'Ú', V: 'Ṽ', W: 'Ŵ', X: 'Ẋ', Y: 'Ý', Z: 'Ž',
};

/** Pseudo-localise one message text, leaving `{param}` placeholders alone. */
export function pseudo(text) {
  const body = text.replace(/(\{[^}]*\})|([A-Za-z])/g, (all, param, letter) => param ?? MAP[letter]);
  return `⟦${body}⟧`;
}

function transform(value) {
  if (typeof value === 'string') return pseudo(value);
  if (Array.isArray(value)) return value.map(transform);
  if (value && typeof value === 'object') {
    const out = {};
    // Keys are kept (message ids, `countPlural=one` variant matchers); declarations and selectors are code.
    for (const [k, v] of Object.entries(value)) out[k] = k === '$schema' || k === 'declarations' || k === 'selectors' ? v : transform(v);
    return out;
  }
  return value;
}

const settings = JSON.parse(readFileSync(join(ROOT, 'project.inlang', 'settings.json'), 'utf8'));
const patterns = [settings['plugin.inlang.messageFormat'].pathPattern].flat();
for (const p of patterns) {
  const en = JSON.parse(readFileSync(join(ROOT, p.replace('{locale}', 'en')), 'utf8'));
  writeFileSync(join(ROOT, p.replace('{locale}', LOCALE)), `${JSON.stringify(transform(en), null, 2)}\n`);
}
const pseudoSettings = { ...settings, locales: ['en', LOCALE] };
mkdirSync(join(ROOT, 'pseudo.inlang'), { recursive: true });
writeFileSync(join(ROOT, 'pseudo.inlang', 'settings.json'), `${JSON.stringify(pseudoSettings, null, 2)}\n`);
execFileSync(
  join(ROOT, 'node_modules', '.bin', 'paraglide-js'),
  ['compile', '--project', './pseudo.inlang', '--outdir', './src/paraglide-pseudo', '--strategy', 'globalVariable', 'baseLocale', '--silent'],
  { cwd: ROOT, stdio: 'inherit' },
);
