/**
 * Data table (its length is the library's sourced entries, not logic). Ligand library of the
 * ligand-binding explorer (issue #6): every ligand and surface treatment the two
 * source papers discuss, with its class in the covalent bond classification (CBC), the sites it binds, the
 * defects it heals, and the sentence of the paper each entry rests on.
 *
 * Sources (short names of /work/shared/papers/README.md):
 *   review    — Y. Xu, M. Lyu, J. Zhu, Mater. Chem. Front. 2024, 8, 2029 (§3, §4, Fig. 4–7, Table 1);
 *   PbS paper — K. Liao et al., EES Sol. 2025, 1, 1148 (§2, DFT on the (100) facet, Fig. 1, Fig. S2).
 *
 * Covalent bond classification (review §3.1): L-, X- and Z-type ligands "are classified by the number of
 * electrons (2, 1, and 0, respectively) provided to the metal by the neutral ligand when it forms a bond with
 * the surface". `electrons` below is that number for the ligand's primary class (`cbcClass`).
 *
 * What is NOT from the papers (and therefore marked where used):
 *   - `binds`/`heals` where the paper names only the effect ("passivates surface defects") are inferred from
 *     the CBC and the ligand's charge; the entry's site note says so (text: src/views/ligands/dataText.ts).
 *   - `chainLengthNm` is an estimate, never a paper value: n_C × 0.1253 nm, with n_C the carbon atoms of the
 *     longest linear (non-ring) carbon chain of the tail and 0.1253 nm per carbon the length implied by the
 *     two forms of the alkanethiol tunnelling constant of Slowinski et al., J. Am. Chem. Soc. 1997, 119,
 *     11910 (β = 1.14 per CH₂ = 0.91 Å⁻¹ → 1.14/0.91 = 1.253 Å per CH₂; read in a secondary web copy, (a2)).
 *     All-trans, fully extended chain: an upper bound (oleyl chains are kinked by their cis double bond).
 *     Ions with no organic tail get 0; aromatic or branched molecules get null (no honest single number).
 *   - `adsorptionEnergyEv` is non-null ONLY for the PbS paper's DFT values on (100) (I⁻, MA⁺, BA⁺). The review
 *     shows adsorption energies of OA, OAm and L-PHE only in its Fig. 17b, without numbers in the text: null.
 *   - `denticity` counts donor groups that the review says bind (or, where it does not say, the molecule's
 *     obvious binding groups, noted in the site note); it is not a measured binding mode.
 *
 * Names, site notes, binding-group names and the explanation of each ambiguity are user-facing text: they
 * live in messages/ligand-data/en.json, looked up by id in src/views/ligands/dataText.ts (issue #7). This file
 * keeps ids, classes, numbers, citations and the papers' quotes — the short quote each entry rests on in
 * ligandQuotes.ts (a chunk of its own with the ligand card, issue #15), the retention quotes here.
 *
 * Pure data: no DOM, no three/svelte/d3 imports (STYLE §1).
 */

/** Ids of the library (see `Ligand.id`); dataText.ts has a name for each. */
export type LigandId =
  | 'oa'
  | 'oam'
  | 'oamh'
  | 'octam'
  | 'octac'
  | 'oac'
  | 'bza'
  | 'scn'
  | 'bf4'
  | 'cl'
  | 'fa'
  | 'pea'
  | 'fpea'
  | 'ga'
  | 'ddab'
  | 'csac'
  | 'tmsi'
  | 'top'
  | 'topo'
  | 'tbp'
  | '4mp'
  | 'dpa'
  | 'dbsa'
  | 'sbet'
  | 'pchol'
  | 'aet'
  | 'gly'
  | 'lphe'
  | 'ida'
  | 'edta'
  | 'pbbr2'
  | 'znbr2'
  | 'cdcl2'
  | 'ycl3'
  | 'i'
  | 'ma'
  | 'ba';

/** Binding groups of the ligands, as codes (their names: messages/ligand-data, keys ligd_group_*). */
export const BINDING_GROUPS = [
  'carboxylate',
  'amine',
  'ammonium',
  'pseudohalide',
  'tetrafluoroborate',
  'halide',
  'amidinium',
  'guanidinium',
  'quaternary-ammonium-bromide',
  'cs-carboxylate',
  'silyl-iodide',
  'phosphine',
  'phosphine-oxide',
  'pyridine-thiol',
  'secondary-amine',
  'sulfonate',
  'sulfonate-quaternary-ammonium',
  'phosphate-quaternary-ammonium',
  'thiolate-ammonium',
  'carboxylate-ammonium',
  'amino-acid',
  'two-carboxylates',
  'carboxylates-amines',
  'metal-halide-bromide-donor',
  'metal-halide',
  'trivalent-metal-halide-chloride-donor',
] as const;
/** Binding group of a ligand, as a code. */
export type BindingGroup = (typeof BINDING_GROUPS)[number];

/** Dot material family of a ligand entry. */
export type SystemFamily = 'CsPbX3' | 'PbS';

/**
 * Kinds of surface site.
 * A: surface A-site cation (Cs⁺); X: surface halide; Pb-uc: under-coordinated Pb²⁺ exposed by a halide
 * vacancy (or at the bare PbX₂-terminated facet); A-vac / X-vac: vacancies; PbS: Pb111 (polar Pb-terminated
 * (111)), Pb100 and S100 (the non-polar (100) facet with both Pb and S).
 */
export type SiteKind = 'A' | 'X' | 'Pb-uc' | 'A-vac' | 'X-vac' | 'Pb111' | 'Pb100' | 'S100';
export const SITE_KINDS: readonly SiteKind[] = ['A', 'X', 'Pb-uc', 'A-vac', 'X-vac', 'Pb111', 'Pb100', 'S100'];

/**
 * Covalent bond classification (M. L. H. Green, J. Organomet. Chem. 1995, 500, 127; for nanocrystals
 * J. S. Owen, Science 2015, 347, 615 and the NC-X / ion-pair notation of Z. Hens and co-workers):
 *   L = neutral two-electron donor to a metal, X = one-electron ligand bonded to a metal (anions:
 *   carboxylates, halides, thiolates, sulfonates), Z = two-electron acceptor (PbX₂, ZnX₂, CdCl₂).
 *   'cation' = NOT a ligand of the metal: an ammonium or A-site cation (oleylammonium, FA⁺, PEA⁺, GA⁺, MA⁺,
 *   BA⁺) bonds to no metal; it fills an A site or hydrogen-bonds to a surface halide / sulfide, and comes
 *   as an ion pair with an X-type anion (NC(X)(R-NH₃⁺) in ion-pair notation). The review calls these
 *   cations "X-type" (§3.1: "X-Type ligands (cations and anions) have been proven to passivate the A and X
 *   sites"): kept beside the class as `reviewClass`.
 * Primary sources of the classification not re-read here; the definitions are the ones the review's §3.1
 * paraphrases ("classified by the number of electrons (2, 1, and 0, respectively) provided to the metal").
 */
export type LigandClass = 'L' | 'X' | 'Z' | 'cation';
/** For X-type ligands: bound as an anion or as a neutral ion pair (its anion is the X ligand). Null otherwise. */
export type XKind = 'anion' | 'ion-pair' | null;

export interface Ligand {
  /** Short, url-safe, lowercase [a-z0-9]{1,12}, stable (used in URLs as ligandId@siteId). */
  id: LigandId;
  /** Chemical formula of the bound unit where simple; null for long names where a formula helps nobody. */
  formula: string | null;
  /** Short label drawn on the surface (≤ 6 characters where possible). */
  label: string;
  cbcClass: LigandClass;
  family: 'L' | 'X' | 'Z' | 'cation' | 'zwitterion' | 'multidentate' | 'inorganic-salt';
  xKind: XKind;
  /** e.g. carboxylate, amine, ammonium, phosphine oxide. */
  bindingGroup: BindingGroup;
  /** Site kinds it can bind (first = primary). */
  binds: SiteKind[];
  /** Defects it passivates (e.g. ['X-vac', 'Pb-uc']). */
  heals: SiteKind[];
  /** Electrons the ligand contributes to the M–L bond in the CBC: L 2, X 1, Z 0; null for a cation (no bond to a metal). */
  electrons: 0 | 1 | 2 | null;
  /** For a cation (class 'cation'): fills an A site (CsPbX₃) or hydrogen-bonds to a surface anion (PbS S²⁻). */
  cationRole?: 'a-site' | 'h-bond';
  /**
   * For a metal halide (Z-type): the halide it donates into a halide vacancy or onto a bare Pb²⁺ (review
   * §3.2 "bromide donor"). What stays on the surface there is that halide, an X-type anion (−1 e); the
   * metal goes back into solution with its other halide(s). On a surface halide it binds as a Z-type
   * acceptor (adds no charge).
   */
  donorHalide?: 'Br' | 'Cl';
  /** Where the review's own wording differs from the class used here: its class and its words. */
  reviewClass?: { cbcClass: 'L' | 'X' | 'Z'; quote: string };
  /**
   * The binding picture drawn is one paper's proposal, not settled chemistry (TMSI: Me₃Si–I is a
   * covalent silylating reagent; the TMS⁺-in-an-A-site picture is the proposal of the work the review cites).
   */
  pictureIsProposal?: boolean;
  /**
   * Formal charge of the bound unit, in units of e: −1 anion, +1 cation, 0 for L, Z, ion pairs and
   * zwitterions. Used by the net-charge ledger (lib/ligands/rules.ts chargeDelta).
   */
  chargeE: -1 | 0 | 1;
  denticity: number;
  /** Carbon atoms of the longest linear tail chain (see file header); null where no single chain. */
  chainCarbons: number | null;
  /** Tail length for the tunnelling estimate, nm: chainCarbons × CHAIN_NM_PER_CARBON (an estimate). */
  chainLengthNm: number | null;
  /** Only where a paper gives it: the PbS paper's DFT on (100). eV, negative = bound. */
  adsorptionEnergyEv: number | null;
  /**
   * Qualitative strength of binding the review states (used by the purification step when no energy is
   * given): 'dynamic' = easily lost on purification, 'strong' = retained. Null where no source says.
   */
  retention: { kind: 'dynamic' | 'strong'; quote: string } | null;
  /** Retention on a particular site kind where a source says it differs (I⁻ on the polar PbS (111)). */
  retentionBySite?: Partial<Record<SiteKind, { kind: 'dynamic' | 'strong'; quote: string }>>;
  /** Retention when a partner ligand is on the same surface (I⁻ with BA⁺: the (BA)₂PbI₄ shell). */
  retentionWithPartner?: { ligandId: LigandId; kind: 'dynamic' | 'strong'; quote: string };
  systems: SystemFamily[];
  /**
   * Where the review (or the two papers) give more than one reading of the class: the classes, in the order
   * dataText.ts explains them (where each reading comes from, and why they differ).
   */
  ambiguity: {
    readings: { cbcClass: LigandClass }[];
    /** The explanation several entries share (its text: keys ligd_amb_<shared>_*); else the entry's own. */
    shared?: 'zwitterion';
  } | null;
  /** Paper short name + section/figure; the short quote from that place is ligandQuotes.ts (LIGAND_QUOTES). */
  source: string;
}

/**
 * Length per carbon of an extended alkyl chain, nm. Computed from the two forms of the through-bond
 * tunnelling constant of Slowinski et al., J. Am. Chem. Soc. 1997, 119, 11910 (abstract: "βtb = 1.14 per
 * methylene group or 0.91 Å⁻¹"): 1.14 / 0.91 Å = 1.2527 Å = 0.12527 nm per CH₂. Marking (a2): read in a
 * third-party web copy of the abstract, not in the project's papers.
 */
export const CHAIN_NM_PER_CARBON = 0.1 * (1.14 / 0.91);

function chain(n: number | null): { chainCarbons: number | null; chainLengthNm: number | null } {
  return { chainCarbons: n, chainLengthNm: n === null ? null : n * CHAIN_NM_PER_CARBON };
}

const ELECTRONS: Record<LigandClass, 0 | 1 | 2 | null> = { L: 2, X: 1, Z: 0, cation: null };

/** Review §3.1 calls ammonium and A-site cations X-type ligands; kept beside the class used here. */
const REVIEW_X_CATIONS: Ligand['reviewClass'] = {
  cbcClass: 'X',
  quote: 'review §3.1: "X-Type ligands (cations and anions) have been proven to passivate the A and X sites on the PQD surface well"',
};

const DYNAMIC_OA_OAM =
  'review §3.1: "the ligands of OA and OAm binding to the PQD surface are highly dynamic, and therefore ligands are easily lost during the isolation and purification procedure"';

// Ambiguities shared by several entries: only the class readings live here; where each reading comes from
// and why they differ are text (messages/ligand-data/en.json, indexed by src/views/ligands/dataText.ts).

/** Zwitterions: review §3.1 calls them X-type; each charged end counted separately is an X-type ion. */
const ZWITTERION_AMBIGUITY: Ligand['ambiguity'] = { readings: [{ cbcClass: 'X' }, { cbcClass: 'X' }], shared: 'zwitterion' };

/** Metal halide salts: Z-type MX₂ acceptor (review §3.1) or X-type halide donor (review §3.2). */
const METAL_HALIDE_AMBIGUITY: Ligand['ambiguity'] = { readings: [{ cbcClass: 'Z' }, { cbcClass: 'X' }] };

/** Sulfur ligands: X-type in review §3.1's CBC paragraph, L-type two paragraphs later. */
const SULFUR_AMBIGUITY: Ligand['ambiguity'] = { readings: [{ cbcClass: 'X' }, { cbcClass: 'L' }] };

/** The library. Order: native ligands, X-type, L-type, zwitterions/multidentate, inorganic, PbS. */
export const LIGANDS: readonly Ligand[] = [
  // ---------------------------------------------------------------- native long-chain ligands
  {
    id: 'oa',
    formula: 'C17H33COO⁻',
    label: 'OA⁻',
    cbcClass: 'X',
    family: 'X',
    xKind: 'anion',
    bindingGroup: 'carboxylate',
    binds: ['X', 'X-vac', 'Pb-uc', 'Pb111', 'Pb100'],
    heals: ['X-vac', 'Pb-uc', 'Pb111', 'Pb100'],
    electrons: 1,
    chargeE: -1,
    denticity: 1,
    ...chain(17),
    adsorptionEnergyEv: null,
    retention: { kind: 'dynamic', quote: DYNAMIC_OA_OAM },
    systems: ['CsPbX3', 'PbS'],
    ambiguity: null,
    source: 'review §3 (termination model, Fig. 4) and §3.1 (CBC); PbS paper §2 (OA-capped PbS)',
  },
  {
    id: 'oam',
    formula: 'C18H35NH2',
    label: 'OAm',
    cbcClass: 'L',
    family: 'L',
    xKind: null,
    bindingGroup: 'amine',
    binds: ['Pb-uc', 'X-vac'],
    heals: ['Pb-uc'],
    electrons: 2,
    chargeE: 0,
    denticity: 1,
    ...chain(18),
    adsorptionEnergyEv: null,
    retention: { kind: 'dynamic', quote: DYNAMIC_OA_OAM },
    systems: ['CsPbX3'],
    ambiguity: null,
    source: 'review §3.1, CBC paragraph (Fig. 7)',
  },
  {
    id: 'oamh',
    formula: 'C18H35NH3⁺',
    label: 'OAm⁺',
    cbcClass: 'cation',
    family: 'cation',
    xKind: null,
    bindingGroup: 'ammonium',
    binds: ['A', 'A-vac'],
    heals: ['A-vac'],
    electrons: null,
    cationRole: 'a-site',
    chargeE: 1,
    denticity: 1,
    ...chain(18),
    adsorptionEnergyEv: null,
    retention: { kind: 'dynamic', quote: DYNAMIC_OA_OAM },
    systems: ['CsPbX3'],
    ambiguity: null,
    reviewClass: REVIEW_X_CATIONS,
    source: 'review §3 (NMR of CsBr-terminated dots) and §3.1 (CBC)',
  },
  {
    id: 'octam',
    formula: 'C8H17NH2',
    label: 'OctAm',
    cbcClass: 'L',
    family: 'L',
    xKind: null,
    bindingGroup: 'amine',
    binds: ['Pb-uc', 'X-vac'],
    heals: ['Pb-uc'],
    electrons: 2,
    chargeE: 0,
    denticity: 1,
    ...chain(8),
    adsorptionEnergyEv: null,
    retention: {
      kind: 'strong',
      quote: 'review §4.1.2: "the short-chain ligands exhibited stronger adsorption on the PQD surface compared to the long-chain ligands"',
    },
    systems: ['CsPbX3'],
    ambiguity: { readings: [{ cbcClass: 'L' }, { cbcClass: 'cation' }] },
    source: 'review §4.1.2 (liquid-state ligand exchange; Table 1 "OctAc/OctAm synthesis ligand")',
  },
  {
    id: 'octac',
    formula: 'C7H15COO⁻',
    label: 'OctAc⁻',
    cbcClass: 'X',
    family: 'X',
    xKind: 'anion',
    bindingGroup: 'carboxylate',
    binds: ['X', 'X-vac', 'Pb-uc'],
    heals: ['X-vac', 'Pb-uc'],
    electrons: 1,
    chargeE: -1,
    denticity: 1,
    ...chain(7),
    adsorptionEnergyEv: null,
    retention: {
      kind: 'strong',
      quote: 'review §4.1.2: "the short-chain ligands exhibited stronger adsorption on the PQD surface compared to the long-chain ligands"',
    },
    systems: ['CsPbX3'],
    ambiguity: null,
    source: 'review §4.1.2 (Table 1 "OctAc/OctAm synthesis ligand")',
  },
  // ---------------------------------------------------------------- X-type: anions
  {
    id: 'oac',
    formula: 'CH3COO⁻',
    label: 'OAc⁻',
    cbcClass: 'X',
    family: 'X',
    xKind: 'anion',
    bindingGroup: 'carboxylate',
    binds: ['X', 'X-vac', 'Pb-uc'],
    heals: ['X-vac', 'Pb-uc'],
    electrons: 1,
    chargeE: -1,
    denticity: 1,
    ...chain(1),
    adsorptionEnergyEv: null,
    retention: null,
    systems: ['CsPbX3'],
    ambiguity: null,
    source: 'review §4.1.1 (solid-state ligand exchange, Fig. 13)',
  },
  {
    id: 'bza',
    formula: 'C6H5COO⁻',
    label: 'BzA⁻',
    cbcClass: 'X',
    family: 'X',
    xKind: 'anion',
    bindingGroup: 'carboxylate',
    binds: ['X', 'X-vac', 'Pb-uc'],
    heals: ['X-vac', 'Pb-uc'],
    electrons: 1,
    chargeE: -1,
    denticity: 1,
    ...chain(null),
    adsorptionEnergyEv: null,
    retention: null,
    systems: ['CsPbX3'],
    ambiguity: null,
    source: 'review §4.1.1 (Fig. 16c; Table 1 "BA–EtOAc", CsPbBr3). Not butylammonium: the review abbreviates benzoic acid "BA"',
  },
  {
    id: 'scn',
    formula: 'SCN⁻',
    label: 'SCN⁻',
    cbcClass: 'X',
    family: 'X',
    xKind: 'anion',
    bindingGroup: 'pseudohalide',
    binds: ['X-vac', 'Pb-uc', 'X'],
    heals: ['X-vac', 'Pb-uc'],
    electrons: 1,
    chargeE: -1,
    denticity: 1,
    ...chain(0),
    adsorptionEnergyEv: null,
    retention: null,
    systems: ['CsPbX3'],
    ambiguity: null,
    source: 'review §3.2 (Fig. 9c)',
  },
  {
    id: 'bf4',
    formula: 'BF4⁻',
    label: 'BF₄⁻',
    cbcClass: 'X',
    family: 'X',
    xKind: 'anion',
    bindingGroup: 'tetrafluoroborate',
    binds: ['X-vac', 'Pb-uc'],
    heals: ['X-vac', 'Pb-uc'],
    electrons: 1,
    chargeE: -1,
    denticity: 1,
    ...chain(0),
    adsorptionEnergyEv: null,
    retention: null,
    systems: ['CsPbX3'],
    ambiguity: null,
    source: 'review §3.2 (Fig. 9d)',
  },
  {
    id: 'cl',
    formula: 'Cl⁻',
    label: 'Cl⁻',
    cbcClass: 'X',
    family: 'X',
    xKind: 'anion',
    bindingGroup: 'halide',
    binds: ['X-vac', 'Pb-uc', 'X'],
    heals: ['X-vac', 'Pb-uc'],
    electrons: 1,
    chargeE: -1,
    denticity: 1,
    ...chain(0),
    adsorptionEnergyEv: null,
    retention: null,
    systems: ['CsPbX3'],
    ambiguity: null,
    source: 'review §4.1.1 (Fig. 13f,g; Table 1 "Cl–PeOH ligand exchange")',
  },
  // ---------------------------------------------------------------- X-type: cations
  {
    id: 'fa',
    formula: 'HC(NH2)2⁺',
    label: 'FA⁺',
    cbcClass: 'cation',
    family: 'cation',
    xKind: null,
    bindingGroup: 'amidinium',
    binds: ['A', 'A-vac'],
    heals: ['A-vac'],
    electrons: null,
    cationRole: 'a-site',
    chargeE: 1,
    denticity: 1,
    ...chain(1),
    adsorptionEnergyEv: null,
    retention: null,
    systems: ['CsPbX3'],
    ambiguity: null,
    reviewClass: REVIEW_X_CATIONS,
    source: 'review §4.1.1 (Fig. 13b; Table 1 "FAI–EtOAc")',
  },
  {
    id: 'pea',
    formula: 'C6H5C2H4NH3⁺',
    label: 'PEA⁺',
    cbcClass: 'cation',
    family: 'cation',
    xKind: null,
    bindingGroup: 'ammonium',
    binds: ['A', 'A-vac'],
    heals: ['A-vac'],
    electrons: null,
    cationRole: 'a-site',
    chargeE: 1,
    denticity: 1,
    ...chain(null),
    adsorptionEnergyEv: null,
    retention: null,
    systems: ['CsPbX3'],
    ambiguity: null,
    reviewClass: REVIEW_X_CATIONS,
    source: 'review §4.1.1 (Fig. 13e; Table 1 "PEAI–MeOAc")',
  },
  {
    id: 'fpea',
    formula: 'FC6H4C2H4NH3⁺',
    label: 'FPEA⁺',
    cbcClass: 'cation',
    family: 'cation',
    xKind: null,
    bindingGroup: 'ammonium',
    binds: ['A', 'A-vac'],
    heals: ['A-vac'],
    electrons: null,
    cationRole: 'a-site',
    chargeE: 1,
    denticity: 1,
    ...chain(null),
    adsorptionEnergyEv: null,
    retention: null,
    systems: ['CsPbX3'],
    ambiguity: null,
    reviewClass: REVIEW_X_CATIONS,
    source: 'review §4.1.2 (Fig. 17c; Table 1 "FPEA + MeOAc")',
  },
  {
    id: 'ga',
    formula: 'C(NH2)3⁺',
    label: 'GA⁺',
    cbcClass: 'cation',
    family: 'cation',
    xKind: null,
    bindingGroup: 'guanidinium',
    binds: ['A', 'A-vac'],
    heals: ['A-vac'],
    electrons: null,
    cationRole: 'a-site',
    chargeE: 1,
    denticity: 1,
    ...chain(1),
    adsorptionEnergyEv: null,
    retention: null,
    systems: ['CsPbX3'],
    ambiguity: null,
    reviewClass: REVIEW_X_CATIONS,
    source: 'review §4.1.1 (Fig. 15b; Table 1 "GASCN–EtOAc", "GASCN–acetone", "GuaAc–MeOAc")',
  },
  // ---------------------------------------------------------------- X-type: ion pairs
  {
    id: 'ddab',
    formula: '(C12H25)2N(CH3)2⁺ Br⁻',
    label: 'DDAB',
    cbcClass: 'X',
    family: 'X',
    xKind: 'ion-pair',
    bindingGroup: 'quaternary-ammonium-bromide',
    binds: ['X-vac', 'A-vac'],
    heals: ['X-vac', 'A-vac', 'Pb-uc'],
    electrons: 1,
    chargeE: 0,
    denticity: 2,
    ...chain(12),
    adsorptionEnergyEv: null,
    retention: null,
    systems: ['CsPbX3'],
    ambiguity: null,
    source: 'review §3.1 (Fig. 8a)',
  },
  {
    id: 'csac',
    formula: 'Cs⁺ CH3COO⁻',
    label: 'CsAc',
    cbcClass: 'X',
    family: 'X',
    xKind: 'ion-pair',
    bindingGroup: 'cs-carboxylate',
    binds: ['A-vac', 'X-vac'],
    heals: ['A-vac', 'X-vac', 'Pb-uc'],
    electrons: 1,
    chargeE: 0,
    denticity: 2,
    ...chain(1),
    adsorptionEnergyEv: null,
    retention: null,
    systems: ['CsPbX3'],
    ambiguity: null,
    source: 'review §4.1.1 (Fig. 15a; Table 1 "CsAc–EtOAc")',
  },
  {
    id: 'tmsi',
    formula: '(CH3)3Si–I',
    label: 'TMSI',
    cbcClass: 'X',
    family: 'X',
    xKind: 'ion-pair',
    bindingGroup: 'silyl-iodide',
    binds: ['X-vac', 'A-vac'],
    heals: ['X-vac', 'A-vac', 'Pb-uc'],
    electrons: 1,
    chargeE: 0,
    denticity: 2,
    ...chain(null),
    adsorptionEnergyEv: null,
    retention: {
      kind: 'strong',
      quote: 'review §4.1.2: "Through robustly riveting TMSI ligands with an inverted triangular-pyramidal cationic structure into surface vacancies of PQDs"',
    },
    systems: ['CsPbX3'],
    ambiguity: null,
    pictureIsProposal: true,
    source: 'review §3.2 (iodine-rich synthesis, Fig. 10b) and §4.1.2 (Fig. 17d; Table 1 "TMSI + ACN/TL")',
  },
  // ---------------------------------------------------------------- L-type
  {
    id: 'top',
    formula: '(C8H17)3P',
    label: 'TOP',
    cbcClass: 'L',
    family: 'L',
    xKind: null,
    bindingGroup: 'phosphine',
    binds: ['Pb-uc', 'X-vac'],
    heals: ['Pb-uc'],
    electrons: 2,
    chargeE: 0,
    denticity: 1,
    ...chain(8),
    adsorptionEnergyEv: null,
    retention: null,
    systems: ['CsPbX3'],
    ambiguity: null,
    source: 'review §3.1 (Fig. 8d)',
  },
  {
    id: 'topo',
    formula: '(C8H17)3PO',
    label: 'TOPO',
    cbcClass: 'L',
    family: 'L',
    xKind: null,
    bindingGroup: 'phosphine-oxide',
    binds: ['Pb-uc', 'X-vac'],
    heals: ['Pb-uc'],
    electrons: 2,
    chargeE: 0,
    denticity: 1,
    ...chain(8),
    adsorptionEnergyEv: null,
    retention: null,
    systems: ['CsPbX3'],
    ambiguity: null,
    source: 'review §3.1 (CBC paragraph and L-type paragraph)',
  },
  {
    id: 'tbp',
    formula: '(C4H9)3P',
    label: 'TBP',
    cbcClass: 'L',
    family: 'L',
    xKind: null,
    bindingGroup: 'phosphine',
    binds: ['Pb-uc', 'X-vac'],
    heals: ['Pb-uc'],
    electrons: 2,
    chargeE: 0,
    denticity: 1,
    ...chain(4),
    adsorptionEnergyEv: null,
    retention: null,
    systems: ['CsPbX3'],
    ambiguity: null,
    source: 'review §3.1 (L-type paragraph)',
  },
  {
    id: '4mp',
    formula: 'HS-C5H4N',
    label: '4-MP',
    cbcClass: 'L',
    family: 'L',
    xKind: null,
    bindingGroup: 'pyridine-thiol',
    binds: ['Pb-uc', 'X-vac'],
    heals: ['Pb-uc'],
    electrons: 2,
    chargeE: 0,
    denticity: 2,
    ...chain(null),
    adsorptionEnergyEv: null,
    retention: null,
    systems: ['CsPbX3'],
    ambiguity: { readings: [{ cbcClass: 'L' }, { cbcClass: 'X' }] },
    source: 'review §4.1.1 (Fig. 15c; Table 1 "4-MP–EtOAc")',
  },
  {
    id: 'dpa',
    formula: '(C3H7)2NH',
    label: 'DPA',
    cbcClass: 'L',
    family: 'L',
    xKind: null,
    bindingGroup: 'secondary-amine',
    binds: ['Pb-uc', 'X-vac'],
    heals: ['Pb-uc'],
    electrons: 2,
    chargeE: 0,
    denticity: 1,
    ...chain(3),
    adsorptionEnergyEv: null,
    retention: null,
    systems: ['CsPbX3'],
    ambiguity: null,
    source: 'review §4.1.1 (Fig. 14b; Table 1 "DPA–MeOAc")',
  },
  {
    id: 'dbsa',
    formula: 'C12H25C6H4SO3⁻',
    label: 'DBSA',
    cbcClass: 'X',
    family: 'X',
    xKind: 'anion',
    bindingGroup: 'sulfonate',
    binds: ['X-vac', 'Pb-uc', 'X'],
    heals: ['X-vac', 'Pb-uc'],
    electrons: 1,
    chargeE: -1,
    denticity: 1,
    ...chain(12),
    adsorptionEnergyEv: null,
    retention: {
      kind: 'strong',
      quote: 'review §3.1: DBSA dots "exhibited a PLQY up to 90%, which was retained for more than five months of storage"',
    },
    systems: ['CsPbX3'],
    ambiguity: SULFUR_AMBIGUITY,
    source: 'review §3.1 (L-type sulfur ligands paragraph)',
  },
  // ---------------------------------------------------------------- zwitterions and multidentate
  {
    id: 'sbet',
    formula: null,
    label: 'SB±',
    cbcClass: 'X',
    family: 'zwitterion',
    xKind: 'ion-pair',
    bindingGroup: 'sulfonate-quaternary-ammonium',
    binds: ['X-vac', 'A-vac'],
    heals: ['X-vac', 'A-vac', 'Pb-uc'],
    electrons: 1,
    chargeE: 0,
    denticity: 2,
    ...chain(null),
    adsorptionEnergyEv: null,
    retention: {
      kind: 'strong',
      quote: 'review §3.1: "due to the chelating effect, these ligands bind much more strongly to the PQD surface … high PLQY even after different solvent washes"',
    },
    systems: ['CsPbX3'],
    ambiguity: ZWITTERION_AMBIGUITY,
    source: 'review §3.1 (Fig. 8c)',
  },
  {
    id: 'pchol',
    formula: null,
    label: 'PC±',
    cbcClass: 'X',
    family: 'zwitterion',
    xKind: 'ion-pair',
    bindingGroup: 'phosphate-quaternary-ammonium',
    binds: ['X-vac', 'A-vac'],
    heals: ['X-vac', 'A-vac', 'Pb-uc'],
    electrons: 1,
    chargeE: 0,
    denticity: 2,
    ...chain(null),
    adsorptionEnergyEv: null,
    retention: {
      kind: 'strong',
      quote: 'review §3.1: "due to the chelating effect, these ligands bind much more strongly to the PQD surface … high PLQY even after different solvent washes"',
    },
    systems: ['CsPbX3'],
    ambiguity: ZWITTERION_AMBIGUITY,
    source: 'review §3.1 (Fig. 8c)',
  },
  {
    id: 'aet',
    formula: 'H3N⁺C2H4S⁻',
    label: 'AET±',
    cbcClass: 'X',
    family: 'zwitterion',
    xKind: 'ion-pair',
    bindingGroup: 'thiolate-ammonium',
    binds: ['X-vac', 'A-vac'],
    heals: ['X-vac', 'A-vac', 'Pb-uc'],
    electrons: 1,
    chargeE: 0,
    denticity: 2,
    ...chain(2),
    adsorptionEnergyEv: null,
    retention: null,
    systems: ['CsPbX3'],
    // X by the §3.1 zwitterion paragraph; its thiolate end is also among §3.1's L-type sulfur ligands.
    ambiguity: { readings: [{ cbcClass: 'X' }, { cbcClass: 'L' }] },
    source: 'review §3.1 (zwitterion paragraph)',
  },
  {
    id: 'gly',
    formula: 'H3N⁺CH2COO⁻',
    label: 'Gly±',
    cbcClass: 'X',
    family: 'zwitterion',
    xKind: 'ion-pair',
    bindingGroup: 'carboxylate-ammonium',
    binds: ['X-vac', 'A-vac'],
    heals: ['X-vac', 'A-vac', 'Pb-uc'],
    electrons: 1,
    chargeE: 0,
    denticity: 2,
    ...chain(2),
    adsorptionEnergyEv: null,
    retention: null,
    systems: ['CsPbX3'],
    ambiguity: ZWITTERION_AMBIGUITY,
    source: 'review §4.1.1 (Fig. 14a; Table 1 "Glycine–EtOAc")',
  },
  {
    id: 'lphe',
    formula: 'C6H5CH2CH(NH3⁺)COO⁻',
    label: 'L-PHE',
    cbcClass: 'X',
    family: 'zwitterion',
    xKind: 'ion-pair',
    bindingGroup: 'amino-acid',
    binds: ['X-vac', 'A-vac'],
    heals: ['X-vac', 'A-vac', 'Pb-uc'],
    electrons: 1,
    chargeE: 0,
    denticity: 2,
    ...chain(null),
    adsorptionEnergyEv: null,
    retention: {
      kind: 'strong',
      quote: 'review §4.1.2: "This ligand is also not so easily lost from the CsPbI3-QD surfaces compared with OA and OAm due to its higher adsorption energy"',
    },
    systems: ['CsPbX3'],
    ambiguity: { readings: [{ cbcClass: 'X' }] },
    source: 'review §4.1.2 (Fig. 17b; Table 1 "L-PHE synthesis ligand")',
  },
  {
    id: 'ida',
    formula: 'HN(C6H4COO⁻)2',
    label: 'IDA',
    cbcClass: 'X',
    family: 'multidentate',
    xKind: 'anion',
    bindingGroup: 'two-carboxylates',
    binds: ['X', 'X-vac', 'Pb-uc'],
    heals: ['X-vac', 'Pb-uc'],
    electrons: 1,
    chargeE: -1,
    denticity: 2,
    ...chain(null),
    adsorptionEnergyEv: null,
    retention: {
      kind: 'strong',
      quote: 'review §3.1: "Due to the much stronger binding between CsPbI3 QDs and IDA compared to OA, the PQDs with IDA treatment display a PLQY of more than 95%"',
    },
    systems: ['CsPbX3'],
    ambiguity: { readings: [{ cbcClass: 'X' }] },
    source: 'review §3.1 (Fig. 8b)',
  },
  {
    id: 'edta',
    formula: null,
    label: 'EDTA',
    cbcClass: 'X',
    family: 'multidentate',
    xKind: 'anion',
    bindingGroup: 'carboxylates-amines',
    binds: ['X-vac', 'Pb-uc'],
    heals: ['X-vac', 'Pb-uc'],
    electrons: 1,
    chargeE: -1,
    denticity: 6,
    ...chain(null),
    adsorptionEnergyEv: null,
    retention: null,
    systems: ['CsPbX3'],
    ambiguity: null,
    source: 'review §4.1.1 (Fig. 15d; Table 1 "EDTA–EtOAc")',
  },
  // ---------------------------------------------------------------- inorganic salts (Z-type / halide donors)
  {
    id: 'pbbr2',
    formula: 'PbBr2',
    label: 'PbBr₂',
    cbcClass: 'Z',
    family: 'inorganic-salt',
    xKind: null,
    bindingGroup: 'metal-halide-bromide-donor',
    binds: ['X-vac', 'Pb-uc', 'X'],
    heals: ['X-vac', 'Pb-uc'],
    electrons: 0,
    donorHalide: 'Br',
    chargeE: 0,
    denticity: 1,
    ...chain(0),
    adsorptionEnergyEv: null,
    retention: null,
    systems: ['CsPbX3'],
    ambiguity: METAL_HALIDE_AMBIGUITY,
    source: 'review §3.2 (Fig. 9a)',
  },
  {
    id: 'znbr2',
    formula: 'ZnBr2',
    label: 'ZnBr₂',
    cbcClass: 'Z',
    family: 'inorganic-salt',
    xKind: null,
    bindingGroup: 'metal-halide-bromide-donor',
    binds: ['X-vac', 'Pb-uc', 'X'],
    heals: ['X-vac', 'Pb-uc'],
    electrons: 0,
    donorHalide: 'Br',
    chargeE: 0,
    denticity: 1,
    ...chain(0),
    adsorptionEnergyEv: null,
    retention: null,
    systems: ['CsPbX3'],
    ambiguity: METAL_HALIDE_AMBIGUITY,
    source: 'review §3.2',
  },
  {
    id: 'cdcl2',
    formula: 'CdCl2',
    label: 'CdCl₂',
    cbcClass: 'Z',
    family: 'inorganic-salt',
    xKind: null,
    bindingGroup: 'metal-halide',
    binds: ['X'],
    heals: [],
    electrons: 0,
    chargeE: 0,
    denticity: 1,
    ...chain(0),
    adsorptionEnergyEv: null,
    retention: null,
    systems: ['CsPbX3'],
    ambiguity: { readings: [{ cbcClass: 'Z' }] },
    source: 'review §3.1 (CBC) and §3.2',
  },
  {
    id: 'ycl3',
    formula: 'YCl3',
    label: 'YCl₃',
    cbcClass: 'Z',
    family: 'inorganic-salt',
    xKind: null,
    bindingGroup: 'trivalent-metal-halide-chloride-donor',
    binds: ['X-vac', 'Pb-uc', 'X'],
    heals: ['X-vac', 'Pb-uc'],
    electrons: 0,
    donorHalide: 'Cl',
    chargeE: 0,
    denticity: 1,
    ...chain(0),
    adsorptionEnergyEv: null,
    retention: null,
    systems: ['CsPbX3'],
    ambiguity: METAL_HALIDE_AMBIGUITY,
    source: 'review §3.2 (Fig. 9b)',
  },
  // ---------------------------------------------------------------- PbS paper
  {
    id: 'i',
    formula: 'I⁻',
    label: 'I⁻',
    cbcClass: 'X',
    family: 'X',
    xKind: 'anion',
    bindingGroup: 'halide',
    binds: ['Pb111', 'Pb100'],
    heals: ['Pb111', 'Pb100'],
    electrons: 1,
    chargeE: -1,
    denticity: 1,
    ...chain(0),
    adsorptionEnergyEv: -2.03, // eV, PbS paper §2, DFT E_ad of I⁻ on the (100) facet
    retention: {
      kind: 'dynamic',
      quote: 'PbS paper §2 (Fig. 1b): "the capping ligands of PbS-MAPbI₃ and PbS-PbI₂ CQDs tend to interact with the antisolvent molecules and detach from their surface after adding excessive toluene"',
    },
    retentionBySite: {
      Pb111: {
        kind: 'strong',
        quote: 'PbS paper §2: "the lead-rich polar <111> facets of PbS CQDs bound preferentially to I⁻ due to strong electrostatic interactions"',
      },
    },
    retentionWithPartner: {
      ligandId: 'ba',
      kind: 'strong',
      quote: 'PbS paper §2: "Our studies confirm that (BA)₂PbI₄ ligands are less inclined to detach from CQD surfaces than PbI₂ and MAPbI₃"; abstract: "a thin shell of BA⁺ and I⁻ ions"',
    },
    systems: ['PbS'],
    ambiguity: null,
    source: 'PbS paper §2 (DFT, Fig. S2)',
  },
  {
    id: 'ma',
    formula: 'CH3NH3⁺',
    label: 'MA⁺',
    cbcClass: 'cation',
    family: 'cation',
    xKind: null,
    bindingGroup: 'ammonium',
    binds: ['S100'],
    heals: ['S100'],
    electrons: null,
    cationRole: 'h-bond',
    chargeE: 1,
    denticity: 1,
    ...chain(1),
    adsorptionEnergyEv: -2.14, // eV, PbS paper §2, DFT E_ad of MA⁺ on the (100) facet
    retention: {
      kind: 'dynamic',
      quote: 'PbS paper §2 (Fig. 1b): "the capping ligands of PbS-MAPbI₃ and PbS-PbI₂ CQDs tend to interact with the antisolvent molecules and detach from their surface after adding excessive toluene"',
    },
    systems: ['PbS'],
    ambiguity: null,
    source: 'PbS paper §2 (DFT, Fig. S2)',
  },
  {
    id: 'ba',
    formula: 'C4H9NH3⁺',
    label: 'BA⁺',
    cbcClass: 'cation',
    family: 'cation',
    xKind: null,
    bindingGroup: 'ammonium',
    binds: ['S100'],
    heals: ['S100'],
    electrons: null,
    cationRole: 'h-bond',
    chargeE: 1,
    denticity: 1,
    ...chain(4),
    adsorptionEnergyEv: -2.49, // eV, PbS paper §2, DFT E_ad of BA⁺ on the (100) facet
    retention: {
      kind: 'strong',
      quote: 'PbS paper §2: "the BA⁺ ligands of PbS-(BA)₂PbI₄ CQDs have stronger inward coordination with the sulfur atoms on nonpolar <100> facets, thereby preventing their detachment from the surface of CQDs"',
    },
    systems: ['PbS'],
    ambiguity: null,
    source: 'PbS paper §2 (DFT, Fig. S2; Fig. 1b; XPS S 2p)',
  },
];

const BY_ID: ReadonlyMap<string, Ligand> = new Map(LIGANDS.map((l) => [l.id, l]));

/** Whether `id` is the id of a ligand of the library. */
export function isLigandId(id: string): id is LigandId {
  return BY_ID.has(id);
}

/** The ligand with this id, or undefined. */
export function ligandById(id: string): Ligand | undefined {
  return BY_ID.get(id);
}

/** CBC electron count of a class: L 2, X 1, Z 0 (review §3.1, "2, 1, and 0, respectively"). */
export function cbcElectrons(cbcClass: LigandClass): 0 | 1 | 2 | null {
  return ELECTRONS[cbcClass];
}

/** Ids must be url-safe and short: lowercase letters and digits, 1–12 characters. */
export const LIGAND_ID_RE = /^[a-z0-9]{1,12}$/;

/** Ligands discussed for a system family. */
export function ligandsFor(system: SystemFamily): Ligand[] {
  return LIGANDS.filter((l) => l.systems.includes(system));
}
