/**
 * Ionic radii (Å) for the ABX₃ tolerance-factor calculations, in two selectable sets.
 *
 * - 'shannon': Shannon effective ionic radii (Acta Cryst. A32 (1976) 751), CN XII for the A-site
 *   alkali cations and CN VI for B and X, as used by Bartel et al. (Sci. Adv. 5 (2019) eaav0693);
 *   Sn²⁺ 1.15 Å is Bartel's appended value (not in Shannon 1976); molecular cations MA⁺, FA⁺, GA⁺ use
 *   the Kieslich "effective radii" appended to Bartel's table.
 * - 'review': the values quoted in the project's review (Xu et al., Mater. Chem. Front. 2024, §2.1):
 *   Cs⁺ 1.81, MA⁺ 2.70, FA⁺ 2.79 Å; every other ion falls back to the Shannon value.
 *
 * Every number is copied from /work/shared/reference/ionic-radii.json (the field is named in each
 * `source`). Provenance marking of that folder: (a) read in a source opened when it was curated;
 * (b) from memory / quoted, not re-verified.
 */

/** Ions the app knows, by site. A-site: Cs Rb K MA FA GA; B-site: Pb Sn Ge; X-site: F Cl Br I. */
export type IonId = 'Cs' | 'Rb' | 'K' | 'MA' | 'FA' | 'GA' | 'Pb' | 'Sn' | 'Ge' | 'F' | 'Cl' | 'Br' | 'I';

/** Crystallographic site in ABX₃. */
export type Site = 'A' | 'B' | 'X';

/** Selectable radius set. */
export type RadiusSetId = 'shannon' | 'review';

export interface RadiusEntry {
  /** Radius in Å. */
  radiusAngstrom: number;
  /** Where the number comes from (paper, table, and the reference file + field it was copied from). */
  source: string;
  /** Provenance marking of /work/shared/reference: 'a' read in a source; 'b' memory/quoted, unverified. */
  marking: 'a' | 'b';
  /** What the student sees: the reference only (paper, table), no file names or provenance marks. */
  citation: string;
  /** False where the attribution to the primary paper was not checked (the view then says so in words). */
  primaryChecked: boolean;
}

/** All ion ids, A-site first, then B, then X (the order a formula is written in). */
export const ION_IDS: readonly IonId[] = ['Cs', 'Rb', 'K', 'MA', 'FA', 'GA', 'Pb', 'Sn', 'Ge', 'F', 'Cl', 'Br', 'I'];

/** Site of each ion. */
export const ION_SITE: Readonly<Record<IonId, Site>> = {
  Cs: 'A',
  Rb: 'A',
  K: 'A',
  MA: 'A',
  FA: 'A',
  GA: 'A',
  Pb: 'B',
  Sn: 'B',
  Ge: 'B',
  F: 'X',
  Cl: 'X',
  Br: 'X',
  I: 'X',
};

/** Ions of each site, in display order. */
export const IONS_BY_SITE: Readonly<Record<Site, readonly IonId[]>> = {
  A: ['Cs', 'Rb', 'K', 'MA', 'FA', 'GA'],
  B: ['Pb', 'Sn', 'Ge'],
  X: ['F', 'Cl', 'Br', 'I'],
};

/** Short display name with charge, e.g. "Cs⁺", "Pb²⁺", "I⁻". */
export const ION_DISPLAY_NAME: Readonly<Record<IonId, string>> = {
  Cs: 'Cs⁺',
  Rb: 'Rb⁺',
  K: 'K⁺',
  MA: 'MA⁺',
  FA: 'FA⁺',
  GA: 'GA⁺',
  Pb: 'Pb²⁺',
  Sn: 'Sn²⁺',
  Ge: 'Ge²⁺',
  F: 'F⁻',
  Cl: 'Cl⁻',
  Br: 'Br⁻',
  I: 'I⁻',
};

const BARTEL_CSV =
  'CJBartel/perovskite-stability (MIT), commit 965b8de5b379dde09a6cb1f223ae0f0b9d3ce54e, Shannon_Effective_Ionic_Radii.csv';
// English on purpose: bibliographic citation, part of the `source` strings below
const SHANNON_1976 = 'Shannon, Acta Cryst. A32 (1976) 751';
// English on purpose: bibliographic citations shown on screen (`citation`)
const BARTEL_PAPER = 'Bartel et al., Sci. Adv. 5 (2019) eaav0693';
// English on purpose: bibliographic citation shown on screen (`citation`); attribution not checked (primaryChecked false)
const KIESLICH_CITE = 'Kieslich, Sun & Cheetham, Chem. Sci. 5 (2014) 4712 / 6 (2015) 3430';
const KIESLICH =
  // English on purpose: bibliographic citation, part of the `source` strings below
  'Kieslich, Sun & Cheetham, Chem. Sci. 5 (2014) 4712 / 6 (2015) 3430 effective radius (attribution (b), from memory)';

/** Shannon-convention set (Bartel et al. 2019 radii table). */
export const SHANNON_RADII: Readonly<Record<IonId, RadiusEntry>> = {
  Cs: {
    radiusAngstrom: 1.88, // ionic-radii.json shannon_1976["Cs+"].value_A
    source: `${SHANNON_1976}, Cs⁺ CN XII ionic radius; read in ${BARTEL_CSV} row Rec.# 115 (ionic-radii.json shannon_1976["Cs+"]) (a)`,
    marking: 'a',
    citation: `${SHANNON_1976} (CN XII), as tabulated by ${BARTEL_PAPER}`,
    primaryChecked: true,
  },
  Rb: {
    radiusAngstrom: 1.72, // ionic-radii.json shannon_1976["Rb+"].value_A
    source: `${SHANNON_1976}, Rb⁺ CN XII ionic radius; read in ${BARTEL_CSV} row Rec.# 355 (ionic-radii.json shannon_1976["Rb+"]) (a)`,
    marking: 'a',
    citation: `${SHANNON_1976} (CN XII), as tabulated by ${BARTEL_PAPER}`,
    primaryChecked: true,
  },
  K: {
    radiusAngstrom: 1.64, // ionic-radii.json shannon_1976["K+"].value_A
    source: `${SHANNON_1976}, K⁺ CN XII ionic radius; read in ${BARTEL_CSV} row Rec.# 206 (ionic-radii.json shannon_1976["K+"]) (a)`,
    marking: 'a',
    citation: `${SHANNON_1976} (CN XII), as tabulated by ${BARTEL_PAPER}`,
    primaryChecked: true,
  },
  MA: {
    radiusAngstrom: 2.17, // ionic-radii.json molecular_cations_effective_radii["methylammonium MA+"].value_A
    source: `${KIESLICH}; value read in ${BARTEL_CSV}, rows appended after 498 (ionic-radii.json molecular_cations_effective_radii["methylammonium MA+"]) (a)`,
    marking: 'a',
    citation: `${KIESLICH_CITE}, as tabulated by ${BARTEL_PAPER}`,
    primaryChecked: false,
  },
  FA: {
    radiusAngstrom: 2.53, // ionic-radii.json molecular_cations_effective_radii["formamidinium FA+"].value_A
    source: `${KIESLICH}; value read in ${BARTEL_CSV}, rows appended after 498 (ionic-radii.json molecular_cations_effective_radii["formamidinium FA+"]) (a)`,
    marking: 'a',
    citation: `${KIESLICH_CITE}, as tabulated by ${BARTEL_PAPER}`,
    primaryChecked: false,
  },
  GA: {
    radiusAngstrom: 2.78, // ionic-radii.json molecular_cations_effective_radii["guanidinium"].value_A
    source: `${KIESLICH}; value read in ${BARTEL_CSV} ('guanadinium'), rows appended after 498 (ionic-radii.json molecular_cations_effective_radii.guanidinium) (a)`,
    marking: 'a',
    citation: `${KIESLICH_CITE}, as tabulated by ${BARTEL_PAPER}`,
    primaryChecked: false,
  },
  Pb: {
    radiusAngstrom: 1.19, // ionic-radii.json shannon_1976["Pb2+"].value_A
    source: `${SHANNON_1976}, Pb²⁺ CN VI ionic radius; read in ${BARTEL_CSV} row Rec.# 311 (ionic-radii.json shannon_1976["Pb2+"]) (a)`,
    marking: 'a',
    citation: `${SHANNON_1976} (CN VI), as tabulated by ${BARTEL_PAPER}`,
    primaryChecked: true,
  },
  Sn: {
    radiusAngstrom: 1.15, // ionic-radii.json ["Sn2+"].value_A
    source: `Not in Shannon 1976: value appended by Bartel et al., Sci. Adv. 5 (2019) eaav0693, in ${BARTEL_CSV} row 498 (Sn+2, CN 6, ionic 1.15); alternatives 1.10 and 1.18 Å are quoted elsewhere (b) (ionic-radii.json ["Sn2+"]) (a)`,
    marking: 'a',
    citation: `${BARTEL_PAPER} (not in Shannon 1976)`,
    primaryChecked: true,
  },
  Ge: {
    radiusAngstrom: 0.73, // ionic-radii.json shannon_1976["Ge2+"].value_A
    source: `${SHANNON_1976}, Ge²⁺ CN VI ionic radius; read in ${BARTEL_CSV} row Rec.# 170 (ionic-radii.json shannon_1976["Ge2+"]) (a)`,
    marking: 'a',
    citation: `${SHANNON_1976} (CN VI), as tabulated by ${BARTEL_PAPER}`,
    primaryChecked: true,
  },
  F: {
    radiusAngstrom: 1.33, // ionic-radii.json shannon_1976["F-"].value_A
    source: `${SHANNON_1976}, F⁻ CN VI ionic radius; read in ${BARTEL_CSV} row Rec.# 148 (ionic-radii.json shannon_1976["F-"]) (a)`,
    marking: 'a',
    citation: `${SHANNON_1976} (CN VI), as tabulated by ${BARTEL_PAPER}`,
    primaryChecked: true,
  },
  Cl: {
    radiusAngstrom: 1.81, // ionic-radii.json shannon_1976["Cl-"].value_A
    source: `${SHANNON_1976}, Cl⁻ CN VI ionic radius; read in ${BARTEL_CSV} row Rec.# 84 (ionic-radii.json shannon_1976["Cl-"]) (a)`,
    marking: 'a',
    citation: `${SHANNON_1976} (CN VI), as tabulated by ${BARTEL_PAPER}`,
    primaryChecked: true,
  },
  Br: {
    radiusAngstrom: 1.96, // ionic-radii.json shannon_1976["Br-"].value_A
    source: `${SHANNON_1976}, Br⁻ CN VI ionic radius; read in ${BARTEL_CSV} row Rec.# 51 (ionic-radii.json shannon_1976["Br-"]) (a)`,
    marking: 'a',
    citation: `${SHANNON_1976} (CN VI), as tabulated by ${BARTEL_PAPER}`,
    primaryChecked: true,
  },
  I: {
    radiusAngstrom: 2.2, // ionic-radii.json shannon_1976["I-"].value_A
    source: `${SHANNON_1976}, I⁻ CN VI ionic radius; read in ${BARTEL_CSV} row Rec.# 189 (ionic-radii.json shannon_1976["I-"]) (a)`,
    marking: 'a',
    citation: `${SHANNON_1976} (CN VI), as tabulated by ${BARTEL_PAPER}`,
    primaryChecked: true,
  },
};

const REVIEW = 'review (Xu et al., Mater. Chem. Front. 2024, 8, 2029) §2.1, quoting its ref. 49';

/**
 * The review's radii. Only these three ions differ from Shannon; note that Cs⁺ 1.81 Å equals
 * Shannon's CN X ionic (and CN VI crystal) radius, not the CN XII ionic radius 1.88 Å, so the set
 * mixes conventions (ionic-radii.json alternative_set_review["Cs+"].note).
 */
export const REVIEW_RADII_OVERRIDES: Readonly<Partial<Record<IonId, RadiusEntry>>> = {
  Cs: {
    radiusAngstrom: 1.81, // ionic-radii.json alternative_set_review["Cs+"].value_A; review §2.1 text
    source: `${REVIEW}: "Cs+, with an ionic radius of 1.81 Å" (ionic-radii.json alternative_set_review["Cs+"]; marked (b) there, read again in the review text for this app)`,
    marking: 'b',
    citation: REVIEW,
    primaryChecked: true,
  },
  MA: {
    radiusAngstrom: 2.7, // ionic-radii.json alternative_set_review["MA+"].value_A; review §2.1 text
    source: `${REVIEW}: "MA+ (2.70 Å)" (ionic-radii.json alternative_set_review["MA+"], marked (b))`,
    marking: 'b',
    citation: REVIEW,
    primaryChecked: true,
  },
  FA: {
    radiusAngstrom: 2.79, // ionic-radii.json alternative_set_review["FA+"].value_A; review §2.1 text
    source: `${REVIEW}: "FA+ (2.79 Å)" (ionic-radii.json alternative_set_review["FA+"], marked (b))`,
    marking: 'b',
    citation: REVIEW,
    primaryChecked: true,
  },
};

/**
 * The radius sets, in the order a selector offers them. Their names and descriptions are words of the
 * view (messages/lattice: lat_radius_set_*), not of this table.
 */
export const RADIUS_SETS: readonly { id: RadiusSetId }[] = [{ id: 'shannon' }, { id: 'review' }];

/** True when `value` is one of the known ion ids. */
export function isIonId(value: unknown): value is IonId {
  return typeof value === 'string' && (ION_IDS as readonly string[]).includes(value);
}

/** True when `value` is a known radius-set id. */
export function isRadiusSetId(value: unknown): value is RadiusSetId {
  return value === 'shannon' || value === 'review';
}

/**
 * Radius entry (value + source) of an ion in a set; the 'review' set falls back to Shannon for ions
 * the review does not quote.
 * @throws RangeError for an unknown ion or set id
 */
export function radiusEntry(ion: IonId, set: RadiusSetId = 'shannon'): RadiusEntry {
  if (!isIonId(ion)) throw new RangeError(`Unknown ion '${String(ion)}'`);
  if (!isRadiusSetId(set)) throw new RangeError(`Unknown radius set '${String(set)}'`);
  if (set === 'review') {
    const override = REVIEW_RADII_OVERRIDES[ion];
    if (override) return override;
  }
  return SHANNON_RADII[ion];
}

/**
 * Radius of an ion in Å in the chosen set.
 * @throws RangeError for an unknown ion or set id
 */
export function radiusAngstrom(ion: IonId, set: RadiusSetId = 'shannon'): number {
  return radiusEntry(ion, set).radiusAngstrom;
}
