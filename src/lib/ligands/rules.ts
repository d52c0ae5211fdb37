/**
 * Binding rules of the ligand explorer: which ligand may bind which surface site and why not, the
 * electron count of the covalent bond classification (CBC), and the charge ledger of an exchange.
 *
 * CBC (review §3.1, Fig. 7): L-, X- and Z-type ligands "are classified by the number of electrons (2, 1,
 * and 0, respectively) provided to the metal by the neutral ligand when it forms a bond with the surface".
 * L-type: "share a lone electron pair with Pb2+ cations acting as Lewis bases"; X-type: anions and cations
 * (carboxylates, ammonium …) that "passivate the A and X sites"; Z-type: "accept a lone electron pair from
 * the halide anions acting as the Lewis acids such as CdX2".
 *
 * Charge ledger: the ideal (drawn) surface is neutral. Placing a ligand changes the net charge by
 *   Δq = q_ligand − q_replaced,
 * with q_ligand the formal charge of the bound unit (Ligand.chargeE: anion −1, cation +1, L/Z/ion pair/
 * zwitterion 0) and q_replaced the charge of the ion the ligand takes the place of (Cs⁺ on an A site +1,
 * a halide on an X site −1, nothing on a vacancy or a Pb/S adsorption site: 0). An X-type exchange — an
 * anion for a halide, an ammonium for Cs⁺ — therefore has Δq = 0: it stays charge-neutral.
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

export type BindResult = { ok: true } | { ok: false; reason: string };

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

/** Names a student reads. */
export const SITE_LABEL: Readonly<Record<SiteKind, string>> = {
  A: 'surface Cs⁺ (A) site',
  X: 'surface halide (X) site',
  'Pb-uc': 'under-coordinated Pb²⁺',
  'A-vac': 'A-site (Cs⁺) vacancy',
  'X-vac': 'halide vacancy',
  Pb111: 'Pb²⁺ of the polar PbS (111) facet',
  Pb100: 'Pb²⁺ of the non-polar PbS (100) facet',
  S100: 'S²⁻ of the non-polar PbS (100) facet',
};

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
 * Charge a vacancy of this kind leaves relative to the ideal surface, e: an A-vacancy lost a Cs⁺ (−1),
 * a halide vacancy lost an X⁻ (+1). Other kinds are not vacancies (0).
 */
export const VACANCY_CHARGE_E: Readonly<Record<SiteKind, number>> = {
  A: 0,
  X: 0,
  'Pb-uc': 0,
  'A-vac': -1,
  'X-vac': 1,
  Pb111: 0,
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

/** CBC electron count of a class: L 2, X 1, Z 0 (review §3.1). */
export function electronCount(cbcClass: LigandClass): 0 | 1 | 2 {
  return cbcElectrons(cbcClass);
}

/** Short description of the ligand's bonding role, used in reasons. */
function roleOf(l: Ligand): string {
  if (l.family === 'zwitterion') return 'A zwitterion';
  if (l.cbcClass === 'L') return 'An L-type donor';
  if (l.cbcClass === 'Z') return 'A Z-type acceptor';
  if (l.xKind === 'anion') return 'An X-type anion';
  if (l.xKind === 'cation') return 'An X-type cation';
  return 'An X-type ion pair';
}

const SYSTEM_NAME: Record<SystemFamily, string> = { CsPbX3: 'CsPbX₃ dots', PbS: 'PbS dots' };

/** Why `ligand` may not bind a site of `kind` (the kind is assumed not in ligand.binds). */
function refusal(l: Ligand, kind: SiteKind): string {
  const role = roleOf(l);
  const name = l.name.split(' (')[0];
  const where = SITE_LABEL[kind];
  const isCationSite = kind === 'A' || kind === 'A-vac' || kind === 'S100';
  const isMetalSite = kind === 'Pb-uc' || kind === 'X-vac' || kind === 'Pb111' || kind === 'Pb100';

  if (l.cbcClass === 'L') {
    if (kind === 'A' || kind === 'A-vac') {
      return 'An L-type donor needs an empty acceptor orbital: a Pb²⁺ under a halide vacancy. ' +
        (kind === 'A' ? 'A Cs⁺ site has none to offer' : 'An A-site vacancy is a missing Cs⁺ and wants a cation') +
        `, so ${name} cannot bind here.`;
    }
    if (kind === 'X') {
      return 'An L-type donor needs an empty acceptor orbital: a Pb²⁺ under a halide vacancy. ' +
        'Here the halide still caps the Pb²⁺ — make a halide vacancy first.';
    }
    return `An L-type donor gives its lone pair to a bare Pb²⁺; ${name} is not reported on the ${where}.`;
  }
  if (l.cbcClass === 'Z') {
    if (kind === 'A' || kind === 'A-vac') {
      return `A Z-type acceptor takes an electron pair from a surface halide; a Cs⁺ site (or its vacancy) has no lone pair to give, so ${name} cannot bind here.`;
    }
    if (kind === 'Pb-uc' || kind === 'X-vac') {
      return `A Z-type acceptor needs a lone pair to accept, from a surface halide; a bare Pb²⁺ is itself an acceptor. The review reports ${name} only on halide sites.`;
    }
    return `A Z-type acceptor binds the lone pair of a surface halide; ${name} is not reported on the ${where}.`;
  }
  // X-type
  if (l.family === 'zwitterion' || l.xKind === 'ion-pair') {
    if (kind === 'A' || kind === 'X') {
      return `${role} brings both charges and fills vacancies — its negative end a halide vacancy, its positive end an A-site vacancy. ` +
        `This ${where} is still occupied; make a vacancy first.`;
    }
    return `${role} binds vacancies (a halide vacancy and an A-site vacancy next to it); ${name} is not reported on the ${where}.`;
  }
  if (l.xKind === 'anion') {
    if (kind === 'S100') {
      return 'An anion is repelled by the S²⁻ of the (100) facet: an anionic ligand binds a surface Pb²⁺ (the PbS paper: I⁻ binds the Pb-rich polar (111) facet preferentially).';
    }
    if (isCationSite) {
      return 'An anion cannot take a cation’s place: X-type exchange must stay charge-neutral, so an anionic ligand goes where a halide was (a halide site or a halide vacancy, on the Pb²⁺).';
    }
    if (kind === 'X') {
      return `${name} is reported filling halide vacancies, not replacing halides that are still there: make a halide vacancy first.`;
    }
    return `${role} binds a metal site; ${name} is not reported on the ${where}.`;
  }
  if (l.xKind === 'cation') {
    if (isMetalSite || kind === 'X') {
      if (!l.systems.includes('CsPbX3')) {
        return 'A cation is repelled by a positive Pb²⁺: a cationic ligand binds the S²⁻ of the non-polar (100) facet (the PbS paper: BA⁺ coordinates "the sulfur atoms on nonpolar <100> facets").';
      }
      const what = kind === 'X' ? 'A cation cannot replace a halide anion' : 'A cation is repelled by a positive Pb²⁺';
      return `${what}: X-type exchange must stay charge-neutral, so a cationic ligand goes where a cation was (an A site or an A-site vacancy).`;
    }
    return `${role} binds a cation site; ${name} is not reported on the ${where}.`;
  }
  return `${name} is not reported to bind the ${where}.`;
}

/**
 * May `ligand` bind a site of this kind? Checks, in order: the ligand exists; the site and the context
 * system belong to a system the sources discuss the ligand on; the site is free; the site kind is in
 * `ligand.binds`. A refusal carries a sentence a student understands.
 */
export function canBind(ligand: Ligand | undefined, site: { kind: SiteKind }, context: BindContext = {}): BindResult {
  if (!ligand) return { ok: false, reason: 'Unknown ligand.' };
  const name = ligand.name.split(' (')[0];
  const fam = siteFamily(site.kind);
  if (context.system !== undefined) {
    const ctx = systemFamilyOf(context.system);
    if (ctx && ctx !== fam) {
      return { ok: false, reason: `A ${SITE_LABEL[site.kind]} does not exist on ${SYSTEM_NAME[ctx]}.` };
    }
  }
  if (!ligand.systems.includes(fam)) {
    return {
      ok: false,
      reason: `${name} is discussed for ${ligand.systems.map((s) => SYSTEM_NAME[s]).join(' and ')} in the sources, not for ${SYSTEM_NAME[fam]}.`,
    };
  }
  if (context.occupiedBy) {
    return { ok: false, reason: `This ${SITE_LABEL[site.kind]} already holds a ligand (${context.occupiedBy}); remove it first.` };
  }
  if (ligand.binds.includes(site.kind)) return { ok: true };
  return { ok: false, reason: refusal(ligand, site.kind) };
}

/** Site kinds a ligand binds on a system family (for lighting up sites). */
export function bindableKinds(ligand: Ligand, system: SystemFamily | string): SiteKind[] {
  const fam = systemFamilyOf(system);
  if (!fam || !ligand.systems.includes(fam)) return [];
  return ligand.binds.filter((k) => siteFamily(k) === fam);
}

/**
 * Net-charge change when `ligand` binds a site of this kind, e: Δq = q_ligand − q_replaced
 * (file header). 0 for an X-type exchange (anion for halide, cation for Cs⁺), −1 for an anion filling a
 * halide vacancy (which cancels the vacancy's +1), +1 for a cation filling an A-site vacancy.
 */
export function chargeDelta(ligand: Ligand, site: { kind: SiteKind }): number {
  return ligand.chargeE - REPLACED_CHARGE_E[site.kind];
}

/**
 * Consistency of one library entry with the CBC and with the explorer's charge logic. Returns the list of
 * problems (empty when consistent). Used by the unit tests on every LIGANDS entry.
 * Rules: electrons = CBC count of cbcClass (L 2, X 1, Z 0); xKind set exactly for X-type; charge matches
 * xKind (anion −1, cation +1, ion pair 0, L/Z 0); family L/X/Z equals the class; zwitterions are
 * X-type ion pairs with ≥ 2 binding groups; L-type binds only metal sites; anions never bind cation
 * sites and cations never metal/halide sites; Z-type never binds Cs⁺ sites; binds is non-empty and on
 * the ligand's systems; heals lists defects only; numbers finite; id url-safe; source and quote given;
 * an ambiguity lists the chosen class among its readings.
 */
export function checkLigand(l: Ligand): string[] {
  const p: string[] = [];
  if (!LIGAND_ID_RE.test(l.id)) p.push(`id "${l.id}" is not [a-z0-9]{1,12}`);
  if (l.electrons !== electronCount(l.cbcClass)) p.push(`electrons ${l.electrons} ≠ CBC ${electronCount(l.cbcClass)} for class ${l.cbcClass}`);
  if ((l.cbcClass === 'X') !== (l.xKind !== null)) p.push('xKind must be set for X-type and only for X-type');
  const expectedCharge = l.xKind === 'anion' ? -1 : l.xKind === 'cation' ? 1 : 0;
  if (l.chargeE !== expectedCharge) p.push(`chargeE ${l.chargeE} ≠ ${expectedCharge} for xKind ${String(l.xKind)}`);
  if ((l.family === 'L' || l.family === 'X' || l.family === 'Z') && l.family !== l.cbcClass) p.push(`family ${l.family} ≠ class ${l.cbcClass}`);
  if (l.family === 'zwitterion' && (l.xKind !== 'ion-pair' || l.denticity < 2)) p.push('a zwitterion must be an X-type ion pair with denticity ≥ 2');
  if (l.binds.length === 0) p.push('binds is empty');
  const metal: SiteKind[] = ['Pb-uc', 'X-vac', 'Pb111', 'Pb100'];
  for (const k of l.binds) {
    if (!l.systems.includes(siteFamily(k))) p.push(`binds ${k}, a site of a system not in systems`);
    if (l.cbcClass === 'L' && !metal.includes(k)) p.push(`L-type binds ${k}, not a metal (acceptor) site`);
    if (l.xKind === 'anion' && (k === 'A' || k === 'A-vac' || k === 'S100')) p.push(`anion binds cation site ${k}`);
    if (l.xKind === 'cation' && (metal.includes(k) || k === 'X')) p.push(`cation binds ${k}`);
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
  if (l.source.trim() === '' || l.quote.trim() === '') p.push('source and quote must be given');
  if (l.name.trim() === '' || l.label.trim() === '') p.push('name and label must be given');
  if (l.ambiguity) {
    if (!l.ambiguity.readings.some((r) => r.cbcClass === l.cbcClass)) p.push('ambiguity readings do not include the chosen class');
    if (l.ambiguity.why.trim() === '') p.push('ambiguity without a why');
  }
  return p;
}
