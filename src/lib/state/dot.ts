/**
 * One dot in the state (issue #18): its composition `comp`, its size `d` and its surface (the ligand view's
 * keys). The confinement view's selected material `sel` and the ligand view's `system` are kept beside the
 * composition so that every view shows the same dot:
 *
 * - a perovskite dot: `sel` = `system` = the CsPbX₃ end member nearest to `comp` (majority halide,
 *   physics/mixedHalide.ts nearestEndMember); the dot's parameters come from `comp` itself;
 * - a PbS dot: `comp` = `sel` = `system` = 'PbS' (the lattice view draws rock-salt PbS, issue #19).
 *
 * Old URLs stay valid: `?sel=CsPbI3` (or `?system=CsPbI3`) without `comp` sets comp = CsPbI3; where an old
 * URL's keys disagree, the shown view's own key decides (lattice: comp, confinement: sel, ligands:
 * system), then comp, sel, system in that order.
 *
 * The URL parser itself stays a plain schema check (its round trip is property-tested); AppState calls
 * these functions on every way in (URL, attributes, `pqd:set`, `set`). Pure TypeScript: no DOM.
 */
import { isPbsFormula, parseFormula } from '../physics/composition';
import { nearestEndMember } from '../physics/mixedHalide';
import type { Key, MaterialId, UrlState } from './schema';

/** The keys that describe the dot's material. */
export const DOT_MATERIAL_KEYS = ['comp', 'sel', 'system'] as const;
type DotKey = (typeof DOT_MATERIAL_KEYS)[number];

/** The end member nearest to a formula ('CsPbBr3' when it cannot be read). */
export function endMemberOfFormula(formula: string): MaterialId {
  const r = parseFormula(formula);
  return r.ok ? nearestEndMember(r.composition) : 'CsPbBr3';
}

/** Writes the dot's material from one key that was just set (the others follow). */
function fromKey(values: UrlState, key: DotKey): void {
  if (key === 'comp') {
    // PbS (rock salt, issue #19) is drawn by the lattice view too: the other views show PbS.
    const em: MaterialId = isPbsFormula(values.comp) ? 'PbS' : endMemberOfFormula(values.comp);
    values.sel = em;
    values.system = em;
    return;
  }
  const mat = values[key];
  if (mat === 'PbS') values.comp = 'PbS';
  else if (isPbsFormula(values.comp) || endMemberOfFormula(values.comp) !== mat) values.comp = mat;
  values.sel = mat;
  values.system = mat;
}

/**
 * After `key` was set to a new value: keeps comp, sel and system one dot. Keys other than the three are
 * ignored.
 */
export function syncDot(values: UrlState, key: Key): void {
  if ((DOT_MATERIAL_KEYS as readonly string[]).includes(key)) fromKey(values, key as DotKey);
}

/** The view's own material key. */
function ownKey(view: UrlState['view']): DotKey {
  return view === 'confinement' ? 'sel' : view === 'ligands' ? 'system' : 'comp';
}

/**
 * Makes a freshly read state one dot. `given`: the keys the source actually named (URL parameters,
 * attributes, message fields). With none of the three given the state is left as it is.
 */
export function reconcileDot(values: UrlState, given: Iterable<string>): void {
  const names = new Set(given);
  const order: DotKey[] = [ownKey(values.view), 'comp', 'sel', 'system'];
  const lead = order.find((k) => names.has(k));
  if (lead) fromKey(values, lead);
}

/** The parameter names of a query string (or a whole URL), for reconcileDot. Never throws. */
export function queryKeys(query: string): string[] {
  let search = query;
  const q = search.indexOf('?');
  if (q >= 0) search = search.slice(q + 1);
  const hash = search.indexOf('#');
  if (hash >= 0) search = search.slice(0, hash);
  try {
    return [...new URLSearchParams(search).keys()];
  } catch {
    return [];
  }
}

/** The material `comp` implies for `sel` and `system`: PbS, or the nearest CsPbX₃ end member. */
export function impliedMaterial(comp: string): MaterialId {
  return isPbsFormula(comp) ? 'PbS' : endMemberOfFormula(comp);
}

/**
 * The keys of `keys` that an address needs for a one-dot state: one stored fact for the dot's material.
 * The shown view's own key (confinement: `sel`, ligands: `system`) alone when it says all (`comp` is exactly
 * that end member or PbS: `?view=confinement&sel=PbS`, as old links read); otherwise `comp`, without `sel`
 * and `system` where they are what `comp` implies (a mix: `?comp=CsPbBr1.5I1.5`). A key that disagrees with
 * `comp` (a state that is not one dot) is kept, so nothing is lost. `view`: the view the address opens. Read back through AppState
 * (parseQuery + reconcileDot), the address gives the same state.
 */
export function addressKeys(values: UrlState, keys: readonly Key[], view: UrlState['view'] = values.view): Key[] {
  if (!keys.includes('comp')) return [...keys];
  const implied = impliedMaterial(values.comp);
  const own = ownKey(view);
  const ownSaysAll = own !== 'comp' && keys.includes(own) && values[own] === implied && values.comp === implied;
  return keys.filter((k) => {
    if (k === 'comp') return !ownSaysAll;
    if (k === 'sel' || k === 'system') return ownSaysAll && k === own ? true : values[k] !== implied;
    return true;
  });
}
