/**
 * Reported contents that started or ended one piece off: a cue in an adverbial clause that opens the sentence,
 * a description the writer adds after a speech verb's content, a connective alone before an interrupting
 * attribution, an inverted attribution between a subject and its predicate, and a relative clause set off
 * by commas inside the main clause.
 */
import { describe, expect, it } from 'vitest';
import { quotes } from './find';

/** Each quotation as [text, pieces or null]. */
function spans(text: string): Array<[string, string[] | null]> {
  return quotes(text).map((q) => [q.text, q.parts ? q.parts.map(([s, e]) => text.slice(s, e)) : null]);
}

describe('a cue in an adverbial clause that opens the sentence', () => {
  it('ends the content of an opening participle where the main clause starts', () => {
    const found = quotes('Having announced that he would not seek the office, Mr. Biden campaigned for the party.');
    expect(found.map((q) => [q.text, q.cue?.text])).toEqual([['that he would not seek the office', 'announced']]);
  });

  it('ends the content after "Rather than" where the main clause starts', () => {
    const found = quotes('Rather than admitting that the plan had failed, the governor blamed the weather.');
    expect(found[0].text).toBe('that the plan had failed');
    expect(found[0].cue?.text).toBe('admitting');
  });

  it('reads "Instead" without "of" as no adverbial clause: an inner "if" clause stays in the content', () => {
    const found = spans('Instead he gave a speech in which he pledged that, if elected, he would cut taxes.');
    expect(found).toEqual([['which he pledged that, if elected, he would cut taxes', ['which', 'that, if elected, he would cut taxes']]]);
  });
});

describe("a description the writer adds after a speech verb's content", () => {
  it('leaves out a closing appositive opened by "a"', () => {
    expect(spans('Most voters said she could win a general election, a 16-point margin over her rival.'))
      .toEqual([['she could win a general election', null]]);
    expect(spans('Lena Ortiz said the budget was balanced, a claim the auditors dispute.')).toEqual([['the budget was balanced', null]]);
  });

  it('keeps a closing phrase opened by "the", which as often goes on with the report', () => {
    expect(spans('Lena Ortiz said the plant would close, the first closure in a decade.'))
      .toEqual([['the plant would close, the first closure in a decade', null]]);
  });
});

describe('a connective alone before an interrupting attribution', () => {
  it('drops "But" and keeps only the rest of the content', () => {
    const [quote] = quotes('But, Carson added, he did not support issuing quarantines.');
    expect(quote.text).toBe('he did not support issuing quarantines');
    expect(quote.parts).toBeUndefined();
    expect(quote.speaker?.name).toBe('Carson');
  });

  it('keeps "Instead", which PolNeAR counts in the content', () => {
    expect(spans('Instead, Carson added, he supported closer monitoring of travelers.'))
      .toEqual([['Instead, Carson added, he supported closer monitoring of travelers', ['Instead', 'he supported closer monitoring of travelers']]]);
  });
});

describe('an inverted attribution between a subject and its predicate', () => {
  it('goes on with the predicate after the speaker and others', () => {
    const text = 'The contrast with Trump, said Doyle and others, would be clear to every voter.';
    const [quote] = quotes(text);
    expect(spans(text)).toEqual([[text.slice(0, -1), ['The contrast with Trump', 'would be clear to every voter']]]);
    expect(quote.speaker?.name).toBe('Doyle');
  });

  it("goes on past the speaker's description", () => {
    expect(spans('The levy, said Ana Ruiz, a council member, would be a disaster for shops.')[0][1])
      .toEqual(['The levy', 'would be a disaster for shops']);
  });

  it('still ends at a description that closes the sentence', () => {
    expect(spans('The levy would be a disaster, said Ana Ruiz, a council member from Leeds.')).toEqual([['The levy would be a disaster', null]]);
  });
});

describe('a relative clause set off by commas inside the main clause', () => {
  it('ends where the main clause resumes with its verb', () => {
    expect(spans('The levy, which the mayor said would raise millions, is unpopular with shop owners.'))
      .toEqual([['which the mayor said would raise millions', ['which', 'would raise millions']]]);
  });

  it('keeps a restrictive relative clause running to the end', () => {
    expect(spans('They built a wall that he said Mexico would pay for.')).toEqual([['that he said Mexico would pay for', ['that', 'Mexico would pay for']]]);
  });
});
