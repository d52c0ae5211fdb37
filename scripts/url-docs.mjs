#!/usr/bin/env node
// Prints the URL-parameter table of the README from the one schema (src/lib/state/schema.ts).
import { createServer } from 'vite';
const vite = await createServer({ logLevel: 'error', server: { middlewareMode: true, hmr: false }, appType: 'custom' });
try {
  const { SCHEMA } = await vite.ssrLoadModule('/src/lib/state/schema.ts');
  console.log('| key | view | values | default | meaning |\n|---|---|---|---|---|');
  for (const [k, s] of Object.entries(SCHEMA)) {
    const values =
      s.kind === 'enum' ? s.values.map((v) => `\`${v}\``).join(' \\| ')
      : s.kind === 'list' ? `comma list of ${s.values.map((v) => `\`${v}\``).join(', ')}`
      : s.kind === 'number' ? `${s.min}–${s.max}${s.unit ? ` ${s.unit}` : ''}${s.integer ? ' (integer)' : ''}`
      : s.kind === 'bool' ? '`1` \\| `0`'
      : 'text';
    const def = Array.isArray(s.default) ? s.default.join(',') : s.default === null ? '(table value)' : s.default === '' ? '(none)' : String(s.default);
    console.log(`| \`${k}\` | ${s.scope} | ${values} | ${def} | ${s.doc} |`);
  }
} finally {
  await vite.close();
}
