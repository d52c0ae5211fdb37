/**
 * Entry of the single-file builds (dist/single/<view>.html, scripts/build-widgets.mjs): one view, alone,
 * with everything inlined, so the file opens from disk (file://) or from an LMS as an uploaded file.
 * Query parameters still work (`lattice.html?comp=CsPbI3`). Inside a frame it speaks the same postMessage
 * protocol as an `embed=1` iframe.
 */
import { mount } from 'svelte';
import { m } from '../paraglide/messages.js';
import { getLocale } from '../paraglide/runtime.js';
import App from '../App.svelte';
import { AppState } from '../lib/state/appState.svelte';
import { VIEWS, type ViewId } from '../lib/state/schema';
import { startIframeBridge } from './iframeBridge';
import { applyNumberLocale } from '../i18n/locale';

// The build writes one file per view from the same page, filling <meta name="pqd-view" content="…">.
const requested = document.querySelector<HTMLMetaElement>('meta[name="pqd-view"]')?.content ?? '';
const view: ViewId = (VIEWS as readonly string[]).includes(requested) ? (requested as ViewId) : 'lattice';

const target = document.getElementById('app');
if (!target) throw new Error('single.html has no #app element');
document.body.style.margin = '0';
// The build writes an English <title> (scripts/build-widgets.mjs); the catalogue's locale wins at run time.
const VIEW_NAME: Record<ViewId, () => string> = { lattice: m.tab_lattice, confinement: m.tab_confinement, ligands: m.tab_ligands };
document.documentElement.lang = getLocale();
applyNumberLocale();
document.title = m.single_title({ view: VIEW_NAME[view]() });
const app = new AppState({ query: location.search, state: { view, embed: true } });
// Not `only` (the custom elements' mode, a plain div in the host's page): the file is a whole page, with its
// main landmark; `embed` hides the tabs, and this build holds this view only (issue #15).
mount(App, { target, props: { app } });
// Everything mounts at once here (no progressive mount): the app is whole (README, Testing hooks).
target.dataset.mounted = '';
startIframeBridge({ app, root: target });
