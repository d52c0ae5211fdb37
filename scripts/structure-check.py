#!/usr/bin/python3
"""
Independent check of the lattice view's exported CIFs (issue #11), NOT run in CI.

  node scripts/export-structure-cifs.mjs /tmp/latt-cifs
  /usr/bin/python3 scripts/structure-check.py /tmp/latt-cifs

Reads every CIF with four independent readers (Debian packages python3-spglib, python3-pymatgen,
python3-ase, python3-gemmi) and prints: formula (pymatgen, ASE, gemmi), space group (spglib on the ASE
atoms, symprec 1e-3 Å; pymatgen SpacegroupAnalyzer), cell, Pb–X distances and Pb–X–Pb angles (pymatgen
neighbour lists), and the deviation of the cell from the published one where there is one.
The numbers it printed are quoted in tests/unit/geometry/published.test.ts and the final report.
"""
import sys
import glob
import os
import warnings

import numpy as np
import spglib
import gemmi
from ase.io import read as ase_read
from pymatgen.core import Structure
from pymatgen.symmetry.analyzer import SpacegroupAnalyzer

warnings.filterwarnings("ignore")

# Published cells (Pnma setting, Å) the exports must match within 1.5 %: Stoumpos 2013 (CsPbBr3),
# Sutton 2018 (gamma-CsPbI3, Pbnm 8.62/8.85/12.5 -> Pnma), as copied into src/lib/data/structures.ts.
PUBLISHED = {
    "CsPbBr3-orthorhombic": (8.244, 11.735, 8.198),
    "CsPbI3-orthorhombic": (8.85, 12.5, 8.62),
}
# Reference Pb-X-Pb angles (deg): the Materials Project DFT CsPbBr3 in its own cell (structures.ts).
REFERENCE_ANGLES = {"CsPbBr3-orthorhombic": (152.94, 161.40)}


def angles_pymatgen(s):
    """Pb-X-Pb angles at every X bridging two Pb (nearest two Pb within 3.6 Å)."""
    out = []
    pb = [i for i, site in enumerate(s) if site.specie.symbol == "Pb"]
    for i, site in enumerate(s):
        if site.specie.symbol not in ("Cl", "Br", "I"):
            continue
        nbrs = [n for n in s.get_neighbors(site, 3.6) if n.specie.symbol == "Pb"]
        nbrs.sort(key=lambda n: n.nn_distance)
        if len(nbrs) < 2:
            continue
        v1 = nbrs[0].coords - site.coords
        v2 = nbrs[1].coords - site.coords
        cos = np.dot(v1, v2) / np.linalg.norm(v1) / np.linalg.norm(v2)
        out.append((round(float(np.degrees(np.arccos(np.clip(cos, -1, 1)))), 2), round(nbrs[0].nn_distance, 3), round(nbrs[1].nn_distance, 3)))
    return out, len(pb)


def main(folder):
    for path in sorted(glob.glob(os.path.join(folder, "*.cif"))):
        name = os.path.basename(path)[:-4]
        print(f"== {name}")
        s = Structure.from_file(path)
        print(f"  pymatgen formula: {s.composition.reduced_formula}  ({s.composition.formula})")
        ase_atoms = ase_read(path)
        print(f"  ASE formula: {ase_atoms.get_chemical_formula(mode='hill', empirical=True)}")
        doc = gemmi.cif.read(path)
        small = gemmi.make_small_structure_from_block(doc.sole_block())
        counts = {}
        for site in small.sites:
            counts[site.type_symbol] = counts.get(site.type_symbol, 0) + site.occ
        print("  gemmi occupancy sums:", {k: round(v, 4) for k, v in sorted(counts.items())})
        print(f"  cell: a={s.lattice.a:.4f} b={s.lattice.b:.4f} c={s.lattice.c:.4f} Å")
        if s.is_ordered:
            cell = (ase_atoms.cell[:], ase_atoms.get_scaled_positions(), ase_atoms.numbers)
            ds = spglib.get_symmetry_dataset(cell, symprec=1e-3)
            print(f"  spglib: {ds['international']} ({ds['number']})")
            sga = SpacegroupAnalyzer(s, symprec=1e-3)
            print(f"  pymatgen: {sga.get_space_group_symbol()} ({sga.get_space_group_number()})")
            ang, npb = angles_pymatgen(s)
            if ang:
                uniq = sorted({a for a, _, _ in ang})
                dists = sorted({d for _, d, e in ang} | {e for _, d, e in ang})
                print(f"  Pb-X-Pb angles (deg): {uniq}")
                print(f"  Pb-X distances (Å): {dists[0]} .. {dists[-1]}")
                if name in REFERENCE_ANGLES:
                    ref = REFERENCE_ANGLES[name]
                    print(f"  vs reference angles {ref}: min/max deviation "
                          f"{min(abs(u - r) for u in uniq for r in ref):.2f} / "
                          f"{max(min(abs(u - r) for r in ref) for u in uniq):.2f} deg")
        else:
            print("  (disordered: mixed site or molecular cation on partial sites; formula only)")
        if name in PUBLISHED:
            pa = PUBLISHED[name]
            dev = [abs(x / y - 1) * 100 for x, y in zip((s.lattice.a, s.lattice.b, s.lattice.c), pa)]
            print(f"  vs published cell {pa}: max deviation {max(dev):.3f} %")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "/tmp/pqd-structure-cifs")
