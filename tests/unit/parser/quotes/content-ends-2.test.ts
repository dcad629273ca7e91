/**
 * Where a reported content ends when a title's abbreviation carries a hyphenated prefix: the period of "then-Sen." or
 * "ex-Gov." stands before the name, as after the bare title ("Sen. Barack Obama"), so it ends no sentence and the
 * content goes on to its own end ("... then-Sen. [Barack Obama was narrower ...]" was cut at the period). A prefixed
 * word that is no title ("the co-chair.") still ends its sentence.
 */
import { describe, expect, it } from 'vitest';
import { segment } from '../../../../src/parser/segment';
import { summary } from './find';

describe('a hyphenated prefix before an abbreviated title', () => {
  it('keeps the period of "then-Sen." inside the sentence', () => {
    const text = 'The gap is narrower than it was with then-Sen. Barack Obama. Voters noticed.';
    expect(segment(text).sentences.map((s) => text.slice(s.start, s.end)))
      .toEqual(['The gap is narrower than it was with then-Sen. Barack Obama.', 'Voters noticed.']);
  });

  it('lets a reported content run past "then-Sen." and "then-Cmdr." to its end', () => {
    expect(summary('Carter argued that the distance between Clinton and then-Sen. Barack Obama was narrower than it is now.'))
      .toEqual([['that the distance between Clinton and then-Sen. Barack Obama was narrower than it is now', 'argued', 'Carter']]);
    expect(summary('The city agreed to pay victims of the unit directed by then-Cmdr. Jon Burge, the mayor said.')[0][0])
      .toBe('The city agreed to pay victims of the unit directed by then-Cmdr. Jon Burge');
  });

  it('still ends the sentence after a prefixed word that is no title', () => {
    const text = 'She met the co-chair. He left.';
    expect(segment(text).sentences).toHaveLength(2);
  });
});
