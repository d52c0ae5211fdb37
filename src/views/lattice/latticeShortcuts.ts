/**
 * The lattice view's keyboard shortcuts (listed in the help dialog, `?`): look along a, b, c or [111],
 * reset the camera, cycle the style and the structure drawn, more or fewer cells, save a PNG. Pure
 * list-building over an app-state handle, so LatticeView only registers it.
 */
import { m } from '../../paraglide/messages.js';
import type { Shortcut } from '../../components/shortcuts.svelte';
import { MAX_CELLS, type UrlState } from '../../lib/state/schema';

export const STYLES = ['ball', 'space', 'poly'] as const;

/** The structures offered: δ only for iodides (as the Structure panel). */
export function phasesFor(iodide: boolean): readonly UrlState['phase'][] {
  return iodide ? ['auto', 'cubic', 'orthorhombic', 'delta'] : ['auto', 'cubic', 'orthorhombic'];
}

/** The `cells` value one step up or down from the largest repeat now drawn (1…MAX_CELLS, uniform). */
export function steppedCells(cells: readonly number[], delta: number): string {
  return String(Math.min(MAX_CELLS, Math.max(1, Math.max(...cells) + delta)));
}

/** The next value of a cycle (the first after the last, or when the current one is not in it). */
export function nextInCycle<T>(list: readonly T[], current: T): T {
  return list[(list.indexOf(current) + 1) % list.length];
}

export interface ShortcutTarget {
  values: Pick<UrlState, 'style' | 'phase' | 'cells'>;
  set: <K extends 'cam' | 'style' | 'phase' | 'cells'>(key: K, value: UrlState[K]) => void;
  iodide: () => boolean;
  resetView: () => void;
  savePng: () => void;
}

export function latticeShortcuts(target: ShortcutTarget, cells: () => readonly number[]): Shortcut[] {
  const group = m.lat_shortcut_group();
  const look = (key: string, cam: UrlState['cam'], description: string): Shortcut => ({
    key,
    label: key.toUpperCase(),
    group,
    description,
    run: () => target.set('cam', cam),
  });
  return [
    look('a', 'a', m.lat_sc_look_a()),
    look('b', 'b', m.lat_sc_look_b()),
    look('c', 'c', m.lat_sc_look_c()),
    look('d', '111', m.lat_sc_look_111()),
    {
      key: 'r',
      label: 'R',
      group,
      description: m.lat_sc_reset(),
      run: () => {
        target.set('cam', 'free');
        target.resetView();
      },
    },
    { key: 'y', label: 'Y', group, description: m.lat_sc_style(), run: () => target.set('style', nextInCycle(STYLES, target.values.style)) },
    {
      key: 'o',
      label: 'O',
      group,
      description: m.lat_sc_phase(),
      run: () => target.set('phase', nextInCycle(phasesFor(target.iodide()), target.values.phase)),
    },
    { key: ']', label: ']', group, description: m.lat_sc_more_cells(), run: () => target.set('cells', steppedCells(cells(), 1)) },
    { key: '[', label: '[', group, description: m.lat_sc_fewer_cells(), run: () => target.set('cells', steppedCells(cells(), -1)) },
    { key: 'g', label: 'G', group, description: m.lat_sc_png(), run: () => target.savePng() },
  ];
}
