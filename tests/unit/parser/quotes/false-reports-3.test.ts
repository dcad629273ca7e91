/**
 * More uses of a cue word and more content shapes that report no one (false-reports.ts): finding oneself somewhere, a
 * bill passing a chamber, a response by an act (`isFalseReport`); a content that is only a time, only an office sought
 * or only a short adjunct of place or time (`isFalseContent`). Each rule has a case it removes and a true quotation
 * it keeps.
 */
import { describe, expect, it } from 'vitest';
import { quotes, summary } from './find';

describe('"find" before a reflexive', () => {
  it('puts someone in a situation', () => {
    expect(quotes("The Government Development Bank has found itself at the center of the island's financial jam.")).toEqual([]);
    expect(quotes('Just three hours later, Obama found himself in the awkward position of addressing the attack.')).toEqual([]);
  });

  it('keeps a finding', () => {
    expect(summary('An audit found that the bank had lent money to a golf resort.'))
      .toEqual([['that the bank had lent money to a golf resort', 'found', 'An audit']]);
  });
});

describe('"pass" before a chamber', () => {
  it('is a bill passing it', () => {
    expect(quotes('The legislation passed the House again over veto threats from the White House.')).toEqual([]);
  });

  it('keeps a chamber passing a bill', () => {
    expect(summary('The Senate passed a bill that would ban the practice.')).toEqual([['that would ban the practice', 'passed', 'Senate']]);
  });
});

describe('a response by an act', () => {
  it('reports what was done, not said', () => {
    expect(quotes('Mr. Netanyahu responded by settling a dispute with Turkey.')).toEqual([]);
  });

  it('keeps a response by speech', () => {
    expect(summary('Zucker responded by saying that the network does not pay candidates.'))
      .toEqual([['that the network does not pay candidates', 'responded', 'Zucker']]);
  });
});

describe('a content that is only a time', () => {
  it('is an adjunct of the act', () => {
    expect(quotes('He apologized the next day.')).toEqual([]);
    expect(quotes('The Washington Post reported ten days ago.')).toEqual([]);
    expect(quotes('It was retweeted over 25,000 times.')).toEqual([]);
  });

  it('keeps a report after a time', () => {
    expect(summary('The Washington Post reported last week that the payments were never disclosed.'))
      .toEqual([['that the payments were never disclosed', 'reported', 'Washington Post']]);
  });
});

describe('a content of seeking that is only an office', () => {
  it('is a candidacy', () => {
    expect(quotes('Clinton was seeking a fifth term.')).toEqual([]);
    expect(summary('Rubio, who is seeking reelection, has pushed for more money.')).toEqual([['more money', 'pushed', 'Rubio']]);
  });

  it('keeps what is sought to be done', () => {
    expect(summary('Cruz is seeking to consolidate conservatives.')).toEqual([['to consolidate conservatives', 'seeking', 'Cruz']]);
  });
});

describe('a short content opened by a preposition of place or time', () => {
  it('is where or when the act happened', () => {
    expect(quotes('Katie Packer said in a statement provided to reporters.')).toEqual([]);
  });

  it('keeps a clause after the adjunct, a longer report and a particle of the cue', () => {
    expect(summary('Pence said in politics it takes time.')).toEqual([['in politics it takes time', 'said', 'Pence']]);
    expect(summary('Pence said in the last two elections the party had lost its way.'))
      .toEqual([['in the last two elections the party had lost its way', 'said', 'Pence']]);
    expect(summary('Trump lashed out at Khan after the speech.')).toEqual([['Khan after the speech', 'lashed out', 'Trump']]);
  });
});
