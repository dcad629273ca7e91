/**
 * An RFC 4180 reader for the CSV export, so the e2e suite checks the file the way a spreadsheet
 * reads it (quoted cells holding commas, quotes and line breaks) rather than by splitting on commas.
 * One pass over the text: linear in its length.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char !== '"') cell += char;
      else if (text[i + 1] === '"') {
        cell += '"';
        i++;
      } else quoted = false;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\r' || char === '\n') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += char;
  }
  if (quoted) throw new Error('unterminated quoted cell');
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}

/** Each row as an object keyed by the header row's names. */
export function csvRecords(text: string): { header: string[]; records: Array<Record<string, string>> } {
  const [header = [], ...rows] = parseCsv(text);
  const records = rows.map((row) => {
    if (row.length !== header.length) throw new Error(`a row of ${row.length} cells under a header of ${header.length}`);
    return Object.fromEntries(header.map((name, i) => [name, row[i]]));
  });
  return { header, records };
}
