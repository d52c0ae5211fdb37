/**
 * Keyboard shortcuts: one registry per app instance. The shell registers the global ones; a view
 * registers its own while mounted (`useShortcuts().register(...)` inside an `$effect`, returning the
 * unregister function as teardown). The help dialog (`?`) lists them all.
 */
import { getContext, setContext, untrack } from 'svelte';

export interface Shortcut {
  /** KeyboardEvent.key, e.g. 'f', '?', 'ArrowLeft'. Case-insensitive for letters. */
  key: string;
  /** Shown in the help dialog, e.g. 'F'. */
  label?: string;
  description: string;
  group: string;
  run: () => void;
}

export class ShortcutRegistry {
  // Raw: the shortcut objects stay themselves (a deep proxy would break identity on removal).
  list: Shortcut[] = $state.raw([]);

  /** Adds shortcuts; returns their removal. Safe to call inside an `$effect` (reads are untracked). */
  register(items: Shortcut[]): () => void {
    untrack(() => {
      this.list = [...this.list, ...items];
    });
    return () => {
      untrack(() => {
        this.list = this.list.filter((s) => !items.includes(s));
      });
    };
  }

  /**
   * Handles a keydown; returns true when a shortcut ran. Ignores modified keys and keys the focused
   * control needs itself (`keyIsForControl`): typing in a text field, arrows on a slider or radio. A click
   * on a button, chip, radio or checkbox never switches the shortcuts off.
   */
  handle(e: KeyboardEvent): boolean {
    if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) return false;
    if (keyIsForControl(e.key, e.target as Element | null)) return false;
    const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
    // Later registrations (the view's) win over earlier ones (the shell's).
    for (let i = this.list.length - 1; i >= 0; i--) {
      const s = this.list[i];
      const sk = s.key.length === 1 ? s.key.toLowerCase() : s.key;
      if (sk === key) {
        e.preventDefault();
        s.run();
        return true;
      }
    }
    return false;
  }
}

/** Input types that take typed text: every key belongs to them. */
const TEXT_INPUT = /^(text|search|email|url|tel|password|number|date|datetime-local|month|week|time)$/;
/** Roles whose widgets move with arrows/Home/End/PageUp/PageDown (WAI-ARIA keyboard patterns). */
const NAV_ROLES = /^(slider|spinbutton|radio|radiogroup|tab|tablist|listbox|option|menu|menuitem|menubar|tree|treeitem|grid|application|combobox|scrollbar)$/;
const NAV_KEYS = /^(ArrowLeft|ArrowRight|ArrowUp|ArrowDown|Home|End|PageUp|PageDown)$/;

/** Whether an element takes typed text (a text field, a text area, an editable region or a select's type-ahead). */
export function isTextEntry(el: Element | null): boolean {
  if (!el) return false;
  // isContentEditable, or the attribute where it is not implemented (jsdom).
  if ((el as HTMLElement).isContentEditable || el.closest('[contenteditable]:not([contenteditable="false"])')) return true;
  const tag = el.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag === 'INPUT') return TEXT_INPUT.test(((el as HTMLInputElement).type || 'text').toLowerCase());
  const role = el.getAttribute('role');
  return role === 'textbox' || role === 'searchbox' || role === 'combobox';
}

/**
 * Whether `key` belongs to the focused control rather than to the shortcuts: every key while a text field
 * has focus; the navigation keys on a slider, radio, tab or an element that handles arrows itself
 * (role=application, e.g. the 3D view); Space and Enter on anything that can be activated. Letters, digits,
 * `?`, `[` and `]` still reach the shortcuts after a click on a button, chip, radio, checkbox or slider.
 */
export function keyIsForControl(key: string, target: Element | null): boolean {
  if (!target || typeof target.tagName !== 'string') return false;
  if (isTextEntry(target)) return true;
  if (NAV_KEYS.test(key)) {
    if (target.tagName === 'INPUT') return true; // range, radio, checkbox groups move with arrows
    const role = target.getAttribute('role');
    if (role && NAV_ROLES.test(role)) return true;
  }
  if (key === ' ' || key === 'Enter') {
    return target !== target.ownerDocument?.body && target !== target.ownerDocument?.documentElement;
  }
  return false;
}

const KEY = Symbol('pqd-shortcuts');
export function setShortcuts(r: ShortcutRegistry): ShortcutRegistry {
  return setContext(KEY, r);
}
/** The registry of the enclosing App; throws outside one. */
export function useShortcuts(): ShortcutRegistry {
  const r = getContext<ShortcutRegistry | undefined>(KEY);
  if (!r) throw new Error('useShortcuts() called outside an <App>');
  return r;
}

/**
 * Registers a view's shortcuts while the view is mounted, when it sits in an App (widgets and the page);
 * does nothing in a bare test harness. Call during component initialisation.
 */
export function useViewShortcuts(items: () => Shortcut[]): void {
  const r = getContext<ShortcutRegistry | undefined>(KEY);
  if (!r) return;
  $effect(() => untrack(() => r.register(items())));
}
