#!/usr/bin/python3
"""
Independent check of the PbS CIF the lattice view exports (issue #19), NOT run in CI.

  /usr/bin/python3 scripts/pbs-cif-check.py              # writes the CIF from the TypeScript core, then checks it
  /usr/bin/python3 scripts/pbs-cif-check.py file.cif     # checks a downloaded file (e.g. from the e2e test)

The CIF is written by src/lib/geometry/rocksalt.ts rockSaltCif (P 1, all 8 atoms listed), loaded through
Vite's SSR module loader. Readers: Debian's python3-pymatgen (CifParser, SpacegroupAnalyzer) and
python3-spglib (on the pymatgen cell). Passes (exit 0) when both find Fm-3m (No. 225), the conventional
cell is a = 5.936 Å (± 1e-4), the formula is PbS with Z = 4 and every Pb has 6 S at a/2.
"""
import subprocess
import sys
import tempfile
import warnings

import spglib
from pymatgen.io.cif import CifParser
from pymatgen.symmetry.analyzer import SpacegroupAnalyzer

warnings.filterwarnings("ignore")
A_EXPECTED = 5.936

NODE = r"""
import { createServer } from 'vite';
const server = await createServer({ server: { middlewareMode: true }, appType: 'custom', logLevel: 'error' });
try {
  const { rockSaltCif } = await server.ssrLoadModule('/src/lib/geometry/rocksalt.ts');
  process.stdout.write(rockSaltCif().text);
} finally {
  await server.close();
}
"""


def cif_from_core() -> str:
    text = subprocess.run(["node", "--input-type=module", "-e", NODE], check=True, capture_output=True, text=True).stdout
    f = tempfile.NamedTemporaryFile("w", suffix=".cif", delete=False)
    f.write(text)
    f.close()
    return f.name


def main() -> int:
    path = sys.argv[1] if len(sys.argv) > 1 else cif_from_core()
    s = CifParser(path).get_structures(primitive=False)[0]
    sga = SpacegroupAnalyzer(s, symprec=1e-3)
    conv = sga.get_conventional_standard_structure()
    cell = (s.lattice.matrix, s.frac_coords, [site.specie.Z for site in s])
    sym, num = spglib.get_spacegroup(cell, symprec=1e-3).split()
    num = int(num.strip("()"))
    pb = [site for site in s if site.specie.symbol == "Pb"]
    nn = sorted({round(n.nn_distance, 4) for site in pb for n in s.get_neighbors(site, 3.2) if n.specie.symbol == "S"})
    ncount = {len([n for n in s.get_neighbors(site, 3.2) if n.specie.symbol == "S"]) for site in pb}
    print(f"file: {path}")
    print(f"pymatgen formula: {s.composition.reduced_formula}, Z = {s.composition.get_reduced_composition_and_factor()[1]:g}")
    print(f"pymatgen space group: {sga.get_space_group_symbol()} ({sga.get_space_group_number()})")
    print(f"spglib space group: {sym} ({num})")
    print(f"conventional a, b, c = {conv.lattice.a:.4f}, {conv.lattice.b:.4f}, {conv.lattice.c:.4f} A; angles {conv.lattice.angles}")
    print(f"Pb-S distances (< 3.2 A): {nn} A; S neighbours per Pb: {sorted(ncount)}")
    ok = (
        sga.get_space_group_number() == 225
        and num == 225
        and sga.get_space_group_symbol() == "Fm-3m"
        and all(abs(x - A_EXPECTED) < 1e-4 for x in (conv.lattice.a, conv.lattice.b, conv.lattice.c))
        and s.composition.reduced_formula == "PbS"
        and nn == [round(A_EXPECTED / 2, 4)]
        and ncount == {6}
    )
    print("PASS" if ok else "FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
