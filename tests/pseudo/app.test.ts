/**
 * Issue #7, "ready for translation", checked on the rendered app rather than on the source: the whole app is
 * mounted in the pseudo-locale en-XA (scripts/pseudo-locale.mjs: every catalogue message becomes ⟦Ĺáţţíçé⟧),
 * every view, every dialog. Any plain English word left on screen — text, aria-label, title, alt,
 * placeholder — was written in code instead of coming from the message catalogue.
 *
 * Not translated, and skipped: chemical formulas and unit symbols (the allowlist below and the ligand labels
 * from the data), numbers, KaTeX equations, <code> (identifiers and values echoed from the address), and
 * text an element marks as being in English on purpose with `lang="en"` (bibliographic citations and
 * verbatim quotations of the papers). The reverse holds too: no catalogue message inside a `lang="en"`
 * element (a translated sentence in a citation slot would be announced as English).
 *
 * This render test is the one guard of "all user-facing text comes from the catalogue" (issue #16 retired
 * the heuristic source scan beside it): a new view state, panel or dialog belongs in the lists below.
 */
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cleanup, render, fireEvent } from '@testing-library/svelte';
import { tick } from 'svelte';
import { setLocale } from '../../src/paraglide-pseudo/runtime.js';
import App from '../../src/App.svelte';
import { AppState } from '../../src/lib/state/appState.svelte';
import { LIGANDS } from '../../src/lib/data/ligands';
import { DEVICE_POINTS } from '../../src/lib/ligands/deviceLigands';
import { SCENARIOS } from '../../src/lib/ligands/scenarios';
import { cellsTable, spectraPanel, solarCellPanel } from '../../src/views/confinement/lazyPanels';
import { preloadLigandPanels } from '../../src/views/ligands/lazyPanels';
import { latticeCanvas } from '../../src/views/lattice/lazyCanvas';
import { chainTail } from '../../src/components/chain/chainTail';

// The panels each view loads as its own chunk (issue #15) are rendered from the first mount, as on a page
// where their chunks have arrived: the guard reads their text too.
await Promise.all([spectraPanel.preload(), solarCellPanel.preload(), cellsTable.preload(), preloadLigandPanels(), latticeCanvas.preload(), chainTail.preload()]);

/** Symbols that stay the same in every language. */
const SYMBOLS = new Set([
  'nm', 'eV', 'meV', 'pm', 'mm', 'cm', 'ms', 'fps', 'PNG', 'CIF', 'SVG', 'URL', 'QR', 'PCE', 'Voc', 'Jsc', 'PLQY', 'AM1', 'G',
  'Cs', 'Pb', 'Br', 'Cl', 'FA', 'MA', 'PbS', 'CsPbCl', 'CsPbBr', 'CsPbI', 'FAPbI', 'MAPbI', 'PbX', 'CsX', 'PbI', 'PbBr',
  'Pnma', 'Pm', 'DFT', 'SQ', 'CBC', 'LED', 'LEDs', 'iframe', 'pqd',
]);

/** A run of element-like symbols (CsSnI, FAPbBr, ABX): each capital followed by at most one small letter. */
const FORMULA = /^(?:[A-Z][a-z]?){2,6}$/;

function allowedWords(): Set<string> {
  const words = new Set(SYMBOLS);
  // Ligand labels and formulas drawn on the surface, and the reagents of the review's Table 1 devices
  // (as printed: "Glycine–EtOAc", "GASCN–acetone"), are chemical names, not sentences.
  const names = [...LIGANDS.map((l) => `${l.label} ${l.formula ?? ''}`), ...DEVICE_POINTS.map((d) => d.agent)];
  for (const n of names) for (const w of n.match(/[A-Za-z]{3,}/g) ?? []) words.add(w);
  return words;
}

/** Plain English words in text that is shown, spoken or announced. */
function leftovers(root: HTMLElement, allowed: Set<string>): string[] {
  const out = new Set<string>();
  const skip = (el: Element | null) => !!el?.closest('.katex, [lang="en"], code, script, style, [data-i18n-skip]');
  const check = (text: string, where: string) => {
    // Strip pseudo-localised runs first: ⟦…⟧ (nesting is flattened by the regex over the remaining text).
    const rest = text.replace(/⟦[^⟦⟧]*⟧/g, ' ').replace(/⟦[^⟦⟧]*⟧/g, ' ').replace(/[⟦⟧]/g, ' ');
    for (const w of rest.match(/[A-Za-z]{3,}/g) ?? []) if (!allowed.has(w) && !FORMULA.test(w)) out.add(`${w}  ← ${where}: "${text.trim().slice(0, 90)}"`);
  };
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (skip(n.parentElement)) continue;
    const el = n.parentElement!;
    // Hidden <template>/<option> text and visually-hidden text both count: screen readers read them.
    check(n.textContent ?? '', `<${el.tagName.toLowerCase()}${el.className ? ` class="${String(el.className)}"` : ''}>`);
  }
  for (const el of root.querySelectorAll('[aria-label], [title], [alt], [placeholder], [aria-roledescription], [aria-valuetext]')) {
    if (skip(el)) continue;
    for (const a of ['aria-label', 'title', 'alt', 'placeholder', 'aria-roledescription', 'aria-valuetext']) {
      const v = el.getAttribute(a);
      if (v) check(v, `${el.tagName.toLowerCase()}[${a}]`);
    }
  }
  for (const el of root.querySelectorAll('[lang="en"]')) {
    if (/[⟦⟧]/.test(el.textContent ?? '')) out.add(`a catalogue message inside lang="en": "${(el.textContent ?? '').trim().slice(0, 90)}"`);
  }
  return [...out].sort();
}

beforeAll(() => {
  setLocale('en-XA', { reload: false });
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const ALLOWED = allowedWords();

async function mountApp(query: string) {
  vi.stubGlobal('matchMedia', (q: string) => ({ matches: q.includes('reduce'), media: q, addEventListener() {}, removeEventListener() {} }));
  const app = new AppState({ query });
  const utils = render(App, { props: { app } });
  await tick();
  return { app, ...utils };
}

describe('the app in the pseudo-locale en-XA shows no English written in code', () => {
  it('the pseudo-locale is active (the tab names are pseudo-localised)', async () => {
    await mountApp('?view=lattice');
    expect(document.body.textContent).toContain('⟦Ĺáţţíçé⟧');
  });

  const VIEWS: [string, string][] = [
    ['lattice', '?view=lattice'],
    ['lattice, orthorhombic nanocube, polyhedra', '?view=lattice&comp=FAPbI3&phase=orthorhombic&shape=cube&style=poly'],
    ['lattice, non-perovskite', '?view=lattice&rA=2.6'],
    ['confinement', '?view=confinement'],
    ['confinement, PbS and target', '?view=confinement&sel=PbS&target=1000nm&sigma=1'],
    ['ligands', '?view=ligands'],
    ['ligands, PbS (111)', '?view=ligands&system=PbS&facet=111'],
    ['lattice, rock-salt PbS', '?view=lattice&comp=PbS'],
    ['lattice, the yellow δ-phase', '?view=lattice&comp=CsPbI3&phase=delta'],
    ['confinement, energy axis, every model', '?view=confinement&spaxis=ev&models=cube,brus,confinement,moreels&sigma=0.5'],
    ['address warnings', '?view=lattice&bogus=1&cells=999'],
    ['address warnings, confinement', '?view=confinement&d=abc&materials=CsPbX3&sel=Gold&target=blue&sigma=-2&dmin=zz'],
    ['confinement, a colour no dot of this material has', '?view=confinement&sel=CsPbCl3&target=700nm'],
    ['confinement, a gap below the Brus minimum', '?view=confinement&sel=CsPbBr3&models=brus&target=2.0eV'],
    ['ligands, refused and unknown placements dropped', '?view=ligands&vac=x3,zz1&lig=oam@a0,oam@p3,nope@x1'],
    ['ligands, device chart by material, V_OC', '?view=ligands&metric=voc&group=material'],
    ['lattice, a formula that cannot be read', '?view=lattice&comp=CsPbQ3'],
    ['lattice, labels and space-filling 3×3×3', '?view=lattice&labels=1&style=space&cells=3'],
  ];
  for (const [name, query] of VIEWS) {
    it(name, async () => {
      await mountApp(query);
      expect(leftovers(document.body, ALLOWED)).toEqual([]);
    });
  }

  it('ligands, the first and last step of every guided scenario', async () => {
    const { app } = await mountApp('?view=ligands');
    let steps = 0;
    for (const sc of SCENARIOS) {
      for (const step of [0, sc.steps.length - 1]) {
        app.update({ scenario: sc.id, step });
        await tick();
        expect(leftovers(document.body, ALLOWED), `${sc.id} step ${step + 1}`).toEqual([]);
        steps++;
      }
    }
    expect(steps).toBe(2 * SCENARIOS.length);
  });

  it('the guard sees English written in code, also in attributes, and a message in a citation', () => {
    const root = document.createElement('div');
    root.innerHTML = '<p>⟦Ţéẋţ⟧ Tolerance</p><button aria-label="Close dialog">×</button><p>4.2 nm CsPbBr3</p><cite lang="en">⟦Šöúŕçé⟧</cite><cite lang="en">Protesescu et al.</cite>';
    expect(leftovers(root, ALLOWED).map((l) => l.split(' ')[0])).toEqual(['Close', 'Tolerance', 'a', 'dialog']);
  });

  // Opened by their shortcuts (the toolbar buttons' names are pseudo-localised).
  for (const [dialog, key] of [['Presets', 'p'], ['Share', 's'], ['Embed', 'e'], ['Keyboard shortcuts', '?']] as const) {
    it(`the ${dialog} dialog`, async () => {
      await mountApp('?view=confinement');
      await fireEvent.keyDown(window, { key });
      await tick();
      expect(document.querySelector('dialog[open], [role="dialog"]'), `${dialog} dialog open`).toBeTruthy();
      expect(leftovers(document.body, ALLOWED)).toEqual([]);
    });
  }
});
