import { describe, expect, it } from 'vitest';
import { parseCif, toCif, MOLECULAR_CATION_CIF, type CifData } from '../../../src/lib/geometry/cif';
import { buildUnitCell, type UnitCell } from '../../../src/lib/geometry/perovskite';

function ok(result: ReturnType<typeof parseCif>): CifData {
  if (!result.ok) throw new Error(`expected a parsed CIF, got error: ${result.error}`);
  return result;
}

const wrap = (v: number): number => {
  const w = v - Math.floor(v);
  return w >= 1 - 5e-9 ? 0 : w;
};

function expectRoundTrip(cell: UnitCell): void {
  const parsed = ok(parseCif(toCif(cell)));
  expect(Math.abs(parsed.a - cell.a)).toBeLessThan(1e-6);
  expect(Math.abs(parsed.b - cell.b)).toBeLessThan(1e-6);
  expect(Math.abs(parsed.c - cell.c)).toBeLessThan(1e-6);
  expect([parsed.alpha, parsed.beta, parsed.gamma]).toEqual([90, 90, 90]);
  expect(parsed.atoms).toHaveLength(cell.atoms.length);
  const symbolOf = { A: 'Cs', B: 'Pb', X: 'Br' } as const;
  cell.atoms.forEach((atom, i) => {
    const read = parsed.atoms[i];
    expect(read.symbol).toBe(symbolOf[atom.element]);
    expect(read.occupancy).toBe(1);
    for (let k = 0; k < 3; k++) {
      // Periodic difference (wrapping may move 0.9999999999 to 0).
      const d = read.frac[k] - wrap(atom.frac[k]);
      expect(Math.abs(d - Math.round(d))).toBeLessThan(1e-6);
    }
  });
  expect(parsed.warnings).toEqual([]);
  expect(parsed.symmetryExpanded).toBe(false);
}

describe('toCif / parseCif round trip (cell and atoms within 1e-6)', () => {
  it('cubic CsPbBr3', () => expectRoundTrip(buildUnitCell('cubic', { aPseudoCubic: 5.874 })));
  it('orthorhombic, several tilts', () => {
    for (const tiltDeg of [0, 4.37, 12, 20]) expectRoundTrip(buildUnitCell('orthorhombic', { aPseudoCubic: 5.9, tiltDeg }));
  });
});

describe('toCif content', () => {
  const cell = buildUnitCell('orthorhombic', { tiltDeg: 8 });

  it('has the CIF 1.1 header, a data_ block, P 1 and the core tags', () => {
    const text = toCif(cell, { title: 'CsPbBr3 rigid model' });
    expect(text.startsWith('#\\#CIF_1.1\n')).toBe(true);
    for (const tag of [
      /^data_CsPbBr3_orthorhombic$/m,
      /^_symmetry_space_group_name_H-M 'P 1'$/m,
      /^_cell_length_a 8\.\d{6}$/m,
      /^_cell_angle_beta 90$/m,
      /^_cell_volume \d+\.\d{6}$/m,
      /^_cell_formula_units_Z 4$/m,
      /^_chemical_formula_sum 'Cs Pb Br3'$/m,
      /^_atom_site_occupancy$/m,
      /^'x, y, z'$/m,
    ]) {
      expect(text).toMatch(tag);
    }
    const parsed = ok(parseCif(text));
    expect(parsed.spaceGroup).toBe('P 1');
    expect(parsed.dataBlock).toBe('CsPbBr3_orthorhombic');
  });

  it('writes mixed A sites as occupancy fractions and FA as a C pseudo-atom labelled FA', () => {
    const text = toCif(cell, {
      species: { A: [{ symbol: 'Cs', occupancy: 0.5 }, { ...MOLECULAR_CATION_CIF.FA, occupancy: 0.5 }], X: 'I' },
    });
    expect(text).toMatch(/^_chemical_formula_sum 'Cs0\.5 C0\.5 Pb I3'$/m);
    const parsed = ok(parseCif(text));
    expect(parsed.atoms).toHaveLength(24);
    const fa = parsed.atoms.filter((a) => a.label.startsWith('FA'));
    expect(fa).toHaveLength(4);
    for (const a of fa) {
      expect(a.symbol).toBe('C');
      expect(a.occupancy).toBe(0.5);
    }
    // Each Cs shares its position with one FA.
    const cs = parsed.atoms.filter((a) => a.symbol === 'Cs');
    cs.forEach((a, i) => expect(a.frac).toEqual(fa[i].frac));
  });

  it('rejects bad species lists with RangeError', () => {
    expect(() => toCif(cell, { species: { A: [{ symbol: 'Cs', occupancy: 0.7 }, { symbol: 'Rb', occupancy: 0.7 }] } })).toThrow(RangeError);
    expect(() => toCif(cell, { species: { A: [{ symbol: 'cs' }] } })).toThrow(RangeError);
    expect(() => toCif(cell, { species: { A: [{ symbol: 'Cs', occupancy: 0 }] } })).toThrow(RangeError);
    expect(() => toCif(cell, { species: { A: [] } })).toThrow(RangeError);
  });
});

describe('parseCif on third-party style CIFs', () => {
  it('reads uncertainties, quotes, comments, text fields and expands Pm-3m-style operators', () => {
    const text = `# a hand-written test file
data_test
_publ_section_title
;
A title; with a semicolon
;
_cell_length_a 5.874(2)
_cell_length_b 5.874(2)
_cell_length_c 5.874(2)
_cell_angle_alpha 90.00
_cell_angle_beta 90.00
_cell_angle_gamma 90.00
_symmetry_space_group_name_H-M 'P m -3 m'
loop_
_symmetry_equiv_pos_as_xyz
'x, y, z'
'y, z, x'
'z, x, y'
loop_
_atom_site_label
_atom_site_type_symbol
_atom_site_fract_x
_atom_site_fract_y
_atom_site_fract_z
_atom_site_occupancy
Pb1 Pb2+ 0 0 0 1
Br1 Br1- 0.5 0 0 1.0   # X on 3d
Cs1 Cs+ .5 .5 .5 .
`;
    const parsed = ok(parseCif(text));
    expect(parsed.a).toBe(5.874);
    expect(parsed.spaceGroup).toBe('P m -3 m');
    expect(parsed.symmetryExpanded).toBe(true);
    expect(parsed.atoms.map((a) => a.symbol)).toEqual(['Pb', 'Br', 'Br', 'Br', 'Cs']);
    expect(parsed.atoms.filter((a) => a.symbol === 'Br').map((a) => a.frac)).toEqual([
      [0.5, 0, 0],
      [0, 0, 0.5],
      [0, 0.5, 0],
    ]);
    expect(parsed.atoms[4].occupancy).toBe(1);
  });

  it('warns when a non-P1 group has no operators, and derives symbols from labels', () => {
    const text = `data_x
_cell_length_a 8.244
_cell_length_b 11.735
_cell_length_c 8.198
_space_group_name_H-M_alt 'P n m a'
loop_
_atom_site_label
_atom_site_fract_x
_atom_site_fract_y
_atom_site_fract_z
Pb1 0 0 0.5
Br2 0.2 0.03 0.8
`;
    const parsed = ok(parseCif(text));
    expect(parsed.atoms.map((a) => a.symbol)).toEqual(['Pb', 'Br']);
    expect(parsed.warnings.some((w) => w.includes('P n m a'))).toBe(true);
    expect(parsed.warnings.some((w) => w.includes('_cell_angle_alpha missing'))).toBe(true);
  });

  it('never throws on garbage: returns { ok: false, error }', () => {
    const garbage: unknown[] = [
      '',
      'hello world',
      'data_\n_cell_length_a foo',
      'data_x\n_cell_length_a 5\n_cell_length_b 5\n_cell_length_c 5',
      'data_x\n_cell_length_a 5\n_cell_length_b 5\n_cell_length_c -5\nloop_\n_atom_site_fract_x\n',
      'data_x\n_cell_length_a 5\n_cell_length_b 5\n_cell_length_c 5\n_cell_angle_alpha 200\n',
      'data_x\n_cell_length_a 5\n_cell_length_b 5\n_cell_length_c 5\nloop_\n_atom_site_label\n_atom_site_fract_x\n_atom_site_fract_y\n_atom_site_fract_z\nPb1 a b c\n',
      "data_x\n;\nunterminated text field\n'unterminated quote",
      undefined,
      null,
      42,
      '\u0000\u0001\u0002',
    ];
    for (const g of garbage) {
      const result = parseCif(g as string);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.length).toBeGreaterThan(0);
    }
  });
});
