/**
 * The page side of an `embed=1` iframe: talks to the parent page with `postMessage` (protocol in
 * messages.ts, documented in docs/embedding.md).
 *
 * - Height: a ResizeObserver on the app's root posts `{type: 'pqd:height', height}` (CSS px, rounded up)
 *   whenever the content height changes, so the parent can size the iframe to fit.
 * - State: every change (coalesced per animation frame) posts `{type: 'pqd:state', view, state, readouts}`.
 * - Commands: `{type: 'pqd:set', state}` from the parent window is validated like URL parameters
 *   (messages.ts, then AppState.update); `{type: 'pqd:get'}` asks for a `pqd:state` reply. Anything else,
 *   and anything from another window than the parent, is ignored without throwing.
 *
 * Origins: the parent's origin is not trusted for anything. What the widget sends is public (the same
 * values are in its URL), so broadcasts to the parent use targetOrigin '*' — the widget does not know who
 * embeds it. Replies to a command go to `event.source` with `event.origin` as targetOrigin (or '*' when
 * that origin is opaque, 'null', e.g. a sandboxed or file:// parent).
 */
import type { AppState } from '../lib/state/appState.svelte';
import type { ViewId } from '../lib/state/schema';
import { readoutsFor } from '../lib/readouts';
import { heightMessage, readHostMessage, stateMessage, warningsMessage } from './messages';
import { keptWarningText } from '../i18n/warningText';
import { observeState } from './observeState.svelte';

export interface BridgeOptions {
  app: AppState;
  /** Element whose height is reported (the app's mount point). */
  root: HTMLElement;
  /** The iframe's window (tests pass a stand-in). */
  win?: Window;
}

/** Content height of `el` in CSS px, rounded up. */
export function preferredHeight(el: HTMLElement): number {
  return Math.ceil(Math.max(el.getBoundingClientRect().height, el.scrollHeight));
}

/** Starts the bridge when the page is inside a frame; returns a function that stops it. */
export function startIframeBridge({ app, root, win = window }: BridgeOptions): () => void {
  const parent = win.parent;
  if (!parent || parent === win) return () => {};
  const view = (): ViewId => app.values.view;
  const post = (msg: unknown, target: MessageEventSource, origin: string): void => {
    try {
      (target as Window).postMessage(msg, origin && origin !== 'null' ? origin : '*');
    } catch {
      /* a closed or navigated-away parent: nothing to tell */
    }
  };

  const stopState = observeState(app, view, (msg) => post(msg, parent, '*'));

  let lastHeight = -1;
  const sendHeight = (): void => {
    const h = preferredHeight(root);
    if (h === lastHeight) return;
    lastHeight = h;
    post(heightMessage(view(), h), parent, '*');
  };
  const resizeObserver = typeof ResizeObserver === 'function' ? new ResizeObserver(sendHeight) : null;
  resizeObserver?.observe(root);
  sendHeight();

  const onMessage = (event: MessageEvent): void => {
    if (event.source !== parent) return;
    const req = readHostMessage(event.data, view());
    if (!req) return;
    if (req.kind === 'get') {
      const state = app.values;
      post(stateMessage(view(), state, readoutsFor(view(), state)), event.source, event.origin);
      return;
    }
    const warnings = app.update(req.state);
    // A refused value leaves the current one in place (not the default, as in a URL).
    if (warnings.length > 0) post(warningsMessage(view(), warnings.map(keptWarningText)), event.source, event.origin);
  };
  win.addEventListener('message', onMessage);

  return () => {
    stopState();
    resizeObserver?.disconnect();
    win.removeEventListener('message', onMessage);
  };
}
