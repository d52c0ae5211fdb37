/**
 * The page-wide `PqdWidgets` object (docs/embedding.md): the WebGL context budget and the message protocol
 * version. Each widget script (`pqd-lattice.js`, …) and the loader `pqd-widgets.js` add to the same object on
 * `globalThis` rather than replacing it (issue #15), so a page may load any of them, in any order:
 * `setMaxLiveContexts(n)` asked before a widget script arrived is applied when it does, and reaches every
 * widget script on the page; `liveContextCount()` reads the scripts that hold WebGL contexts.
 */
export interface GlBudget {
  liveContextCount(): number;
  setMaxLiveContexts(n: number): number;
}

export interface PqdWidgetsApi extends GlBudget {
  PROTOCOL_VERSION: number;
  /** The widget scripts' budgets (one per script that has run). */
  readonly budgets: GlBudget[];
}

const PENDING = Symbol.for('pqd.widgets.maxLive');

/** The page's `PqdWidgets`, made or completed; `budget` is this script's WebGL budget, if it has one. */
export function publishWidgetApi(protocolVersion: number, budget?: GlBudget): PqdWidgetsApi {
  const g = globalThis as unknown as { PqdWidgets?: PqdWidgetsApi & { [PENDING]?: number } };
  const api =
    g.PqdWidgets?.budgets instanceof Array
      ? g.PqdWidgets
      : (g.PqdWidgets = {
          PROTOCOL_VERSION: protocolVersion,
          budgets: [],
          liveContextCount() {
            // With one shared budget every script counts the same contexts: the largest is the page's count.
            return Math.max(0, ...this.budgets.map((b) => b.liveContextCount()));
          },
          setMaxLiveContexts(n: number) {
            (this as PqdWidgetsApi & { [PENDING]?: number })[PENDING] = n;
            const set = this.budgets.map((b) => b.setMaxLiveContexts(n));
            return set.length ? Math.min(...set) : n;
          },
        });
  if (budget && !api.budgets.includes(budget)) {
    api.budgets.push(budget);
    const pending = api[PENDING];
    if (pending !== undefined) budget.setMaxLiveContexts(pending);
  }
  return api;
}
