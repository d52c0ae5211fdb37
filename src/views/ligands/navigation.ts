/**
 * Arrow-key roving focus over the surface sites (a grid of buttons with one tab stop).
 *
 * Top view: ←/→ move along the current line of sites (same y), ↑/↓ to the nearest line above/below,
 * nearest in x. Side view: ←/→ move along the cut (left to right, upper site first where two share an x),
 * ↑/↓ change the row of the cut (handled by the caller, which gets `row` back). Home/End: first/last of
 * the line; Ctrl+Home/End: first/last site.
 */
export interface NavSite {
  id: string;
  u: number;
  /** Top view: y (down). Side view: −z (so that "up" is smaller, like the top view). */
  v: number;
}

export type NavResult = { kind: 'site'; id: string } | { kind: 'row'; delta: -1 | 1 } | null;

const EPS = 0.05;

function sameLine(a: NavSite, b: NavSite): boolean {
  return Math.abs(a.v - b.v) < EPS;
}

/** Next focus for a key in the top view (sites in reading order). */
export function navigateTop(sites: readonly NavSite[], currentId: string, key: string, ctrl = false): NavResult {
  const cur = sites.find((s) => s.id === currentId);
  if (!cur || sites.length === 0) return sites[0] ? { kind: 'site', id: sites[0].id } : null;
  const line = sites.filter((s) => sameLine(s, cur)).sort((a, b) => a.u - b.u);
  const i = line.findIndex((s) => s.id === cur.id);
  switch (key) {
    case 'ArrowLeft':
      return i > 0 ? { kind: 'site', id: line[i - 1].id } : null;
    case 'ArrowRight':
      return i < line.length - 1 ? { kind: 'site', id: line[i + 1].id } : null;
    case 'Home':
      return { kind: 'site', id: ctrl ? sites[0].id : line[0].id };
    case 'End':
      return { kind: 'site', id: ctrl ? sites[sites.length - 1].id : line[line.length - 1].id };
    case 'ArrowUp':
    case 'ArrowDown': {
      const up = key === 'ArrowUp';
      const others = sites.filter((s) => (up ? s.v < cur.v - EPS : s.v > cur.v + EPS));
      if (others.length === 0) return null;
      const targetV = up ? Math.max(...others.map((s) => s.v)) : Math.min(...others.map((s) => s.v));
      const cands = others.filter((s) => Math.abs(s.v - targetV) < EPS);
      cands.sort((a, b) => Math.abs(a.u - cur.u) - Math.abs(b.u - cur.u) || a.u - b.u);
      return { kind: 'site', id: cands[0].id };
    }
    default:
      return null;
  }
}

/** Next focus for a key in the side view (sites of the cut, left to right). */
export function navigateSide(sites: readonly NavSite[], currentId: string, key: string): NavResult {
  const order = [...sites].sort((a, b) => a.u - b.u || a.v - b.v);
  const i = order.findIndex((s) => s.id === currentId);
  switch (key) {
    case 'ArrowLeft':
      return i > 0 ? { kind: 'site', id: order[i - 1].id } : null;
    case 'ArrowRight':
      return i >= 0 && i < order.length - 1 ? { kind: 'site', id: order[i + 1].id } : i < 0 && order[0] ? { kind: 'site', id: order[0].id } : null;
    case 'Home':
      return order[0] ? { kind: 'site', id: order[0].id } : null;
    case 'End':
      return order.length ? { kind: 'site', id: order[order.length - 1].id } : null;
    case 'ArrowUp':
      return { kind: 'row', delta: -1 };
    case 'ArrowDown':
      return { kind: 'row', delta: 1 };
    default:
      return null;
  }
}

/** The site of `sites` nearest in u to `u` (for keeping the column when the side-view row changes). */
export function nearestInU(sites: readonly NavSite[], u: number): string | null {
  let best: NavSite | null = null;
  for (const s of sites) if (!best || Math.abs(s.u - u) < Math.abs(best.u - u) - 1e-9 || (Math.abs(s.u - u) < Math.abs(best.u - u) + 1e-9 && s.v < best.v)) best = s;
  return best ? best.id : null;
}
