/**
 * CIF of the structure the lattice view draws: lib/geometry/perovskite.ts buildUnitCell(kind,
 * {aPseudoCubic, tiltDeg}) written by lib/geometry/cif.ts toCif (P 1, every atom listed). Mixed sites
 * become partial occupancies (Cs 0.5 + FA 0.5); molecular cations one pseudo-atom each
 * (MOLECULAR_CATION_CIF: FA, GA → C; MA → N). Pure apart from nothing: no DOM here.
 */
import type { Composition } from '../../lib/physics/composition';
import type { LatticeModel } from '../../lib/readouts/lattice';
import { buildUnitCell, type AtomElement, type UnitCell } from '../../lib/geometry/perovskite';
import { MOLECULAR_CATION_CIF, toCif, type CifSpecies } from '../../lib/geometry/cif';
import { plainFixed } from '../../lib/format';
import { fileStem } from './download';

/** CIF species of each site of a composition (occupancy = site fraction). */
export function cifSpecies(composition: Composition): Record<AtomElement, CifSpecies[]> {
  const site = (shares: Composition['A']): CifSpecies[] =>
    shares.map((sh) => {
      const molecular = sh.ion === 'MA' || sh.ion === 'FA' || sh.ion === 'GA' ? MOLECULAR_CATION_CIF[sh.ion] : null;
      return molecular
        ? { symbol: molecular.symbol, labelPrefix: molecular.labelPrefix, occupancy: sh.fraction }
        : { symbol: sh.ion, occupancy: sh.fraction };
    });
  return { A: site(composition.A), B: site(composition.B), X: site(composition.X) };
}

/** The unit cell drawn for this model (same call the CIF is written from). */
export function drawnUnitCell(model: LatticeModel): UnitCell {
  return buildUnitCell(model.drawnKind, { aPseudoCubic: model.aPseudoCubicAngstrom, tiltDeg: model.drawnTiltDeg });
}

/** CIF text and file name of the current unit cell. */
export function latticeCif(model: LatticeModel): { text: string; filename: string } {
  const cell = drawnUnitCell(model);
  const kind =
    model.drawnKind === 'cubic'
      ? 'cubic Pm-3m'
      : `orthorhombic Pnma model, rigid a-a-c+ tilts ${plainFixed(model.drawnTiltDeg, 2)} deg`;
  const hypothetical = model.structure === 'non-perovskite' ? 'HYPOTHETICAL (verdict: not a perovskite), ' : '';
  const title = `${model.formula} ${hypothetical}${kind}, a_pc ${plainFixed(model.aPseudoCubicAngstrom, 4)} A from ionic radii; Perovskite QD Lab teaching model`;
  const text = toCif(cell, { title, species: cifSpecies(model.composition) });
  return { text, filename: `${fileStem(model.formula)}-${model.drawnKind}.cif` };
}
