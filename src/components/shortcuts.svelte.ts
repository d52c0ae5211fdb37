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

  /** Handles a keydown; returns true when a shortcut ran. Ignores typing in fields and modified keys. */
  handle(e: KeyboardEvent): boolean {
    if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) return false;
    const t = e.target as HTMLElement | null;
    if (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) return false;
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
