/**
 * The custom elements `<pqd-lattice>`, `<pqd-confinement>` and `<pqd-ligands>`: one view of the app, alone,
 * in a shadow root, for course pages (issue #7). Documented in docs/embedding.md.
 *
 * - Attributes are URL parameters of the view (`<pqd-lattice comp="CsPbI3" phase="orthorhombic">`), read
 *   through the same schema (an invalid value is refused with a notice in the widget, never thrown).
 *   HTML lower-cases attribute names, so `rA` is written `ra` (both spellings work in markup).
 * - `el.state` reads the view's state (a plain object keyed by URL parameter names); assigning a partial
 *   object (`el.state = {comp: 'FAPbI3'}`) sets those keys through the schema. `el.readouts` gives the
 *   computed readouts. Attributes are input only: they are not rewritten when the state changes.
 * - A `pqd-change` event (bubbles, composed) with `detail = {view, state, readouts}` follows every change,
 *   once per animation frame, and once after the element is connected.
 * - Each element has its own AppState: two lattices side by side are independent.
 * - The view is mounted only when the element first comes near the viewport, and its WebGL contexts are
 *   released while it is out of view (glGate.ts), so a page can hold many 3D widgets.
 * - All CSS lives inside the shadow root: host styles cannot reach the widget, and the widget's styles do
 *   not leak out.
 */
import { mount, unmount } from 'svelte';
import { m } from '../paraglide/messages.js';
import App from '../App.svelte';
import { AppState } from '../lib/state/appState.svelte';
import { SCHEMA, type Key, type UrlState, type ViewId } from '../lib/state/schema';
import { readoutsFor, type Readouts } from '../lib/readouts';
import { attributeKeys, publicState, readStateRecord, type PublicState } from './messages';
import { observeState } from './observeState.svelte';
import { GlGate } from './glGate';
import { registeredCss } from './cssRegistry';
import { WIDGET_TAG } from './tags';

/** Detail of the `pqd-change` event. */
export interface PqdChangeDetail {
  view: ViewId;
  state: PublicState;
  readouts: Readouts;
}

/** How far outside the viewport a widget starts (or keeps) its view: ahead of scrolling into sight. */
const ROOT_MARGIN = '200px 0px';

/**
 * Styles of the element itself (the app's own CSS comes from the registry). `--pqd-rem` is the widget's own
 * root size: the build rewrites every `rem` of the widget's CSS to it (scripts/build-widgets.mjs,
 * remToWidgetRem), so the host page's root font size does not change the layout; a page may set it.
 */
const HOST_CSS = `
:host { all: initial; display: block; min-width: 0; --pqd-rem: 16px; }
:host([hidden]) { display: none; }
.pqd-widget-frame { position: relative; }
/* Views lay themselves out by the widget's width with @container queries (a media query sees the page). */
.pqd-widget-app { container-type: inline-size; container-name: pqd-widget; }
.pqd-widget-placeholder {
  box-sizing: border-box;
  min-height: var(--pqd-min-height, 420px);
  display: grid;
  place-items: center;
  padding: 1rem;
  font: 16px/1.4 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
  color: #4d5561;
  background: #f6f7f9;
  border: 1px solid #c9d0da;
  border-radius: 10px;
}
.pqd-widget-placeholder[hidden] { display: none; }
`;

/** Names of the views on the placeholder shown before a widget first scrolls into view. */
const TITLES: Record<ViewId, () => string> = {
  lattice: m.widget_title_lattice,
  confinement: m.widget_title_confinement,
  ligands: m.widget_title_ligands,
};

let sharedSheet: CSSStyleSheet | null | undefined;
function styleSheetText(): string {
  return [...registeredCss(), HOST_CSS].join('\n');
}
/** Puts all widget CSS in a shadow root: one constructed sheet shared by every widget, or a <style>. */
function adoptStyles(root: ShadowRoot): void {
  if (sharedSheet === undefined) {
    try {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(styleSheetText());
      sharedSheet = 'adoptedStyleSheets' in root ? sheet : null;
    } catch {
      sharedSheet = null;
    }
  }
  if (sharedSheet) {
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sharedSheet];
  } else {
    const style = document.createElement('style');
    style.textContent = styleSheetText();
    root.append(style);
  }
}

function defaultOf(key: Key): unknown {
  const d = SCHEMA[key].default;
  return Array.isArray(d) ? [...d] : d;
}

export abstract class PqdWidgetElement extends HTMLElement {
  /** The view this element shows (set by each subclass). */
  static view: ViewId = 'lattice';
  static get observedAttributes(): string[] {
    return [...attributeKeys(this.view).keys()];
  }

  /** The widget's own state (validated; one per element). */
  readonly app: AppState;
  readonly #view: ViewId;
  readonly #attrKeys: Map<string, Key>;
  readonly #shadow: ShadowRoot;
  readonly #frame: HTMLDivElement;
  readonly #target: HTMLDivElement;
  readonly #placeholder: HTMLDivElement;
  #instance: ReturnType<typeof mount> | null = null;
  #gate: GlGate | null = null;
  #io: IntersectionObserver | null = null;
  #stopObserve: (() => void) | null = null;

  constructor() {
    super();
    this.#view = (this.constructor as typeof PqdWidgetElement).view;
    this.#attrKeys = attributeKeys(this.#view);
    this.app = new AppState({ state: { view: this.#view, embed: true } });
    this.#shadow = this.attachShadow({ mode: 'open' });
    adoptStyles(this.#shadow);
    const doc = this.ownerDocument;
    this.#frame = doc.createElement('div');
    this.#frame.className = 'pqd-widget-frame';
    this.#frame.setAttribute('part', 'frame');
    this.#placeholder = doc.createElement('div');
    this.#placeholder.className = 'pqd-widget-placeholder';
    this.#placeholder.textContent = m.widget_loading({ title: TITLES[this.#view]() });
    this.#target = doc.createElement('div');
    this.#target.className = 'pqd-widget-app';
    this.#frame.append(this.#placeholder, this.#target);
    this.#shadow.append(this.#frame);
  }

  /** The view shown ('lattice', 'confinement' or 'ligands'). */
  get view(): ViewId {
    return this.#view;
  }

  /** The view's state: a plain object keyed by URL parameter names. */
  get state(): PublicState {
    return publicState($state.snapshot(this.app.values) as UrlState, this.#view);
  }

  /** Sets some keys of the state (unknown keys and invalid values are ignored, as in a URL). */
  set state(partial: Partial<Record<string, unknown>>) {
    const entries = readStateRecord(partial, this.#view);
    if (entries) this.app.update(entries);
  }

  /** The readouts the view computes for the current state (numbers with units in their names). */
  get readouts(): Readouts {
    return readoutsFor(this.#view, $state.snapshot(this.app.values) as UrlState);
  }

  attributeChangedCallback(name: string, _old: string | null, value: string | null): void {
    const key = this.#attrKeys.get(name);
    if (!key) return;
    const warnings = this.app.update({ [key]: value === null ? defaultOf(key) : value });
    // One notice per attribute: a corrected value clears the notice about its previous value.
    this.app.warnings = [...this.app.warnings.filter((w) => w.key !== key), ...warnings];
  }

  connectedCallback(): void {
    if (this.#gate) return;
    this.#gate = new GlGate(this.#shadow, this.#frame, { remount: () => this.#remount(), resumeLabel: m.widget_resume() });
    this.#stopObserve = observeState(
      this.app,
      () => this.#view,
      (msg) => {
        const detail: PqdChangeDetail = { view: msg.view, state: msg.state, readouts: msg.readouts };
        this.dispatchEvent(new CustomEvent('pqd-change', { detail, bubbles: true, composed: true }));
      },
    );
    if (typeof IntersectionObserver === 'function') {
      this.#io = new IntersectionObserver(
        (entries) => {
          const visible = entries[entries.length - 1]?.isIntersecting ?? false;
          if (visible) this.#mountView();
          this.#gate?.setVisible(visible);
        },
        { rootMargin: ROOT_MARGIN },
      );
      this.#io.observe(this);
    } else {
      this.#mountView();
      this.#gate.setVisible(true);
    }
  }

  disconnectedCallback(): void {
    this.#io?.disconnect();
    this.#io = null;
    this.#stopObserve?.();
    this.#stopObserve = null;
    this.#gate?.destroy();
    this.#gate = null;
    this.#unmountView();
  }

  #mountView(): void {
    if (this.#instance) return;
    this.#placeholder.hidden = true;
    this.#instance = mount(App, { target: this.#target, props: { app: this.app, only: this.#view } });
  }

  #unmountView(): void {
    if (!this.#instance) return;
    void unmount(this.#instance);
    this.#instance = null;
    this.#target.replaceChildren();
    this.#placeholder.hidden = false;
  }

  #remount(): void {
    this.#unmountView();
    this.#mountView();
  }
}

export class PqdLatticeElement extends PqdWidgetElement {
  static override view: ViewId = 'lattice';
}
export class PqdConfinementElement extends PqdWidgetElement {
  static override view: ViewId = 'confinement';
}
export class PqdLigandsElement extends PqdWidgetElement {
  static override view: ViewId = 'ligands';
}

/** Defines the elements of `views` (each once; a second copy of a widget script is harmless). */
export function defineWidgets(registry: CustomElementRegistry = customElements, views: readonly ViewId[] = ['lattice', 'confinement', 'ligands']): void {
  const classes: Record<ViewId, CustomElementConstructor> = {
    lattice: PqdLatticeElement,
    confinement: PqdConfinementElement,
    ligands: PqdLigandsElement,
  };
  for (const view of views) {
    const tag = WIDGET_TAG[view];
    if (!registry.get(tag)) registry.define(tag, classes[view]);
  }
}
