/**
 * Issue #7: "All user-facing text comes from one message catalogue per language". This guard scans the
 * source for English prose that is written in code instead of coming from `messages/**\/en.json` through
 * Paraglide's `m.*()` functions.
 *
 * What counts as prose (heuristics, deliberately strict):
 * - in .svelte markup: any text node or literal user-facing attribute (aria-label, title, alt, placeholder,
 *   aria-description, aria-roledescription, aria-valuetext, label, caption, heading, hint) holding a word of
 *   three or more letters that is not a unit or a chemical symbol;
 * - in scripts (.ts and <script> blocks): any string literal that reads like a sentence or a phrase — two or
 *   more words with a capitalised first word, or ending with a full stop.
 *
 * What is not prose: bibliographic citations (`source`, `ref`, `citation`, `doi`), verbatim quotations of
 * the source papers (`quote`: they stay in the language they were published in), developer-facing text
 * (thrown errors, console output, the URL schema's README `doc`), CSS, LaTeX, identifiers. A line (or the
 * line just above it) carrying `i18n-exempt: <reason>` is skipped; the reason is required.
 *
 * `src/lib` stays locale-free: its pure folders never import Paraglide; they return codes and numbers, and
 * the views map codes to messages.
 */
import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const SRC = join(ROOT, 'src');

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir)) {
    const p = join(dir, e);
    if (statSync(p).isDirectory()) {
      if (e === 'paraglide') continue;
      out.push(...filesUnder(p));
    } else if (/\.(ts|svelte)$/.test(e) && !/\.d\.ts$/.test(e) && !/\.glsl\.ts$/.test(e)) out.push(p);
  }
  return out;
}

/** Words that may stand in markup untranslated: SI and other unit symbols, element and ion symbols. */
const ALLOWED_WORDS = new Set([
  'nm', 'eV', 'meV', 'pm', 'mm', 'cm', 'ms', 'Å', 'mA', 'mW', 'Voc', 'Jsc', 'PCE', 'FF', 'PLQY', 'AM1', 'CIF', 'QR',
  'Cs', 'Pb', 'Br', 'Cl', 'FA', 'MA', 'PbS', 'CsPbCl', 'CsPbBr', 'CsPbI', 'FAPbI', 'MAPbI', 'PbX', 'CsX', 'Pnma', 'Pm',
]);

const ATTRS = ['aria-label', 'title', 'alt', 'placeholder', 'aria-description', 'aria-roledescription', 'aria-valuetext', 'label', 'caption', 'heading', 'hint'];

/** Replace `{ … }` expressions (balanced) in markup with a space. */
function stripExpressions(s: string): string {
  let out = '';
  let depth = 0;
  for (const ch of s) {
    if (ch === '{') depth++;
    if (depth === 0) out += ch;
    if (ch === '}' && depth > 0) {
      depth--;
      if (depth === 0) out += ' ';
    }
  }
  return out;
}

function isExempt(lines: string[], i: number): boolean {
  return /i18n-exempt:\s*\S/.test(lines[i] ?? '') || /i18n-exempt:\s*\S/.test(lines[i - 1] ?? '');
}

function proseWords(text: string): string[] {
  return (text.match(/[A-Za-zÀ-ÿ]{3,}/g) ?? []).filter((w) => !ALLOWED_WORDS.has(w));
}

/** Findings in the markup of a .svelte file (scripts and styles blanked, line numbers kept). */
function markupFindings(src: string): { line: number; text: string }[] {
  const blank = (m: string) => m.replace(/[^\n]/g, ' ');
  let s = src
    .replace(/<script[\s\S]*?<\/script>/g, blank)
    .replace(/<style[\s\S]*?<\/style>/g, blank)
    .replace(/<!--[\s\S]*?-->/g, blank);
  s = stripExpressions(s);
  const lines = src.split('\n');
  const out: { line: number; text: string }[] = [];
  const lineOf = (idx: number) => s.slice(0, idx).split('\n').length;
  // Text nodes.
  for (const m of s.matchAll(/>([^<>]+)</g)) {
    const words = proseWords(m[1]);
    if (words.length === 0) continue;
    const line = lineOf(m.index! + 1);
    if (!isExempt(lines, line - 1)) out.push({ line, text: m[1].trim() });
  }
  // Literal user-facing attributes.
  for (const a of ATTRS) {
    const re = new RegExp(`\\s${a}="([^"]*)"`, 'g');
    for (const m of s.matchAll(re)) {
      if (proseWords(m[1]).length === 0) continue;
      const line = lineOf(m.index!);
      if (!isExempt(lines, line - 1)) out.push({ line, text: `${a}="${m[1]}"` });
    }
  }
  return out;
}

/** Findings among the string literals of script code. */
function scriptFindings(code: string, lineOffset: number, allLines: string[]): { line: number; text: string }[] {
  const out: { line: number; text: string }[] = [];
  const lines = code.split('\n');
  let inBlockComment = false;
  lines.forEach((raw, i) => {
    let line = raw;
    if (inBlockComment) {
      const end = line.indexOf('*/');
      if (end < 0) return;
      line = line.slice(end + 2);
      inBlockComment = false;
    }
    line = line.replace(/\/\*[\s\S]*?\*\//g, '');
    const open = line.indexOf('/*');
    if (open >= 0) {
      line = line.slice(0, open);
      inBlockComment = true;
    }
    if (/^\s*(\/\/|\*)/.test(line)) return;
    line = line.replace(/(^|[^:'"`])\/\/.*$/, '$1');
    if (/\b(throw new|new Error|Error\(|console\.|assert\w*\()/.test(line)) return;
    if (/^\s*(source|sources|ref|refs|citation|doi|doc|quote|quotes|url|href|equation|latex|tex)\s*:/.test(line)) return;
    const abs = lineOffset + i;
    if (isExempt(allLines, abs)) return;
    for (const m of line.matchAll(/'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"|`((?:[^`\\]|\\.)*)`/g)) {
      if (/\b(source|sources|ref|refs|citation|doi|doc|quote|quotes|url|href|equation|latex|tex)\s*:\s*$/.test(line.slice(0, m.index))) continue;
      const lit = (m[1] ?? m[2] ?? m[3] ?? '').replace(/\$\{[^}]*\}/g, ' ');
      if (/\\\\|\\frac|\\mathrm|\\text|\\approx/.test(m[0])) continue; // LaTeX
      if (/[{};]\s*$|^[.#@:-]|var\(--|\b(px|rem|em|vh|vw)\b/.test(lit)) continue; // CSS and selectors
      if (/et al\.|doi|Table \d|Fig\. ?\d|Eq\. ?\d|§/.test(lit)) continue; // citations
      const words = proseWords(lit);
      const sentence = /^[A-Z][a-zà-ÿ’']+[ ,][^]*[a-zà-ÿ]{2,}/.test(lit.trim()) && lit.trim().split(/\s+/).length >= 2;
      const fullStop = /[a-z]{2,}[.!?…]$/.test(lit.trim()) && lit.trim().split(/\s+/).length >= 2;
      if (words.length >= 2 && (sentence || fullStop)) out.push({ line: abs + 1, text: lit.slice(0, 80) });
    }
  });
  return out;
}

function findings(file: string): string[] {
  const src = readFileSync(file, 'utf8');
  const allLines = src.split('\n');
  const rel = relative(ROOT, file);
  const out: { line: number; text: string }[] = [];
  if (file.endsWith('.svelte')) {
    out.push(...markupFindings(src));
    // A citation slot (`source=`, rendered lang="en") must not hold a translated message: use `note=`.
    src.split('\n').forEach((l, i) => {
      if (/\bsource=\{(m|msg)\./.test(l)) out.push({ line: i + 1, text: `message in a citation slot: ${l.trim()}` });
    });
    // String literals inside markup expressions ({cond ? 'Cubic' : 'Tilted'}), scripts and styles blanked.
    const blank = (m: string) => m.replace(/[^\n]/g, ' ');
    const markup = src.replace(/<script[\s\S]*?<\/script>/g, blank).replace(/<style[\s\S]*?<\/style>/g, blank);
    const exprs = markup.replace(/\{[^{}]*\}/g, (e) => e).split('\n').map((l) => (l.match(/\{[^{}]*\}/g) ?? []).join(' '));
    out.push(...scriptFindings(exprs.join('\n'), 0, allLines));
    for (const m of src.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)) {
      const offset = src.slice(0, m.index! + m[0].indexOf('>') + 1).split('\n').length - 1;
      out.push(...scriptFindings(m[1], offset, allLines));
    }
  } else {
    out.push(...scriptFindings(src, 0, allLines));
  }
  return out.map((f) => `${rel}:${f.line}  ${f.text}`);
}

describe('every user-facing string comes from the message catalogue (issue #7)', () => {
  const files = filesUnder(SRC);
  it('finds the source files', () => expect(files.length).toBeGreaterThan(50));

  it('no prose is written in code', () => {
    const all = files.flatMap(findings);
    expect(all, `Move these strings to messages/**/en.json (or mark "i18n-exempt: reason"):\n${all.join('\n')}`).toEqual([]);
  });

  it('the pure folders of src/lib never import Paraglide (they return codes; views translate)', () => {
    const bad = files
      .filter((f) => /src\/lib\/(physics|data|geometry|ligands|surface|readouts|state|export)\//.test(f))
      .filter((f) => /paraglide/.test(readFileSync(f, 'utf8').replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, '')));
    expect(bad.map((f) => relative(ROOT, f))).toEqual([]);
  });

  it('the guard itself catches prose (so it cannot pass vacuously)', () => {
    expect(markupFindings('<p>Tolerance factor</p>').length).toBe(1);
    expect(markupFindings('<button aria-label="Close the dialog">×</button>').length).toBe(1);
    expect(markupFindings('<p>{m.close()} nm</p>').length).toBe(0);
    expect(scriptFindings("const a = 'Could not read this formula.';", 0, ['']).length).toBe(1);
    expect(scriptFindings("const a = 'pqd-change';", 0, ['']).length).toBe(0);
  });
});
