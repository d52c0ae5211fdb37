/**
 * Numbers in the language of the text: the decimal mark and thousands separator of the message catalogue's
 * locale (Paraglide's getLocale), read from the browser's Intl data and handed to the one number formatter
 * (src/lib/format.ts). Called once at start-up by the site, the single-file builds and the widget script.
 */
import { getLocale } from '../paraglide/runtime.js';
import { setNumberSeparators } from '../lib/format';

/** The decimal mark and thousands separator Intl uses for a locale ("en" → "." and ","). */
export function separatorsOf(locale: string): { decimal: string; thousands: string } {
  let parts: Intl.NumberFormatPart[] = [];
  try {
    parts = new Intl.NumberFormat(locale).formatToParts(12345.6);
  } catch {
    // An unknown locale tag: keep English.
  }
  return {
    decimal: parts.find((p) => p.type === 'decimal')?.value ?? '.',
    thousands: parts.find((p) => p.type === 'group')?.value ?? ',',
  };
}

/**
 * English (the base locale) is the formatter's default: no Intl call then. The first `Intl.NumberFormat` of a
 * page loads the browser's locale data, about 16 ms of a phone's start-up (issue #15).
 */
export function applyNumberLocale(locale: string = getLocale()): void {
  setNumberSeparators(locale === 'en' ? null : separatorsOf(locale));
}
