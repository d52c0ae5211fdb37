import { describe, expect, it } from 'vitest';
import { csvNumber, csvText, toCsv } from '../../../src/lib/export/csv';

describe('csvNumber', () => {
  it('writes up to 10 significant digits, trimmed', () => {
    expect(csvNumber(2.5)).toBe('2.5');
    expect(csvNumber(1239.841984)).toBe('1239.841984');
    expect(csvNumber(1 / 3)).toBe('0.3333333333');
    expect(csvNumber(-0.065)).toBe('-0.065');
    expect(csvNumber(0)).toBe('0');
    expect(csvNumber(-0)).toBe('0');
  });
  it.each([null, undefined, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY])('%s → empty cell', (x) => {
    expect(csvNumber(x as number | null | undefined)).toBe('');
  });
});

describe('csvText (RFC 4180 quoting, formula defusing)', () => {
  it('leaves plain text alone', () => expect(csvText('CsPbBr3')).toBe('CsPbBr3'));
  it('quotes commas, quotes and line breaks', () => {
    expect(csvText('a,b')).toBe('"a,b"');
    expect(csvText('say "hi"')).toBe('"say ""hi"""');
    expect(csvText('two\nlines')).toBe('"two\nlines"');
  });
  it('prefixes an apostrophe to text that a spreadsheet would run as a formula', () => {
    expect(csvText('=1+1')).toBe("'=1+1");
    expect(csvText('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvText('-2+3,x')).toBe(`"'-2+3,x"`);
  });
});

describe('toCsv', () => {
  it('writes comments, header and rows with CRLF', () => {
    const text = toCsv({
      comments: ['Brus model', 'source: review'],
      header: ['material', 'diameter_nm', 'gap_eV'],
      rows: [
        ['PbS', 4.1, 1.0413],
        ['CsPbBr3', 8, null],
      ],
    });
    expect(text).toBe('# Brus model\r\n# source: review\r\nmaterial,diameter_nm,gap_eV\r\nPbS,4.1,1.0413\r\nCsPbBr3,8,\r\n');
  });
  it('keeps a comment on one line', () => {
    expect(toCsv({ comments: ['a\nb'], header: ['x'], rows: [] })).toBe('# a b\r\nx\r\n');
  });
  it('throws RangeError on a ragged row', () => {
    expect(() => toCsv({ header: ['a', 'b'], rows: [[1]] })).toThrow(RangeError);
  });
});
