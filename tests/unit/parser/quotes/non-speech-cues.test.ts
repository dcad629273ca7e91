/**
 * Words that look like reporting cues but report nothing in their context: a cue word that is a noun ("the
 * executive order", "the bottom line is") or an adjective ("with added costs"), a hortative ("let's say"), a phrasal verb of another meaning
 * ("showed up"), a verb that gives a noun its name ("a firm called ..."), and an opening adjunct before an
 * attribution that has a complement of its own.
 */
import { describe, expect, it } from 'vitest';
import { quotes, summary } from './find';

describe('a cue word that is a noun in context', () => {
  it('is no cue at the end of a compound noun', () => {
    const cues = summary('To make sure the progress continues, the executive order that Obama plans to sign will have a review period.').map(([, cue]) => cue);
    expect(cues).not.toContain('order');
    expect(quotes('WeWork pulled its initial public offering on September 30 after investors grew wary.')).toEqual([]);
  });

  it('is no cue as a modified subject before a form of "be"', () => {
    expect(quotes('The bottom line is that the plan is flawed.')).toEqual([]);
  });

  it('stays a cue after a determiner when it is a noun of speech, whose content PolNeAR annotates', () => {
    // Whether the content takes in "is" is the edge rankers' choice; that the noun reports, from "His", is this rule's.
    expect(summary('Sanders spoke last. His fear is that the party will split before the convention.')
      .map(([content, cue, speaker]) => [content.endsWith('that the party will split before the convention'), cue, speaker]))
      .toEqual([[true, 'fear', 'His']]);
    expect(summary('Obama renewed his call for a ban on assault weapons on Monday.').map(([content, cue]) => [content, cue]))
      .toEqual([['a ban on assault weapons on Monday', 'call']]);
  });

  it('stays a cue after a plural head, which takes a bare verb', () => {
    expect(summary('The people say that the plan is flawed.')).toEqual([['that the plan is flawed', 'say', 'The people']]);
  });
});

describe('a past participle after "with"', () => {
  it('is an adjective, no cue', () => {
    expect(quotes('The certification comes with added costs borne by the fishermen and buyers.')).toEqual([]);
  });
});

describe('a hortative before a speech verb', () => {
  it('proposes to speak and attributes nothing', () => {
    expect(quotes("But first, let's say what the sale is not.")).toEqual([]);
  });

  it('still reports an attitude of the writer', () => {
    expect(summary("Let's hope it stays that way.")).toEqual([['it stays that way', 'hope', "Let's"]]);
  });
});

describe('a phrasal verb of another meaning', () => {
  it('is no cue', () => {
    expect(quotes('Thousands of voters showed up at the polls on Tuesday.')).toEqual([]);
    expect(quotes('The new console shows off how immersive games can be.')).toEqual([]);
    expect(quotes('Named after the economist Simon Kuznets, the curve is famous.')).toEqual([]);
    expect(quotes('The fund was named for her late husband.')).toEqual([]);
  });

  it('leaves a reporting particle verb alone', () => {
    expect(summary('She pointed out that the plan was flawed.')).toEqual([['that the plan was flawed', 'pointed', 'She']]);
  });
});

describe('a verb that gives a common noun its name', () => {
  it('reports nothing when the content is only the name', () => {
    expect(quotes('He works for a firm called Cambridge Analytica.')).toEqual([]);
    expect(quotes('She met a meteorologist named Edward Lorenz.')).toEqual([]);
  });

  it('stays a stance verb with a named speaker or a quotation', () => {
    expect(summary('The senator called Trump a liar.')).toEqual([['Trump a liar', 'called', 'The senator']]);
    expect(summary('One lawmaker called Trump "the orange prince of self-publicity."')).toEqual([
      ['Trump "the orange prince of self-publicity."', 'called', 'One lawmaker'],
    ]);
  });
});

describe('an opening adjunct before an attribution with a complement of its own', () => {
  it('is no content: the complement is', () => {
    expect(summary('In their meetings this week, the government team boasted of concessions in the new bill.')).toEqual([
      ['concessions in the new bill', 'boasted', 'the government team'],
    ]);
  });

  it('leaves a clause before a bare trailing attribution alone', () => {
    expect(summary('In Paris the talks went well, Duarte said.')).toEqual([['In Paris the talks went well', 'said', 'Duarte']]);
    expect(summary('In Paris, the talks went well, Duarte said on Monday.')).toEqual([['In Paris, the talks went well', 'said', 'Duarte']]);
  });
});

describe('a cue in a relative clause of a generic pronoun', () => {
  it('reports no one', () => {
    expect(quotes('So anyone who votes against the deal and thinks this is a bum price is out of luck.')).toEqual([]);
    expect(quotes('Anyone who says the plan is simple has not read it.')).toEqual([]);
  });

  it('leaves the main verb after such a subject alone', () => {
    expect(summary('Anyone who knows him well knows he will not cave.')).toEqual([['he will not cave', 'knows', 'Anyone']]);
  });
});

describe('a cue word in a set phrase', () => {
  it('reports nothing', () => {
    expect(quotes('Come to think of it, why would drivers value their lives so cheaply?')).toEqual([]);
    expect(quotes('The results were disappointing, to say the least.')).toEqual([]);
    expect(quotes('Truth be told, the plan was never popular.')).toEqual([]);
  });

  it('leaves the same words outside the phrase alone', () => {
    expect(summary('Aides told the senator that the plan was never popular.')).toEqual([['that the plan was never popular', 'told', 'Aides']]);
  });
});
