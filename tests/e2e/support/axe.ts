/**
 * axe-core in the page (bundled from node_modules; nothing fetched). WCAG 2.0/2.1/2.2 A and AA rules and
 * axe's best-practice rules (one main landmark, one banner, all content in named landmarks, heading order,
 * target size …).
 */
import { createRequire } from 'node:module';
import { expect, type Page } from '@playwright/test';

const require = createRequire(import.meta.url);
const AXE_PATH = require.resolve('axe-core/axe.min.js');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

export async function axeViolations(page: Page, selector?: string, disabledRules: readonly string[] = []): Promise<AxeViolation[]> {
  // Once per document (a theme switch or an opened dialog needs no second copy).
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE_PATH });
  return page.evaluate(async ({ sel, off }) => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const r = await axe.run(sel ?? document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
      rules: Object.fromEntries(off.map((id) => [id, { enabled: false }])),
    });
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
    }));
  }, { sel: selector, off: [...disabledRules] });
}

/** Fails with a readable list of every violation. */
export async function expectNoAxeViolations(page: Page, selector?: string, disabledRules: readonly string[] = []): Promise<void> {
  const v = await axeViolations(page, selector, disabledRules);
  expect(v.map((x) => `${x.id} (${x.impact}): ${x.help} — ${x.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
}
