import { describe, expect, it } from 'vitest';
import { CONFINEMENT_MATERIALS, MATERIALS, materialParameters, type ConfinementMaterial } from '../../../src/lib/data/materials';

// Each value pinned to its source (data/materials.ts header):
// - CsPbBr3: μ = 0.18 m0 (m_e = m_h = 2μ), ε = 8.7, E_b = 32.5 meV, E_P = 15 eV — Kopteva et al. 2023 (abstract);
//   E_g = 2.412 eV fitted by scripts/cspbx3-confinement.py to Krieg 2021 (16 nm → 518 nm).
// - CsPbCl3, CsPbI3, PbS: values as commonly quoted (reference materials.json), primary source not checked.
const REF: Record<ConfinementMaterial, { eg: number; me: number; mh: number; eps: number; bohrNm: number; bohrKind: 'radius' | 'diameter' | 'computed'; eb: number | null; ep: number | null; checked: boolean }> = {
  CsPbCl3: { eg: 3.0, me: 0.202, mh: 0.174, eps: 4.07, bohrNm: 5, bohrKind: 'diameter', eb: 75, ep: null, checked: false },
  CsPbBr3: { eg: 2.412, me: 0.36, mh: 0.36, eps: 8.7, bohrNm: 2.557689852697833, bohrKind: 'computed', eb: 32.5, ep: 15, checked: true },
  CsPbI3: { eg: 1.73, me: 0.12, mh: 0.11, eps: 6.32, bohrNm: 12, bohrKind: 'diameter', eb: 20, ep: null, checked: false },
  PbS: { eg: 0.41, me: 0.085, mh: 0.085, eps: 17.2, bohrNm: 18, bohrKind: 'radius', eb: null, ep: null, checked: false },
};

describe('materials (each value pinned to its source)', () => {
  it.each(CONFINEMENT_MATERIALS)('%s matches its source row for row', (id) => {
    const m = materialParameters(id);
    const r = REF[id];
    expect(m.id).toBe(id);
    expect(m.bulkGapEv).toBe(r.eg);
    expect(m.electronMassRatio).toBe(r.me);
    expect(m.holeMassRatio).toBe(r.mh);
    expect(m.dielectricConstant).toBe(r.eps);
    expect(m.excitonBohrAsPublished).toBe(r.bohrKind);
    expect(r.bohrKind === 'diameter' ? m.excitonBohrDiameterNm : m.excitonBohrRadiusNm).toBe(r.bohrNm);
    expect(m.excitonBohrDiameterNm).toBeCloseTo(2 * m.excitonBohrRadiusNm, 12);
    expect(m.excitonBindingEnergyMeV).toBe(r.eb);
    expect(m.kaneEnergyEv).toBe(r.ep);
    expect(m.checked.masses).toBe(r.checked);
  });

  it('CsPbBr3: μ = m_e m_h/(m_e + m_h) = 0.18 and the hydrogenic E_b from μ, ε is within 1 % of the measured 32.5 meV', () => {
    const p = MATERIALS.CsPbBr3;
    const mu = (p.electronMassRatio * p.holeMassRatio) / (p.electronMassRatio + p.holeMassRatio);
    expect(mu).toBeCloseTo(0.18, 12);
    const ebHydrogenic = (13.605693122994 * mu) / (p.dielectricConstant * p.dielectricConstant);
    expect(Math.abs(ebHydrogenic * 1000 - 32.5) / 32.5).toBeLessThan(0.01);
  });

  it('sizes: CsPbX3 are cubes (edge length), PbS a sphere (diameter)', () => {
    expect(MATERIALS.CsPbBr3.sizeKind).toBe('edge');
    expect(MATERIALS.CsPbCl3.sizeKind).toBe('edge');
    expect(MATERIALS.CsPbI3.sizeKind).toBe('edge');
    expect(MATERIALS.PbS.sizeKind).toBe('diameter');
  });

  it('source strings are citations in plain words: no provenance marks or file names', () => {
    for (const id of CONFINEMENT_MATERIALS) {
      for (const s of Object.values(MATERIALS[id].sources)) {
        expect(s).not.toMatch(/\((a|a2|b|c)\)|unverified|from memory|\.json|\.ts\b|lib\//);
      }
    }
  });

  it('unknown id throws RangeError', () => {
    expect(() => materialParameters('GaAs' as ConfinementMaterial)).toThrow(RangeError);
  });
});
