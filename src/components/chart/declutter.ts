/**
 * Label collision avoidance for charts (issue #13: no two chart labels overlap, at any width or theme).
 *
 * Usage: `<svg use:declutter>` and mark each label that may move or give way with
 * `data-declutter="<priority>"` (higher number = more important, placed first), optionally
 * `data-nudge="dx,dy;dx,dy"` (px): alternative offsets tried in order when the label overlaps.
 * Every other visible <text> of the chart (tick labels, axis titles) is a fixed obstacle.
 *
 * After each render, resize or theme change the boxes are measured on screen (getBoundingClientRect,
 * transforms included); labels are placed in priority order: the first offset (none, then each nudge)
 * at which a label overlaps neither an obstacle nor an already placed label is kept, otherwise the label
 * is hidden (its words remain in the chart's description and data table). A marked element may be a
 * group (e.g. a leader line and its text): it moves and hides as one, measured by its <text> boxes.
 * A marked element must not carry a transform of its own (the nudge is written there).
 */
import { afterMount } from '../deferred';

/** Screen rectangle. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** True when two boxes overlap by more than `gapPx` across and by more than a fifth of the lower one's height. */
export function boxesOverlap(a: Box, b: Box, gapPx = 1): boolean {
  const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
  const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
  const minH = Math.min(a.bottom - a.top, b.bottom - b.top);
  return w > gapPx && h > 0.2 * minH;
}

/** Offsets to try for a label: none first, then the `data-nudge` list ("dx,dy;dx,dy"). */
export function parseNudges(spec: string | null): [number, number][] {
  const out: [number, number][] = [[0, 0]];
  for (const part of (spec ?? '').split(';')) {
    const [dx, dy] = part.split(',').map((s) => Number(s.trim()));
    if (Number.isFinite(dx) && Number.isFinite(dy) && part.trim() !== '') out.push([dx, dy]);
  }
  return out;
}

/**
 * Given fixed obstacle boxes and candidates (priority, boxes at each tried offset), choose per candidate the
 * index of the first offset that collides with nothing placed so far, or -1 to hide it. Candidates are placed
 * in descending priority (stable for ties). Pure, so it is unit-tested without a browser.
 */
export function placeLabels(obstacles: readonly Box[], candidates: readonly { priority: number; options: readonly Box[][] }[]): number[] {
  const placed: Box[] = [...obstacles];
  const choice = candidates.map(() => -1);
  const order = candidates.map((c, i) => ({ c, i })).sort((p, q) => q.c.priority - p.c.priority || p.i - q.i);
  for (const { c, i } of order) {
    // Nothing measured (not laid out yet): leave it in place; a later resize places it.
    if (c.options[0].length === 0) {
      choice[i] = 0;
      continue;
    }
    for (let k = 0; k < c.options.length; k++) {
      const boxes = c.options[k];
      if (boxes.every((b) => !placed.some((p) => boxesOverlap(b, p)))) {
        choice[i] = k;
        placed.push(...boxes);
        break;
      }
    }
  }
  return choice;
}

/**
 * Whether `el` and its ancestors up to `root` are shown (no display none, visibility hidden or opacity 0).
 * `seen` remembers each element's answer for one pass: the texts of a chart share most of their ancestors,
 * and a getComputedStyle per ancestor per text cost tens of ms per pass on the confinement plot (issue #15).
 */
function visible(el: Element, root: Element, seen: Map<Element, boolean>): boolean {
  const known = seen.get(el);
  if (known !== undefined) return known;
  const cs = getComputedStyle(el);
  const own = !(cs.display === 'none' || cs.visibility === 'hidden' || Number(cs.opacity) === 0);
  const parent = el.parentElement;
  const answer = own && (el === root || !parent || visible(parent, root, seen));
  seen.set(el, answer);
  return answer;
}

function textBoxes(el: Element): Box[] {
  const texts = el.localName === 'text' ? [el as SVGTextElement] : [...el.querySelectorAll('text')];
  return texts
    .filter((t) => (t.textContent ?? '').trim() !== '')
    .map((t) => t.getBoundingClientRect())
    .filter((r) => r.width > 0 && r.height > 0)
    .map((r) => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom }));
}

/** Svelte action: keeps the marked labels of `svg` clear of each other and of every other text. */
export function declutter(svg: SVGSVGElement): { destroy(): void } {
  if (typeof window === 'undefined' || typeof ResizeObserver === 'undefined') return { destroy() {} };
  let frame = 0;

  const observed = new Set<Element>();
  function run(): void {
    frame = 0;
    askFonts();
    {
      // Every text's own box is watched too: a font that loads or a theme's larger type resizes the labels
      // without resizing the svg.
      for (const t of svg.querySelectorAll('text')) {
        if (!observed.has(t)) {
          observed.add(t);
          resize.observe(t);
        }
      }
      const marked = [...svg.querySelectorAll<SVGGraphicsElement>('[data-declutter]')];
      // Reset: every marked label back in place and shown, then measure.
      for (const el of marked) {
        // No transition (reduced-motion CSS gives every property a tiny one): measure where it now is.
        el.style.transition = 'none';
        el.removeAttribute('transform');
        el.style.visibility = '';
      }
      const inMarked = (t: Element): boolean => marked.some((m) => m === t || m.contains(t));
      const seen = new Map<Element, boolean>();
      const obstacles = [...svg.querySelectorAll('text')]
        .filter((t) => !inMarked(t) && (t.textContent ?? '').trim() !== '' && visible(t, svg, seen))
        .flatMap((t) => textBoxes(t));
      // Judged by the ancestors only: the label's own visibility is ours to set.
      const shown = marked.filter((el) => !el.parentElement || visible(el.parentElement, svg, seen));
      const scale = (() => {
        // jsdom (component tests) has no layout and no getScreenCTM: nothing to measure, scale 1.
        const ctm = typeof svg.getScreenCTM === 'function' ? svg.getScreenCTM() : null;
        return ctm ? Math.hypot(ctm.a, ctm.b) || 1 : 1;
      })();
      const candidates = shown.map((el) => {
        const base = textBoxes(el);
        const options = parseNudges(el.getAttribute('data-nudge')).map(([dx, dy]) =>
          base.map((b) => ({ left: b.left + dx * scale, right: b.right + dx * scale, top: b.top + dy * scale, bottom: b.bottom + dy * scale })),
        );
        return { priority: Number(el.getAttribute('data-declutter')) || 0, options };
      });
      const choice = placeLabels(obstacles, candidates);
      shown.forEach((el, i) => {
        const k = choice[i];
        if (k < 0) el.style.visibility = 'hidden';
        else if (k > 0) {
          const [dx, dy] = parseNudges(el.getAttribute('data-nudge'))[k];
          el.setAttribute('transform', `translate(${dx}, ${dy})`);
        }
      });
    }
  }
  let settle = 0;
  function schedule(): void {
    // Our own writes (style visibility, transform) are outside the observed attributes and leave each
    // text's own box unchanged, so placing labels does not schedule itself again.
    // One more pass once a burst of changes has settled: a chart may move an unmarked label through an
    // attribute that is not observed (a `transform` written after a theme's type size is measured).
    clearTimeout(settle);
    settle = window.setTimeout(() => {
      if (!frame) frame = requestAnimationFrame(run);
    }, 250);
    if (frame) return;
    frame = requestAnimationFrame(run);
  }

  const resize = new ResizeObserver(schedule);
  resize.observe(svg);
  const mutations = new MutationObserver(schedule);
  mutations.observe(svg, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['x', 'y', 'dx', 'dy', 'class', 'visibility', 'width', 'height', 'viewBox', 'data-declutter', 'data-nudge'] });
  // Theme switches change fonts (projector) without resizing the svg.
  const root = svg.closest('[data-theme]') ?? document.documentElement;
  const themes = new MutationObserver(schedule);
  themes.observe(root, { attributes: true, attributeFilter: ['data-theme', 'class', 'style'] });
  // A font that finishes loading later resizes the labels: one more pass then. Asked for in the first pass, not
  // here: reading `document.fonts.ready` brings style and layout up to date (Blink), which in the middle of a
  // mount forces a layout of the whole page (issue #15); the pass lays out anyway.
  let fontsAsked = false;
  const askFonts = (): void => {
    if (fontsAsked) return;
    fontsAsked = true;
    void document.fonts?.ready.then(schedule);
  };
  schedule();
  return {
    destroy() {
      if (frame) cancelAnimationFrame(frame);
      clearTimeout(settle);
      resize.disconnect();
      observed.clear();
      mutations.disconnect();
      themes.disconnect();
    },
  };
}

/**
 * `declutter(svg)` from the moment every block of the view has mounted (src/components/deferred.ts
 * afterMount; at once where nothing mounts block by block): while a view mounts hidden, one block per task,
 * each pass would measure the whole page again for nothing (issue #15). The first pass then measures the
 * finished view in the frame before it is shown (src/main.ts).
 */
export function declutterOnceMounted(svg: SVGSVGElement): { destroy(): void } {
  return { destroy: afterMount(() => declutter(svg).destroy) };
}
