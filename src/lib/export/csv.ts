/**
 * CSV text for exported data (RFC 4180: comma separated, CRLF line ends, fields with a comma, quote or
 * line break wrapped in double quotes with inner quotes doubled). Pure: no DOM.
 *
 * - Numbers are written with up to 10 significant digits (enough for any value the app plots, short
 *   enough to read), without thousands separators; null, NaN and ±∞ become empty cells — a spreadsheet
 *   reads them as missing, never as a fake 0.
 * - Text cells that begin with `=`, `+`, `-`, `@`, tab or CR get a leading apostrophe so a spreadsheet does
 *   not run them as formulas (OWASP "CSV Injection"). Numbers are never altered.
 * - Optional comment lines (`# …`) at the top say what the columns are and where they come from.
 */

export type CsvCell = number | string | null | undefined;

/** Significant digits of numeric cells. */
export const CSV_SIGNIFICANT_DIGITS = 10;

/** One numeric cell: up to 10 significant digits, trailing zeros trimmed; empty for null/NaN/∞. */
export function csvNumber(x: number | null | undefined): string {
  if (typeof x !== 'number' || !Number.isFinite(x)) return '';
  if (x === 0) return '0';
  // Number(...) drops trailing zeros and exponent noise from toPrecision (a data file, not a display).
  const n = Number(x.toPrecision(CSV_SIGNIFICANT_DIGITS));
  return String(n);
}

/** One text cell, quoted when needed and defused against formula injection. */
export function csvText(s: string): string {
  let t = s;
  if (/^[=+\-@\t\r]/.test(t)) t = `'${t}`;
  if (/[",\r\n]/.test(t)) t = `"${t.replace(/"/g, '""')}"`;
  return t;
}

export function csvCell(c: CsvCell): string {
  if (typeof c === 'number') return csvNumber(c);
  if (c === null || c === undefined) return '';
  return csvText(c);
}

export interface CsvTable {
  /** Column names, with units, e.g. "diameter_nm". */
  header: readonly string[];
  rows: readonly (readonly CsvCell[])[];
  /** Lines written first as `# line` (sources, units, model notes). */
  comments?: readonly string[];
}

/**
 * The CSV text of a table.
 * @throws RangeError when a row's length differs from the header's
 */
export function toCsv(table: CsvTable): string {
  const lines: string[] = [];
  for (const c of table.comments ?? []) lines.push(`# ${c.replace(/[\r\n]+/g, ' ')}`);
  lines.push(table.header.map(csvText).join(','));
  table.rows.forEach((row, i) => {
    if (row.length !== table.header.length) {
      throw new RangeError(`CSV row ${i} has ${row.length} cells; the header has ${table.header.length}`);
    }
    lines.push(row.map(csvCell).join(','));
  });
  return `${lines.join('\r\n')}\r\n`;
}
