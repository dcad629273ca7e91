/**
 * Reported speech whose cue the parser knows but which it used to drop, round 3: a subject set off from its cue by an
 * appositive between spaced hyphens or double hyphens (the dashes of wire and newspaper copy typed in ASCII), a
 * whole-clause report whose subject is "which" set off by a comma, and a passive report whose agent is followed by its
 * reason or judgement.
 */
import { describe, expect, it } from 'vitest';
import { summary } from './find';

describe('an appositive between ASCII dashes', () => {
  it('is skipped to the subject before it, as one between commas is', () => {
    const expected = [['that the depot could close', 'warn', 'Some council members']];
    expect(summary('Some council members - including two from Norton - warn that the depot could close.')).toEqual(expected);
    expect(summary('Some council members -- including two from Norton -- warn that the depot could close.')).toEqual(expected);
    expect(summary('Some council members, including two from Norton, warn that the depot could close.')).toEqual(expected);
  });

  it('holding a list of names still leaves the content after the cue', () => {
    expect(summary('The three council members -- Ms. Lopez, Mr. Ortiz and Ms. Reed -- agreed the fares were too high.').map(([text, cue]) => [text, cue]))
      .toEqual([['the fares were too high', 'agreed']]);
  });
});

describe('a whole-clause report in a relative clause', () => {
  it('reports "which" and the rest of its clause when a comma sets it off, from no source', () => {
    expect(summary('The depot plan, which is widely expected to pass on Tuesday, worries the drivers.')).toEqual([
      ['which is widely expected to pass on Tuesday', 'expected', undefined],
      ['the drivers', 'worries', 'The depot plan'],
    ]);
  });

  it('reports nothing from a restrictive "that"', () => {
    expect(summary('Drivers fear changes that are expected to come in May.').map(([, cue]) => cue)).toEqual(['fear']);
  });
});

describe('a passive cue with its agent', () => {
  it('reports its whole clause when a reason or a judgement follows the agent', () => {
    expect(summary('Lopez has been rebuked by opponents for her plan to raise the fares.'))
      .toEqual([['Lopez has been rebuked by opponents for her plan to raise the fares', 'rebuked', 'opponents']]);
    expect(summary('The hiring of Ortiz was seen by some as a demotion for Lopez.').map(([text, cue]) => [text, cue]))
      .toEqual([['The hiring of Ortiz was seen by some as a demotion for Lopez', 'seen']]);
  });

  it('reports only its subject when nothing follows the agent', () => {
    expect(summary('The depot plan has been applauded by critics.')).toEqual([['The depot plan', 'applauded', 'critics']]);
  });
});
