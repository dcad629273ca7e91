/**
 * Reported speech whose cue the parser knows but which it used to drop, round 2: a relative clause with a time or a
 * contraction before its cue, a question put after "when", a participle after a trailing attribution, a subject named
 * only in its appositive or followed by a time, a share of people with its own speech cue, and a content after a sentence
 * adverb that links it to the sentence before.
 */
import { describe, expect, it } from 'vitest';
import { summary } from './find';

describe('a relative clause of the subject', () => {
  it('reports across a time of the act before its cue', () => {
    expect(summary('Maria Lopez, who on Tuesday endorsed Ortiz, said the depot would close.')).toEqual([
      ['Ortiz', 'endorsed', 'Maria Lopez'],
      ['the depot would close', 'said', 'Maria Lopez'],
    ]);
    expect(summary('The mayor, who last year threatened to close the depot, has changed his mind.').map(([text, cue]) => [text, cue]))
      .toEqual([['to close the depot', 'threatened']]);
  });

  it('reads a contracted relative word and ends at the comma that closes the clause', () => {
    expect(summary("Lopez, who'd previously backed the fare plan, is now against it.").map(([text, cue]) => [text, cue]))
      .toEqual([['the fare plan', 'backed']]);
  });
});

describe('"when" and a cue\'s past participle', () => {
  it('report the question put, after a connective or a comma, from no speaker of their own', () => {
    expect(summary('But when asked how the depot would pay for it, the mayor changed the subject.'))
      .toEqual([['how the depot would pay for it', 'asked', undefined]]);
    expect(summary('The mayor, when asked about the fare rise, smiled at the crowd.'))
      .toEqual([['the fare rise', 'asked', undefined]]);
  });

  it('and a listener\'s verb set off by a comma report the question put, but not an inverted attribution', () => {
    expect(summary('Maria Lopez, asked about the fare rise at the depot, said it was needed.')).toEqual([
      ['the fare rise at the depot', 'asked', undefined],
      ['it was needed', 'said', 'Maria Lopez'],
    ]);
    expect(summary('Why would the fares rise, asked Maria Lopez, the council member.')).toEqual([['Why would the fares rise', 'asked', 'Maria Lopez']]);
  });

  it('leave a "when" inside the clause to the verb before it', () => {
    expect(summary('He smiled when asked about the fare rise.')).toEqual([['the fare rise', 'asked', 'He']]);
  });
});

describe('a participle after a trailing attribution', () => {
  it('reports on its own, from the attribution\'s speaker', () => {
    expect(summary('The depot will close in May, a city official said, adding that the buses would move to Norton.')).toEqual([
      ['The depot will close in May', 'said', 'a city official'],
      ['that the buses would move to Norton', 'adding', 'a city official'],
    ]);
  });

  it('is not read into a clause joined by "and"', () => {
    expect(summary('The depot will close in May, a city official said, and the buses would move to Norton.').map(([, cue]) => cue))
      .toEqual(['said']);
  });
});

describe('the subject of a stance verb', () => {
  it('is the name an appositive gives when nothing before it names anyone', () => {
    expect(summary("Ortiz's Democratic opponent, Maria Lopez, also praised the plan.")).toEqual([['the plan', 'praised', 'Maria Lopez']]);
  });

  it('is found across a time of the act after its appositive', () => {
    expect(summary('Maria Lopez, the council member, on Wednesday praised the plan.')).toEqual([['the plan', 'praised', 'Maria Lopez']]);
  });
});

describe('a share of people with a speech cue of its own', () => {
  it('ends the content before it and reports on its own', () => {
    expect(summary('Six in 10 riders said the buses were late, and three-quarters said the fares were too high.')).toEqual([
      ['the buses were late', 'said', 'Six in 10 riders'],
      ['the fares were too high', 'said', 'three-quarters'],
    ]);
  });

  it('leaves a figure with no cue after it in the content', () => {
    expect(summary('The mayor said 40 buses would be replaced, and six new depots would open in May.'))
      .toEqual([['40 buses would be replaced, and six new depots would open in May', 'said', 'The mayor']]);
  });
});

describe('a sentence adverb before a content that a trailing attribution reports', () => {
  it('is left out of the content', () => {
    expect(summary('Meanwhile, the depot has lost money for years, according to a city audit.'))
      .toEqual([['the depot has lost money for years', 'according to', 'a city audit']]);
    expect(summary('In fact, the buses were late every day, the mayor said.')).toEqual([['the buses were late every day', 'said', 'the mayor']]);
  });

  it('is not "But", which PolNeAR keeps as often as not', () => {
    expect(summary('But the buses were late every day, the mayor said.')).toEqual([['But the buses were late every day', 'said', 'the mayor']]);
  });
});
