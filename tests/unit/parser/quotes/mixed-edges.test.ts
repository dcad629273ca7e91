/**
 * Where a mixed quotation starts and ends around its quotation marks, as PolNeAR annotates it: the
 * "that" clause a quotation finishes (mixed-openings.ts), a lead naming the topic before a
 * parenthetical attribution (direct.ts), the content of a participle after a document ("issued a
 * statement describing ...", leading-content.ts), the writer's addition after a dash that follows
 * the quotation (leading-content.ts) and a "that" report that a colon hands over to a quotation
 * (mixed-openings.ts); and a direct quotation of a few words that a noun names ("the term "..."",
 * direct.ts). Each rule has one case it changes and one it must leave alone.
 */
import { describe, expect, it } from 'vitest';
import { only, quotes } from './find';

describe('a "that" clause that a quotation no rule attributed finishes', () => {
  it('opens the quotation at "that" when a subject follows it', () => {
    const quote = only('On Monday, Trump groused to a crowd in Georgia that CNN “doesn’t treat me properly” before he left.');
    expect([quote.text, quote.kind]).toEqual(['that CNN “doesn’t treat me properly”', 'mixed']);
  });

  it('opens it at "that" right before the marks', () => {
    const quote = only('Madeleine Albright fanned controversy this year over her remark that “there’s a special place in hell for women.”');
    expect([quote.text, quote.kind]).toEqual(['that “there’s a special place in hell for women.”', 'mixed']);
  });

  it('leaves a relative "that" before a verb out of the quotation', () => {
    const quote = only('Federal labor groups have long campaigned against having private contractors do jobs that are considered “inherently governmental.”');
    expect([quote.text, quote.kind]).toEqual(['“inherently governmental.”', 'direct']);
  });
});

describe('a lead that names the topic before a parenthetical attribution', () => {
  it('takes "Of ..." into the quotation, in two parts', () => {
    const text = 'Of Carson, Levine said, “He’s flat-out scary and totally vapid.”';
    const quote = only(text);
    expect([quote.text, quote.kind, quote.cue?.text, quote.speaker?.name]).toEqual([text, 'mixed', 'said', 'Levine']);
    expect(quote.parts?.map(([s, e]) => text.slice(s, e))).toEqual(['Of Carson', '“He’s flat-out scary and totally vapid.”']);
  });

  it('leaves a time before the attribution out of a capitalised quotation', () => {
    const quote = only('On Tuesday, Levine said, “He’s flat-out scary and totally vapid.”');
    expect([quote.text, quote.kind]).toEqual(['“He’s flat-out scary and totally vapid.”', 'direct']);
  });
});

describe('a participle after a document hands over the content', () => {
  it('starts the content after a stance participle ("issued a statement describing ...")', () => {
    const quote = only('Trump and Ryan issued a statement describing their meeting as a “very positive step toward unification.”');
    expect([quote.text, quote.kind, quote.cue?.text]).toEqual(['their meeting as a “very positive step toward unification.”', 'mixed', 'describing']);
  });

  it('keeps the object of a verb whose object names no document', () => {
    // Where the content starts is the edge rankers' choice (edge-model.ts); the cue stays the verb's own.
    const quote = only('Trump issued a warning calling the deal “a disaster for the country.”');
    expect(quote.cue?.text).toBe('issued');
    expect(quote.text.endsWith('the deal “a disaster for the country.”')).toBe(true);
  });
});

describe('a dash after a quotation in a reported content', () => {
  it('ends the content before the writer’s addition', () => {
    const quote = only('She added that 2016 “is going to be a national security election” — an issue Democrats have struggled with.');
    expect([quote.text, quote.kind]).toEqual(['that 2016 “is going to be a national security election”', 'mixed']);
  });

  it('runs on past a quotation set off by a pair of dashes', () => {
    const quote = only('Bloomberg says he is so distressed by the tone of the campaign -- “an outrage and an insult to voters” -- that he is considering a run.');
    expect(quote.text).toBe('he is so distressed by the tone of the campaign -- “an outrage and an insult to voters” -- that he is considering a run');
  });

  it('runs on into a quotation that the dash introduces', () => {
    const quote = only('He quoted Reagan’s “eleventh commandment” -- “Thou shall not speak ill of thy fellow Republican.”');
    expect(quote.text).toBe('Reagan’s “eleventh commandment” -- “Thou shall not speak ill of thy fellow Republican.”');
  });
});

describe('a "that" report that a colon hands over to a quotation', () => {
  it('is one mixed quotation with the quotation', () => {
    const quote = only('He adds that American Muslims have two choices: “You either leave or you fight.”');
    expect([quote.text, quote.kind, quote.cue?.text, quote.speaker?.name]).toEqual(
      ['that American Muslims have two choices: “You either leave or you fight.”', 'mixed', 'adds', 'He']);
  });

  it('joins a "that" clause that opens with a subordinate one', () => {
    const quote = only('Mr. Amar said that if viewed through the lens of strategy, a grand bargain might be possible: “In business, the question is price.”');
    expect(quote.text).toBe('that if viewed through the lens of strategy, a grand bargain might be possible: “In business, the question is price.”');
  });

  it('leaves a quotation attributed after it apart', () => {
    const found = quotes('Le Pen asserted that France had lost its identity: “France is no longer France,” she claimed.');
    expect(found.map((q) => [q.text, q.kind])).toEqual([['that France had lost its identity', 'indirect'], ['“France is no longer France,”', 'direct']]);
  });

  it('leaves a quotation apart after an object that "that" only points to', () => {
    const found = quotes('Critics mocked that plan as a stunt: “It will never pass the Senate.”');
    expect(found.map((q) => [q.text, q.kind])).toEqual([['that plan as a stunt', 'indirect'], ['“It will never pass the Senate.”', 'direct']]);
  });
});

describe('words that a noun before the marks names', () => {
  it('are a direct quotation however few ("the term "..."")', () => {
    const quote = only('His fundraising emails have all used the term “kitchen sink” this week.');
    expect([quote.text, quote.kind]).toEqual(['“kitchen sink”', 'direct']);
  });

  it('leave a name in marks alone', () => {
    expect(quotes('Puerto Rico is proud. The name “Trump” is on the tower.')).toEqual([]);
  });
});
