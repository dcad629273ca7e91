import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../src/parser';
import { segment } from '../../../../src/parser/segment';
import { tidyMention } from '../../../../src/parser/quotes/mention-span';

/** The words tidyMention keeps of a phrase given whole as a mention. */
function tidied(phrase: string): string {
  const { tokens } = segment(phrase);
  const kept = tidyMention(tokens, { start: 0, end: tokens.length });
  return phrase.slice(tokens[kept.start].start, tokens[kept.end - 1].end);
}

/** The local speaker mention of the first quotation the whole parser finds. */
function speakerMention(text: string): string {
  const { quotes } = analyze(text);
  const speaker = quotes[0]?.speaker;
  return speaker?.start === undefined ? '' : text.slice(speaker.start, speaker.end);
}

describe('tidyMention', () => {
  it('keeps the name or pronoun after an adjunct set off by a comma', () => {
    expect(tidied('in that law, Azzouz')).toBe('Azzouz');
    expect(tidied('at the Democratic convention, he')).toBe('he');
  });

  it('keeps a name followed by its description: no name or pronoun opens what follows the comma', () => {
    expect(tidied('Cecelia Purner, 67, a retired teacher')).toBe('Cecelia Purner, 67, a retired teacher');
  });

  it('drops opening conjunctions and subordinators', () => {
    expect(tidied('while 9 percent')).toBe('9 percent');
    expect(tidied('But Mr. Trump')).toBe('Mr. Trump');
  });

  it('drops the auxiliaries, particles and infinitive verbs of a longer predicate', () => {
    expect(tidied('Carly Fiorina for')).toBe('Carly Fiorina');
    expect(tidied('Trump then went on to')).toBe('Trump');
    expect(tidied('his campaign did not')).toBe('his campaign');
    expect(tidied('the inference can be')).toBe('the inference');
  });

  it('keeps a relative pronoun, which PolNeAR marks as the local mention, and never cuts a mention to nothing', () => {
    expect(tidied('a foundation that')).toBe('a foundation that');
    expect(tidied('while')).toBe('while');
    expect(tidied('to')).toBe('to');
  });
});

describe('speaker mentions in the parser', () => {
  it('covers a whole name with initials, as the entity stage found it', () => {
    expect(speakerMention('“It is very much something to worry about,” said C. Eugene Steuerle, a fellow at the Urban Institute.'))
      .toBe('C. Eugene Steuerle');
    expect(speakerMention('William G. Gale, an economist, said the rules were clear.')).toBe('William G. Gale');
  });

  it('leaves out an adjunct between the quotation and the speaker', () => {
    expect(speakerMention('Azzouz spoke at length. “We must pay attention to what is written” in that law, Azzouz said.'))
      .toBe('Azzouz');
  });

  it('takes no clause or verb phrase before a trailing "said Name" for a description of the speaker', () => {
    const quote = (text: string) => analyze(text).quotes.map((q) => [q.text, q.speaker?.name]);
    expect(quote('Potholes form when water seeps into cracks, creating a larger crevice, said Joe Carbone, who works for the city.'))
      .toEqual([['Potholes form when water seeps into cracks, creating a larger crevice', 'Joe Carbone']]);
    expect(quote('Work is halted because dirt, used to fill in trenches, freezes, said Ian Michaels, a spokesman for the city.'))
      .toEqual([['Work is halted because dirt, used to fill in trenches, freezes', 'Ian Michaels']]);
  });

  it('reads a description whose joiner links a word that names speakers to its object', () => {
    expect(speakerMention('The plan is dead, an adviser to the governor said.')).toBe('an adviser to the governor');
    expect(speakerMention('The plan is dead, members of the commission said.')).toBe('members of the commission');
  });
});
