/**
 * Where reported contents start: a "that" that comes late after an adjunct of a speech act ("said Thursday during a
 * taping of ..., New York, that <content>", "said on NBC's "Meet the Press" on Sunday that <content>") still opens the
 * content, and a discourse connective set off by a comma before a content whose attribution trails ("In fact, <content>,
 * analysts said") is the writer's, left out of it.
 */
import { describe, expect, it } from 'vitest';
import { quotes } from './find';

/** Each quotation as [text, pieces or null]. */
function spans(text: string): Array<[string, string[] | null]> {
  return quotes(text).map((q) => [q.text, q.parts ? q.parts.map(([s, e]) => text.slice(s, e)) : null]);
}

describe('a late "that" after an adjunct of the speech act', () => {
  it('opens the content after a long adjunct with commas in it', () => {
    expect(spans('Senator Mark Hollis said Thursday during a taping of a town hall meeting in Buffalo, New York, that the state is wrong to ban drilling.'))
      .toEqual([['that the state is wrong to ban drilling', null]]);
  });

  it('opens the content after an adjunct that names a show in quotation marks', () => {
    expect(spans('The governor said on NBC\'s "Meet the Press" on Sunday that the budget would pass within a week.'))
      .toEqual([['that the budget would pass within a week', null]]);
  });

  it('opens the content after an adjunct whose noun reads as a cue', () => {
    expect(spans('The regional president said in one of a series of Twitter messages that the truck was carrying arms.'))
      .toEqual([['that the truck was carrying arms', null]]);
  });

  it('leaves a "that" after a clause of the content to that clause', () => {
    const found = spans('The mayor said at the briefing the contractors had finished the tunnel that connects the two stations.');
    expect(found).toHaveLength(1);
    expect(found[0][0]).toMatch(/the contractors had finished the tunnel that connects the two stations$/);
  });
});

describe('a connective set off by a comma before a content whose attribution trails', () => {
  it('is left out before "X said"', () => {
    expect(spans('In fact, neither plan would change what most families pay in taxes, analysts said.'))
      .toEqual([['neither plan would change what most families pay in taxes', null]]);
  });

  it('is left out before "according to X"', () => {
    expect(spans('Meanwhile, her negative ratings have been rising for months, according to the poll.'))
      .toEqual([['her negative ratings have been rising for months', null]]);
  });

  it('leaves an opening adjunct that is no connective, and a connective that goes on to a phrase of its own', () => {
    expect(spans('In February, he raised $5 million for the campaign, his aides said.'))
      .toEqual([['In February, he raised $5 million for the campaign', null]]);
    expect(spans('In contrast to the state, the city has cut its budget for parks, officials said.'))
      .toEqual([['In contrast to the state, the city has cut its budget for parks', null]]);
  });

  it('leaves a connective that the attribution interrupts as the first part', () => {
    expect(spans('Instead, she said, her boss told her the meeting was cancelled.'))
      .toEqual([['Instead, she said, her boss told her the meeting was cancelled', ['Instead', 'her boss told her the meeting was cancelled']]]);
  });
});
