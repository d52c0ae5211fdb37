/**
 * The compact URL encodings of the ligand explorer (schema keys `vac` and `lig`, issue #6):
 *   vac = comma list of site ids             e.g. "x3,a5"
 *   lig = comma list of ligandId@siteId      e.g. "oam@p3,oa@x7"
 * The schema (src/lib/state/schema.ts, TOKENS_RE) already limits the characters; these functions split
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

/** Splits a `vac` value into site ids (empty string → []). */
export function parseIdList(value: string): ParsedList<string> {
  const items: string[] = [];
  const dropped: { token: string; reason: TokenDropCode }[] = [];
  if (value.trim() === '') return { items, dropped };
  for (const raw of value.split(',')) {
    const t = raw.trim();
    if (t === '') continue;
    if (ID_RE.test(t)) items.push(t);
    else dropped.push({ token: t.slice(0, 24), reason: 'not-site-id' });
  }
  return { items, dropped };
}

/** Splits a `lig` value into placements (empty string → []). */
export function parsePlacementList(value: string): ParsedList<PlacementToken> {
  const items: PlacementToken[] = [];
  const dropped: { token: string; reason: TokenDropCode }[] = [];
  if (value.trim() === '') return { items, dropped };
  for (const raw of value.split(',')) {
    const t = raw.trim();
    if (t === '') continue;
    const parts = t.split('@');
    if (parts.length !== 2 || !ID_RE.test(parts[0]) || !ID_RE.test(parts[1])) {
      dropped.push({ token: t.slice(0, 24), reason: 'not-placement' });
      continue;
    }
    items.push({ ligandId: parts[0], siteId: parts[1] });
  }
  return { items, dropped };
}

/** Joins site ids for `vac`. */
export function serializeIdList(ids: readonly string[]): string {
  return ids.join(',');
}

/** Joins placements for `lig`. */
export function serializePlacementList(placements: readonly PlacementToken[]): string {
  return placements.map((p) => `${p.ligandId}@${p.siteId}`).join(',');
}
