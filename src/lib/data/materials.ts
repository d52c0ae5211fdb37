/**
 * Band-edge parameters of the confinement materials (room temperature) for the Brus /
 * effective-mass model: bulk gap, electron and hole effective masses, the dielectric constant used
 * for the exciton, exciton Bohr radius and binding energy.
 *
 * Copied from /work/shared/reference/materials.json (field named beside each value). Provenance
 * marking of that file: (a) read in a source opened when it was curated; (b) memory / well-known
 * anchor, NOT re-verified (Protesescu et al., Nano Lett. 15 (2015) 3692, Table 1, and the PbS
 * parameter sources could not be opened). Almost every number here is (b): the `sources` strings
 * say so, and the UI should show them as unverified.
 */

export type ConfinementMaterial = 'CsPbCl3' | 'CsPbBr3' | 'CsPbI3' | 'PbS';

/** The materials, in menu order. */
export const CONFINEMENT_MATERIALS: readonly ConfinementMaterial[] = ['CsPbCl3', 'CsPbBr3', 'CsPbI3', 'PbS'];

export interface MaterialParameters {
  id: ConfinementMaterial;
  /** Display formula with subscripts, e.g. "CsPbBr₃". */
  displayName: string;
  /** Bulk band gap at room temperature, eV. */
  bulkGapEv: number;
  /** Electron effective mass m_e* ÷ m₀ (isotropic approximation). */
  electronMassRatio: number;
  /** Hole effective mass m_h* ÷ m₀ (isotropic approximation). */
  holeMassRatio: number;
  /** Relative dielectric constant used for the exciton (Coulomb) term. */
  dielectricConstant: number;
  /** Which dielectric constant that is. */
  dielectricKind: string;
  /** Exciton Bohr RADIUS, nm (half the diameter when the source gives a diameter). */
  excitonBohrRadiusNm: number;
  /** Exciton Bohr DIAMETER, nm (2 × radius). */
  excitonBohrDiameterNm: number;
  /** Which of the two the source states (the other is derived ×2 or ÷2). */
  excitonBohrAsPublished: 'radius' | 'diameter';
  /** Exciton binding energy, meV; null when no published value was recorded. */
  excitonBindingEnergyMeV: number | null;
  /** Source of each group of values, with the provenance marking kept visible. */
  sources: {
    bulkGap: string;
    masses: string;
    dielectric: string;
    excitonBohr: string;
    excitonBinding: string;
  };
}

const PROTESESCU =
  'Protesescu et al., Nano Lett. 15 (2015) 3692, Table 1 — (b) unverified: not opened when the reference folder was curated';

/** Parameters per material; numbers from materials.json (field beside each), mostly (b) unverified. */
export const MATERIALS: Readonly<Record<ConfinementMaterial, MaterialParameters>> = {
  CsPbCl3: {
    id: 'CsPbCl3',
    displayName: 'CsPbCl₃',
    bulkGapEv: 3.0, // materials.json CsPbCl3.bulk_gap_eV.value (b)
    electronMassRatio: 0.202, // materials.json CsPbCl3.me_m0.value (b)
    holeMassRatio: 0.174, // materials.json CsPbCl3.mh_m0.value (b)
    dielectricConstant: 4.07, // materials.json CsPbCl3.dielectric_constant.value (b)
    dielectricKind: 'optical (high-frequency) ε∞, as used by Protesescu et al. for the exciton',
    excitonBohrRadiusNm: 2.5, // = diameter / 2
    excitonBohrDiameterNm: 5, // materials.json CsPbCl3.exciton_bohr_DIAMETER_nm.value (b)
    excitonBohrAsPublished: 'diameter',
    excitonBindingEnergyMeV: 75, // materials.json CsPbCl3.exciton_binding_energy_meV.value (b)
    sources: {
      bulkGap: `materials.json CsPbCl3.bulk_gap_eV = 3.0 eV (b) unverified; RT values 2.9–3.05 eV are quoted; ${PROTESESCU}`,
      masses: `materials.json CsPbCl3.me_m0 = 0.202, mh_m0 = 0.174 (b) unverified; ${PROTESESCU}`,
      dielectric: `materials.json CsPbCl3.dielectric_constant = 4.07, optical ε∞ (b) unverified; ${PROTESESCU}`,
      excitonBohr: `materials.json CsPbCl3.exciton_bohr_DIAMETER_nm = 5 nm (a DIAMETER; radius 2.5 nm) (b) unverified; ${PROTESESCU}`,
      excitonBinding: `materials.json CsPbCl3.exciton_binding_energy_meV = 75 meV (b) unverified; ${PROTESESCU}`,
    },
    // Hydrogenic check from these masses and ε: E_b ≈ 77 meV, Bohr diameter ≈ 4.6 nm (materials.json self_consistency_hydrogenic).
  },
  CsPbBr3: {
    id: 'CsPbBr3',
    displayName: 'CsPbBr₃',
    bulkGapEv: 2.36, // materials.json CsPbBr3.bulk_gap_eV.value (b)
    electronMassRatio: 0.15, // materials.json CsPbBr3.me_m0.value (b)
    holeMassRatio: 0.14, // materials.json CsPbBr3.mh_m0.value (b)
    dielectricConstant: 4.96, // materials.json CsPbBr3.dielectric_constant.value (b)
    dielectricKind: 'optical (high-frequency) ε∞, as used by Protesescu et al. for the exciton',
    excitonBohrRadiusNm: 3.5, // = diameter / 2
    excitonBohrDiameterNm: 7, // materials.json CsPbBr3.exciton_bohr_DIAMETER_nm.value (b)
    excitonBohrAsPublished: 'diameter',
    excitonBindingEnergyMeV: 40, // materials.json CsPbBr3.exciton_binding_energy_meV.value (b)
    sources: {
      bulkGap: `materials.json CsPbBr3.bulk_gap_eV = 2.36 eV (b) unverified; RT values 2.25–2.36 eV are quoted; ${PROTESESCU}`,
      masses: `materials.json CsPbBr3.me_m0 = 0.15, mh_m0 = 0.14 (b) unverified; ${PROTESESCU}`,
      dielectric: `materials.json CsPbBr3.dielectric_constant = 4.96, optical ε∞ (b) unverified; ${PROTESESCU}`,
      excitonBohr: `materials.json CsPbBr3.exciton_bohr_DIAMETER_nm = 7 nm (a DIAMETER; radius 3.5 nm) (b) unverified; ${PROTESESCU}`,
      excitonBinding: `materials.json CsPbBr3.exciton_binding_energy_meV = 40 meV (b) unverified; ${PROTESESCU}`,
    },
    // Hydrogenic check from these masses and ε: E_b ≈ 40 meV, Bohr diameter ≈ 7.3 nm (materials.json self_consistency_hydrogenic).
  },
  CsPbI3: {
    id: 'CsPbI3',
    displayName: 'CsPbI₃',
    bulkGapEv: 1.73, // materials.json CsPbI3.bulk_gap_eV.value (b)
    electronMassRatio: 0.12, // materials.json CsPbI3.me_m0.value (b)
    holeMassRatio: 0.11, // materials.json CsPbI3.mh_m0.value (b)
    dielectricConstant: 6.32, // materials.json CsPbI3.dielectric_constant.value (b)
    dielectricKind: 'optical (high-frequency) ε∞, as used by Protesescu et al. for the exciton',
    excitonBohrRadiusNm: 6, // = diameter / 2
    excitonBohrDiameterNm: 12, // materials.json CsPbI3.exciton_bohr_DIAMETER_nm.value (b)
    excitonBohrAsPublished: 'diameter',
    excitonBindingEnergyMeV: 20, // materials.json CsPbI3.exciton_binding_energy_meV.value (b)
    sources: {
      bulkGap: `materials.json CsPbI3.bulk_gap_eV = 1.73 eV, black α/γ phase (b) unverified; 1.68–1.75 eV are quoted; ${PROTESESCU}`,
      masses: `materials.json CsPbI3.me_m0 = 0.12, mh_m0 = 0.11 (b) unverified; ${PROTESESCU}`,
      dielectric: `materials.json CsPbI3.dielectric_constant = 6.32, optical ε∞ (b) unverified; ${PROTESESCU}`,
      excitonBohr: `materials.json CsPbI3.exciton_bohr_DIAMETER_nm = 12 nm (a DIAMETER; radius 6 nm) (b) unverified; ${PROTESESCU}`,
      excitonBinding: `materials.json CsPbI3.exciton_binding_energy_meV = 20 meV (b) unverified; ${PROTESESCU}`,
    },
    // Hydrogenic check from these masses and ε: E_b ≈ 19.5 meV, Bohr diameter ≈ 11.7 nm (materials.json self_consistency_hydrogenic).
  },
  PbS: {
    id: 'PbS',
    displayName: 'PbS',
    bulkGapEv: 0.41, // materials.json PbS.bulk_gap_eV.value (b); also E∞ of the Moreels curve (PbS paper Eq. 1)
    electronMassRatio: 0.085, // materials.json PbS.me_m0.value (b)
    holeMassRatio: 0.085, // materials.json PbS.mh_m0.value (b)
    dielectricConstant: 17.2, // materials.json PbS.dielectric_constant.value (b)
    dielectricKind: 'optical (high-frequency) ε∞ (static ε₀ ≈ 175)',
    excitonBohrRadiusNm: 18, // materials.json PbS.exciton_bohr_RADIUS_nm.value (b)
    excitonBohrDiameterNm: 36, // = 2 × radius
    excitonBohrAsPublished: 'radius',
    excitonBindingEnergyMeV: null, // materials.json PbS.exciton_binding_energy_meV.value = null (hydrogenic ~2 meV, computed)
    sources: {
      bulkGap: 'materials.json PbS.bulk_gap_eV = 0.41 eV at RT, direct gap at L (b) well-known anchor; the same 0.41 eV is the E∞ of the Moreels sizing curve, PbS paper Eq. 1 (a)',
      masses:
        'materials.json PbS.me_m0 = mh_m0 = 0.085 (b) unverified; isotropic approximations 0.08–0.09 m₀ are used in Brus-type models, the bulk masses are anisotropic (L valleys)',
      dielectric: 'materials.json PbS.dielectric_constant = 17.2, optical ε∞ (b) unverified; static ε₀ ≈ 175 (b)',
      excitonBohr:
        'materials.json PbS.exciton_bohr_RADIUS_nm = 18 nm (a RADIUS; Wise, Acc. Chem. Res. 2000) (b) unverified; the PbS paper says ~20 nm; the hydrogenic formula with these masses gives ~21 nm',
      excitonBinding: 'materials.json PbS.exciton_binding_energy_meV = null: no published value recorded; hydrogenic estimate ~2 meV (computed), negligible against kT',
    },
    // The simple Brus model overestimates PbS gaps strongly (parabolic bands, strong non-parabolicity in PbS); the
    // Moreels sizing curve (PbS paper Eq. 1) is the empirical reference. The view says so in "Where this model fails".
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
