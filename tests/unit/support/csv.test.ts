/** The CSV reader the export test relies on: it must read quoted cells as a spreadsheet does. */
import { describe, expect, it } from 'vitest';
import { csvRecords, parseCsv } from '../../support/csv';

describe('parseCsv', () => {
  it('reads quoted cells holding commas, doubled quotes and line breaks', () => {
    expect(parseCsv('a,b\r\n"x, y","say ""hi""\r\nthen"\r\n')).toEqual([['a', 'b'], ['x, y', 'say "hi"\r\nthen']]);
  });

  it('keeps empty cells and a last row without a line break', () => {
    expect(parseCsv('a,,c\n,2,')).toEqual([['a', '', 'c'], ['', '2', '']]);
  });

  it('refuses an unterminated quoted cell', () => {
    expect(() => parseCsv('a,"b\n')).toThrow(/unterminated/);
  });
});

describe('csvRecords', () => {
  it('keys each row by the header', () => {
    expect(csvRecords('speaker,text\r\nJane,"Hello, all"\r\n')).toEqual({
      header: ['speaker', 'text'],
      records: [{ speaker: 'Jane', text: 'Hello, all' }],
    });
  });

  it('refuses a row whose width differs from the header', () => {
    expect(() => csvRecords('a,b\r\n1\r\n')).toThrow(/row of 1 cells/);
  });
});
