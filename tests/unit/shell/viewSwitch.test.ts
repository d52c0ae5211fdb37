/**
 * One app at a time while the site switches between its view bundles (src/viewSwitch.svelte.ts, used by
 * src/main.ts): the latest switch wins, a switch back cancels, an outdated bundle mounts nothing.
 */
import { describe, expect, it } from 'vitest';
import { askSwitch, cancelSwitch, claimOnRun, takeSwitch, type SwitchSlot } from '../../../src/viewSwitch.svelte';
import type { Handover } from '../../../src/viewFiles';
import type { ViewId } from '../../../src/lib/state/schema';

function handover(view: ViewId): Handover & { released: number } {
  const h = { view, focusTab: false, presenting: false, released: 0, release: () => void h.released++ };
  return h;
}

describe('view switches between bundles', () => {
  it('the first bundle of the page mounts without a handover', () => {
    const site: SwitchSlot = { pending: null };
    expect(claimOnRun(site, ['lattice'], true)).toEqual({ mount: true, handover: null });
  });

  it('2 then 3 before bundle 2 runs: bundle 2 mounts nothing, bundle 3 takes the switch, the old app goes once', () => {
    const site: SwitchSlot = { pending: null };
    const to2 = handover('confinement');
    const to3 = handover('ligands');
    askSwitch(site, to2);
    askSwitch(site, to3);
    // The stylesheet of view 2 loaded: its switch is outdated, so its script is not inserted.
    expect(takeSwitch(site, to2)).toBe(false);
    // Both scripts were already on their way: they run in insertion order.
    expect(claimOnRun(site, ['confinement'], false)).toEqual({ mount: false });
    const run3 = claimOnRun(site, ['ligands'], false);
    expect(run3).toEqual({ mount: true, handover: to3 });
    expect(site.pending).toBeNull();
    // Nothing is left for a later bundle to mount.
    expect(claimOnRun(site, ['ligands'], false)).toEqual({ mount: false });
  });

  it('2 then back to 1 before bundle 2 runs: no switch is made', () => {
    const site: SwitchSlot = { pending: null };
    const to2 = handover('confinement');
    askSwitch(site, to2);
    cancelSwitch(site);
    expect(takeSwitch(site, to2)).toBe(false);
    expect(claimOnRun(site, ['confinement'], false)).toEqual({ mount: false });
  });

  it('a bundle that has already run is started again only for the latest switch, and only once', () => {
    const site: SwitchSlot = { pending: null };
    const to3 = handover('ligands');
    askSwitch(site, to3);
    expect(takeSwitch(site, to3)).toBe(true);
    expect(takeSwitch(site, to3)).toBe(false);
    expect(site.pending).toBeNull();
  });

  it('in vite dev one bundle holds every view: a switch to any of them is its own', () => {
    const site: SwitchSlot = { pending: null };
    const to2 = handover('confinement');
    askSwitch(site, to2);
    expect(claimOnRun(site, ['lattice', 'confinement', 'ligands'], false)).toEqual({ mount: true, handover: to2 });
  });
});
