/**
 * Band-edge parameters of the confinement materials (room temperature): bulk gap, electron and hole
 * effective masses, the dielectric constant of the electron–hole attraction, exciton binding energy and
 * Bohr radius, and (where read) the Kane energy. Used by the CsPbX₃ cube model (physics/cubeExciton.ts),
 * the textbook Brus overlay (physics/brus.ts) and the readouts.
 *
 * Provenance (also in each `sources` string and `checked` flag, which the view words for students):
 *
 * - CsPbBr₃ — reduced mass μ = 0.18 m₀, effective dielectric constant 8.7, exciton binding energy 32.5 meV
 *   and Kane energy E_P = 15 eV: Kopteva et al., "Exciton–polaritons in CsPbBr₃ crystals revealed by
 *   optical reflectivity in high magnetic fields and two-photon spectroscopy", Phys. Status Solidi RRL
 *   (2023), arXiv 2307.07035, read in the abstract (checked). The two masses are m_e = m_h = 2μ = 0.36 m₀:
 *   the two-band Kane model with mirror bands used by cubeExciton.ts (the source gives μ only).
 *   Hydrogenic check (computed here): Ry·μ/ε² = 32.4 meV, a_B = a₀ε/μ = 2.56 nm.
 *   Bulk gap 2.412 eV: FITTED here (scripts/cspbx3-confinement.py) so that the cube model gives the
 *   emission peak of the largest dots of Krieg et al., ACS Cent. Sci. 7 (2021) 135 (mean size 16 nm,
 *   518 nm; abstract, PMID 33532576). Not used: the single-crystal optical gap 2.27 eV at 300 K
 *   (SPIE Proc. 12696, 126960K, 2023, abstract), because optical (Tauc/transmission) gaps of CsPbBr₃ are
 *   systematically underestimated (Mannino et al., J. Phys. Chem. Lett. 11 (2020) 2490, abstract) and
 *   2.27 eV would put large dots near 554 nm, far from every measured CsPbBr₃ dot (479–518 nm).
 * - CsPbI₃ — bulk gap 1.73 eV (black phase, as commonly quoted; primary source not checked). The bulk
 *   γ-CsPbI₃ crystal measured 1.63(3) eV, "about 90 meV below thin films" (arXiv 1905.12486, abstract,
 *   checked), i.e. films near 1.72 eV, consistent with 1.73 eV; dots are compared with film-like values.
 *   Masses 0.12/0.11, ε = 6.32, E_b = 20 meV: as commonly quoted (attributed to Protesescu et al.,
 *   Nano Lett. 15 (2015) 3692, Table 1; not checked).
 * - CsPbCl₃ — every value as commonly quoted (attributed to Protesescu et al. 2015, Table 1; not checked).
 * - PbS — unchanged: bulk gap 0.41 eV (also E∞ of the Moreels curve, PbS paper Eq. 1), masses, ε∞ and
 *   the Bohr radius as commonly quoted (not checked). PbS is sized as a sphere diameter.
 */

export type ConfinementMaterial = 'CsPbCl3' | 'CsPbBr3' | 'CsPbI3' | 'PbS';

/** The materials, in menu order. */
export const CONFINEMENT_MATERIALS: readonly ConfinementMaterial[] = ['CsPbCl3', 'CsPbBr3', 'CsPbI3', 'PbS'];

/** How a size is reported for the material: CsPbX₃ dots are cubes (edge length L), PbS dots spheres (diameter d). */
export type SizeKind = 'edge' | 'diameter';

/** Which values were read in their primary source (true) or are "as commonly quoted; primary source not checked". */
export interface CheckedFlags {
  bulkGap: boolean;
  masses: boolean;
  dielectric: boolean;
  excitonBinding: boolean;
}

export interface MaterialParameters {
  id: ConfinementMaterial;
  /** Display formula with subscripts, e.g. "CsPbBr₃". */
  displayName: string;
  /** How experiments report the size of these dots. */
  sizeKind: SizeKind;
  /** Bulk band gap at room temperature, eV. */
  bulkGapEv: number;
  /** Electron effective mass m_e* ÷ m₀ (isotropic approximation). */
  electronMassRatio: number;
  /** Hole effective mass m_h* ÷ m₀ (isotropic approximation). */
  holeMassRatio: number;
  /** Relative dielectric constant used for the electron–hole attraction. */
  dielectricConstant: number;
  /** Which dielectric constant that is (English, shown as a citation note). */
  dielectricKind: string;
  /** Exciton Bohr RADIUS, nm (half the diameter when the source gives a diameter). */
  excitonBohrRadiusNm: number;
  /** Exciton Bohr DIAMETER, nm (2 × radius). */
  excitonBohrDiameterNm: number;
  /** Which of the two the source states, or 'computed' (hydrogenic a₀ε/μ from the values above). */
  excitonBohrAsPublished: 'radius' | 'diameter' | 'computed';
  /** Exciton binding energy, meV; null when no published value was recorded. */
  excitonBindingEnergyMeV: number | null;
  /** Kane energy E_P, eV; null when none was read. Listed for comparison (the cube model uses μ and E_g). */
  kaneEnergyEv: number | null;
  /** Which values were checked in their primary source. */
  checked: CheckedFlags;
  /** Citation of each group of values (English; shown with lang="en"). */
  sources: {
    bulkGap: string;
    masses: string;
    dielectric: string;
    // English on purpose: source line of a value, shown in English with lang="en" like its citation
    excitonBohr: string;
    excitonBinding: string;
  };
}

const PROTESESCU = 'attributed to Protesescu et al., Nano Lett. 15 (2015) 3692, Table 1';
const KOPTEVA =
  'Kopteva et al., Phys. Status Solidi RRL (2023), "Exciton–polaritons in CsPbBr3 crystals revealed by optical reflectivity in high magnetic fields and two-photon spectroscopy", arXiv 2307.07035 (abstract)';
export const KRIEG_2021 =
  'Krieg, Sercel et al., "Monodisperse long-chain sulfobetaine-capped CsPbBr3 nanocrystals and their superfluorescent assemblies", ACS Cent. Sci. 7 (2021) 135 (abstract, PMID 33532576)';

/** Parameters per material (see the file header for every source). */
export const MATERIALS: Readonly<Record<ConfinementMaterial, MaterialParameters>> = {
  CsPbCl3: {
    id: 'CsPbCl3',
    displayName: 'CsPbCl₃',
    sizeKind: 'edge',
    bulkGapEv: 3.0, // as commonly quoted (2.9–3.05 eV at room temperature); not checked
    electronMassRatio: 0.202, // PROTESESCU, not checked
    holeMassRatio: 0.174, // PROTESESCU, not checked
    dielectricConstant: 4.07, // PROTESESCU (optical ε∞), not checked
    dielectricKind: 'optical (high-frequency) ε∞',
    excitonBohrRadiusNm: 2.5, // = diameter / 2
    excitonBohrDiameterNm: 5, // PROTESESCU, not checked
    excitonBohrAsPublished: 'diameter',
    excitonBindingEnergyMeV: 75, // PROTESESCU, not checked
    kaneEnergyEv: null,
    checked: { bulkGap: false, masses: false, dielectric: false, excitonBinding: false },
    sources: {
      bulkGap: 'CsPbCl3 room-temperature gap 3.0 eV (2.9–3.05 eV are quoted)',
      masses: `m_e = 0.202, m_h = 0.174 m0, ${PROTESESCU}`,
      dielectric: `ε = 4.07 (optical), ${PROTESESCU}`,
      // English on purpose: source line of a value, shown in English with lang="en" like its citation
      excitonBohr: `Bohr diameter 5 nm, ${PROTESESCU}`,
      excitonBinding: `E_b = 75 meV, ${PROTESESCU}`,
    },
    // Hydrogenic check from these masses and ε (computed): E_b ≈ 77 meV, Bohr diameter ≈ 4.6 nm.
  },
  CsPbBr3: {
    id: 'CsPbBr3',
    displayName: 'CsPbBr₃',
    sizeKind: 'edge',
    bulkGapEv: 2.412, // FITTED here: scripts/cspbx3-confinement.py, cube model through Krieg 2021 (16 nm → 518 nm)
    electronMassRatio: 0.36, // = 2μ, μ = 0.18 (KOPTEVA, checked); mirror bands m_e = m_h
    holeMassRatio: 0.36, // = 2μ (as above)
    dielectricConstant: 8.7, // KOPTEVA effective dielectric constant of the hydrogen-like exciton (checked)
    dielectricKind: 'effective ε of the hydrogen-like exciton (fitted to the exciton series)',
    excitonBohrRadiusNm: 2.557689852697833, // computed: a₀ · 8.7 / 0.18 (hydrogenic, same values)
    excitonBohrDiameterNm: 5.115379705395666, // = 2 × radius
    excitonBohrAsPublished: 'computed',
    excitonBindingEnergyMeV: 32.5, // KOPTEVA (checked)
    kaneEnergyEv: 15, // KOPTEVA, from the longitudinal–transverse splitting (checked); 11.8–12.5 eV from the masses
    checked: { bulkGap: true, masses: true, dielectric: true, excitonBinding: true },
    sources: {
      bulkGap: `E_g = 2.412 eV fitted so that the cube model gives 518 nm for the 16 nm dots of ${KRIEG_2021}; not the crystal's optical gap 2.27 eV (SPIE Proc. 12696, 126960K, 2023), because optical gaps of CsPbBr3 are underestimated (Mannino et al., J. Phys. Chem. Lett. 11 (2020) 2490) and 2.27 eV would put large dots near 554 nm`,
      masses: `reduced mass μ = 0.18 m0, ${KOPTEVA}; m_e = m_h = 2μ (mirror bands of the two-band model)`,
      dielectric: `effective ε = 8.7, ${KOPTEVA}`,
      // English on purpose: source line of a value, shown in English with lang="en" like its citation
      excitonBohr: 'Bohr radius a0·ε/μ = 2.56 nm, computed from μ and ε',
      excitonBinding: `E_b = 32.5 meV and Kane energy E_P = 15 eV, ${KOPTEVA}`,
    },
  },
  CsPbI3: {
    id: 'CsPbI3',
    displayName: 'CsPbI₃',
    sizeKind: 'edge',
    bulkGapEv: 1.73, // black phase, as commonly quoted; not checked (crystal 1.63(3) eV ≈ 90 meV below films, arXiv 1905.12486)
    electronMassRatio: 0.12, // PROTESESCU, not checked
    holeMassRatio: 0.11, // PROTESESCU, not checked
    dielectricConstant: 6.32, // PROTESESCU (optical ε∞), not checked
    dielectricKind: 'optical (high-frequency) ε∞',
    excitonBohrRadiusNm: 6, // = diameter / 2
    excitonBohrDiameterNm: 12, // PROTESESCU, not checked
    excitonBohrAsPublished: 'diameter',
    excitonBindingEnergyMeV: 20, // PROTESESCU, not checked
    kaneEnergyEv: null,
    checked: { bulkGap: false, masses: false, dielectric: false, excitonBinding: false },
    sources: {
      bulkGap:
        'black-phase gap 1.73 eV (1.68–1.75 eV are quoted); consistent with the γ-CsPbI3 crystal gap 1.63(3) eV lying about 90 meV below thin films (arXiv 1905.12486, abstract)',
      masses: `m_e = 0.12, m_h = 0.11 m0, ${PROTESESCU}`,
      dielectric: `ε = 6.32 (optical), ${PROTESESCU}`,
      // English on purpose: source line of a value, shown in English with lang="en" like its citation
      excitonBohr: `Bohr diameter 12 nm, ${PROTESESCU}`,
      excitonBinding: `E_b = 20 meV, ${PROTESESCU}`,
    },
    // Hydrogenic check from these masses and ε (computed): E_b ≈ 19.5 meV, Bohr diameter ≈ 11.7 nm.
  },
  PbS: {
    id: 'PbS',
    displayName: 'PbS',
    sizeKind: 'diameter',
    bulkGapEv: 0.41, // as commonly quoted; also E∞ of the Moreels curve (PbS paper Eq. 1)
    electronMassRatio: 0.085, // as commonly quoted, not checked
    holeMassRatio: 0.085, // as commonly quoted, not checked
    dielectricConstant: 17.2, // optical ε∞, as commonly quoted, not checked
    dielectricKind: 'optical (high-frequency) ε∞ (static ε ≈ 175)',
    excitonBohrRadiusNm: 18, // Wise, Acc. Chem. Res. 33 (2000) 773, as commonly quoted, not checked
    excitonBohrDiameterNm: 36, // = 2 × radius
    excitonBohrAsPublished: 'radius',
    excitonBindingEnergyMeV: null, // none recorded; hydrogenic ≈ 2 meV (computed)
    kaneEnergyEv: null,
    checked: { bulkGap: false, masses: false, dielectric: false, excitonBinding: false },
    sources: {
      bulkGap: 'PbS gap 0.41 eV at room temperature; the same 0.41 eV is E∞ of the Moreels sizing curve, Liao et al., EES Sol. 2025, 1, 1148, Eq. 1',
      masses: 'm_e = m_h = 0.085 m0 (isotropic approximation; the bulk masses are anisotropic)',
      dielectric: 'ε∞ = 17.2 (static ε ≈ 175)',
      // English on purpose: source line of a value, shown in English with lang="en" like its citation
      excitonBohr: 'Bohr radius 18 nm (Wise, Acc. Chem. Res. 33 (2000) 773); the PbS paper says about 20 nm',
      excitonBinding: 'no published value recorded; hydrogenic estimate about 2 meV',
    },
  },
};

/** True when `value` is a known confinement material id. */
export function isConfinementMaterial(value: unknown): value is ConfinementMaterial {
  return typeof value === 'string' && (CONFINEMENT_MATERIALS as readonly string[]).includes(value);
}

/**
 * Parameters of a material.
 * @throws RangeError for an unknown id
 */
export function materialParameters(material: ConfinementMaterial): MaterialParameters {
  if (!isConfinementMaterial(material)) throw new RangeError(`Unknown confinement material '${String(material)}'`);
  return MATERIALS[material];
}
