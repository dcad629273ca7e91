/**
 * Mixed quotations that a describing verb's object leads into (described-as.ts): "dismissed the
 * whole kerfuffle as “absurd.”" reports the object and the quotation together, as PolNeAR annotates
 * it, however short the quotation, and a report that runs on into such a clause of its own ends
 * before it.
 */
import { describe, expect, it } from 'vitest';
import { only, quotes } from './find';

describe('an object described as the quotation after "as"', () => {
  it('opens the quotation at the object of the verb', () => {
    const quote = only('He met with Republican senators, even after repeatedly dismissing them as part of the “Washington cartel” last year.');
    expect([quote.text, quote.kind, quote.cue?.text, quote.speaker?.name]).toEqual(
      ['them as part of the “Washington cartel”', 'mixed', 'dismissing', 'He']);
  });

  it('takes a one-word quotation, which alone would be a scare quote', () => {
    const quote = only('She shares with Trump a strategy that banks on presenting herself as “anti-system.”');
    expect([quote.text, quote.kind, quote.cue?.text]).toEqual(['herself as “anti-system.”', 'mixed', 'presenting']);
  });

  it('keeps the verb\'s particle out of the object', () => {
    const quote = only('For now, the administration waves off the delay as having “minimal” impact.');
    expect([quote.text, quote.cue?.text]).toEqual(['the delay as having “minimal”', 'waves']);
  });

  it('replaces a report of the same verb\'s object alone', () => {
    const found = quotes('Cruz is praising Jeb Bush, who ended his bid for the White House Saturday, as “a man who didn’t go to the gutter” in the race.');
    expect(found.map((q) => [q.text, q.kind, q.cue?.text])).toEqual(
      [['Jeb Bush, who ended his bid for the White House Saturday, as “a man who didn’t go to the gutter”', 'mixed', 'praising']]);
  });

  it('takes nothing from a passive, which has no object before "as"', () => {
    const found = quotes('The event was billed as “Hard Hats for Hillary,” and drew a crowd.');
    expect(found.every((q) => !q.text.startsWith('The event'))).toBe(true);
  });

  it('takes nothing when a verb of describing is missing', () => {
    const found = quotes('He worked for years as a “fixer” in the city.');
    expect(found.every((q) => q.kind !== 'mixed')).toBe(true);
  });
});

describe('a report that runs on into a describing clause of its own', () => {
  it('ends the report at the mark before the clause and opens the quotation at the object', () => {
    const found = quotes('The candidate has mocked a disabled newspaper reporter, referred to undocumented immigrants from Mexico as "rapists" and moved on.');
    expect(found.map((q) => [q.text, q.kind, q.cue?.text, q.speaker?.name])).toEqual([
      ['a disabled newspaper reporter', 'indirect', 'mocked', 'The candidate'],
      ['undocumented immigrants from Mexico as "rapists"', 'mixed', 'referred', 'The candidate'],
    ]);
  });

  it('leaves a report whose clause has no mark before the describing verb whole', () => {
    const found = quotes('Smith said the mayor described the plan as "a disaster for the city" on Monday.');
    expect(found).toHaveLength(1);
    expect(found[0].cue?.text).toBe('said');
  });
});
