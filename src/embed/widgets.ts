/**
 * Entry of `dist/pqd-widgets.js`, the one script a course page loads to get `<pqd-lattice>`,
 * `<pqd-confinement>` and `<pqd-ligands>` (built as a classic script by scripts/build-widgets.mjs; load it
 * with `<script src=".../pqd-widgets.js" defer></script>`). Needs no eval and no inline script.
 */
import katexFonts from 'virtual:pqd-katex-fonts';
import { registerFonts } from './katexFonts';
import { defineWidgets } from './widgetElement.svelte';
import { applyNumberLocale } from '../components/locale';

// The script's own URL, for the fonts emitted beside it (document.currentScript is set only now, while a
// classic script runs for the first time).
const scriptUrl = (document.currentScript as HTMLScriptElement | null)?.src || document.baseURI;
registerFonts(katexFonts, scriptUrl);
applyNumberLocale();
defineWidgets();

// The script's global `PqdWidgets`: the live WebGL context count and the budget (docs/embedding.md).
export { liveContextCount, setMaxLiveContexts, MAX_LIVE_CONTEXTS } from './glGate';
export { PROTOCOL_VERSION } from './messages';
