/**
 * The page-wide WebGL context budget. Browsers keep only about 16 live WebGL contexts per page (Chromium
 * then loses the oldest: "Too many active WebGL contexts"), so a course page with 20 lattice widgets would
 * break. Every 3D stage joins this budget; the budget says who is live and who must yield:
 *
 *  - a member out of view yields (pauses behind a still image: stage.ts `pause()`, three's
 *    `forceContextLoss`), and is resumed (`forceContextRestore`) when it scrolls back;
 *  - at most `max` members are live; past that the least recently used member in view is *evicted*: it
 *    keeps its still image and offers a resume button, until the user resumes it or scrolls it away.
 *
 * `decide()` is the whole policy, pure (Node-tested). The registry below applies it: one per page, kept on
 * `globalThis` under a versioned key, so two widget bundles on one page (pqd-lattice.js and the combined
 * loader, say) share one budget. Visibility comes from whoever knows it — a widget's gate
 * (src/embed/glGate.ts) for the members inside its root; a member in no gate counts as in view.
 */

/** Live contexts allowed across the page by default: well under the browser's ~16, leaving room for the host. */
export const MAX_LIVE_CONTEXTS = 8;

/** What the policy needs to know about one member. */
export interface MemberState {
  id: number;
  visible: boolean;
  /** Frozen by the budget while in view; cleared by the user (resume) or by leaving the view. */
  evicted: boolean;
  /** Last use (creation, pointer, focus, resume), ms on any monotonic clock. */
  lastUsed: number;
  /** Holds a context now. */
  live: boolean;
}

export interface Decision {
  /** Give the context back (out of view, or evicted now). */
  pause: number[];
  /** Take a context again. */
  resume: number[];
  /** Newly evicted (in view, over the budget): they show a resume button. */
  evict: number[];
}

/**
 * The policy: members out of view or evicted must not be live; of those that want to be live (in view,
 * not evicted), the `max` most recently used are, and the others are evicted, least recently used first.
 */
export function decide(members: readonly MemberState[], max: number): Decision {
  const out: Decision = { pause: [], resume: [], evict: [] };
  const wanting = members.filter((m) => m.visible && !m.evicted).sort((a, b) => b.lastUsed - a.lastUsed || b.id - a.id);
  const keep = new Set(wanting.slice(0, Math.max(0, max)).map((m) => m.id));
  for (const m of wanting.slice(Math.max(0, max))) out.evict.push(m.id);
  for (const m of members) {
    if (keep.has(m.id)) {
      if (!m.live) out.resume.push(m.id);
    } else if (m.live) out.pause.push(m.id);
  }
  return out;
}

// ───────────────────────────── the page's registry ─────────────────────────────

/** What a stage gives the budget. */
export interface MemberHooks {
  /** The canvas (visibility sources find their members by containment). */
  element: Element;
  live(): boolean;
  pause(): Promise<void>;
  /** Resolves true once drawn again; false if no context came back. */
  resume(): Promise<boolean>;
  /** Evicted while in view (show a resume button) or no longer. */
  evicted?(evicted: boolean): void;
}

/** What a stage holds after joining. */
export interface BudgetMember {
  /** The user used this view (pointer, focus). */
  touch(): void;
  /** The user asked for this view (resume button): it is live again, another may yield. */
  activate(): void;
  leave(): void;
}

/** Tells the budget whether the members inside `root` are in view (a widget's IntersectionObserver). */
export interface VisibilitySource {
  root: Node;
  visible: boolean | null;
  /** No context came back for a member inside `root`: the owner may remount the view. */
  onRestoreFailed?: () => void;
}

interface Member extends MemberState {
  hooks: MemberHooks;
  busy: boolean;
  /**
   * An operation that did not take effect (a pause of a view already lost, a restore that failed): not
   * retried until something changes for this member (visibility, use), so the policy never spins.
   */
  stuck: 'pause' | 'resume' | null;
}

export interface Registry {
  readonly version: 1;
  max: number;
  join(hooks: MemberHooks): BudgetMember;
  addSource(source: VisibilitySource): void;
  removeSource(source: VisibilitySource): void;
  /** Re-applies the policy (a source's visibility changed, the budget changed). */
  reconcile(): void;
  /** Members holding a live context. */
  liveCount(): number;
  /** Marks the members inside `root` as used now. */
  touchWithin(root: Node): void;
  /**
   * The user is pointing at `el` (or focused it) right now, so it is on screen: its visibility source says
   * so until its own observer says otherwise. (An IntersectionObserver reports a scroll a frame or more late;
   * a 3D view started by that pointer would otherwise join the budget "out of view" and be paused at once.)
   */
  seen?(el: Element): void;
  /** Whether a visibility source (a widget's gate) covers `el`: a widget's canvas, read by its host's tools. */
  covers(el: Element): boolean;
}

const KEY = Symbol.for('pqd.glBudget.v1');

function createRegistry(): Registry {
  const members = new Map<number, Member>();
  const sources = new Set<VisibilitySource>();
  let nextId = 1;
  let scheduled = false;

  const sourceOf = (m: Member): VisibilitySource | null => {
    for (const s of sources) if (s.root.contains(m.hooks.element)) return s;
    return null;
  };

  function refresh(): void {
    for (const m of members.values()) {
      const s = sourceOf(m);
      const visible = s ? s.visible !== false : true;
      if (!visible && m.evicted) {
        m.evicted = false; // leaving the view clears an eviction
        m.hooks.evicted?.(false);
      }
      if (visible !== m.visible) m.stuck = null;
      m.visible = visible;
      m.live = m.hooks.live();
    }
  }

  function apply(): void {
    refresh();
    const d = decide([...members.values()], registry.max);
    for (const id of d.evict) {
      const m = members.get(id)!;
      m.evicted = true;
      m.hooks.evicted?.(true);
    }
    for (const id of d.pause) run(members.get(id)!, 'pause');
    for (const id of d.resume) run(members.get(id)!, 'resume');
  }

  /** One operation at a time per member; the policy runs again when it ends (things may have changed). */
  function run(m: Member, kind: 'pause' | 'resume'): void {
    if (m.busy || m.stuck === kind) return;
    m.busy = true;
    const op = kind === 'pause' ? m.hooks.pause().then(() => true) : m.hooks.resume();
    op.catch(() => false)
      .then((ok) => {
        // Did it take effect? (A pause leaves no live context; a resume one.)
        const effective = ok && m.hooks.live() === (kind === 'resume');
        m.stuck = effective ? null : kind;
        if (!effective && kind === 'resume') sourceOf(m)?.onRestoreFailed?.();
      })
      .finally(() => {
        m.busy = false;
        if (members.has(m.id)) registry.reconcile();
      });
  }

  const registry: Registry = {
    version: 1,
    max: MAX_LIVE_CONTEXTS,
    join(hooks) {
      const m: Member = { id: nextId++, hooks, visible: true, evicted: false, lastUsed: performance.now(), live: true, busy: false, stuck: null };
      members.set(m.id, m);
      registry.reconcile();
      return {
        touch: () => {
          m.lastUsed = performance.now();
        },
        activate: () => {
          m.evicted = false;
          m.stuck = null;
          m.lastUsed = performance.now();
          hooks.evicted?.(false);
          registry.reconcile();
        },
        leave: () => {
          members.delete(m.id);
          registry.reconcile();
        },
      };
    },
    addSource(source) {
      sources.add(source);
      registry.reconcile();
    },
    removeSource(source) {
      sources.delete(source);
      registry.reconcile();
    },
    // In a microtask: several changes in one task (a scroll that moves many widgets) are decided once.
    reconcile() {
      if (scheduled) return;
      scheduled = true;
      queueMicrotask(() => {
        scheduled = false;
        apply();
      });
    },
    liveCount() {
      let n = 0;
      for (const m of members.values()) if (m.hooks.live()) n++;
      return n;
    },
    covers(el) {
      for (const s of sources) if (s.root.contains(el)) return true;
      return false;
    },
    seen(el) {
      for (const s of sources) {
        if (s.root.contains(el) && s.visible === false) {
          s.visible = true;
          registry.reconcile();
        }
      }
    },
    touchWithin(root) {
      const now = performance.now();
      for (const m of members.values()) {
        if (!root.contains(m.hooks.element)) continue;
        m.lastUsed = now;
        m.stuck = null;
      }
    },
  };
  return registry;
}

/** The page's registry (created on first use; shared by every bundle on the page). */
export function glBudget(): Registry {
  const g = globalThis as unknown as Record<symbol, Registry | undefined>;
  const found = g[KEY];
  if (found && found.version === 1) return found;
  const r = createRegistry();
  g[KEY] = r;
  return r;
}

/** Joins the page's budget (stage.ts calls this through LatticeScene). */
export function joinGlBudget(hooks: MemberHooks): BudgetMember {
  return glBudget().join(hooks);
}

/**
 * Changes the page's budget (1–16), e.g. for a host page that uses WebGL itself. Returns the budget in
 * force. Exposed by the widget script as `PqdWidgets.setMaxLiveContexts(n)`.
 */
export function setMaxLiveContexts(n: number): number {
  const r = glBudget();
  if (Number.isInteger(n) && n >= 1 && n <= 16) r.max = n;
  r.reconcile();
  return r.max;
}

/** Number of live contexts held by the budget's members (tests and the benchmark page read it). */
export function liveContextCount(): number {
  return glBudget().liveCount();
}
