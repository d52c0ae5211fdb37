/**
 * Presentation mode (issue #13): full screen, the projector theme and a compact header; each view puts its
 * picture and key numbers on one 1024×768 screen (its "stage", App.svelte's styles) and the rest stays
 * reachable by scrolling. The whole document goes full screen (not the app's box), so the wheel, PageDown,
 * Space, the arrows and End scroll it as any page. Leaving — the button, F, or Esc out of full screen —
 * restores the theme the user had.
 */
import type { AppState } from './lib/state/appState.svelte';
import { SCHEMA, type UrlState } from './lib/state/schema';
import { keyIsForControl } from './components/shortcuts.svelte';

type Theme = UrlState['theme'];

/** The theme after `t` in the URL schema's order (the T shortcut cycles them). */
export function nextTheme(t: Theme): Theme {
  const all = SCHEMA.theme.values as readonly Theme[];
  return all[(all.indexOf(t) + 1) % all.length];
}

export class Presentation {
  presenting = $state(false);
  #themeBefore: Theme = 'light';
  readonly #app: AppState;

  constructor(app: AppState) {
    this.#app = app;
  }

  async toggle(): Promise<void> {
    if (!this.presenting) {
      this.#themeBefore = this.#app.values.theme;
      this.presenting = true;
      this.#app.set('theme', 'projector');
      try {
        const el = document.documentElement;
        if (document.fullscreenEnabled && !document.fullscreenElement) await el.requestFullscreen();
      } catch {
        // Full screen refused (e.g. inside an iframe without allowfullscreen): the projector theme still applies.
      }
    } else {
      this.#leave();
      if (document.fullscreenElement) await document.exitFullscreen().catch(() => {});
    }
  }

  /** Esc leaves full screen in the browser: leave presentation mode with it. Returns the cleanup (an $effect). */
  followFullscreen(): () => void {
    const onFs = () => {
      if (!document.fullscreenElement && this.presenting) this.#leave();
    };
    document.addEventListener('fullscreenchange', onFs);
    return () => document.removeEventListener('fullscreenchange', onFs);
  }

  #leave(): void {
    this.presenting = false;
    this.#app.set('theme', this.#themeBefore);
  }
}

/**
 * Presentation: PageDown/Space, PageUp/Shift+Space, Home and End page through the document at once (the
 * browser's own keyboard scrolling is animated and, on a slow projector laptop, lags by seconds), unless
 * the focused control needs the key (a slider's Home/End, a button's Space).
 */
export function presentationScroll(e: KeyboardEvent): void {
  if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) return;
  if (keyIsForControl(e.key, e.target as Element | null)) return;
  const page = Math.max(40, window.innerHeight - 64);
  const top = e.key === 'Home' ? 0 : e.key === 'End' ? document.documentElement.scrollHeight : null;
  const by = e.key === 'PageDown' || (e.key === ' ' && !e.shiftKey) ? page : e.key === 'PageUp' || (e.key === ' ' && e.shiftKey) ? -page : 0;
  if (top === null && by === 0) return;
  e.preventDefault();
  if (top !== null) window.scrollTo({ top, behavior: 'instant' });
  else window.scrollBy({ top: by, behavior: 'instant' });
}
