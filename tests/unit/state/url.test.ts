/**
 * The URL-state module: defaults, validation, clamping, warnings, and a fast-check property that throws
 * 10,000+ random and hostile query strings at it (issue #3 §3).
 */
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { parseQuery, serializeState, coerceValue, applyPartial, keysForView } from '../../../src/lib/state/url';
import { defaultState, KEYS, SCHEMA, parseCells, parseTarget, type Spec, type UrlState } from '../../../src/lib/state/schema';

function isValidState(s: UrlState): boolean {
  for (const k of KEYS) {
    const spec: Spec = SCHEMA[k];
    const v = s[k] as unknown;
    switch (spec.kind) {
      case 'enum':
        if (!(spec.values as readonly unknown[]).includes(v)) return false;
        break;
      case 'bool':
        if (typeof v !== 'boolean') return false;
        break;
      case 'number':
        if (v === null) {
          if (spec.default !== null) return false;
          break;
        }
        if (typeof v !== 'number' || !Number.isFinite(v) || v < spec.min || v > spec.max) return false;
        if (spec.integer && !Number.isInteger(v)) return false;
        break;
      case 'list':
        if (!Array.isArray(v) || v.some((x) => !(spec.values as readonly unknown[]).includes(x))) return false;
        break;
      case 'string':
        if (typeof v !== 'string' || v.length > spec.maxLength || spec.validate(v) !== null) return false;
        break;
    }
  }
  return true;
}

describe('parseQuery', () => {
  it('gives the defaults for an empty query, with no warnings', () => {
    const r = parseQuery('');
    expect(r.state).toEqual(defaultState());
    expect(r.warnings).toEqual([]);
  });

  it('reads valid values of every kind', () => {
    const r = parseQuery('?view=confinement&embed=1&theme=projector&rA=2.53&cells=5x4x3&materials=PbS,CsPbI3&target=520nm&step=3');
    expect(r.warnings).toEqual([]);
    expect(r.state.view).toBe('confinement');
    expect(r.state.embed).toBe(true);
    expect(r.state.theme).toBe('projector');
    expect(r.state.rA).toBe(2.53);
    expect(r.state.cells).toBe('5x4x3');
    expect(r.state.materials).toEqual(['CsPbI3', 'PbS']); // canonical schema order
    expect(r.state.target).toBe('520nm');
    expect(r.state.step).toBe(3);
  });

  it('names a malformed parameter and keeps its default', () => {
    const r = parseQuery('view=lattice&rA=abc&style=<script>alert(1)</script>');
    expect(r.state.rA).toBeNull();
    expect(r.state.style).toBe(SCHEMA.style.default);
    expect(r.warnings.map((w) => w.key)).toEqual(['rA', 'style']);
    expect(r.warnings[0]).toEqual({ code: 'refused', key: 'rA', value: 'abc', reason: { code: 'number' } });
    expect(r.warnings[1]).toMatchObject({ code: 'refused', key: 'style', reason: { code: 'one_of', values: SCHEMA.style.values.join(', ') } });
  });

  it('clamps out-of-range numbers and says so', () => {
    const r = parseQuery('rA=99&d=-5');
    expect(r.state.rA).toBe(SCHEMA.rA.max);
    expect(r.state.d).toBe(SCHEMA.d.min);
    expect(r.warnings).toHaveLength(2);
    expect(r.warnings[0]).toMatchObject({ code: 'clamped', key: 'rA', value: '99', min: SCHEMA.rA.min, max: SCHEMA.rA.max, unit: 'Å', used: SCHEMA.rA.max });
  });

  it('rejects NaN, Infinity and hex numbers', () => {
    for (const bad of ['NaN', 'Infinity', '-Infinity', '0x10', '1e999', '']) {
      const r = parseQuery(`d=${encodeURIComponent(bad)}`);
      expect(r.state.d).toBe(SCHEMA.d.default);
      expect(r.warnings).toHaveLength(1);
    }
  });

  it('uses the first of repeated keys and warns', () => {
    const r = parseQuery('view=ligands&view=lattice');
    expect(r.state.view).toBe('ligands');
    expect(r.warnings).toEqual([{ code: 'repeated', key: 'view' }]);
  });

  it('reports unknown parameters', () => {
    const r = parseQuery('foo=bar');
    expect(r.warnings).toEqual([{ code: 'unknown', key: 'foo' }]);
  });

  it('truncates hostile values it echoes back', () => {
    const r = parseQuery(`comp=${'A'.repeat(5000)}`);
    const w = r.warnings[0];
    expect(w).toMatchObject({ code: 'refused', key: 'comp', reason: { code: 'too_long', maxLength: SCHEMA.comp.maxLength } });
    expect(w.code === 'refused' && w.value.length).toBeLessThanOrEqual(25);
    const long = parseQuery(`${'x'.repeat(5000)}=1`).warnings[0];
    expect(long.code === 'unknown' && long.key.length).toBeLessThanOrEqual(25);
  });
});

describe('cells and target', () => {
  it('normalises cells and parses them', () => {
    expect(coerceValue('cells', '5x5x5')).toEqual({ ok: true, value: '5' });
    expect(parseCells('5x4x3')).toEqual([5, 4, 3]);
    expect(parseCells('7')).toEqual([7, 7, 7]);
    expect(coerceValue('cells', '21')).toEqual({ ok: false, reason: { code: 'cells_range', max: 20 } });
    expect(coerceValue('cells', 'big')).toEqual({ ok: false, reason: { code: 'cells' } });
    expect(coerceValue('cells', '0').ok).toBe(false);
  });
  it('parses targets', () => {
    expect(parseTarget('520nm')).toEqual({ wavelengthNm: 520 });
    expect(parseTarget('2.4eV')).toEqual({ gapEv: 2.4 });
    expect(coerceValue('target', '10nm')).toEqual({ ok: false, reason: { code: 'target_wavelength', min: 200, max: 4000 } });
    expect(coerceValue('target', '9eV')).toEqual({ ok: false, reason: { code: 'target_gap', min: 0.3, max: 6 } });
    expect(coerceValue('target', 'blue')).toEqual({ ok: false, reason: { code: 'target' } });
  });
});

describe('serializeState', () => {
  it('writes nothing for the defaults', () => {
    expect(serializeState(defaultState())).toBe('');
  });
  it('writes only changed keys and round-trips', () => {
    const s = { ...defaultState(), view: 'confinement' as const, d: 4.1, materials: ['PbS'] as const };
    const q = serializeState(s as UrlState);
    expect(q).toBe('view=confinement&materials=PbS&d=4.1');
    expect(parseQuery(q).state).toEqual(s);
  });
  it('restricts keys to a view for share links', () => {
    const s = { ...defaultState(), view: 'confinement' as const, d: 4.1, style: 'ball' as const };
    const q = serializeState(s as UrlState, keysForView('confinement'));
    expect(q).toBe('view=confinement&d=4.1');
  });
});

describe('applyPartial (attributes and messages)', () => {
  it('validates non-string values too', () => {
    const r = applyPartial(defaultState(), Object.entries({ d: 5, embed: true, rA: Number.NaN, materials: ['PbS', 'x'] }));
    expect(r.state.d).toBe(5);
    expect(r.state.embed).toBe(true);
    expect(r.state.rA).toBeNull();
    expect(r.state.materials).toEqual(SCHEMA.materials.default);
    expect(r.warnings).toHaveLength(2);
  });
});

// ---- property-based: 10,000+ random and hostile query strings ----
const hostileFragments = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  'NaN',
  'Infinity',
  '-Infinity',
  '1e308',
  '1e-320',
  '-0',
  '0x1F',
  '9'.repeat(400),
  '%00',
  '%E0%A4%A',
  '%',
  '&&&',
  '==',
  '#',
  '?',
  '𝔘𝔫𝔦𝔠𝔬𝔡𝔢',
  '😀',
  '\u202e',
  'constructor',
  '__proto__',
  'toString',
  'x'.repeat(3000),
  ' ',
  ',,,',
  'PbS,PbS,PbS',
  '5x5x5x5',
  '20x20x20',
  'Cs0.5FA0.5PbI3',
];
const keyArb = fc.oneof(fc.constantFrom(...KEYS, '__proto__', 'constructor', ''), fc.string({ maxLength: 12 }));
const valueArb = fc.oneof(
  fc.constantFrom(...hostileFragments),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.double().map(String),
  fc.integer().map(String),
  fc.constantFrom(...KEYS.flatMap((k) => {
    const s = SCHEMA[k];
    return s.kind === 'enum' || s.kind === 'list' ? [...s.values] : [];
  })),
);
const queryArb = fc.oneof(
  fc.array(fc.tuple(keyArb, valueArb, fc.boolean()), { maxLength: 12 }).map((pairs) =>
    pairs.map(([k, v, encode]) => `${encodeURIComponent(k)}=${encode ? encodeURIComponent(v) : v}`).join('&'),
  ),
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
);

describe('URL state under fuzzing (fast-check)', () => {
  it('every query string yields a valid state that round-trips, never an exception', () => {
    fc.assert(
      fc.property(queryArb, (query) => {
        const r = parseQuery(query);
        expect(isValidState(r.state)).toBe(true);
        for (const w of r.warnings) expect(['unknown', 'repeated', 'clamped', 'refused', 'unreadable_address']).toContain(w.code);
        const again = parseQuery(serializeState(r.state));
        expect(again.state).toEqual(r.state);
        expect(again.warnings).toEqual([]);
      }),
      { numRuns: 12_000 },
    );
  }, 120_000);

  it('every valid state survives serialise → parse unchanged', () => {
    const stateArb = fc.record(
      Object.fromEntries(
        KEYS.map((k) => {
          const s: Spec = SCHEMA[k];
          switch (s.kind) {
            case 'enum':
              return [k, fc.constantFrom(...s.values)];
            case 'bool':
              return [k, fc.boolean()];
            case 'number': {
              const base = s.integer
                ? fc.integer({ min: s.min, max: s.max })
                : fc.double({ min: s.min, max: s.max, noNaN: true, noDefaultInfinity: true }).map((x) => (x === 0 ? 0 : x));
              return [k, s.default === null ? fc.option(base, { nil: null }) : base];
            }
            case 'list':
              return [k, fc.subarray([...s.values]).map((xs) => s.values.filter((v) => xs.includes(v)))];
            case 'string':
              return [k, fc.constant(s.default)];
          }
        }),
      ),
    ) as fc.Arbitrary<UrlState>;
    fc.assert(
      fc.property(stateArb, (s) => {
        const r = parseQuery(serializeState(s));
        expect(r.warnings).toEqual([]);
        expect(r.state).toEqual(s);
      }),
      { numRuns: 2000 },
    );
  }, 60_000);
});
