/**
 * A speech verb followed only by an adjunct of the act ("said in an interview with the Post") reports
 * nothing there: its words are in a quotation before it or not given. A clause after the adjunct is reported.
 */
import { describe, expect, it } from 'vitest';
import { quotes, summary } from './find';

describe('an adjunct after a speech verb', () => {
  it('is no content on its own', () => {
    expect(quotes('Duarte wrote in a long interview with the Herald.')).toEqual([]);
    expect(quotes('Lerer reported from Los Angeles.')).toEqual([]);
  });

  it('keeps a clause that follows it', () => {
    expect(summary('Duarte said in an interview with the Herald that the plan would fail.')).toEqual([
      ['that the plan would fail', 'said', 'Duarte'],
    ]);
  });

  it('keeps a content that opens like an adjunct but holds a clause', () => {
    expect(summary('Duarte said in politics it takes time to build trust.')).toEqual([
      ['in politics it takes time to build trust', 'said', 'Duarte'],
    ]);
  });
});

describe('a short adjunct that opens the sentence before an attribution', () => {
  it('is no content: the attribution is the main clause, with its content after it', () => {
    expect(summary('As proof, she pointed to attacks on her campaign.')).toEqual([['attacks on her campaign', 'pointed', 'she']]);
  });

  it('stays the first part of a content that the attribution interrupts', () => {
    expect(summary('In his state, Christie said, offenders are sent to treatment.')).toEqual([
      ['In his state, Christie said, offenders are sent to treatment', 'said', 'Christie'],
    ]);
  });

  it('leaves a trailing attribution after a clause alone', () => {
    expect(summary('In the end the budget is a mess, Duarte said.')).toEqual([['In the end the budget is a mess', 'said', 'Duarte']]);
  });
});
