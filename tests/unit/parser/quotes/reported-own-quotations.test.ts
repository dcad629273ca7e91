/**
 * A reported content stops where a quotation with an attribution of its own starts, and
 * "according to" is read after the marks that set it off, not only after a comma.
 */
import { describe, expect, it } from 'vitest';
import { quotes } from './find';

const spans = (text: string): Array<[string, string]> => quotes(text).map((q) => [q.text, q.kind]);

describe('a subordinate clause whose subject has a title', () => {
  it('ends the content at the main clause, whose speaker introduces the quotation', () => {
    const text = 'After former Gov. Lena Ruiz criticized the budget during a debate, Tom Becker shot back, “I would rather fix the roads than talk about them.”';
    // The occasion "during a debate" is left out of the object, as PolNeAR does (stance-object-ends.test.ts).
    expect(spans(text)).toEqual([
      ['the budget', 'indirect'],
      ['“I would rather fix the roads than talk about them.”', 'direct'],
    ]);
  });

  it('leaves a content without a subordinator to run on', () => {
    expect(spans('Former Gov. Lena Ruiz criticized the budget, the plan and the roads.')).toEqual([
      ['the budget, the plan and the roads', 'indirect'],
    ]);
  });
});

describe('a quotation set off by a comma after an interrupting attribution', () => {
  it('is the attribution’s own words, not the rest of the content', () => {
    const text = 'When someone in the hall shouted, “Resign,” Becker joked, again in a mock accent, “Not today, my friend!”';
    expect(spans(text)).toContainEqual(['“Not today, my friend!”', 'direct']);
    expect(spans(text).filter(([quote]) => quote.includes('again in a mock accent'))).toEqual([]);
  });

  it('stays in the content when the rest goes on with a clause of its own', () => {
    const text = 'The ferry, Becker said, again in his office, will “never sail on time.”';
    expect(spans(text)).toEqual([[text, 'mixed']]);
    const that = 'The budget is short, Becker said, that if the council waits, “the roads will crumble.”';
    expect(spans(that)).toEqual([[that, 'mixed']]);
  });
});

describe('"according to" set off by other marks', () => {
  it('closes a content before a dash', () => {
    const found = quotes('The city paid $4 million for repairs — including bridges and tunnels — according to the annual audit.');
    expect(found.map((q) => [q.text, q.cue?.text, q.speaker?.name])).toEqual([
      ['The city paid $4 million for repairs — including bridges and tunnels', 'according to', 'the annual audit'],
    ]);
  });

  it('opens a content after a parenthesis or a colon', () => {
    expect(quotes('The mayor stayed home. (According to the police, the street was closed for hours.)').map((q) => q.text))
      .toEqual(['the street was closed for hours']);
    expect(quotes('It did not go unnoticed: According to recent polls, the mayor has lost half of her support.').map((q) => q.text))
      .toEqual(['the mayor has lost half of her support']);
  });

  it('does not open one after a word deep in the sentence', () => {
    expect(quotes('The mayor stayed home because according to the police the street was closed.').map((q) => q.text))
      .not.toContain('the street was closed');
  });
});
