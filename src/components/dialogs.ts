/**
 * The app's dialogs (issue #15: none is in the first load). Here — in `vite dev`, Vitest and type checking —
 * they are imported statically and `DIALOGS` is full from the start. The site build replaces this module
 * (scripts/build-widgets.mjs, lazyModules) by one whose `loadDialog` imports each dialog as its own chunk the
 * first time it opens, with its messages (and the QR code library with Share); widget scripts and single
 * files, which never show the app's header, get a module with none.
 */
import HelpDialog from './HelpDialog.svelte';
import PresetsDialog from './PresetsDialog.svelte';
import ShareDialog from './ShareDialog.svelte';
import EmbedDialog from './EmbedDialog.svelte';

export interface DialogComponents {
  help: typeof HelpDialog;
  presets: typeof PresetsDialog;
  share: typeof ShareDialog;
  embed: typeof EmbedDialog;
}
export type DialogName = keyof DialogComponents;

export const DIALOGS: Partial<DialogComponents> = { help: HelpDialog, presets: PresetsDialog, share: ShareDialog, embed: EmbedDialog };

/** The dialog's component, loading it first if needed. */
export function loadDialog<K extends DialogName>(name: K): Promise<DialogComponents[K]> {
  const c = DIALOGS[name];
  return c ? Promise.resolve(c as DialogComponents[K]) : Promise.reject(new Error(`dialog ${name} is not in this build`));
}
