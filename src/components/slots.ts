/**
 * Messages with inline markup (a <sub>, a <strong>, a <Formula>): the whole sentence stays ONE message, so a
 * translator keeps the word order, and each marked-up piece is a parameter ("slot"). The view renders the
 * message with a marker in each slot, cuts it at the markers and draws its own element in each place —
 * no {@html}.
 *
 * Two ways in, one marker scheme: `slotParts(m.x({ eg: slot(0) }))` (index slots, drawn with
 * `{:else if part === 0}E<sub>g</sub>`), or `slots(m.x, { formula: 'CsPbI3' })` (named slots, each segment
 * carrying its key and its plain-text value).
 */

/** First code point of the markers (Unicode private use area: never in a message text). */
const SLOT_BASE = 0xe000;
const SLOT_MAX = 0xff;

/** Marker standing for the i-th piece of markup inside a message. */
export function slot(i: number): string {
  return String.fromCodePoint(SLOT_BASE + i);
}

/** A rendered message cut at its markers: text pieces stay strings, each marker becomes its index. */
export function slotParts(text: string): (string | number)[] {
  const out: (string | number)[] = [];
  for (const piece of text.split(/([\uE000-\uE0FF])/u)) {
    if (piece === '') continue;
    const code = piece.codePointAt(0) ?? 0;
    out.push(piece.length === 1 && code >= SLOT_BASE && code <= SLOT_BASE + SLOT_MAX ? code - SLOT_BASE : piece);
  }
  return out;
}

export type Segment<K extends string> = { slot: null; text: string } | { slot: K; text: string };

/**
 * Splits `render(params)` at the named slots of `values`. Each slot's segment carries its `values[key]` as
 * text (the view may show it, or draw its own element instead). Plain parameters go in `plain`.
 */
export function slots<K extends string, P extends Record<string, string> = Record<never, string>>(
  render: (params: Record<K, string> & P) => string,
  values: Record<K, string>,
  plain?: P,
): Segment<K>[] {
  const keys = Object.keys(values) as K[];
  const marked = {} as Record<K, string>;
  keys.forEach((k, i) => (marked[k] = slot(i)));
  return slotParts(render({ ...(plain ?? ({} as P)), ...marked } as Record<K, string> & P)).map((part) =>
    typeof part === 'string' ? { slot: null, text: part } : { slot: keys[part], text: values[keys[part]] },
  );
}
