/**
 * CIF of the structure the lattice view draws, written by lib/geometry/cif.ts toCif (P 1, every atom
 * listed):
 *  - cubic: buildUnitCell('cubic', {aPseudoCubic}) — Pm-3m, 5 atoms;
 *  - orthorhombic: the Pnma structure of the composition (model.pnma: published for CsPbBr₃/CsPbI₃, else
 *    modelled from t, lib/geometry/structureModel.ts) — 20 atoms;
 *  - delta: the δ-CsPbI₃ (NH₄CdCl₃-type) cell, lib/data/publishedStructures.ts.
 * Mixed sites become partial occupancies (Cs 0.5 + FA 0.5); molecular cations are written atom by atom
 * (MA⁺ → C, N, H₆) so readers get the right formula (cif.ts MOLECULAR_CATION_ATOMS). Radius overrides go
 * into the file name and the title. Pure: no DOM here.
 */
import type { Composition } from '../../lib/physics/composition';
import type { LatticeModel } from '../../lib/readouts/lattice';
import { buildUnitCell, type AtomElement, type UnitCell } from '../../lib/geometry/perovskite';
import { molecularCationSpecies, toCif, type CifSpecies } from '../../lib/geometry/cif';
import { plainFixed } from '../../lib/format';
import { fileStem } from '../../lib/export/download';

/** CIF species of each site of a composition (occupancy = site fraction). */
export function cifSpecies(composition: Composition): Record<AtomElement, CifSpecies[]> {
  const site = (shares: Composition['A']): CifSpecies[] =>
    shares.flatMap((sh) =>
      sh.ion === 'MA' || sh.ion === 'FA' || sh.ion === 'GA'
        ? molecularCationSpecies(sh.ion, sh.fraction)
        : [{ symbol: sh.ion, occupancy: sh.fraction }],
    );
  return { A: site(composition.A), B: site(composition.B), X: site(composition.X) };
}

/** The unit cell drawn for this model (same call the CIF is written from). */
export function drawnUnitCell(model: LatticeModel): UnitCell {
  if (model.drawnKind === 'delta') return buildUnitCell('delta');
  if (model.drawnKind === 'orthorhombic') return buildUnitCell('orthorhombic', { sites: model.pnma.sites });
  return buildUnitCell('cubic', { aPseudoCubic: model.aPseudoCubicAngstrom });
}

/** "rA1.90-rX2.10" for the overridden radii (Å, 2 decimals), '' when none. */
export function overrideTag(model: LatticeModel, sep = '-'): string {
  const parts: string[] = [];
  if (model.overridden.rA) parts.push(`rA${plainFixed(model.radii.rA, 2)}`);
  if (model.overridden.rB) parts.push(`rB${plainFixed(model.radii.rB, 2)}`);
  if (model.overridden.rX) parts.push(`rX${plainFixed(model.radii.rX, 2)}`);
  return parts.join(sep);
}

/** CIF text and file name of the current unit cell. */
export function latticeCif(model: LatticeModel): { text: string; filename: string } {
  const cell = drawnUnitCell(model);
  let kind: string;
  if (model.drawnKind === 'cubic') kind = `cubic Pm-3m, a ${plainFixed(cell.a, 4)} A from the ionic radii`;
  else if (model.drawnKind === 'delta')
    kind = 'delta-CsPbI3 structure type (NH4CdCl3 type, Pnma), cell and positions from a DFT (PBE) calculation, Materials Project';
  else if (model.pnma.source === 'published' && model.pnma.reference)
    kind =
      `orthorhombic Pnma, published cell (${model.pnma.reference.citation})` +
      (model.pnma.reference.origin === 'cell-published-positions-dft'
        ? ', atom positions from DFT (PBE, Materials Project)'
        : ', atom positions fitted to the cell with regular octahedra');
  else
    kind = `orthorhombic Pnma modelled from t = ${plainFixed(model.verdict.t, 3)} (interpolated between CsPbI3 and CsPbBr3), a_pc ${plainFixed(model.aPseudoCubicAngstrom, 4)} A from the ionic radii`;
  const hypothetical = model.structure === 'non-perovskite' ? 'HYPOTHETICAL (verdict: not a perovskite), ' : '';
  const overrides = overrideTag(model, ', ');
  const title =
    `${model.formula} ${hypothetical}${kind}` +
    (overrides ? `; radius overrides ${overrides} A` : '') +
    '; Perovskite QD Lab teaching model';
  const text = toCif(cell, { title, species: cifSpecies(model.composition) });
  const tag = overrideTag(model);
  return { text, filename: `${fileStem(model.formula)}${tag ? `-${tag}` : ''}-${model.drawnKind}.cif` };
}
