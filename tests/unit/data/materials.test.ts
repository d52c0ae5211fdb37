import { describe, expect, it } from 'vitest';
import { CONFINEMENT_MATERIALS, MATERIALS, materialParameters, type ConfinementMaterial } from '../../../src/lib/data/materials';

// Literals copied from /work/shared/reference/materials.json (value fields; all marked (b) there).
const REF: Record<ConfinementMaterial, { eg: number; me: number; mh: number; eps: number; bohrNm: number; bohrKind: 'radius' | 'diameter'; eb: number | null }> = {
  CsPbCl3: { eg: 3.0, me: 0.202, mh: 0.174, eps: 4.07, bohrNm: 5, bohrKind: 'diameter', eb: 75 },
  CsPbBr3: { eg: 2.36, me: 0.15, mh: 0.14, eps: 4.96, bohrNm: 7, bohrKind: 'diameter', eb: 40 },
  CsPbI3: { eg: 1.73, me: 0.12, mh: 0.11, eps: 6.32, bohrNm: 12, bohrKind: 'diameter', eb: 20 },
  PbS: { eg: 0.41, me: 0.085, mh: 0.085, eps: 17.2, bohrNm: 18, bohrKind: 'radius', eb: null },
};

describe('materials (materials.json)', () => {
  it.each(CONFINEMENT_MATERIALS)('%s matches materials.json row for row', (id) => {
    const m = materialParameters(id);
    const r = REF[id];
    expect(m.id).toBe(id);
    expect(m.bulkGapEv).toBe(r.eg);
    expect(m.electronMassRatio).toBe(r.me);
    expect(m.holeMassRatio).toBe(r.mh);
    expect(m.dielectricConstant).toBe(r.eps);
    expect(m.excitonBohrAsPublished).toBe(r.bohrKind);
    expect(r.bohrKind === 'diameter' ? m.excitonBohrDiameterNm : m.excitonBohrRadiusNm).toBe(r.bohrNm);
    expect(m.excitonBohrDiameterNm).toBe(2 * m.excitonBohrRadiusNm);
    expect(m.excitonBindingEnergyMeV).toBe(r.eb);
  });

  it('unverified values keep their (b) marking visible in the source strings', () => {
    for (const id of CONFINEMENT_MATERIALS) {
      const s = MATERIALS[id].sources;
      expect(s.masses).toMatch(/\(b\)/);
      expect(s.dielectric).toMatch(/\(b\)/);
      expect(s.excitonBohr).toMatch(/RADIUS|DIAMETER/);
    }
  });

  it('unknown id throws RangeError', () => {
    expect(() => materialParameters('GaAs' as ConfinementMaterial)).toThrow(RangeError);
  });
});
