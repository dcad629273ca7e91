/**
 * The bench's results: rows of measure, value, budget and verdict, printed as a
 * table and written into BENCHMARKS.md between the bench markers only (the rest
 * of that file belongs to other sections).
 */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';

export interface Row {
  measure: string;
  value: string;
  /** The budget as text ("≥ 100,000 words/s"); absent for context rows. */
  budget?: string;
  pass?: boolean;
}

export interface Section {
  title: string;
  rows: Row[];
  /** Why the section was not measured, or what to know about its numbers. */
  notes: string[];
}

export const START_MARKER = '<!-- bench:start -->';
export const END_MARKER = '<!-- bench:end -->';

const FILE_HEADER = `# Benchmarks

Speed, size and accuracy of Whosaid, each number with the command that produced it.
The section between the bench markers is rewritten by \`npm run bench\`; do not edit it by hand.
`;

function verdict(row: Row): string {
  if (row.pass === undefined) return '';
  return row.pass ? 'PASS' : '**FAIL**';
}

export function markdownTable(sections: Section[]): string {
  const lines = ['| Measure | Value | Budget | Result |', '|---|---|---|---|'];
  for (const section of sections) {
    for (const row of section.rows) {
      lines.push(`| ${section.title}: ${row.measure} | ${row.value} | ${row.budget ?? ''} | ${verdict(row)} |`);
    }
  }
  return lines.join('\n');
}

export function markdownNotes(sections: Section[]): string {
  return sections.flatMap((section) => section.notes.map((note) => `- ${section.title}: ${note}`)).join('\n');
}

/** A plain-text table for the terminal. */
export function consoleTable(sections: Section[]): string {
  const rows = sections.flatMap((section) =>
    section.rows.map((row) => [`${section.title}: ${row.measure}`, row.value, row.budget ?? '', verdict(row).replace(/\*/g, '')]),
  );
  const header = ['Measure', 'Value', 'Budget', 'Result'];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
  const line = (cells: string[]) => cells.map((cell, column) => cell.padEnd(widths[column])).join('  ').trimEnd();
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n');
}

/** `content` with the text between the markers replaced by `section` (appended when there are no markers). */
export function replaceBenchSection(content: string, section: string): string {
  const block = `${START_MARKER}\n${section.trim()}\n${END_MARKER}`;
  const start = content.indexOf(START_MARKER);
  const end = content.indexOf(END_MARKER, start);
  if (start === -1 || end === -1) return `${content.trimEnd()}\n\n${block}\n`;
  return content.slice(0, start) + block + content.slice(end + END_MARKER.length);
}

export async function writeBenchSection(path: string, section: string): Promise<void> {
  const content = existsSync(path) ? await readFile(path, 'utf8') : FILE_HEADER;
  await writeFile(path, replaceBenchSection(content, section));
}
