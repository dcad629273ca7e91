/**
 * Where a mixed quotation starts when the attribution before its marks is itself reported
 * (mixed-openings.ts, `outerReportStart`): PolNeAR opens the quote after the outer speech cue, so the
 * inner attribution ("he believes", "that Grayson said of his fiancée:") is part of its content.
 */
import { describe, expect, it } from 'vitest';
import { quotes } from './find';

/** The quotation that ends with `ending`, as [text, kind, cue]. */
function ending(text: string, ending: string): [string, string, string | undefined] {
  const quote = quotes(text).find((q) => q.text.endsWith(ending));
  expect(quote).toBeDefined();
  return [quote!.text, quote!.kind, quote!.cue?.text];
}

describe('an attribution inside the content of a speech cue', () => {
  it('opens the quotation at a pronoun subject whose verb touches the mark', () => {
    const text = 'Asked about the plan, Benjamin said he believes "there may be some generals who are beating their chest."';
    expect(ending(text, 'chest."')).toEqual(['he believes "there may be some generals who are beating their chest."', 'mixed', 'said']);
  });

  it('opens the quotation at the "that" of the outer cue, past its listener', () => {
    const text = 'The president also told NPR correspondent Steve Inskeep that he believes he, “may represent change that worries them.”';
    expect(ending(text, 'them.”')).toEqual(['that he believes he, “may represent change that worries them.”', 'mixed', 'told']);
  });

  it('takes a named inner speaker and a colon after the inner verb', () => {
    const text = 'The source recalled the talk, adding that Grayson said of his fiancée: “I’m going to marry her. She’s going to win.”';
    expect(ending(text, 'win.”')).toEqual(['that Grayson said of his fiancée: “I’m going to marry her. She’s going to win.”', 'mixed', 'adding']);
  });

  it('takes a pronoun attribution ending in a colon', () => {
    const text = 'Critics told him to act presidential, but Trump said he responded: "When you have incoming, you can\'t be too nice."';
    expect(ending(text, 'nice."')).toEqual(['he responded: "When you have incoming, you can\'t be too nice."', 'mixed', 'said']);
  });

  it('leaves alone a quotation after a relative "that" and its verb', () => {
    const text = 'The campaign released a video that said, “We are going to have professors teach the course.”';
    expect(ending(text, 'course.”')).toEqual(['“We are going to have professors teach the course.”', 'direct', 'said']);
  });

  it('leaves alone a quotation introduced by a verb that shares the outer subject', () => {
    const text = 'He noted that he taught constitutional law, and added: “I know a little about this.”';
    expect(ending(text, 'this.”')).toEqual(['“I know a little about this.”', 'direct', 'added']);
  });

  it('leaves alone a pronoun attribution set off by a comma', () => {
    const text = 'At the hearing, Clinton admitted she said, “I did not send classified material.”';
    expect(ending(text, 'material.”')).toEqual(['“I did not send classified material.”', 'direct', 'said']);
  });
});
