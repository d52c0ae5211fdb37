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
for (const formula of ['CsPbBr3', 'CsPbI3'] as const) {
  for (const kind of ['cubic', 'orthorhombic'] as const) {
    // Exactly what the lattice view's "CIF" button writes for ?comp=<formula>&phase=<kind>.
    const model = latticeModel(parseQuery(`?comp=${formula}&phase=${kind}`).state);
    const { text } = latticeCif(model);
    writeFileSync(`${dir}/${formula}-${kind}.cif`, text);
    console.log(`${dir}/${formula}-${kind}.cif  a_pc ${model.aPseudoCubicAngstrom.toFixed(4)} tilt ${model.drawnTiltDeg.toFixed(3)}`);
  }
}
