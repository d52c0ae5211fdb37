/**
 * Writes the CIFs that scripts/xrd-check.py hands to pymatgen: the app's own cubic and orthorhombic
 * CsPbBr₃ and CsPbI₃ cells (what the lattice view's CIF button writes for
 * ?comp=<formula>&phase=<kind>: views/lattice/exportCif.ts latticeCif). Re-run whenever the lattice geometry changes:
 *   node_modules/.bin/jiti scripts/xrd-cifs.ts && /usr/bin/python3 scripts/xrd-check.py
 * Not part of CI.
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { latticeModel } from '../src/lib/readouts/lattice';
import { parseQuery } from '../src/lib/state/url';
import { latticeCif } from '../src/views/lattice/exportCif';

const dir = 'tests/unit/physics/fixtures/xrd';
mkdirSync(dir, { recursive: true });
const cases: [string, string][] = [
  ['CsPbBr3', 'cubic'],
  ['CsPbBr3', 'orthorhombic'],
  ['CsPbI3', 'cubic'],
  ['CsPbI3', 'orthorhombic'],
  ['CsPbI3', 'delta'], // the yellow non-perovskite δ phase, where the lattice view draws it
];
for (const [formula, kind] of cases) {
  {
    // Exactly what the lattice view's "CIF" button writes for ?comp=<formula>&phase=<kind>.
    const parsed = parseQuery(`?comp=${formula}&phase=${kind}`);
    if (parsed.state.phase !== kind) {
      console.log(`skipped ${formula} ${kind}: the lattice view has no such phase`);
      continue;
    }
    const model = latticeModel(parsed.state);
    const { text } = latticeCif(model);
    writeFileSync(`${dir}/${formula}-${kind}.cif`, text);
    console.log(`${dir}/${formula}-${kind}.cif  a_pc ${model.aPseudoCubicAngstrom.toFixed(4)} tilt ${model.drawnTiltDeg.toFixed(3)}`);
  }
}
