/**
 * Messages with inline markup (a <strong>, a <sub>, a <Formula>): the whole sentence stays one message,
 * and the marked-up pieces are parameters ("slots"). `slots` renders the message with a marker in each
 * slot and splits it there, so the view can put its element in the slot's place — no {@html}, and the
 * translator keeps the word order.
 */

export type Segment<K extends string> = { slot: null; text: string } | { slot: K; text: string };

const OPEN = '\u{E000}';
const CLOSE = '\u{E001}';

/**
 * Splits `render(params)` at the slots `keys`. Each slot's segment carries its `values[key]` as text
 * (the view may show it, or draw its own element instead). Plain parameters go in `plain`.
 */
export function slots<K extends string, P extends Record<string, string> = Record<never, string>>(
  render: (params: Record<K, string> & P) => string,
  values: Record<K, string>,
  plain?: P,
): Segment<K>[] {
  const marked = {} as Record<K, string>;
  for (const k of Object.keys(values) as K[]) marked[k] = `${OPEN}${k}${CLOSE}`;
  const text = render({ ...(plain ?? ({} as P)), ...marked } as Record<K, string> & P);
  const out: Segment<K>[] = [];
  const re = new RegExp(`${OPEN}([^${CLOSE}]*)${CLOSE}`, 'gu');
  let last = 0;
  for (const hit of text.matchAll(re)) {
    if (hit.index > last) out.push({ slot: null, text: text.slice(last, hit.index) });
    const k = hit[1] as K;
    out.push({ slot: k, text: values[k] });
    last = hit.index + hit[0].length;
  }
  if (last < text.length) out.push({ slot: null, text: text.slice(last) });
  return out;
}
