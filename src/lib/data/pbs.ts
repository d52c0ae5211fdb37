/**
 * Rock-salt PbS (galena): the cell the lattice view draws and exports.
 *
 * Structure: rock salt (NaCl type), space group Fm-3m (No. 225), Z = 4; Pb on 4a (0, 0, 0), S on 4b (½, ½, ½).
 * These are the rock-salt positions (fixed by symmetry, no free parameter).
 *
 * Lattice parameter a = 5.936 Å at room temperature: the value quoted for galena with the powder-diffraction
 * reference card JCPDS/ICDD 5-592 (galena) — found quoted that way in a public technical summary of PbS
 * (benchchem "crystal structure and lattice parameters of lead(II) sulfide", table: 5.936 Å, X-ray diffraction,
 * JCPDS card No. 5-592) and in the galena mineral infobox ("a = 5.936 Å; Z = 4", citing the Handbook of
 * Mineralogy, Anthony et al. 1990). The primary measurement behind the card was NOT read here, so the view
 * says "value as commonly quoted; primary source not checked".
 */

/** Cubic lattice parameter of rock-salt PbS, Å (see the file header for where it is quoted). */
export const PBS_LATTICE_A_ANGSTROM = 5.936;

/** Where a = 5.936 Å is quoted (English, shown with lang="en"). */
export const PBS_LATTICE_A_SOURCE = 'JCPDS/ICDD powder card 5-592 (galena), as quoted in the galena mineral data (Handbook of Mineralogy, 1990)';

/** True: the primary source of PBS_LATTICE_A_ANGSTROM was not checked (the view says so). */
export const PBS_LATTICE_A_PRIMARY_CHECKED = false;

/** Space group of rock-salt PbS (Hermann–Mauguin symbol and number). */
export const PBS_SPACE_GROUP = { symbol: 'Fm-3m', number: 225 } as const;
