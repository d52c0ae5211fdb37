#!/usr/bin/python3
"""Independent check of src/lib/physics/xrd.ts (powderXrd) with pymatgen's XRDCalculator.

Reads the app's own CIFs (written by scripts/xrd-cifs.ts from the lattice view's CIF export), computes
the Cu Ka1 (1.5406 A) powder pattern for 2-theta 10-60 deg with pymatgen (Debian python3-pymatgen,
2022.11.7: XRDCalculator, no Debye-Waller factors, scaled so the strongest peak is 100), and writes
tests/unit/physics/fixtures/xrd-pymatgen.json, which tests/unit/physics/xrd.pymatgen.test.ts compares
with powderXrd on the same CIFs. Not run in CI. Re-run after the lattice geometry changes:

    node_modules/.bin/jiti scripts/xrd-cifs.ts && /usr/bin/python3 scripts/xrd-check.py

Also prints the space group spglib finds for each CIF (a sanity check that the cells are Pm-3m / Pnma).
"""
import json
import pathlib
import warnings

import pymatgen
from pymatgen.analysis.diffraction.xrd import XRDCalculator
from pymatgen.core import Structure
from pymatgen.symmetry.analyzer import SpacegroupAnalyzer

warnings.filterwarnings("ignore")
ROOT = pathlib.Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "unit" / "physics" / "fixtures"
NAMES = ["CsPbBr3-cubic", "CsPbBr3-orthorhombic", "CsPbI3-cubic", "CsPbI3-orthorhombic", "CsPbI3-delta"]


def main() -> None:
    calculator = XRDCalculator(wavelength=1.5406)
    out = {
        "source": "pymatgen %s XRDCalculator(wavelength=1.5406).get_pattern(two_theta_range=(10, 60)), "
        "computed here by scripts/xrd-check.py on the CIFs in fixtures/xrd/" % getattr(pymatgen, "__version__", "2022.11.7"),
        "patterns": {},
    }
    for name in NAMES:
        if not (FIXTURES / "xrd" / f"{name}.cif").exists():
            print(f"{name}: no CIF (scripts/xrd-cifs.ts skipped it)")
            continue
        structure = Structure.from_file(str(FIXTURES / "xrd" / f"{name}.cif"))
        group = SpacegroupAnalyzer(structure, symprec=1e-3).get_space_group_symbol()
        pattern = calculator.get_pattern(structure, two_theta_range=(10, 60))
        peaks = [
            {
                "twoThetaDeg": round(float(x), 6),
                "intensity": round(float(y), 4),
                "dSpacingAngstrom": round(float(d), 6),
                "families": [{"hkl": list(map(int, f["hkl"])), "multiplicity": int(f["multiplicity"])} for f in h],
            }
            for x, y, h, d in zip(pattern.x, pattern.y, pattern.hkls, pattern.d_hkls)
        ]
        out["patterns"][name] = {"spaceGroup": group, "peaks": peaks}
        strong = sorted(peaks, key=lambda p: -p["intensity"])[:5]
        print(f"{name}: {group}, {len(peaks)} peaks; strongest: "
              + ", ".join(f"{p['twoThetaDeg']:.3f} deg {p['families'][0]['hkl']} {p['intensity']:.1f}" for p in strong))
    (FIXTURES / "xrd-pymatgen.json").write_text(json.dumps(out, indent=1) + "\n")
    print(f"wrote {FIXTURES / 'xrd-pymatgen.json'}")


if __name__ == "__main__":
    main()
