import { describe, expect, it } from 'vitest';
import { SIZE_GAP_POINTS } from '../../../src/lib/data/sizeGapPoints';
import { moreelsGap } from '../../../src/lib/physics/moreels';
import { diameterForGap } from '../../../src/lib/physics/inverse';
import { gapFromWavelength, wavelengthFromGap } from '../../../src/lib/physics/units';

// Literals copied from /work/shared/reference/size-gap-points.json PbS[*]:
// [diameter_nm, sigma_nm, first_exciton_nm, first_exciton_eV]
const PBS: [number | null, number | null, number | null, number | null][] = [
  [4.1, 0.5, 1180, 1.0507],
  [3.7, 0.5, null, null],
  [null, null, 933, 1.3289],
];

describe('size–gap points (size-gap-points.json)', () => {
  it('PbS points match row for row, each with a citation', () => {
    expect(SIZE_GAP_POINTS.PbS.map((p) => [p.diameterNm, p.diameterSigmaNm, p.firstExcitonNm, p.firstExcitonEv])).toEqual(PBS);
    for (const p of SIZE_GAP_POINTS.PbS) expect(p.source).toMatch(/EES Sol\. 2025/);
  });

  it('no CsPbX3 points were found (lists are empty on purpose)', () => {
    expect(SIZE_GAP_POINTS.CsPbCl3).toEqual([]);
    expect(SIZE_GAP_POINTS.CsPbBr3).toEqual([]);
    expect(SIZE_GAP_POINTS.CsPbI3).toEqual([]);
  });

  it('eV values are hc/λ of the nm values (4 d.p.)', () => {
    for (const p of SIZE_GAP_POINTS.PbS) {
      if (p.firstExcitonNm !== null) expect(gapFromWavelength(p.firstExcitonNm)).toBeCloseTo(p.firstExcitonEv!, 4);
    }
  });

  it('moreels_check (size-gap-points.json): 4.1 nm → 1.0413 eV = 1190.6 nm; 1180 nm → 4.053 nm; 933 nm → 3.029 nm', () => {
    expect(moreelsGap(4.1)).toBeCloseTo(1.0413, 4);
    expect(wavelengthFromGap(moreelsGap(4.1))).toBeCloseTo(1190.6, 1);
    expect(diameterForGap('PbS', 'moreels', gapFromWavelength(1180))).toBeCloseTo(4.053, 3);
    expect(diameterForGap('PbS', 'moreels', gapFromWavelength(933))).toBeCloseTo(3.029, 3);
  });
});
