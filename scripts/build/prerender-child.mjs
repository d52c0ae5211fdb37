/**
 * `node scripts/build/prerender-child.mjs <out.json>`: the first-screen snapshots (scripts/build/prerender.mjs)
 * written as JSON, then exit — the site build runs this in a process of its own.
 */
import { writeFileSync } from 'node:fs';
import { renderSnapshots } from './prerender.mjs';

renderSnapshots().then(
  (snapshots) => {
    writeFileSync(process.argv[2], JSON.stringify(snapshots));
    process.exit(0);
  },
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
