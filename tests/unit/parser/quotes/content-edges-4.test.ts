/**
 * Reported contents that ran on into the next sentence because its full stop sat on an abbreviation ("entering
 * the U.S. The proposal ...", "at 7 p.m. He ...", "Calif. The county ...", "said no. But ..."): a pronoun, an
 * article or a connective after the period opens a new sentence, and the content ends before it, keeping the period of
 * a capitalised listed abbreviation ("in San Bernardino, Calif."), which is the word's own. And "who" before a
 * naming cue ("Rubio, who he dubbed "the little senator."") is the named object: the content keeps it, in two parts.
 */
import { describe, expect, it } from 'vitest';
import { quotes } from './find';

const texts = (text: string) => quotes(text).map((q) => q.text);

/** Each quotation as [text, pieces or null]. */
function spans(text: string): Array<[string, string[] | null]> {
  return quotes(text).map((q) => [q.text, q.parts ? q.parts.map(([s, e]) => text.slice(s, e)) : null]);
}

describe('a reported content ending on an abbreviation', () => {
  it('ends at a dotted abbreviation when a pronoun or article opens the next sentence', () => {
    expect(texts('Trump said he wants to bar Muslims from entering the U.S. The proposal has drawn criticism.'))
      .toEqual(['he wants to bar Muslims from entering the U.S.']);
    expect(texts('The mayor said the city would close the bridge at 7 p.m. He gave no reason.'))
      .toEqual(['the city would close the bridge at 7 p.m.']);
  });

  it('ends at a listed abbreviation ("Calif.", "no.") before an article or a connective', () => {
    expect(texts('The governor said the shelter opened in San Bernardino, Calif. The county said it was full.'))
      .toEqual(['the shelter opened in San Bernardino, Calif.', 'it was full']);
    expect(texts('Asked whether she would run again, she said no. But she did not rule out a later bid.'))
      .toEqual(['whether she would run again', 'no']);
  });

  it('keeps the period of a capitalised abbreviation, not of a word that is also an ordinary one', () => {
    expect(texts('The union said the contract covers workers at one store in Everett, Mass.'))
      .toEqual(['the contract covers workers at one store in Everett, Mass.']);
    expect(texts('The spokesman said the letter was signed by Charles Elliott Jr. The board met later.'))
      .toEqual(['the letter was signed by Charles Elliott Jr.']);
    expect(texts('Asked whether she would run again, she said no.')).toEqual(['whether she would run again', 'no']);
  });

  it('runs on past an abbreviation before a name', () => {
    expect(texts('The aide said the bill was written by the U.S. Senate in secret.'))
      .toEqual(['the bill was written by the U.S. Senate in secret']);
  });
});

describe('"who" before a naming cue', () => {
  it('opens the content as the object that the cue names', () => {
    expect(spans('Much of the anger was aimed at Bannon, who Beck on Wednesday called "a horrible, despicable human being."'))
      .toEqual([['who Beck on Wednesday called "a horrible, despicable human being."', ['who', '"a horrible, despicable human being."']]]);
    expect(spans('He mocked Rubio, who he dubbed "the little senator." The crowd laughed.'))
      .toContainEqual(['who he dubbed "the little senator."', ['who', '"the little senator."']]);
  });

  it('stays out of a report that it is the subject of', () => {
    expect(spans('He thanked the soldiers, who he said were "the best of us."'))
      .toContainEqual(['were "the best of us."', null]);
  });
});
