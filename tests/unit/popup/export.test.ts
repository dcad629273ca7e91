import { describe, expect, it } from 'vitest';
import { citation, exportFileName, toCsv, toJson, toMarkdown } from '../../../src/popup/export';
import { isAnalysis } from '../../../src/shared/messages';
import { ANALYSIS, t } from '../shared/locale';
import { parseCsv } from '../../support/csv';

const page = { url: 'https://news.example/story?id=1', title: 'Wall vote' };

describe('exports', () => {
  it('Markdown lists quotes under their speakers, with kind and cue', () => {
    const markdown = toMarkdown(ANALYSIS, page, t);
    expect(markdown.startsWith('# Wall vote\n\n<https://news.example/story?id=1>\n')).toBe(true);
    expect(markdown).toContain('## Jane Doe\n\n> “We will build the wall,”\n> — Jane Doe (Direct quote, said)\n');
    expect(markdown).toContain('> “It was hard,” … “but fair.”');
    expect(markdown).toContain('## Anonymous source');
    expect(markdown).toContain('## Unattributed\n\n> “Nobody asked us.”\n> — Unattributed (Direct quote)');
    expect(markdown.indexOf('## Jane Doe')).toBeLessThan(markdown.indexOf('## World Health Organization'));
  });

  it('CSV has one row per quote in reading order, quoted so that commas and quotes survive', () => {
    const rows = parseCsv(toCsv(ANALYSIS, page));
    expect(rows[0]).toEqual(['start', 'end', 'kind', 'speaker', 'anonymous', 'cue', 'text', 'url']);
    expect(rows).toHaveLength(ANALYSIS.quotes.length + 1);
    const first = rows[1];
    expect(first).toEqual([String(ANALYSIS.quotes[0].start), String(ANALYSIS.quotes[0].end), 'direct', 'Jane Doe', 'false', 'said', '“We will build the wall,”', page.url]);
    expect(rows.find((row) => row[3] === 'Officials')?.[4]).toBe('true');
  });

  it('CSV defuses cells a spreadsheet would run as formulas', () => {
    const quote = { ...ANALYSIS.quotes[5], text: '=HYPERLINK("http://evil")' };
    const rows = parseCsv(toCsv({ ...ANALYSIS, quotes: [quote] }, page));
    expect(rows[1][6]).toBe('\'=HYPERLINK("http://evil")');
  });

  it('JSON is the analysis contract plus the page', () => {
    const parsed = JSON.parse(toJson(ANALYSIS, page));
    expect(parsed.url).toBe(page.url);
    expect(parsed.title).toBe('Wall vote');
    expect(isAnalysis({ text: parsed.text, quotes: parsed.quotes, entities: parsed.entities })).toBe(true);
    expect(parsed.quotes).toEqual(ANALYSIS.quotes);
  });

  it('copies one quote with its speaker and the page address', () => {
    expect(citation(ANALYSIS, ANALYSIS.quotes[2], page, t)).toBe('“It was hard,” … “but fair.” — Jane Doe, https://news.example/story?id=1');
  });

  it('names files after the site', () => {
    expect(exportFileName(page, 'csv')).toBe('whosaid-news.example.csv');
    expect(exportFileName({ url: 'not a url' }, 'md')).toBe('whosaid-page.md');
  });
});
