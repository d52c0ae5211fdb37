#!/usr/bin/env python3
"""Numbers "computed here" for the CsPbX3 cube confinement model (src/lib/physics/cubeExciton.ts).

1. CUBE_COULOMB_COEFFICIENT: <L/|r_e - r_h|> for an electron and a hole each in the ground state of an
   infinitely deep cube of edge L, psi(r) = (2/L)^(3/2) prod_i sin(pi x_i / L).
   Per axis the difference u = x_e - x_h (L = 1) has the density
       g(a) = (1 - a)(1 + cos(2 pi a)/2) + 3 sin(2 pi a)/(4 pi),   a = |u| <= 1
   (autocorrelation of 2 sin^2(pi x), derived by hand; g(0) = 3/2 = int f^2), so
       <1/|u|> = 8 int_[0,1]^3 g(a) g(b) g(c) / sqrt(a^2 + b^2 + c^2) da db dc,
   integrated here in spherical coordinates (the 1/r singularity cancels against r^2) with scipy quad.
   A Monte Carlo estimate is printed as an independent check.
2. CsPbBr3 bulk gap E_g fitted so that the model gives the emission peak of the largest dots of
   Krieg et al., ACS Cent. Sci. 2021 (mean size 16 nm, 518 nm), with mu, eps, E_b from Kopteva et al. 2023.
Run: python3 scripts/cspbx3-confinement.py  (needs numpy, scipy)
"""
import numpy as np
from scipy import integrate, optimize

HBAR2_OVER_2M0 = 0.0380998212  # eV nm^2, CODATA 2018 (same expression as src/lib/physics/constants.ts)
COULOMB = 1.439964547  # e^2/(4 pi eps0), eV nm, CODATA 2018
RYDBERG = 13.605693122994  # eV
BOHR = 0.0529177210903  # nm
HC = 1239.841984  # eV nm


def g(a):
    return (1 - a) * (1 + 0.5 * np.cos(2 * np.pi * a)) + 3 / (4 * np.pi) * np.sin(2 * np.pi * a)


def coulomb_coefficient():
    def radial(theta, phi):
        st, ct, sp, cp = np.sin(theta), np.cos(theta), np.sin(phi), np.cos(phi)
        d = (st * cp, st * sp, ct)
        rmax = min(1 / x for x in d if x > 1e-15)
        v, _ = integrate.quad(lambda r: g(r * d[0]) * g(r * d[1]) * g(r * d[2]) * r, 0, rmax, limit=200, epsabs=1e-13, epsrel=1e-12)
        return v * st
    v, err = integrate.dblquad(radial, 0, np.pi / 2, 0, np.pi / 2, epsabs=1e-12, epsrel=1e-11)
    return 8 * v, 8 * err


def monte_carlo(n=1_000_000, seed=1):
    rng = np.random.default_rng(seed)
    def sample():
        out = np.empty(0)
        while out.size < n:
            x = rng.random(3 * n); y = rng.random(3 * n) * 2
            out = np.concatenate([out, x[y < 2 * np.sin(np.pi * x) ** 2]])
        return out[:n]
    re = np.stack([sample() for _ in range(3)], 1); rh = np.stack([sample() for _ in range(3)], 1)
    v = 1 / np.linalg.norm(re - rh, axis=1)
    return v.mean(), v.std() / np.sqrt(n)


def smoothstep(t):
    t = min(1.0, max(0.0, t))
    return t * t * (3 - 2 * t)


def cube_gap(eg, mu, eps, eb, L, c):
    k2 = 3 * np.pi ** 2 / L ** 2
    strong = np.sqrt(eg ** 2 + eg * 2 * HBAR2_OVER_2M0 * k2 / mu) - c * COULOMB / (eps * L)
    weak = eg - eb + HBAR2_OVER_2M0 * k2 / (4 * mu)  # M = me + mh = 4 mu for mirror bands
    a_b = BOHR * eps / mu
    w = smoothstep(((L / 2) / a_b - 2) / 2)
    return (1 - w) * strong + w * weak


if __name__ == '__main__':
    c, err = coulomb_coefficient()
    print(f'CUBE_COULOMB_COEFFICIENT = {c:.10f}  (quadrature error estimate {err:.1e})')
    mc, se = monte_carlo()
    print(f'Monte Carlo check: {mc:.4f} +- {se:.4f}')
    mu, eps, eb = 0.18, 8.7, 0.0325  # Kopteva et al. 2023 (abstract)
    target = HC / 518
    eg = optimize.brentq(lambda e: cube_gap(e, mu, eps, eb, 16.0, c) - target, 2.0, 3.0, xtol=1e-12)
    print(f'CsPbBr3 E_g fitted to 16 nm -> 518 nm: {eg:.6f} eV (the app uses 2.412 eV)')
    for L in (3.5, 4, 5, 8, 10, 11, 12, 16, 30):
        e = cube_gap(round(eg, 3), mu, eps, eb, L, c)
        print(f'  L = {L:5} nm  E = {e:.4f} eV  lambda = {HC / e:.1f} nm')
