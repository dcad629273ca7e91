/**
 * Reported speech interrupted by its attribution ("<clause>, X said, <rest>") is one quotation over both sides,
 * with `parts` listing the pieces without the attribution, as PolNeAR annotates it: when the rest holds a report
 * of its own, when it opens like an adjunct but carries the content's clause on, and when the attribution's verb
 * has an adjunct of its own before the comma. A clause of the writer after the attribution stays apart, and so does
 * the main clause before a relative clause that the attribution interrupts.
 */
import { describe, expect, it } from 'vitest';
import { only } from './find';

/** The quotation's text and the text of its parts. */
function pieces(text: string): [string, string[]] {
  const quote = only(text);
  return [quote.text, (quote.parts ?? []).map(([start, end]) => text.slice(start, end))];
}

describe('reported speech interrupted by its attribution', () => {
  it('joins a rest that holds a report within the report', () => {
    expect(pieces('Instead, she said, her boss told her he had booked a room for them.')).toEqual([
      'Instead, she said, her boss told her he had booked a room for them',
      ['Instead', 'her boss told her he had booked a room for them'],
    ]);
  });

  it('leaves apart a coordinated clause with an attribution of its own, and a reporting participle', () => {
    expect(pieces('The aircraft was insured for $35 million, records show, and aviation experts say it is worth far less now.'))
      .toEqual(['The aircraft was insured for $35 million', []]);
    expect(pieces('The family soured on Lewandowski, the Post reported, citing an anonymous source.'))
      .toEqual(['The family soured on Lewandowski', []]);
  });

  it('joins a rest that carries the content on with its agent or its reason', () => {
    expect(pieces('The argument would be aided, Devine said, by the upcoming primary calendar.')).toEqual([
      'The argument would be aided, Devine said, by the upcoming primary calendar',
      ['The argument would be aided', 'by the upcoming primary calendar'],
    ]);
    expect(pieces('He is leaning toward Kasich, he said, because he prizes electability.')[1])
      .toEqual(['He is leaning toward Kasich', 'because he prizes electability']);
  });

  it('leaves out an adjunct of the act of saying after the comma', () => {
    expect(pieces('The plan failed, she said, with a smile.')).toEqual(['The plan failed', []]);
    expect(pieces('The plan failed, she said, in an interview on Monday.')).toEqual(['The plan failed', []]);
  });

  it('joins the rest after an adjunct of the attribution closed by a comma', () => {
    expect(pieces('If she becomes president, Clinton suggested in a tweet, women will not be punished for their choices.')).toEqual([
      'If she becomes president, Clinton suggested in a tweet, women will not be punished for their choices',
      ['If she becomes president', 'women will not be punished for their choices'],
    ]);
  });

  it('leaves apart a second adjunct after the attribution\'s own', () => {
    expect(pieces('The union will strike, Smith said on Monday, in the latest escalation of the dispute.'))
      .toEqual(['The union will strike', []]);
  });

  it('joins a predicate after "according to" and its source\'s adjunct, but not a description of the source', () => {
    expect(pieces("His criticism, according to an interview with the Times at the time, was the president's choice of partner.")[1])
      .toEqual(['His criticism', "was the president's choice of partner"]);
    expect(pieces('Walker will speak at the convention, according to a report Tuesday from WKOW, the ABC affiliate in Madison.'))
      .toEqual(['Walker will speak at the convention', []]);
  });

  it('starts a content interrupted inside a relative clause at its relative word, or at the phrase that holds it', () => {
    expect(pieces('Sanders is counting on Iowa, which, his advisers believe, would lead to a fund-raising boom.')).toEqual([
      'which, his advisers believe, would lead to a fund-raising boom',
      ['which', 'would lead to a fund-raising boom'],
    ]);
    expect(pieces('She compared her staff to entrepreneurs in New Delhi - all of whom, she explained, needed a boost.')[1])
      .toEqual(['all of whom', 'needed a boost']);
  });

  it('keeps the whole first clause when its "that" opens no relative clause after a mark', () => {
    expect(pieces('He knew that, she said, the plan would fail.')[1]).toEqual(['He knew that', 'the plan would fail']);
  });
});
