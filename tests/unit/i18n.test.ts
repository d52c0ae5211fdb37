/**
 * The message catalogue compiles offline and emits messages (stack-notes.md: Paraglide's default CDN
 * plugin compiles "successfully" with no messages when offline; project.inlang points at the npm copy).
 */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { m } from '../../src/paraglide/messages.js';

describe('message catalogue (Paraglide)', () => {
  it('renders known messages, with parameters', () => {
    expect(m.app_title()).toBe('Perovskite QD Lab');
    expect(m.warnings_more({ count: 3 })).toBe('…and 3 more.');
  });
  it('loads its message-format plugin from node_modules, never a CDN', () => {
    const settings = JSON.parse(readFileSync(join(__dirname, '..', '..', 'project.inlang', 'settings.json'), 'utf8'));
    for (const mod of settings.modules as string[]) expect(mod.startsWith('./node_modules/')).toBe(true);
  });
});
