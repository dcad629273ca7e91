/**
 * The page's analysis as files: Markdown (quotes by speaker, for a writer), CSV
 * (one row per quote, for a spreadsheet) and JSON (the full Analysis contract plus
 * the page's URL and title, for researchers), and one quote with its attribution
 * and URL for the clipboard. Pure string building.
 */
import type { Analysis, Quote } from '../shared/analysis';
import { kindLabel, speakerLabel, type Translate } from '../content/card/text';
import { quoteWords, rankSpeakers } from './view-model';

export interface PageInfo {
  url: string;
  title?: string;
}

export function toMarkdown(analysis: Analysis, page: PageInfo, t: Translate): string {
  const lines = [`# ${oneLine(page.title || page.url)}`, '', `<${page.url}>`, ''];
  for (const group of rankSpeakers(analysis)) {
    const first = analysis.quotes[group.quotes[0]];
    lines.push(`## ${group.kind === 'named' ? oneLine(group.name) : speakerLabel(first, t)}`, '');
    for (const index of group.quotes) {
      const quote = analysis.quotes[index];
      for (const line of quoteWords(analysis, quote).split('\n')) lines.push(`> ${line}`);
      const details = [kindLabel(quote, t), quote.cue ? oneLine(quote.cue.text) : null].filter(Boolean).join(', ');
      lines.push(`> — ${oneLine(speakerLabel(quote, t))} (${details})`, '');
    }
  }
  return lines.join('\n');
}

const CSV_COLUMNS = ['start', 'end', 'kind', 'speaker', 'anonymous', 'cue', 'text', 'url'] as const;

/** RFC 4180 quoting, and a leading apostrophe on cells a spreadsheet would run as a formula. */
function csvCell(value: string | number | boolean): string {
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv(analysis: Analysis, page: PageInfo): string {
  const rows = [CSV_COLUMNS.join(',')];
  for (const quote of [...analysis.quotes].sort((a, b) => a.start - b.start)) {
    const cells = [
      quote.start, quote.end, quote.kind, quote.speaker?.name ?? '', quote.speaker?.anonymous === true,
      quote.cue?.text ?? '', quote.text, page.url,
    ];
    rows.push(cells.map(csvCell).join(','));
  }
  return `${rows.join('\r\n')}\r\n`;
}

export function toJson(analysis: Analysis, page: PageInfo): string {
  return `${JSON.stringify({ url: page.url, title: page.title ?? null, ...analysis }, null, 2)}\n`;
}

/** “…quote…” — Speaker, URL: one line a writer can paste. */
export function citation(analysis: Analysis, quote: Quote, page: PageInfo, t: Translate): string {
  return `${oneLine(quoteWords(analysis, quote))} — ${speakerLabel(quote, t)}, ${page.url}`;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** "whosaid-example.com.md": the page's host names the file. */
export function exportFileName(page: PageInfo, extension: 'md' | 'csv' | 'json'): string {
  let host = 'page';
  try {
    host = new URL(page.url).hostname || host;
  } catch {
    // keep "page"
  }
  return `whosaid-${host.replace(/[^a-z0-9.-]/gi, '_')}.${extension}`;
}
