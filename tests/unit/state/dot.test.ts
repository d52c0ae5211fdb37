import { describe, expect, it } from 'vitest';
import { AppState } from '../../../src/lib/state/appState.svelte';
import { keysForView, serializeState } from '../../../src/lib/state/url';
import { addressKeys } from '../../../src/lib/state/dot';
import { KEYS, VIEWS } from '../../../src/lib/state/schema';

describe('one dot: comp, sel and system agree (state/dot.ts)', () => {
  it('old URLs: sel or system alone set comp', () => {
    expect(new AppState({ query: '?view=confinement&sel=CsPbI3' }).values.comp).toBe('CsPbI3');
    const l = new AppState({ query: '?view=ligands&system=CsPbCl3' }).values;
    expect([l.comp, l.sel, l.system]).toEqual(['CsPbCl3', 'CsPbCl3', 'CsPbCl3']);
  });

  it('comp sets sel and system to the nearest end member; a mix keeps its formula', () => {
    const v = new AppState({ query: '?comp=CsPbBr1.5I1.5' }).values;
    expect([v.comp, v.sel, v.system]).toEqual(['CsPbBr1.5I1.5', 'CsPbI3', 'CsPbI3']);
    const w = new AppState({ query: '?view=confinement&comp=CsPbBr2I&sel=CsPbBr3' }).values;
    expect(w.comp).toBe('CsPbBr2I1');
  });

  it('the shown view’s own key decides when an old URL disagrees', () => {
    const c = new AppState({ query: '?view=confinement&comp=CsPbBr3&sel=CsPbI3' }).values;
    expect([c.comp, c.sel, c.system]).toEqual(['CsPbI3', 'CsPbI3', 'CsPbI3']);
    const l = new AppState({ query: '?view=lattice&comp=CsPbBr3&sel=CsPbI3' }).values;
    expect([l.comp, l.sel, l.system]).toEqual(['CsPbBr3', 'CsPbBr3', 'CsPbBr3']);
  });

  it('PbS in one view is PbS in the other, the lattice view included (comp=PbS, issue #19)', () => {
    const app = new AppState({ query: '?view=confinement&comp=CsPbI3' });
    app.set('sel', 'PbS');
    expect([app.values.sel, app.values.system, app.values.comp]).toEqual(['PbS', 'PbS', 'PbS']);
    app.set('comp', 'PbS');
    expect([app.values.sel, app.values.system]).toEqual(['PbS', 'PbS']);
    app.set('comp', 'CsPbBr3');
    expect([app.values.sel, app.values.system]).toEqual(['CsPbBr3', 'CsPbBr3']);
    app.set('system', 'CsPbCl3');
    expect([app.values.sel, app.values.comp]).toEqual(['CsPbCl3', 'CsPbCl3']);
    app.update({ comp: 'CsPbI3' });
    expect(app.values.system).toBe('CsPbI3');
    app.update({ d: 5 }); // not a dot-material key: nothing else moves
    expect(app.values.comp).toBe('CsPbI3');
  });

  it('choosing the nearest end member of a mix keeps the mix; another end member replaces it', () => {
    const app = new AppState({ query: '?comp=CsPbBr1.5I1.5' });
    app.set('sel', 'CsPbI3');
    expect(app.values.comp).toBe('CsPbBr1.5I1.5');
    app.set('sel', 'CsPbBr3');
    expect(app.values.comp).toBe('CsPbBr3');
  });

  it('comp and d travel in every view’s share link', () => {
    for (const v of ['lattice', 'confinement', 'ligands'] as const) {
      expect(keysForView(v)).toContain('comp');
      expect(keysForView(v)).toContain('d');
    }
  });

  it('the address holds one fact for the dot: the view’s own key when it says all, else comp alone', () => {
    const address = (q: string): string => {
      const v = new AppState({ query: q }).values;
      return serializeState(v, addressKeys(v, KEYS));
    };
    expect(address('?view=confinement&sel=PbS&d=5')).toBe('view=confinement&sel=PbS&d=5');
    expect(address('?view=confinement&comp=PbS&sel=PbS&d=5&system=PbS')).toBe('view=confinement&sel=PbS&d=5');
    expect(address('?view=ligands&comp=CsPbI3')).toBe('view=ligands&system=CsPbI3');
    expect(address('?view=lattice&sel=CsPbI3')).toBe('comp=CsPbI3');
    expect(address('?view=confinement&comp=CsPbBr1.5I1.5')).toBe('view=confinement&comp=CsPbBr1.5I1.5');
    expect(address('?view=ligands&comp=FAPbI3')).toBe('view=ligands&comp=FAPbI3');
  });

  it('every one-dot state comes back unchanged from its address, in every view', () => {
    const comps = ['CsPbBr3', 'CsPbI3', 'CsPbCl3', 'PbS', 'CsPbBr1.5I1.5', 'CsPbCl2Br1', 'FAPbI3', 'Cs0.5FA0.5PbI3'];
    for (const view of VIEWS) {
      for (const comp of comps) {
        const v = new AppState({ query: `?view=${view}&comp=${comp}&d=6` }).values;
        const q = serializeState(v, addressKeys(v, KEYS));
        expect(new AppState({ query: q }).values, `${view} ${comp}: ${q}`).toEqual(v);
        expect(['comp=', 'sel=', 'system='].filter((k) => q.split('&').some((p) => p.startsWith(k))).length).toBeLessThanOrEqual(1);
      }
    }
  });
});
