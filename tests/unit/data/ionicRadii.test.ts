import { describe, expect, it } from 'vitest';
import {
  ION_DISPLAY_NAME,
  ION_IDS,
  ION_SITE,
  IONS_BY_SITE,
  radiusAngstrom,
  radiusEntry,
  type IonId,
} from '../../../src/lib/data/ionicRadii';

// Literals copied from /work/shared/reference/ionic-radii.json (shannon_1976.*.value_A, Sn2+.value_A,
// molecular_cations_effective_radii.*.value_A, alternative_set_review.*.value_A).
const SHANNON: Record<IonId, number> = {
  Cs: 1.88, Rb: 1.72, K: 1.64, MA: 2.17, FA: 2.53, GA: 2.78,
  Pb: 1.19, Sn: 1.15, Ge: 0.73,
  F: 1.33, Cl: 1.81, Br: 1.96, I: 2.2,
};
const REVIEW: Partial<Record<IonId, number>> = { Cs: 1.81, MA: 2.7, FA: 2.79 };

describe('ionic radii (ionic-radii.json)', () => {
  it.each(Object.entries(SHANNON))('Shannon/Bartel radius of %s = %f Å', (ion, r) => {
    expect(radiusAngstrom(ion as IonId, 'shannon')).toBe(r);
    expect(radiusAngstrom(ion as IonId)).toBe(r);
  });

  it('review set (review §2.1): Cs 1.81, MA 2.70, FA 2.79 Å, others fall back to Shannon', () => {
    for (const ion of ION_IDS) {
      expect(radiusAngstrom(ion, 'review')).toBe(REVIEW[ion] ?? SHANNON[ion]);
    }
    expect(radiusEntry('Cs', 'review').source).toMatch(/review/);
    expect(radiusEntry('Pb', 'review')).toBe(radiusEntry('Pb', 'shannon'));
  });

  it('every entry has a source and every ion a site and display name', () => {
    for (const ion of ION_IDS) {
      expect(radiusEntry(ion, 'shannon').source.length).toBeGreaterThan(20);
      expect(ION_DISPLAY_NAME[ion]).toMatch(/[⁺⁻]$/);
      expect(IONS_BY_SITE[ION_SITE[ion]]).toContain(ion);
    }
    expect(radiusEntry('Sn').source).toMatch(/Not in Shannon/);
  });

  it('sites', () => {
    expect(IONS_BY_SITE.A).toEqual(['Cs', 'Rb', 'K', 'MA', 'FA', 'GA']);
    expect(IONS_BY_SITE.B).toEqual(['Pb', 'Sn', 'Ge']);
    expect(IONS_BY_SITE.X).toEqual(['F', 'Cl', 'Br', 'I']);
  });

  it('unknown ion or set throws RangeError', () => {
    expect(() => radiusAngstrom('Xx' as IonId)).toThrow(RangeError);
    expect(() => radiusAngstrom('Cs', 'nope' as 'shannon')).toThrow(RangeError);
  });
});
