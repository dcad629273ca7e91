/**
 * A trailing attribution whose speaker is described before the verb ("Jeff Weaver, Sanders’
 * campaign manager, said"): the description may hold a possessive mark and still attributes the
 * quotation to the name; a mark that ends a clause does not. A capitalised cue word inside a name
 * ("the Anderson Forecast") is no verb.
 */
import { describe, expect, it } from 'vitest';
import { quotes } from './find';

describe('attributions with a described speaker', () => {
  it('attributes a quotation to a name described with a possessive', () => {
    for (const text of [
      '“The plan failed,” Ana Duarte, Lopez’ campaign manager, said in a statement.',
      '“The plan failed,” Ana Duarte, the mayor\'s spokeswoman, said in a statement.',
    ]) {
      expect(quotes(text).map((q) => [q.text, q.cue?.text, q.speaker?.name])).toEqual([['“The plan failed,”', 'said', 'Ana Duarte']]);
    }
  });

  it('reads a capitalised cue word after another capitalised word as part of a name', () => {
    const text = '"The risk," said Ana Duarte, the director of the Anderson Forecast, "is that jobs will leave."';
    const found = quotes(text);
    expect(found.map((q) => [q.cue?.text, q.speaker?.name])).toEqual([['said', 'Ana Duarte']]);
    expect(found[0].parts).toHaveLength(2);
  });

  it('still reads a capitalised cue word that opens a sentence', () => {
    expect(quotes('Said Ana Duarte: "The plan failed."').map((q) => [q.cue?.text, q.speaker?.name])).toEqual([['Said', 'Ana Duarte']]);
  });

  it('does not reach past a clause that a colon ends', () => {
    const found = quotes('“The plan failed,” the council wrote: its report, a summary, said little.');
    expect(found.some((q) => q.text === '“The plan failed,”' && q.cue?.text === 'said')).toBe(false);
  });
});
