import { describe, expect, it } from 'vitest';
import {
  BOHR_RADIUS_M,
  BOLTZMANN_J_K,
  COULOMB_EV_NM,
  ELECTRON_MASS_KG,
  ELEMENTARY_CHARGE_C,
  HBAR2_OVER_2M0_EV_NM2,
  HBAR_J_S,
  HC_EV_NM,
  PLANCK_J_S,
  RYDBERG_EV,
  SPEED_OF_LIGHT_M_S,
  VACUUM_PERMITTIVITY_F_M,
} from '../../../src/lib/physics/constants';

const rel = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);

describe('CODATA 2018 constants', () => {
  it('hc/e in eV nm matches h·c/e from the exact SI values (CODATA 2018)', () => {
    const computed = ((PLANCK_J_S * SPEED_OF_LIGHT_M_S) / ELEMENTARY_CHARGE_C) * 1e9;
    expect(rel(HC_EV_NM, computed)).toBeLessThan(1e-9);
    expect(HC_EV_NM).toBe(1239.841984);
  });

  it('ħ = h/2π to the 10 digits CODATA 2018 lists', () => {
    expect(rel(HBAR_J_S, PLANCK_J_S / (2 * Math.PI))).toBeLessThan(1e-9);
  });

  it('Bohr radius a0 = 4πε0ħ²/(m0 e²) (CODATA 2018 consistency)', () => {
    const a0 =
      (4 * Math.PI * VACUUM_PERMITTIVITY_F_M * HBAR_J_S ** 2) /
      (ELECTRON_MASS_KG * ELEMENTARY_CHARGE_C ** 2);
    expect(rel(a0, BOHR_RADIUS_M)).toBeLessThan(1e-8);
  });

  it('Rydberg energy = e²/(8πε0 a0) in eV (CODATA 2018 consistency)', () => {
    const ry = ELEMENTARY_CHARGE_C / (8 * Math.PI * VACUUM_PERMITTIVITY_F_M * BOHR_RADIUS_M);
    expect(rel(ry, RYDBERG_EV)).toBeLessThan(1e-8);
  });

  it('derived e²/4πε0 = 1.439964548 eV nm and ħ²/2m0 = 0.0380998212 eV nm² (CODATA 2018)', () => {
    expect(rel(COULOMB_EV_NM, 1.439964548)).toBeLessThan(1e-8);
    expect(rel(HBAR2_OVER_2M0_EV_NM2, 0.0380998212)).toBeLessThan(1e-8);
  });

  it('kB·300 K = 25.852 meV (CODATA 2018 exact kB, e)', () => {
    expect((BOLTZMANN_J_K * 300) / ELEMENTARY_CHARGE_C).toBeCloseTo(0.025852, 6);
  });
});
