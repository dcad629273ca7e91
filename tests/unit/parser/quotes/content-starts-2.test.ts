/**
 * Where reported contents start after words that are the cue's: a manner adverb between a cue and its preposition
 * ("focused squarely on <content>", "argued forcefully against <content>"), and a sign that a verb of showing names
 * ("showed no sign of <content>").
 */
import { describe, expect, it } from 'vitest';
import { quotes } from './find';

/** The text of each quotation found. */
function texts(text: string): string[] {
  return quotes(text).map((q) => q.text);
}

describe('a manner adverb between a cue and its preposition', () => {
  it('stays with a stance cue, and the content starts after the preposition', () => {
    expect(texts('The senator focused squarely on the rising cost of prescription drugs.'))
      .toEqual(['the rising cost of prescription drugs']);
  });

  it('stays with a speech cue, and the content starts after the preposition', () => {
    expect(texts('The mayor argued forcefully against the plan to close the library.'))
      .toEqual(['the plan to close the library']);
  });

  it('is no adverb when the word in -ly is a noun ("a rally on")', () => {
    const found = texts('The governor focused rally on the state budget and the schools.');
    expect(found.every((text) => !text.startsWith('the state budget'))).toBe(true);
  });

  it('leaves the content alone when no preposition follows the adverb', () => {
    expect(texts('The mayor said repeatedly that the tunnel would open in May.'))
      .toEqual(['that the tunnel would open in May']);
  });
});

describe('a sign that a verb of showing names', () => {
  it('belongs to the cue, and the content starts after "of"', () => {
    expect(texts('But Mr. Sanders showed no sign of backing down from the fight.'))
      .toEqual(['backing down from the fight']);
  });

  it('may take a modifier before the noun', () => {
    expect(texts('His campaign showed no immediate signs of relenting in its bid for the nomination.'))
      .toEqual(['relenting in its bid for the nomination']);
  });

  it('leaves a sign named by another verb in the content', () => {
    expect(texts('The mayor said signs of progress were everywhere in the city.'))
      .toEqual(['signs of progress were everywhere in the city']);
  });
});
