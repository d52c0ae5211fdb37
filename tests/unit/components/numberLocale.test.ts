/**
 * Numbers follow the language of the text (issue #7: ready for translation): the shown formatter takes
 * the locale's separators; values a machine reads back (number inputs, files) never change.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { count, fixed, percent, plainFixed, setNumberSeparators, sig, tick, withUnit } from '../../../src/lib/format';
import { applyNumberLocale, separatorsOf } from '../../../src/i18n/locale';

afterEach(() => setNumberSeparators(null));

describe('number separators of the shown language', () => {
  it('English by default (d3-format’s own output: "." and ",", typographic minus)', () => {
    expect(fixed(2.555, 2)).toBe('2.56');
    expect(count(43721)).toBe('43,721');
    expect(fixed(-1.5, 1)).toBe('−1.5');
    expect(withUnit(2.41, 'eV', 2)).toBe('2.41\u202feV');
  });

  it('reads the separators from Intl', () => {
    expect(separatorsOf('en')).toEqual({ decimal: '.', thousands: ',' });
    expect(separatorsOf('de')).toEqual({ decimal: ',', thousands: '.' });
    expect(separatorsOf('not a locale!')).toEqual({ decimal: '.', thousands: ',' });
  });

  it('German separators reach every shown number, never the machine values', () => {
    applyNumberLocale('de');
    expect(fixed(2.555, 2)).toBe('2,56');
    expect(count(43721)).toBe('43.721');
    expect(percent(0.3368, 1)).toBe('33,7\u202f%');
    expect(sig(0.0123, 3)).toBe('0,0123');
    expect(tick(1.5)).toBe('1,5');
    expect(plainFixed(2.555, 2)).toBe('2.56');
    expect(plainFixed(-1.5, 1)).toBe('-1.5');
    applyNumberLocale('en');
    expect(fixed(2.555, 2)).toBe('2.56');
  });

  it('a machine value of a non-finite number is empty, never "NaN"', () => {
    expect(plainFixed(Number.NaN, 2)).toBe('');
    expect(plainFixed(Number.POSITIVE_INFINITY, 2)).toBe('');
    expect(plainFixed(null, 2)).toBe('');
  });
});
