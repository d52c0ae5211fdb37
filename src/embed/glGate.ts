/**
 * A widget's gate to the page-wide WebGL context budget (src/views/lattice/stage/glBudget.ts). Browsers
 * keep only about 16 live WebGL contexts per page, so a course page with 20 lattice widgets must let the
 * widgets out of view give theirs back. A `GlGate` wraps one widget (a shadow root, or the page in an
 * `embed=1` iframe) and tells the budget whether the 3D views inside it are in view, and when the user used
 * them (pointer, focus: the budget keeps the most recently used ones live).
 *
 * The views do the rest themselves: a lattice stage joins the budget, pauses behind a still image of its
 * last frame (three's `renderer.forceContextLoss()`) when told to yield, and resumes
 * (`forceContextRestore()`) when it may draw again; over the budget while in view it shows a resume button.
 * Nothing here patches `HTMLCanvasElement.prototype` or signals through the DOM.
 */
import {
  MAX_LIVE_CONTEXTS,
  glBudget,
  liveContextCount,
  setMaxLiveContexts,
  type VisibilitySource,
} from '../views/lattice/stage/glBudget';

export { MAX_LIVE_CONTEXTS, liveContextCount, setMaxLiveContexts };

export interface GlGateOptions {
  /** Called when a paused view did not get its context back: remount the view (its canvases are new then). */
  remount?: () => void;
  /** Kept for callers; the resume button is now the view's own (it words it from the catalogue). */
  resumeLabel?: string;
}

export class GlGate {
  /** Where the widget's canvases live (a ShadowRoot or an element). */
  readonly root: Node;
  private readonly frame: HTMLElement;
  private readonly source: VisibilitySource;
  private destroyed = false;

  constructor(root: Node, frameElement: HTMLElement, opts: GlGateOptions = {}) {
    this.root = root;
    this.frame = frameElement;
    // Until the owner says whether the widget is in view, nothing inside it is paused (visible: null).
    this.source = { root, visible: null, onRestoreFailed: () => opts.remount?.() };
    frameElement.addEventListener('pointerdown', this.onUse, true);
    frameElement.addEventListener('focusin', this.onUse, true);
    glBudget().addSource(this.source);
  }

  private readonly onUse = (): void => {
    glBudget().touchWithin(this.root);
  };

  /** Called by the widget's IntersectionObserver. */
  setVisible(visible: boolean): void {
    if (this.destroyed || this.source.visible === visible) return;
    this.source.visible = visible;
    if (visible) glBudget().touchWithin(this.root);
    glBudget().reconcile();
  }

  get visible(): boolean {
    return this.source.visible !== false;
  }

  /** Forgets the widget (it was removed from the page; its views leave the budget when they unmount). */
  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.frame.removeEventListener('pointerdown', this.onUse, true);
    this.frame.removeEventListener('focusin', this.onUse, true);
    glBudget().removeSource(this.source);
  }
}
