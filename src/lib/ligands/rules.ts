/**
 * Binding rules of the ligand explorer: which ligand may bind which surface site and why not, the
 * electron count of the covalent bond classification (CBC), and the charge ledger of a placement.
 *
 * CBC (Green's covalent bond classification; review §3.1, Fig. 7): L-, X- and Z-type ligands "are
 * classified by the number of electrons (2, 1, and 0, respectively) provided to the metal by the neutral
 * ligand when it forms a bond with the surface". L: a neutral two-electron donor to Pb²⁺ (amines,
 * phosphines, phosphine oxides); X: a one-electron ligand bonded to the metal (carboxylates, halides,
 * thiolates, sulfonates); Z: a two-electron acceptor (PbX₂, ZnX₂, CdCl₂). Ammonium and A-site cations
 * bond to no metal: class 'cation' (src/lib/data/ligands.ts), no electron count.
 *
 * Charge ledger: the ideal (drawn) surface is neutral. A placement changes the net charge by what it
 * leaves on the surface:
 *   Δq = q_left − q_replaced,
 * q_left the formal charge of what stays bound (anion −1, cation +1, L and ion pairs/zwitterions 0; a Z-type
 * metal halide on a halide vacancy or bare Pb²⁺ leaves its donated halide, −1; on a surface halide it is a
 * neutral adduct, 0) and q_replaced the charge of the ion it takes the place of (Cs⁺ on an A site +1, a
 * halide on an X site −1 — only an ion of the same sign is replaced; nothing on a vacancy or an adsorption
 * site: 0). So an X-type exchange (anion for halide, ammonium for Cs⁺) keeps Δq = 0, and an X-type anion
 * filling a halide vacancy (+1) brings Δq = −1: neutral again.
 *
 * Pure TypeScript: no DOM.
 */
import {
  cbcElectrons,
  LIGAND_ID_RE,
  CHAIN_NM_PER_CARBON,
  type Ligand,
  type LigandClass,
  type SiteKind,
  type SystemFamily,
} from '../data/ligands';

/**
 * Why a ligand may not bind a site, as a code plus what the sentence needs (the view turns it into a
 * sentence a student reads, src/views/ligands/text.ts). Ligands are named by id, sites by kind.
 *   unknown-ligand         no such ligand (ligandId given when known)
 *   unknown-site           no site siteId on this surface (ledger)
 *   site-not-on-system     a site of kind `kind` does not exist on `system` dots
 *   ligand-not-for-system  the ligand is discussed for `systems`, not for `system`
 *   occupied               the site already holds `occupiedBy` (a ligand id)
 *   same-spot              siteId and linkedId are one spot (halide vacancy + Pb²⁺ under it), occupiedBy sits there
 *   l-on-a / l-on-a-vac / l-on-x / l-not-reported            L-type donor refused (needs a Pb²⁺ acceptor)
 *   z-no-lone-pair / z-on-acceptor / z-not-reported           Z-type acceptor refused (needs a halide's pair)
 *   zwitterion-on-occupied / ion-pair-on-occupied /
 *   zwitterion-not-reported / ion-pair-not-reported          two-charge ligands bind vacancies only
 *   anion-on-sulfur / anion-on-cation-site / anion-on-halide / anion-not-reported
 *   cation-on-metal-pbs / cation-on-halide / cation-on-metal / cation-not-reported
 *   not-reported           the ligand is not reported on this kind of site
 */
export type RefusalCode =
  | 'unknown-ligand'
  | 'unknown-site'
  | 'site-not-on-system'
  | 'ligand-not-for-system'
  | 'occupied'
  | 'same-spot'
  | 'l-on-a'
  | 'l-on-a-vac'
  | 'l-on-x'
  | 'l-not-reported'
  | 'z-no-lone-pair'
  | 'z-on-acceptor'
  | 'z-not-reported'
  | 'zwitterion-on-occupied'
  | 'ion-pair-on-occupied'
  | 'zwitterion-not-reported'
  | 'ion-pair-not-reported'
  | 'anion-on-sulfur'
  | 'anion-on-cation-site'
  | 'anion-on-halide'
  | 'anion-not-reported'
  | 'cation-on-metal-pbs'
  | 'cation-on-halide'
  | 'cation-on-metal'
  | 'cation-not-reported'
  | 'not-reported';

export interface Refusal {
  code: RefusalCode;
  /** The ligand refused (absent only for an unknown ligand without an id). */
  ligandId?: string;
  /** Kind of the site asked for. */
  kind?: SiteKind;
  /** Site ids, for unknown-site and same-spot. */
  siteId?: string;
  linkedId?: string;
  /** Ligand id already on the site (occupied, same-spot). */
  occupiedBy?: string;
  /** The system family the site (or the context) belongs to. */
  system?: SystemFamily;
  /** The systems the ligand is discussed for (ligand-not-for-system). */
  systems?: readonly SystemFamily[];
}

export type BindResult = { ok: true } | { ok: false; refusal: Refusal };

/** What the surface around the site says; all optional. */
export interface BindContext {
  /** The dot: a family or a material id of the URL schema (CsPbCl3, CsPbBr3, CsPbI3, PbS). */
  system?: SystemFamily | string;
  /** Id of the ligand already on the site, if any. */
  occupiedBy?: string | null;
}

/** Site kinds of each system family. */
export const CSPBX3_SITE_KINDS: readonly SiteKind[] = ['A', 'X', 'Pb-uc', 'A-vac', 'X-vac'];
export const PBS_SITE_KINDS: readonly SiteKind[] = ['Pb111', 'Pb100', 'S100'];

/**
 * Charge of the ion a ligand replaces when it binds a site of this kind, e: an A site holds Cs⁺ (+1),
 * an X site a halide (−1); vacancies and adsorption sites (Pb-uc, PbS Pb/S) are not replaced (0).
 */
export const REPLACED_CHARGE_E: Readonly<Record<SiteKind, number>> = {
  A: 1,
  X: -1,
  'Pb-uc': 0,
  'A-vac': 0,
  'X-vac': 0,
  Pb111: 0,
  Pb100: 0,
  S100: 0,
};

/**
 * Charge a bare site of this kind carries relative to the neutral reference surface, e:
 * - an A-vacancy lost a Cs⁺ (−1), a halide vacancy lost an X⁻ (+1);
 * - a bare Pb of the polar Pb-terminated PbS (111) facet: +1. Computed here by electron counting: Pb²⁺ in
 *   rock salt shares its +2 over 6 Pb–S bonds; a (111) surface Pb keeps only 3 S neighbours, so it
 *   carries +2 × 3/6 = +1 e that one bound anion (I⁻, oleate) compensates. That is why the
 *   polar (111) facet "bound preferentially to I⁻ due to strong electrostatic interactions" (PbS paper §2)
 *   and the neutral (100) facet "could not efficiently be passivated by halide anions" (same place).
 * Other kinds: 0.
 */
export const VACANCY_CHARGE_E: Readonly<Record<SiteKind, number>> = {
  A: 0,
  X: 0,
  'Pb-uc': 0,
  'A-vac': -1,
  'X-vac': 1,
  Pb111: 1,
  Pb100: 0,
  S100: 0,
};

/** Family of a material id of the URL schema (or of a family name). Null for anything else. */
export function systemFamilyOf(system: string): SystemFamily | null {
  if (system === 'PbS') return 'PbS';
  if (system === 'CsPbX3' || /^CsPb(Cl|Br|I)3$/.test(system)) return 'CsPbX3';
  return null;
}

/** Family a site kind belongs to. */
export function siteFamily(kind: SiteKind): SystemFamily {
  return PBS_SITE_KINDS.includes(kind) ? 'PbS' : 'CsPbX3';
}

/** CBC electron count of a class: L 2, X 1, Z 0 (review §3.1); null for a cation (no bond to a metal). */
export function electronCount(cbcClass: LigandClass): 0 | 1 | 2 | null {
  return cbcElectrons(cbcClass);
}

/** Why `ligand` may not bind a site of `kind` (the kind is assumed not in ligand.binds). */
function refusalCode(l: Ligand, kind: SiteKind): RefusalCode {
  const isCationSite = kind === 'A' || kind === 'A-vac' || kind === 'S100';
  const isMetalSite = kind === 'Pb-uc' || kind === 'X-vac' || kind === 'Pb111' || kind === 'Pb100';

  if (l.cbcClass === 'L') {
    if (kind === 'A') return 'l-on-a';
    if (kind === 'A-vac') return 'l-on-a-vac';
    if (kind === 'X') return 'l-on-x';
    return 'l-not-reported';
  }
  if (l.cbcClass === 'Z') {
    if (kind === 'A' || kind === 'A-vac') return 'z-no-lone-pair';
    if (kind === 'Pb-uc' || kind === 'X-vac') return 'z-on-acceptor';
    return 'z-not-reported';
  }
  // X-type
  if (l.family === 'zwitterion' || l.xKind === 'ion-pair') {
    const zw = l.family === 'zwitterion';
    if (kind === 'A' || kind === 'X') return zw ? 'zwitterion-on-occupied' : 'ion-pair-on-occupied';
    return zw ? 'zwitterion-not-reported' : 'ion-pair-not-reported';
  }
  if (l.xKind === 'anion') {
    if (kind === 'S100') return 'anion-on-sulfur';
    if (isCationSite) return 'anion-on-cation-site';
    if (kind === 'X') return 'anion-on-halide';
    return 'anion-not-reported';
  }
  if (l.cbcClass === 'cation') {
    if (isMetalSite || kind === 'X') {
      if (!l.systems.includes('CsPbX3')) return 'cation-on-metal-pbs';
      return kind === 'X' ? 'cation-on-halide' : 'cation-on-metal';
    }
    return 'cation-not-reported';
  }
  return 'not-reported';
}

/**
 * May `ligand` bind a site of this kind? Checks, in order: the ligand exists; the site and the context
 * system belong to a system the sources discuss the ligand on; the site is free; the site kind is in
 * `ligand.binds`. A refusal carries a code and its parameters (the view words it for a student).
 */
export function canBind(ligand: Ligand | undefined, site: { kind: SiteKind }, context: BindContext = {}): BindResult {
  if (!ligand) return { ok: false, refusal: { code: 'unknown-ligand' } };
  const ligandId = ligand.id;
  const kind = site.kind;
  const fam = siteFamily(kind);
  if (context.system !== undefined) {
    const ctx = systemFamilyOf(context.system);
    if (ctx && ctx !== fam) return { ok: false, refusal: { code: 'site-not-on-system', ligandId, kind, system: ctx } };
  }
  if (!ligand.systems.includes(fam)) {
    return { ok: false, refusal: { code: 'ligand-not-for-system', ligandId, kind, system: fam, systems: ligand.systems } };
  }
  if (context.occupiedBy) {
    return { ok: false, refusal: { code: 'occupied', ligandId, kind, occupiedBy: context.occupiedBy } };
  }
  if (ligand.binds.includes(kind)) return { ok: true };
  return { ok: false, refusal: { code: refusalCode(ligand, kind), ligandId, kind } };
}

/** Site kinds a ligand binds on a system family (for lighting up sites). */
export function bindableKinds(ligand: Ligand, system: SystemFamily | string): SiteKind[] {
  const fam = systemFamilyOf(system);
  if (!fam || !ligand.systems.includes(fam)) return [];
  return ligand.binds.filter((k) => siteFamily(k) === fam);
}

/**
 * What a placement leaves bound on a site of this kind (file header), e:
 *   'anion' −1 · 'cation' +1 · 'donated-halide' −1 (a metal halide's halide in a vacancy or on a bare Pb²⁺)
 *   · 'adduct' 0 (a Z-type acceptor on a surface halide) · 'neutral' 0 (L-type) · 'ion-pair' 0 (its two ions).
 */
export type BoundUnit = 'anion' | 'cation' | 'donated-halide' | 'adduct' | 'neutral' | 'ion-pair';

export function boundUnit(ligand: Ligand, site: { kind: SiteKind }): BoundUnit {
  if (ligand.cbcClass === 'Z') return ligand.donorHalide && (site.kind === 'X-vac' || site.kind === 'Pb-uc') ? 'donated-halide' : 'adduct';
  if (ligand.cbcClass === 'L') return 'neutral';
  if (ligand.cbcClass === 'cation') return 'cation';
  if (ligand.xKind === 'ion-pair') return 'ion-pair';
  return 'anion';
}

const UNIT_CHARGE_E: Readonly<Record<BoundUnit, number>> = {
  anion: -1,
  cation: 1,
  'donated-halide': -1,
  adduct: 0,
  neutral: 0,
  'ion-pair': 0,
};

/**
 * Net-charge change when `ligand` binds a site of this kind, e: Δq = q_left − q_replaced (file header).
 * 0 for an X-type exchange (anion for halide, ammonium for Cs⁺) and for a Z-type adduct on a surface halide,
 * −1 for an anion (or a donated halide) filling a halide vacancy (which cancels the vacancy's +1), +1 for a
 * cation filling an A-site vacancy, 0 for an ion pair (it brings its own counter-charge).
 */
export function chargeDelta(ligand: Ligand, site: { kind: SiteKind }): number {
  const q = UNIT_CHARGE_E[boundUnit(ligand, site)];
  const replaced = REPLACED_CHARGE_E[site.kind];
  // Only an ion of the same sign is replaced (an anion takes a halide's place, a cation a Cs⁺'s).
  return q - (Math.sign(q) === Math.sign(replaced) ? replaced : 0);
}

/**
 * Consistency of one library entry with the CBC and with the explorer's charge logic. Returns the list of
 * problems (empty when consistent). Used by the unit tests on every LIGANDS entry.
 * Rules: electrons = CBC count of cbcClass (L 2, X 1, Z 0); xKind set exactly for X-type; charge matches
 * xKind (anion −1, cation +1, ion pair 0, L/Z 0); family L/X/Z equals the class; zwitterions are
 * X-type ion pairs with ≥ 2 binding groups; L-type binds only metal sites; anions never bind cation
 * sites and cations never metal/halide sites; Z-type never binds Cs⁺ sites; binds is non-empty and on
 * the ligand's systems; heals lists defects only; numbers finite; id url-safe; source given (the quote:
 * data/ligandQuotes.ts, a Record over the ids);
 * an ambiguity lists the chosen class among its readings.
 */
export function checkLigand(l: Ligand): string[] {
  const p: string[] = [];
  if (!LIGAND_ID_RE.test(l.id)) p.push(`id "${l.id}" is not [a-z0-9]{1,12}`);
  if (l.electrons !== electronCount(l.cbcClass)) p.push(`electrons ${String(l.electrons)} ≠ CBC ${String(electronCount(l.cbcClass))} for class ${l.cbcClass}`);
  if ((l.cbcClass === 'X') !== (l.xKind !== null)) p.push('xKind must be set for X-type and only for X-type');
  const expectedCharge = l.xKind === 'anion' ? -1 : l.cbcClass === 'cation' ? 1 : 0;
  if (l.chargeE !== expectedCharge) p.push(`chargeE ${l.chargeE} ≠ ${expectedCharge} for class ${l.cbcClass} / xKind ${String(l.xKind)}`);
  if ((l.family === 'L' || l.family === 'X' || l.family === 'Z' || l.family === 'cation') && l.family !== l.cbcClass) p.push(`family ${l.family} ≠ class ${l.cbcClass}`);
  if (l.family === 'zwitterion' && (l.xKind !== 'ion-pair' || l.denticity < 2)) p.push('a zwitterion must be an X-type ion pair with denticity ≥ 2');
  if ((l.cbcClass === 'cation') !== (l.cationRole !== undefined)) p.push('cationRole must be set for a cation and only for a cation');
  if (l.donorHalide !== undefined && l.cbcClass !== 'Z') p.push('only a Z-type metal halide donates a halide');
  if (l.reviewClass && l.reviewClass.cbcClass === l.cbcClass) p.push('reviewClass is only for a class the review words differently');
  if (l.binds.length === 0) p.push('binds is empty');
  const metal: SiteKind[] = ['Pb-uc', 'X-vac', 'Pb111', 'Pb100'];
  for (const k of l.binds) {
    if (!l.systems.includes(siteFamily(k))) p.push(`binds ${k}, a site of a system not in systems`);
    if (l.cbcClass === 'L' && !metal.includes(k)) p.push(`L-type binds ${k}, not a metal (acceptor) site`);
    if (l.xKind === 'anion' && (k === 'A' || k === 'A-vac' || k === 'S100')) p.push(`anion binds cation site ${k}`);
    if (l.cbcClass === 'cation' && (metal.includes(k) || k === 'X')) p.push(`cation binds ${k}`);
    if (l.cbcClass === 'Z' && (k === 'A' || k === 'A-vac')) p.push(`Z-type binds Cs⁺ site ${k}`);
  }
  if (new Set(l.binds).size !== l.binds.length) p.push('binds has duplicates');
  for (const k of l.heals) if (k === 'A' || k === 'X') p.push(`heals ${k}, which is not a defect`);
  if (!Number.isInteger(l.denticity) || l.denticity < 1) p.push('denticity must be a positive integer');
  if (l.chainCarbons !== null && (!Number.isInteger(l.chainCarbons) || l.chainCarbons < 0)) p.push('chainCarbons must be a non-negative integer');
  if ((l.chainCarbons === null) !== (l.chainLengthNm === null)) p.push('chainLengthNm must be null exactly when chainCarbons is');
  if (l.chainCarbons !== null && l.chainLengthNm !== null && Math.abs(l.chainLengthNm - l.chainCarbons * CHAIN_NM_PER_CARBON) > 1e-12) {
    p.push('chainLengthNm ≠ chainCarbons × CHAIN_NM_PER_CARBON');
  }
  if (l.adsorptionEnergyEv !== null && !(Number.isFinite(l.adsorptionEnergyEv) && l.adsorptionEnergyEv < 0)) p.push('adsorptionEnergyEv must be negative and finite');
  if (l.systems.length === 0) p.push('systems is empty');
  if (l.source.trim() === '') p.push('source must be given');
  if (l.label.trim() === '') p.push('label must be given');
  if (l.ambiguity) {
    if (!l.ambiguity.readings.some((r) => r.cbcClass === l.cbcClass)) p.push('ambiguity readings do not include the chosen class');
  }
  return p;
}
