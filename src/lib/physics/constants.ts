/**
 * Physical constants, SI units unless the name says otherwise.
 *
 * Source: CODATA 2018 recommended values (E. Tiesinga et al., Rev. Mod. Phys. 93 (2021) 025010;
 * NIST SP 961, 2019). Values marked "exact" are fixed by the 2019 SI redefinition.
 * Copied via /work/shared/reference/materials.json, field `constants_CODATA2018`
 * (which marks them (b): from memory); each value below was checked against the CODATA 2018 list.
 */

/** Planck constant h, J s. CODATA 2018, exact (SI definition). */
export const PLANCK_J_S = 6.62607015e-34;

/** Reduced Planck constant ħ = h/2π, J s. CODATA 2018 (exact to the digits given: 1.054571817…e-34). */
export const HBAR_J_S = 1.054571817e-34;

/** Elementary charge e, C. CODATA 2018, exact (SI definition). */
export const ELEMENTARY_CHARGE_C = 1.602176634e-19;

/** Electron rest mass m₀, kg. CODATA 2018 (relative uncertainty 3.0e-10). */
export const ELECTRON_MASS_KG = 9.1093837015e-31;

/** Vacuum electric permittivity ε₀, F/m. CODATA 2018 (relative uncertainty 1.5e-10). */
export const VACUUM_PERMITTIVITY_F_M = 8.8541878128e-12;

/** Boltzmann constant k_B, J/K. CODATA 2018, exact (SI definition). */
export const BOLTZMANN_J_K = 1.380649e-23;

/** Speed of light in vacuum c, m/s. CODATA 2018, exact (SI definition). */
export const SPEED_OF_LIGHT_M_S = 299792458;

/** Bohr radius a₀, m. CODATA 2018 (relative uncertainty 1.5e-10). */
export const BOHR_RADIUS_M = 5.29177210903e-11;

/** Rydberg energy R∞hc, eV. CODATA 2018. */
export const RYDBERG_EV = 13.605693122994;

/**
 * hc/e expressed in eV·nm: λ(nm) = HC_EV_NM / E(eV).
 * Computed from the exact CODATA 2018 h, c, e: h·c/e·1e9 = 1239.84198433… eV nm,
 * rounded to 10 significant digits (relative rounding error 3e-10).
 */
export const HC_EV_NM = 1239.841984;

/**
 * e²/(4π ε₀) expressed in eV·nm (= 1.43996… eV nm), derived from the CODATA 2018 values above.
 * Used by the Coulomb term of the Brus equation.
 */
export const COULOMB_EV_NM =
  (ELEMENTARY_CHARGE_C / (4 * Math.PI * VACUUM_PERMITTIVITY_F_M)) * 1e9;

/**
 * ħ²/(2 m₀) expressed in eV·nm² (= 0.0380998… eV nm²), derived from the CODATA 2018 values above.
 * Used by the kinetic (confinement) term of the Brus equation.
 */
export const HBAR2_OVER_2M0_EV_NM2 =
  (HBAR_J_S * HBAR_J_S) / (2 * ELECTRON_MASS_KG) / ELEMENTARY_CHARGE_C * 1e18;
