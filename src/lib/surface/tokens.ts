/**
 * The compact URL encodings of the ligand explorer (schema keys `vac` and `lig`, issue #6):
 *   vac = comma list of site ids             e.g. "x3,a5"
 *   lig = comma list of ligandId@siteId      e.g. "oam@p3,oa@x7"
 * The schema (src/lib/state/schemaValues.ts, TOKENS_RE) already limits the characters; these functions split
 * and re-join, dropping malformed tokens with a reason. The meaning (does the site exist, may the ligand
 * bind there) is checked by the explorer's state builder, not here.
 *
 * Pure TypeScript: no DOM.
 */

const ID_RE = /^[A-Za-z0-9]{1,12}$/;

export interface PlacementToken {
  ligandId: string;
  siteId: string;
}

/** Why a token was dropped: not a site id (letters and digits only), or not ligandId@siteId. */
export type TokenDropCode = 'not-site-id' | 'not-placement';

export interface ParsedList<T> {
  items: T[];
  dropped: { token: string; reason: TokenDropCode }[];
}

/** Splits a comma list, reading each non-empty token with `read` (null: dropped with `reason`). */
function splitList<T>(value: string, read: (token: string) => T | null, reason: TokenDropCode): ParsedList<T> {
  const items: T[] = [];
  const dropped: { token: string; reason: TokenDropCode }[] = [];
  if (value.trim() === '') return { items, dropped };
  for (const raw of value.split(',')) {
    const t = raw.trim();
    if (t === '') continue;
    const item = read(t);
    if (item === null) dropped.push({ token: t.slice(0, 24), reason });
    else items.push(item);
  }
  return { items, dropped };
}

/** Splits a `vac` value into site ids (empty string → []). */
export function parseIdList(value: string): ParsedList<string> {
  return splitList(value, (t) => (ID_RE.test(t) ? t : null), 'not-site-id');
}

/** Splits a `lig` value into placements (empty string → []). */
export function parsePlacementList(value: string): ParsedList<PlacementToken> {
  return splitList(
    value,
    (t) => {
      const parts = t.split('@');
      return parts.length === 2 && ID_RE.test(parts[0]) && ID_RE.test(parts[1]) ? { ligandId: parts[0], siteId: parts[1] } : null;
    },
    'not-placement',
  );
}

/** Joins site ids for `vac`. */
export function serializeIdList(ids: readonly string[]): string {
  return ids.join(',');
}

/** Joins placements for `lig`. */
export function serializePlacementList(placements: readonly PlacementToken[]): string {
  return placements.map((p) => `${p.ligandId}@${p.siteId}`).join(',');
}
