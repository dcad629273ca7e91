/**
 * The exact extent of direct quotations, as PolNeAR annotates it: a quotation continued after an
 * attribution that lost its comma, a content that opens with a quotation closed by its own punctuation
 * or that an adjunct of the cue hands to a quotation, a connective before an interrupting attribution,
 * and two quotations joined by "and".
 */
import { describe, expect, it } from 'vitest';
import { quotes } from './find';

describe('exact spans of direct quotations', () => {
  it('continues a quotation after an attribution that lost its comma before the rest', () => {
    const text = 'Warren fought the cap increase for years. “They’re essentially trying to defeat opportunity for kids," she said "Ultimately the vote no campaign is saying to families that they must wait."';
    const found = quotes(text);
    expect(found).toHaveLength(1);
    expect(found[0].text).toBe('“They’re essentially trying to defeat opportunity for kids," she said "Ultimately the vote no campaign is saying to families that they must wait."');
    expect(found[0].parts).toHaveLength(2);
  });

  it('does not take a short title right after the verb as the rest of the quotation', () => {
    const found = quotes('Rubio campaigned in Iowa on Sunday. “We are going to win this state,” he told "Fox News Sunday."');
    expect(found[0].text).toBe('“We are going to win this state,”');
    expect(found[0].parts).toBeUndefined();
  });

  it('ends a content that opens with a quotation at the comma closed inside its marks', () => {
    const found = quotes('Kasich cautioned “let’s not get ahead of ourselves,” before optimistically predicting that a contested convention could heal the party.');
    expect(found.map((q) => [q.text, q.kind, q.cue?.text])).toEqual([['“let’s not get ahead of ourselves,”', 'direct', 'cautioned']]);
  });

  it('lets a quotation with no punctuation of its own run on into the content', () => {
    const [quote] = quotes('Protesters gathered on Wednesday, chanting "no contract no peace" louder than ever before the talks.');
    expect([quote.text, quote.kind]).toEqual(['"no contract no peace" louder than ever before the talks', 'mixed']);
  });

  it('starts a content at a capitalised quotation that an adjunct of the cue hands over with a comma', () => {
    const when = quotes('Clinton initially said in the spring, when the private server email story broke, “I did not email any classified material to anyone on my email.”');
    expect(when.map((q) => [q.text, q.kind])).toEqual([['“I did not email any classified material to anyone on my email.”', 'direct']]);
    const however = quotes('Emanuel acknowledged, however, “As they say in the brochures, past performance is no indication of future performance.”');
    expect(however.map((q) => [q.text, q.kind])).toEqual([['“As they say in the brochures, past performance is no indication of future performance.”', 'direct']]);
  });

  it('keeps a "that" before the quotation, and a single quoted word, in the content', () => {
    expect(quotes('He said in a speech on Friday that, “We are going to put a lot of coal companies out of business.”')[0].text)
      .toBe('that, “We are going to put a lot of coal companies out of business.”');
    expect(quotes('Her mother referred to her by a nickname, “Gert.”')[0].text).toBe('her by a nickname, “Gert.”');
  });

  it('leaves a lone linking connective before an interrupting attribution out of the quotation', () => {
    const found = quotes('Clinton wrote about the fuel standard. Still, she added, “we also can’t ignore significant changes to the energy landscape.”');
    const last = found[found.length - 1];
    expect([last.text, last.kind, last.parts]).toEqual(['“we also can’t ignore significant changes to the energy landscape.”', 'direct', undefined]);
  });

  it('still opens the quotation at a lead of several words before the attribution', () => {
    const [quote] = quotes('The court ruled on Monday. In cases of abortion, it said, “the woman is a victim.”');
    expect([quote.text, quote.kind]).toEqual(['In cases of abortion, it said, “the woman is a victim.”', 'mixed']);
  });

  it('joins two quotations of one list, the first closed by a comma, with "and" between', () => {
    const text = 'Trump spoke about immigrants. The crowd chanted back at him, "Send them home," and "Build the wall." And Trump decried an increase in crime.';
    const quote = quotes(text).find((q) => q.text.includes('Send them home'))!;
    expect(quote.text).toBe('"Send them home," and "Build the wall."');
    expect(quote.parts?.map(([start, end]) => text.slice(start, end))).toEqual(['"Send them home,"', '"Build the wall."']);
  });

  it('does not join two quoted titles that no comma closes', () => {
    const text = 'Supporters at the rally on Friday said, "We love the songs." The crowd sang along to "La Gozadera" and "Madre Tierra" until midnight.';
    expect(quotes(text).some((q) => q.text.includes('" and "'))).toBe(false);
  });
});
