import { describe, expect, it } from 'vitest';
import { irradianceWm2nm, wavelengthNm } from '../../../src/lib/data/am15g';

// Spot values copied from /work/shared/reference/am15g.csv (ASTM G173-03 global tilt, pvlib copy).
const SPOT: [number, number][] = [
  [280, 4.7309e-23],
  [280.5, 1.2307e-21],
  [281, 5.6895e-21],
  [281.5, 1.5662e-19],
];

describe('AM1.5G spectrum (am15g.csv)', () => {
  it('2002 rows, 280–4000 nm, strictly increasing, non-negative', () => {
    expect(wavelengthNm).toHaveLength(2002);
    expect(irradianceWm2nm).toHaveLength(2002);
    expect(wavelengthNm[0]).toBe(280);
    expect(wavelengthNm[2001]).toBe(4000);
    for (let i = 1; i < wavelengthNm.length; i++) expect(wavelengthNm[i]).toBeGreaterThan(wavelengthNm[i - 1]);
    expect(irradianceWm2nm.every((v) => v >= 0 && Number.isFinite(v))).toBe(true);
  });

  it('grid steps: 0.5 nm to 400 nm, 1 nm to 1700 nm, then 1702, 1705 and 5 nm to 4000 nm (am15g.csv)', () => {
    expect(wavelengthNm.indexOf(400)).toBe(240);
    expect(wavelengthNm.indexOf(1700)).toBe(1540);
    expect(wavelengthNm[241] - wavelengthNm[240]).toBe(1);
    expect(wavelengthNm.slice(1540, 1544)).toEqual([1700, 1702, 1705, 1710]);
    for (let i = 1543; i < wavelengthNm.length; i++) expect(wavelengthNm[i] - wavelengthNm[i - 1]).toBe(5);
  });

  it('first rows match the CSV', () => {
    for (const [i, [wl, irr]] of SPOT.entries()) {
      expect(wavelengthNm[i]).toBe(wl);
      expect(irradianceWm2nm[i]).toBe(irr);
    }
  });

  it('trapezoid integral = 1000.371 W/m² (am15g.README.md, 3 d.p.)', () => {
    let p = 0;
    for (let i = 1; i < wavelengthNm.length; i++) {
      p += 0.5 * (irradianceWm2nm[i] + irradianceWm2nm[i - 1]) * (wavelengthNm[i] - wavelengthNm[i - 1]);
    }
    expect(Math.round(p * 1000) / 1000).toBe(1000.371);
  });
});
