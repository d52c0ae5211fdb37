/**
 * The confinement controls as pure state changes (src/views/confinement/controls.ts), on a fake store that
 * validates like the app state (schema.ts validateKey): one stored fact for the size — `d`, or `target`
 * while one is set — never a derived copy written back.
 */
import { describe, expect, it } from 'vitest';
import { defaultState, type UrlState } from '../../../../src/lib/state/schema';
import { coerceValue } from '../../../../src/lib/state/url';
import {
  commitTarget,
  convertedTargetText,
  nextMaterial,
  plotRange,
  selectMaterial,
  setMarker,
  toggleMaterial,
  toggleModel,
  type ConfinementStore,
  type ControlKey,
} from '../../../../src/views/confinement/controls';

/** A store over a full default state; `writes` records every accepted set in order. */
function store(partial: Partial<UrlState> = {}): ConfinementStore & { values: UrlState; writes: [string, unknown][] } {
  const values: UrlState = { ...defaultState(), ...partial };
  const writes: [string, unknown][] = [];
  return {
    values,
    writes,
    set<K extends ControlKey>(key: K, value: UrlState[K]): boolean {
      const r = coerceValue(key, value);
      if (!r.ok) return false;
      (values as Record<string, unknown>)[key] = r.value;
      writes.push([key, r.value]);
      return true;
    },
  };
}

describe('plotRange', () => {
  it('keeps an ordered range and repairs a reversed or too narrow one', () => {
    expect(plotRange(2, 20, 30)).toEqual({ lo: 2, hi: 20 });
    expect(plotRange(20, 2, 30)).toEqual({ lo: 2, hi: 20 });
    expect(plotRange(5, 5.5, 30)).toEqual({ lo: 5, hi: 6 });
    expect(plotRange(30, 30, 30)).toEqual({ lo: 29, hi: 30 });
  });
});

describe('the marker size: one stored fact', () => {
  it('moving the marker clears a target and stores d to 0.01 nm', () => {
    const st = store({ target: '520nm', d: 8 });
    setMarker(st, 6.4567);
    expect(st.values.target).toBe('');
    expect(st.values.d).toBe(6.46);
  });
  it('without a target, moving the marker writes only d', () => {
    const st = store({ d: 8 });
    setMarker(st, 9);
    expect(st.writes).toEqual([['d', 9]]);
  });
  it('setting a target, switching material or model never writes d', () => {
    const st = store({ d: 8 });
    expect(commitTarget(st, '520', 'nm', 8)).toBeNull();
    expect(st.values.target).toBe('520nm');
    selectMaterial(st, 'CsPbI3');
    toggleModel(st, 'brus', false);
    toggleMaterial(st, 'PbS', false);
    expect(st.writes.map(([k]) => k)).not.toContain('d');
    expect(st.values.d).toBe(8);
  });
  it('clearing the target keeps the marker where it stood, stored as d (to 0.001 nm)', () => {
    const st = store({ target: '520nm', d: 8 });
    expect(commitTarget(st, '  ', 'nm', 6.12345)).toBeNull();
    expect(st.values).toMatchObject({ d: 6.123, target: '' });
    // d is written before target is cleared, so no moment reads the stale d
    expect(st.writes.map(([k]) => k)).toEqual(['d', 'target']);
  });
  it('clearing an empty target changes nothing', () => {
    const st = store({ d: 8 });
    commitTarget(st, '', 'nm', 3);
    expect(st.writes).toEqual([]);
  });
});

describe('commitTarget refusals', () => {
  it('refuses non-numbers and non-positive numbers', () => {
    expect(commitTarget(store(), 'abc', 'nm', 8)).toBe('positive');
    expect(commitTarget(store(), '-3', 'eV', 8)).toBe('positive');
    expect(commitTarget(store(), '0', 'nm', 8)).toBe('positive');
  });
  it('refuses targets outside the schema range, naming the unit', () => {
    expect(commitTarget(store(), '50', 'nm', 8)).toBe('wavelength-range');
    expect(commitTarget(store(), '9', 'eV', 8)).toBe('gap-range');
  });
  it('rounds to 0.001 in the unit typed', () => {
    const st = store();
    commitTarget(st, '2.41234', 'eV', 8);
    expect(st.values.target).toBe('2.412eV');
  });
});

describe('convertedTargetText', () => {
  it('names the same photon in the other unit (λ = 1239.84/E)', () => {
    expect(Number(convertedTargetText({ wavelengthNm: 520 }, 'eV'))).toBeCloseTo(1239.84198 / 520, 3);
    expect(convertedTargetText({ gapEv: 2.4 }, 'nm')).toBe(String(Math.round((1239.84198 / 2.4) * 10) / 10));
  });
});

describe('materials and models', () => {
  it('selecting a hidden material shows it, in menu order', () => {
    const st = store({ materials: ['CsPbCl3'], sel: 'CsPbCl3' });
    selectMaterial(st, 'PbS');
    expect(st.values.materials).toEqual(['CsPbCl3', 'PbS']);
    expect(st.values.sel).toBe('PbS');
  });
  it("hiding the marker's material moves the marker to the first one still shown", () => {
    const st = store({ materials: ['CsPbBr3', 'CsPbI3'], sel: 'CsPbBr3' });
    toggleMaterial(st, 'CsPbBr3', false);
    expect(st.values.materials).toEqual(['CsPbI3']);
    expect(st.values.sel).toBe('CsPbI3');
  });
  it('models keep the menu order', () => {
    const st = store({ models: ['moreels'] });
    toggleModel(st, 'cube', true);
    expect(st.values.models).toEqual(['cube', 'moreels']);
  });
  it('the M shortcut cycles through the four materials', () => {
    expect(nextMaterial('CsPbCl3')).toBe('CsPbBr3');
    expect(nextMaterial('PbS')).toBe('CsPbCl3');
  });
});
