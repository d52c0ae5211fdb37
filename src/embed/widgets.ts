/**
 * Entry of each widget script, `dist/pqd-<view>.js` (issue #15): one classic script (IIFE) per custom
 * element — `pqd-lattice.js` defines `<pqd-lattice>` and holds the lattice view only (three.js), and so on.
 * Built by scripts/build-widgets.mjs, which fills `virtual:pqd-widget-views` with the script's view. A page
 * loads it directly (`<script src=".../pqd-lattice.js" defer>`) or through the loader `pqd-widgets.js`
 * (src/embed/widgetLoader.ts), which loads the scripts of the tags it finds. Needs no eval and no inline script.
 */
import katexFonts from 'virtual:pqd-katex-fonts';
import views from 'virtual:pqd-widget-views';
import { registerFonts } from './katexFonts';
import { defineWidgets } from './widgetElement.svelte';
import { applyNumberLocale } from '../i18n/locale';
import { liveContextCount, setMaxLiveContexts } from './glGate';
import { PROTOCOL_VERSION } from './protocol';
import { publishWidgetApi } from './widgetApi';

// The script's own URL, for the fonts emitted beside it (document.currentScript is set only now, while a
// classic script runs for the first time).
const scriptUrl = (document.currentScript as HTMLScriptElement | null)?.src || document.baseURI;
registerFonts(katexFonts, scriptUrl);
applyNumberLocale();
// The page's `PqdWidgets` (docs/embedding.md): this script's WebGL budget joins it.
publishWidgetApi(PROTOCOL_VERSION, { liveContextCount, setMaxLiveContexts });
defineWidgets(customElements, views);
