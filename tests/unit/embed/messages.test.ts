/**
 * The embed message protocol (src/embed/messages.ts): malformed messages are ignored, never thrown; only the
 * view's own keys (and theme) pass; `view`/`embed` can never be set from outside; values then go through
 * the URL schema (AppState.update), so a bad value is refused with a warning and the state is kept.
 */
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  MSG_GET,
  MSG_SET,
  PROTOCOL_VERSION,
  GLOBAL_ATTRIBUTES,
  attributeKeys,
  attributeName,
  attributeValue,
  heightMessage,
  isGlobalAttribute,
  publicState,
  publishedKeys,
  readHostMessage,
  readStateRecord,
  settableKeys,
  stateMessage,
  warningsMessage,
} from '../../../src/embed/messages';
import { AppState } from '../../../src/lib/state/appState.svelte';
import { keptWarningText, warningText } from '../../../src/i18n/warningText';
import { VIEWS, defaultState } from '../../../src/lib/state/schema';
import { keysForView } from '../../../src/lib/state/url';

describe('readHostMessage: what is ignored', () => {
  const junk: unknown[] = [
    undefined,
    null,
    0,
    42,
    NaN,
    '',
    'pqd:set',
    '{"type":"pqd:set","state":{"comp":"FAPbI3"}}',
    true,
    [],
    [MSG_SET, { comp: 'FAPbI3' }],
    new Date(0),
    new Map([['type', MSG_SET]]),
    { type: 'pqd:sett', state: { comp: 'FAPbI3' } },
    { type: 'PQD:SET', state: { comp: 'FAPbI3' } },
    { type: 'pqd:state', state: { comp: 'FAPbI3' } },
    { type: MSG_SET },
    { type: MSG_SET, state: null },
    { type: MSG_SET, state: 'comp=FAPbI3' },
    { type: MSG_SET, state: ['comp', 'FAPbI3'] },
    { type: MSG_SET, state: {} },
    { type: MSG_SET, state: { nope: 1, __proto__x: 2 } },
    // Only keys of other views, or keys that describe the widget itself:
    { type: MSG_SET, state: { sigma: 1, sel: 'PbS' } },
    { type: MSG_SET, state: { view: 'ligands', embed: false } },
    // Value shapes the schema cannot read:
    { type: MSG_SET, state: { comp: { toString: () => 'FAPbI3' } } },
    { type: MSG_SET, state: { comp: () => 'FAPbI3' } },
    { type: MSG_SET, state: { edge: Infinity } },
    { type: MSG_SET, state: { edge: NaN } },
    { type: MSG_SET, state: { cells: [[1]] } },
  ];
  it.each(junk.map((j, i) => [i, j] as const))('junk #%i is ignored (null), not thrown', (_i, data) => {
    expect(readHostMessage(data, 'lattice')).toBeNull();
  });

  it('a state with too many entries is ignored whole', () => {
    const state: Record<string, unknown> = { comp: 'FAPbI3' };
    for (let i = 0; i < 100; i++) state[`k${i}`] = i;
    expect(readHostMessage({ type: MSG_SET, state }, 'lattice')).toBeNull();
  });

  it('a getter that throws is caught', () => {
    const state = {
      get comp(): string {
        throw new Error('hostile');
      },
    };
    expect(() => readStateRecord(state, 'lattice')).not.toThrow();
    expect(readStateRecord(state, 'lattice')).toBeNull();
  });

  it('never throws and never lets through a key outside the view (fast-check, 3000 runs)', () => {
    const allowed = new Set<string>(settableKeys('confinement'));
    const keyArb = fc.oneof(fc.constantFrom(...keysForView('lattice'), ...keysForView('confinement'), 'view', 'embed'), fc.string());
    const stateArb = fc.dictionary(keyArb, fc.anything());
    const msgArb = fc.oneof(fc.anything(), fc.record({ type: fc.constantFrom(MSG_SET, MSG_GET, 'x'), state: fc.oneof(stateArb, fc.anything()) }));
    fc.assert(
      fc.property(msgArb, (data) => {
        const r = readHostMessage(data, 'confinement');
        if (r?.kind === 'set') {
          for (const k of Object.keys(r.state)) expect(allowed.has(k)).toBe(true);
          expect(Object.keys(r.state).length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 3000 },
    );
  });
});

describe('readHostMessage: what is accepted', () => {
  it('pqd:get', () => {
    expect(readHostMessage({ type: MSG_GET }, 'lattice')).toEqual({ kind: 'get' });
  });

  it('pqd:set keeps only the view keys and theme, dropping view/embed, unknown and other views’ keys', () => {
    const r = readHostMessage(
      { type: MSG_SET, state: { comp: 'FAPbI3', theme: 'dark', view: 'ligands', embed: false, sigma: 1, bogus: 1, rA: 2.5 } },
      'lattice',
    );
    expect(r).toEqual({ kind: 'set', state: { comp: 'FAPbI3', theme: 'dark', rA: 2.5 } });
    // the dot's composition and size are keys of every view (issue #18)
    expect(readHostMessage({ type: MSG_SET, state: { comp: 'CsPbI3', d: 5 } }, 'ligands')).toEqual({ kind: 'set', state: { comp: 'CsPbI3', d: 5 } });
  });

  it('accepts a message with an Object.create(null) state and copies list values', () => {
    const state = Object.create(null) as Record<string, unknown>;
    const list = ['PbS', 'CsPbI3'];
    state.materials = list;
    const r = readHostMessage({ type: MSG_SET, state }, 'confinement');
    expect(r).toEqual({ kind: 'set', state: { materials: ['PbS', 'CsPbI3'] } });
    if (r?.kind === 'set') expect(r.state.materials).not.toBe(list);
  });
});

describe('values go through the URL schema (AppState.update)', () => {
  it('a valid composition is applied', () => {
    const app = new AppState({ state: { view: 'lattice', embed: true } });
    const r = readHostMessage({ type: MSG_SET, state: { comp: 'FAPbI3' } }, 'lattice');
    expect(r?.kind).toBe('set');
    if (r?.kind !== 'set') return;
    expect(app.update(r.state)).toEqual([]);
    expect(app.values.comp).toBe('FAPbI3');
  });

  it('an invalid value is refused with a warning and the previous value kept; a number out of range is clamped', () => {
    const app = new AppState({ state: { view: 'lattice', embed: true, comp: 'CsPbI3' } });
    const r = readHostMessage({ type: MSG_SET, state: { comp: '<img src=x onerror=alert(1)>', edge: 500, phase: 'hexagonal' } }, 'lattice');
    if (r?.kind !== 'set') throw new Error('expected a set request');
    const warnings = app.update(r.state);
    expect(app.values.comp).toBe('CsPbI3');
    expect(app.values.phase).toBe('auto');
    expect(app.values.edge).toBe(20); // schema max of `edge`, nm
    expect(warnings.map((w) => w.key).sort()).toEqual(['comp', 'edge', 'phase']);
  });
});

describe('published state and messages', () => {
  it('publishedKeys = the view keys with view and theme, without embed', () => {
    for (const v of VIEWS) {
      const keys = publishedKeys(v);
      expect(keys).toContain('view');
      expect(keys).toContain('theme');
      expect(keys).not.toContain('embed');
    }
    expect(publishedKeys('lattice')).toContain('comp');
    expect(publishedKeys('lattice')).not.toContain('sigma');
    expect(publishedKeys('confinement')).toContain('comp'); // the one dot (issue #18)
  });

  it('publicState copies lists (no aliasing of live state)', () => {
    const s = defaultState();
    s.view = 'confinement';
    const p = publicState(s, 'confinement');
    expect(p.materials).toEqual(s.materials);
    expect(p.materials).not.toBe(s.materials);
    expect('rA' in p).toBe(false);
  });

  it('messages carry type and protocol version', () => {
    const s = defaultState();
    expect(stateMessage('lattice', s, { toleranceFactor: 0.9 })).toMatchObject({
      type: 'pqd:state',
      version: PROTOCOL_VERSION,
      view: 'lattice',
      readouts: { toleranceFactor: 0.9 },
    });
    expect(heightMessage('ligands', 512)).toEqual({ type: 'pqd:height', version: PROTOCOL_VERSION, view: 'ligands', height: 512 });
    expect(warningsMessage('lattice', ['x'])).toEqual({ type: 'pqd:warnings', version: PROTOCOL_VERSION, view: 'lattice', warnings: ['x'] });
  });
});

describe('attributes', () => {
  it('lower-case attribute names map to schema keys (rA → ra); view and embed are not attributes', () => {
    const m = attributeKeys('lattice');
    expect(m.get('ra')).toBe('rA');
    expect(m.get('comp')).toBe('comp');
    expect(m.get('theme')).toBe('theme');
    expect(m.has('view')).toBe(false);
    expect(m.has('embed')).toBe(false);
    expect(m.has('sigma')).toBe(false);
  });

  it('attributeValue writes lists comma-joined, booleans 1/0, null empty', () => {
    expect(attributeValue('materials', ['CsPbBr3', 'PbS'])).toBe('CsPbBr3,PbS');
    expect(attributeValue('embed', true)).toBe('1');
    expect(attributeValue('rA', null)).toBe('');
    expect(attributeValue('edge', 6.5)).toBe('6.5');
  });
});

describe('attribute names never shadow HTML global attributes (issue #14)', () => {
  it('the lattice style parameter is the render-style attribute; the URL and state keep `style`', () => {
    const m = attributeKeys('lattice');
    expect(m.get('render-style')).toBe('style');
    expect(m.has('style')).toBe(false);
    expect(attributeName('style')).toBe('render-style');
    expect(attributeName('rA')).toBe('rA');
    expect(settableKeys('lattice')).toContain('style');
  });

  it('no attribute of any view is a global attribute, and every settable key has an attribute', () => {
    for (const view of ['lattice', 'confinement', 'ligands'] as const) {
      const m = attributeKeys(view);
      for (const name of m.keys()) expect(isGlobalAttribute(name), `${view}: ${name}`).toBe(false);
      expect([...m.values()].sort()).toEqual([...settableKeys(view)].sort());
    }
    expect(isGlobalAttribute('style')).toBe(true);
    expect(isGlobalAttribute('Title')).toBe(true);
    expect(isGlobalAttribute('onclick')).toBe(true);
    expect(isGlobalAttribute('comp')).toBe(false);
    expect(GLOBAL_ATTRIBUTES.has('hidden')).toBe(true);
  });
});

describe('hostile values are echoed meaningfully, never as "object" (issue #14)', () => {
  it('a list for a text key is refused with its comma text; the current value is kept and said so', () => {
    const app = new AppState({ state: { view: 'lattice', comp: 'CsPbI3' } });
    const entries = readStateRecord({ comp: ['CsPbI3', '<img src=x onerror=alert(1)>'], style: 3 }, 'lattice')!;
    expect(entries.comp).toBe('CsPbI3,<img src=x onerror=alert(1)>');
    expect(entries.style).toBe('3');
    const warnings = app.update(entries);
    expect(app.values.comp).toBe('CsPbI3');
    const texts = warnings.map(keptWarningText);
    expect(texts.join(' ')).not.toMatch(/=object|=number/);
    expect(texts.some((t) => t.startsWith('“comp=CsPbI3,<img') && t.endsWith('kept the current value.'))).toBe(true);
    expect(texts).toContain('“style=3” was ignored (expected one of ball, space, poly); kept the current value.');
    // The same refusal from a URL keeps its wording: the default is used.
    expect(warningText(warnings.find((w) => w.key === 'style')!)).toBe('“style=3” was ignored (expected one of ball, space, poly); using the default.');
  });

  it('a list for a list key stays a list', () => {
    expect(readStateRecord({ materials: ['PbS', 'CsPbI3'] }, 'confinement')).toEqual({ materials: ['PbS', 'CsPbI3'] });
  });
});
