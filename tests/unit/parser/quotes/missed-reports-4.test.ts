/**
 * Reported speech whose cue the parser knows but which it used to drop, round 4: a subject pronoun fused with its
 * auxiliary ("they've", "he's") after an opening word, and an adverb that stands between an auxiliary and its cue only
 * there ("have since denounced", "has long opposed").
 */
import { describe, expect, it } from 'vitest';
import { summary } from './find';

describe('a pronoun fused with its auxiliary', () => {
  it('is the subject after an opening connective or adverb', () => {
    expect(summary("Yet they've endorsed the new depot plan.")).toEqual([['the new depot plan', 'endorsed', 'they']]);
    expect(summary('Mostly, they\u2019ve offered colorful language about the depot.')).toEqual([['colorful language about the depot', 'offered', 'they']]);
    expect(summary("While he's said he will fight for the depot, the mayor is quiet.").map(([text, cue]) => [text, cue]))
      .toEqual([['he will fight for the depot', 'said']]);
  });

  it('leaves "it\'s" and "there\'s" as no speaker', () => {
    expect(summary("Yet there's no sign the council will vote.")).toEqual([]);
  });
});

describe('an adverb after an auxiliary', () => {
  it('"since", "long" and "all" stand between the subject and its cue', () => {
    expect(summary('Several council members have since denounced the fare rise.')).toEqual([['the fare rise', 'denounced', 'Several council members']]);
    expect(summary('The drivers have all said they oppose the depot plan.')).toEqual([['they oppose the depot plan', 'said', 'The drivers']]);
  });

  it('"since" that opens a clause is no adverb', () => {
    expect(summary('Since the council said the depot would close, the drivers have left.').map(([text, cue]) => [text, cue]))
      .toEqual([['the depot would close', 'said']]);
  });
});
