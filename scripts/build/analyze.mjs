/**
 * What each chunk of the site holds (issue #15): bytes per source module, from the chunks' source maps.
 *
 *   PQD_ANALYZE=/tmp/pqd-an npx vite build --outDir dist-x   (site.mjs writes each chunk's code and map there;
 *                                                             the build's dist also gets the .map files)
 *   node scripts/build/analyze.mjs /tmp/pqd-an [chunk-name-part …] [--top N] [--group]
 *
 * Each minified byte is given to the source module its source-map segment names (bytes before a line's first
 * segment, or of segments without a source, to "(generated)"). The gzip column shares the chunk's gzip size
 * (level 9) out in proportion to the minified bytes — an estimate: gzip does not split by module. --group sums
 * modules by package (node_modules) or by folder (src/…).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository folder without its leading slash, as source-map paths name it after their '../'s. */
const ROOT_RE = new RegExp(`^(.*/)?${resolve(dirname(fileURLToPath(import.meta.url)), '../..').slice(1).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/`);
import { TraceMap, decodedMappings } from '@jridgewell/trace-mapping';

/** Minified bytes per source of one chunk. */
export function bytesPerSource(code, map) {
  const tm = new TraceMap(map);
  const lines = code.split('\n');
  const out = new Map();
  const add = (src, n) => n > 0 && out.set(src, (out.get(src) ?? 0) + n);
  decodedMappings(tm).forEach((segs, i) => {
    const line = lines[i] ?? '';
    let col = 0;
    let src = '(generated)';
    for (const seg of segs) {
      add(src, seg[0] - col);
      col = seg[0];
      src = seg.length >= 4 ? (tm.sources[seg[1]] ?? '(generated)') : '(generated)';
    }
    add(src, line.length - col + 1);
  });
  for (let i = decodedMappings(tm).length; i < lines.length; i++) add('(generated)', lines[i].length + 1);
  return out;
}

function clean(src, group) {
  const s = src.replace(/^(\.\.\/)+/, '').replace(/^.*?node_modules\//, 'node_modules/').replace(ROOT_RE, '').replace(/\?.*$/, '');
  if (!group) return s;
  const pkg = s.match(/^node_modules\/((@[^/]+\/)?[^/]+)/);
  if (pkg) return pkg[1];
  const dir = s.match(/^(src\/[^/]+(\/[^/.]+(?=\/))?)/);
  return dir ? dir[1] : s;
}

export function analyzeChunk(dir, file, { group = false } = {}) {
  const code = readFileSync(join(dir, file), 'utf8');
  const map = JSON.parse(readFileSync(join(dir, `${file}.map`), 'utf8'));
  const gz = gzipSync(code, { level: 9 }).length;
  const per = new Map();
  for (const [src, n] of bytesPerSource(code, map)) {
    const k = clean(src, group);
    per.set(k, (per.get(k) ?? 0) + n);
  }
  const rows = [...per].sort((a, b) => b[1] - a[1]).map(([src, n]) => ({ src, min: n, gzip: (gz * n) / code.length }));
  return { file, min: code.length, gzip: gz, rows };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const dir = args.shift();
  const top = Number(args.includes('--top') ? args[args.indexOf('--top') + 1] : 15);
  const group = args.includes('--group');
  const names = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--top');
  const files = readdirSync(dir, { recursive: true }).map(String).filter((f) => f.endsWith('.js') && (names.length === 0 || names.some((n) => f.includes(n))));
  for (const f of files) {
    const a = analyzeChunk(dir, f, { group });
    console.log(`\n${a.file}: ${(a.min / 1000).toFixed(1)} kB minified, ${(a.gzip / 1000).toFixed(1)} kB gzip`);
    for (const r of a.rows.slice(0, top)) console.log(`  ${(r.gzip / 1000).toFixed(2).padStart(6)} kB gz  ${(r.min / 1000).toFixed(1).padStart(6)} kB  ${r.src}`);
  }
}
