/**
 * Quotations that a longer span used to swallow, or that no rule took, and that PolNeAR annotates as
 * direct quotes of their own: one attributed twice (`X said "...," she said.`), one whose marks an
 * inch sign confused, one after a headline label with a topic, and a short one right after its
 * reporting verb. Each rule also has a case it must leave alone.
 */
import { describe, expect, it } from 'vitest';
import { segment } from '../../../../src/parser/segment';
import { buildContext } from '../../../../src/parser/quotes/context';
import { findQuotedSpans } from '../../../../src/parser/quotes/marks';
import { quotes, summary } from './find';

function quotedSpans(text: string): string[] {
  return findQuotedSpans(buildContext(segment(text))).map((span) => text.slice(span.start, span.end));
}

describe('a quotation attributed twice', () => {
  it('is a direct quote of the first speaker, and the words before it are no content of the second attribution', () => {
    const text = 'Asked about the audit, Okafor said "I never saw the report," she said. "Nobody showed it to me."';
    const found = quotes(text);
    expect(found.map((q) => [q.kind, q.text, q.speaker?.name])).toEqual([
      ['indirect', 'the audit', undefined],
      ['direct', '"I never saw the report,"', 'Okafor'],
      ['direct', '"Nobody showed it to me."', 'Okafor'],
    ]);
    expect(found[1].cue?.text).toBe('said');
  });

  it('leaves a cue inside a subject or a relative clause to the content of the attribution after it', () => {
    expect(summary('Nothing the mayor said "will calm the voters," Okafor said.')).toEqual([
      ['Nothing the mayor said "will calm the voters,"', 'said', 'Okafor'],
    ]);
    expect(summary('Council members who think "the library can wait are wrong," she said.')).toEqual([
      ['Council members who think "the library can wait are wrong,"', 'said', 'she'],
    ]);
  });
});

describe('an inch sign after a height', () => {
  it('does not close the quotation', () => {
    const text = '“He’s like 6’2”,” Rubio said. “I am not that tall.”';
    const found = quotes(text);
    expect(found).toHaveLength(1);
    expect(found[0].parts?.map(([s, e]) => text.slice(s, e))).toEqual(['“He’s like 6’2”,”', '“I am not that tall.”']);
    expect(quotedSpans('He is 5\'11" tall, she wrote: "Taller than me."')).toEqual(['"Taller than me."']);
  });

  it('leaves a closing mark after any other number alone', () => {
    expect(quotedSpans('The sign said “Gate 12” in red letters, and “Gate 13” in blue.')).toEqual(['“Gate 12”', '“Gate 13”']);
  });
});

describe('a headline label with a topic', () => {
  it('quotes the rest of the headline after the name and its topic', () => {
    const text = 'Mayor Okafor On Budget Cuts: ‘We Will Not Close Any Library.’\n\nThe mayor spoke to the council on Monday.';
    const found = quotes(text);
    expect(found.map((q) => [q.kind, q.text, q.cue?.text, q.speaker?.name])).toEqual([
      ['direct', '‘We Will Not Close Any Library.’', ':', 'Okafor'],
    ]);
    expect(summary('Okafor to Teachers: Your pay will rise next year.\n\nThe mayor spoke on Monday.')).toEqual([
      ['Your pay will rise next year', ':', 'Okafor'],
    ]);
  });

  it('leaves such a line in the body alone', () => {
    expect(quotes('The mayor spoke to the council on Monday.\n\nStill to come: results in Ohio, Missouri and Illinois.')).toEqual([]);
  });
});

describe('a short quotation right after its reporting verb', () => {
  it('is a quotation however few its words', () => {
    expect(summary('Banners appeared outside the party office that said "We won." The count went on.')
      .filter(([text]) => text.startsWith('"'))).toEqual([['"We won."', 'said', 'the party office']]);
    expect(summary('Citing “family obligations,” the spokeswoman told reporters that Okafor would skip the meeting.')).toEqual([
      ['“family obligations,”', 'told', 'the spokeswoman'],
      ['that Okafor would skip the meeting', 'told', 'the spokeswoman'],
    ]);
  });

  it('leaves a short quoted phrase after any other word alone', () => {
    expect(quotes('Banners with "We won" hung from the office.')).toEqual([]);
  });
});
