/**
 * After a quotation that hands over with a comma, a determiner and a few words before the verb are
 * its speaker, whatever the nouns ("the presumptive nominee wrote", "an angry Hollande retaliated"),
 * and so is a name that commas set off from the cue ("Harry Bond, 30, of Raleigh, ..., said").
 */
import { describe, expect, it } from 'vitest';
import { quotes } from './find';

describe('speakers described by a noun phrase after the quotation', () => {
  it('takes a determined description before a listed cue as the speaker', () => {
    const text = '“The court has embarrassed all of us,” the presumptive Republican presidential nominee wrote in a tweet on Tuesday.';
    const [quote] = quotes(text);
    expect([quote.text, quote.cue?.text]).toEqual(['“The court has embarrassed all of us,”', 'wrote']);
    expect(text.slice(quote.speaker?.start, quote.speaker?.end)).toBe('the presumptive Republican presidential nominee');
  });

  it('takes a determined description before an unlisted verb that ends the clause', () => {
    const text = '“France will always be France,” an angry Hollande retaliated.';
    const [quote] = quotes(text);
    expect(quote.cue?.text).toBe('retaliated');
    expect(text.slice(quote.speaker?.start, quote.speaker?.end)).toBe('an angry Hollande');
  });

  it('takes a name that commas set off from the cue, past a long description', () => {
    const text = '“Both of them scare me,” Harry Bond, 30, of Raleigh, N.C., who was among those polled, said in an interview.';
    const [quote] = quotes(text);
    expect([quote.text, quote.cue?.text, quote.speaker?.name]).toEqual(['“Both of them scare me,”', 'said', 'Harry Bond']);
  });

  it('does not read a sentence of the writer after a closed quotation as an attribution', () => {
    const text = '“France will always be France.” The old bridge over the river collapsed.';
    expect(quotes(text).map((q) => q.cue?.text ?? null)).toEqual([null]);
  });
});
