/**
 * Reported contents that started or ended one piece off: "<clause>, according to X, <description of X>" (the
 * description is no rest of the content), a cue in a relative clause after a longer phrase ("... campaigned against
 * what he calls <content>", "..., which some Democrats want <content>"), a relative "that" after a cue's object, which
 * the content keeps with its noun ("proposed [an amendment that would ...]"), and "about" before a figure, which opens
 * the content rather than ending the cue ("said [about half of] ...").
 */
import { describe, expect, it } from 'vitest';
import { quotes } from './find';

/** Each quotation as [text, pieces or null]. */
function spans(text: string): Array<[string, string[] | null]> {
  return quotes(text).map((q) => [q.text, q.parts ? q.parts.map(([s, e]) => text.slice(s, e)) : null]);
}

describe('a description of the source after "<clause>, according to X,"', () => {
  it('ends the content at the attribution when an article opens the description', () => {
    expect(spans('Most of the donations came from small donors, according to Maria Lopez, a campaign finance analyst.'))
      .toEqual([['Most of the donations came from small donors', null]]);
  });

  it('ends it there when a relative word or a participle opens the description', () => {
    expect(spans('The bridge will close for repairs in May, according to the transit agency, which oversees the project.'))
      .toEqual([['The bridge will close for repairs in May', null]]);
    expect(spans('Ridership fell sharply last year, according to the city, prompting new fare cuts.'))
      .toEqual([['Ridership fell sharply last year', null]]);
  });

  it('keeps the rest of a content that the attribution interrupts', () => {
    expect(spans('The implication, according to one aide, is that the mayor will resign.'))
      .toEqual([['The implication, according to one aide, is that the mayor will resign', ['The implication', 'is that the mayor will resign']]]);
  });
});

describe('a cue in a clause opened by "what" inside a longer sentence', () => {
  it('reports the relative word and the rest, after a pronoun subject', () => {
    expect(spans('The senator has long campaigned against what he calls a rigged tax code.'))
      .toEqual([['what he calls a rigged tax code', ['what', 'a rigged tax code']]]);
  });

  it('takes a plain noun right after the relative word as the speaker, not the words before it', () => {
    const [found] = quotes('The factory closed in what union leaders called a betrayal of its workers.');
    expect(found.text).toBe('what union leaders called a betrayal of its workers');
    expect(found.speaker?.name).toBe('union leaders');
  });
});

describe('a determiner between a relative word and the subject of its clause', () => {
  it('leaves the relative word as the first part of the content', () => {
    expect(spans('He kept the old slogan, which some Democrats want the party to drop.'))
      .toEqual([['which some Democrats want the party to drop', ['which', 'the party to drop']]]);
  });
});

describe('a "that" with no subject after it, after the object of a cue', () => {
  it('opens a relative clause that the content keeps with its noun', () => {
    expect(spans('Senators proposed a constitutional amendment that would impose term limits on judges.'))
      .toEqual([['a constitutional amendment that would impose term limits on judges', null]]);
    expect(spans('The mayor announced a plan that doubled the city\'s bus routes.'))
      .toEqual([["a plan that doubled the city's bus routes", null]]);
  });

  it('still opens the content when a subject follows it, or after an adjunct of the act', () => {
    expect(spans('The governor expressed confidence that voters would approve the tax.')).toEqual([['that voters would approve the tax', null]]);
    expect(spans('The mayor announced on Monday that the bus routes would double.')).toEqual([['that the bus routes would double', null]]);
  });
});

describe('"about" before a figure', () => {
  it('opens the content of a speech verb', () => {
    expect(spans('The budget office said about half of the new spending went to defense.'))
      .toEqual([['about half of the new spending went to defense', null]]);
  });

  it("opens a stance verb's object", () => {
    expect(spans('Officials deemed about 1,200 of the ballots invalid.')).toEqual([['about 1,200 of the ballots invalid', null]]);
  });

  it('stays the particle of the cue before a noun phrase', () => {
    expect(spans('The governor complained about new taxes on fuel.')).toEqual([['new taxes on fuel', null]]);
  });
});
