/**
 * The script of embed.html: what a course page writes to use the widgets' message API. Kept tiny and
 * dependency-free on purpose — it is the example authors copy. It is a separate file (no inline script), so
 * the page works under a strict Content-Security-Policy.
 *
 * Like embed.html around it, this is English documentation for course authors (as docs/embedding.md), not
 * part of the app: its few words stay here rather than in the app's message catalogue, so the example
 * stays free of the app's code.
 */
type Msg = { type?: unknown; height?: unknown; view?: unknown; readouts?: Record<string, unknown> };

function byId<T extends HTMLElement>(id: string): T | null {
  return document.getElementById(id) as T | null;
}

function showT(out: HTMLElement | null, t: unknown): void {
  if (out) out.textContent = typeof t === 'number' ? t.toFixed(3) : '—';
}

// ---- iframes: fit height to content; listen to readouts; set state ----
window.addEventListener('message', (event: MessageEvent) => {
  const frames = [...document.querySelectorAll<HTMLIFrameElement>('iframe[data-pqd-autosize]')];
  const frame = frames.find((f) => f.contentWindow === event.source);
  if (!frame) return; // only our widgets
  const data = event.data as Msg | null;
  if (!data || typeof data !== 'object') return;
  if (data.type === 'pqd:height' && typeof data.height === 'number' && data.height > 0) {
    frame.style.height = `${Math.min(data.height, 4000)}px`;
  }
  if (data.type === 'pqd:state' && frame.id === 'frame-lattice') {
    const t = data.readouts?.toleranceFactor;
    showT(byId('iframe-t'), t);
    const verdict = byId('iframe-verdict');
    if (verdict && typeof t === 'number') {
      // Goldschmidt windows as the lattice view states them (review §2.1): 0.9–1.0 cubic, below 0.9 tilted.
      const done = t >= 0.9 && t <= 1.0;
      verdict.textContent = done ? '✓ in 0.9–1.0: the cubic window' : t < 0.9 ? 'below 0.9: the octahedra tilt' : 'above 1.0: the A cation is too large';
      verdict.className = done ? 'done' : '';
    }
  }
});

function setLattice(state: Record<string, unknown>): void {
  const frame = byId<HTMLIFrameElement>('frame-lattice');
  // The widget's origin is ours (same site): say so rather than '*'.
  frame?.contentWindow?.postMessage({ type: 'pqd:set', state }, location.origin === 'null' ? '*' : location.origin);
}
byId('set-fa')?.addEventListener('click', () => setLattice({ comp: 'FAPbI3' }));
byId('set-cs')?.addEventListener('click', () => setLattice({ comp: 'CsPbI3' }));

// ---- custom elements: pqd-change events, the state property ----
interface WidgetElement extends HTMLElement {
  state: Record<string, unknown>;
  readouts: Record<string, unknown>;
}
for (const [id, outId] of [
  ['lattice-left', 'left-t'],
  ['lattice-right', 'right-t'],
] as const) {
  byId(id)?.addEventListener('pqd-change', (e) => {
    const detail = (e as CustomEvent<{ readouts: Record<string, unknown> }>).detail;
    showT(byId(outId), detail.readouts.toleranceFactor);
  });
}
byId('left-mapbi3')?.addEventListener('click', () => {
  const el = byId<WidgetElement>('lattice-left');
  if (el) el.state = { comp: 'MAPbI3' };
});
