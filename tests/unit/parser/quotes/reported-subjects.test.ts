/**
 * Subject and source shapes of reported speech that the attribution rules must read whole: an
 * appositive after the subject, a post-modified anonymous source, a name that only modifies a
 * source noun, a passive with its agent, and a participle that starts a report of its own.
 */
import { describe, expect, it } from 'vitest';
import { quotes, summary } from './find';

describe('a subject followed by an appositive', () => {
  it('reads the words after the cue as the content, not as an inverted speaker', () => {
    expect(summary('Maria Duarte, a spokeswoman for the transit board, said the engineers and the contractors had always been careful.'))
      .toEqual([['the engineers and the contractors had always been careful', 'said', 'Maria Duarte']]);
  });

  it('still reads a trailing attribution with its speaker after the cue', () => {
    expect(summary('The tunnel will open in May, said Maria Duarte, a spokeswoman for the board.'))
      .toEqual([['The tunnel will open in May', 'said', 'Maria Duarte']]);
  });
});

describe('a source post-modified by "close to"', () => {
  it('takes the whole phrase as the speaker and keeps it anonymous', () => {
    const [quote] = quotes('The mayor will rethink the tunnel plan, a source close to him said.');
    expect(quote.text).toBe('The mayor will rethink the tunnel plan');
    expect(quote.speaker).toMatchObject({ name: 'a source close to him', anonymous: true });
  });

  it('does not name the person the source is close to', () => {
    const [quote] = quotes('The tunnel plan is dead, people close to Duarte say.');
    expect(quote.text).toBe('The tunnel plan is dead');
    expect(quote.speaker).toMatchObject({ name: 'people close to Duarte', anonymous: true });
  });
});

describe('a name that modifies a source noun', () => {
  it('keeps the noun in the source, and a coordinated clause out of the content', () => {
    expect(summary('The board has approved 758 new buses according to a CNN tally, but its chairman says the budget is spent.')[0])
      .toEqual(['The board has approved 758 new buses', 'according to', 'a CNN tally']);
  });

  it('keeps a described name whole after an inverted cue', () => {
    expect(summary('The tunnel could matter more for the city than for the state, said Democratic strategist Hank Sheinkopf.'))
      .toEqual([['The tunnel could matter more for the city than for the state', 'said', 'Democratic strategist Hank Sheinkopf']]);
  });

  it('does not run a name on into a time adjunct', () => {
    expect(quotes('The tunnel will open in May, according to CNN on Monday.')[0]?.speaker?.name).toBe('CNN');
  });
});

describe('a participle after a trailing attribution', () => {
  it('ends the first content at the attribution', () => {
    expect(summary('Duarte and the mayor will meet next week, Spicer said, adding that the tunnel would wait.')[0])
      .toEqual(['Duarte and the mayor will meet next week', 'said', 'Spicer']);
  });
});

describe('a cue in the passive with its agent', () => {
  it('reports the subject, spoken by the agent after "by"', () => {
    expect(summary("Duarte's plan was first reported by the Tribune.")).toEqual([["Duarte's plan", 'reported', 'the Tribune']]);
    expect(summary('These tunnel proposals have been applauded by transit critics.'))
      .toEqual([['These tunnel proposals', 'applauded', 'transit critics']]);
  });

  it('gives the agent after an "as" complement the words: the subject and what it was called', () => {
    const text = 'The recent spate of strandings has been described as \u201cheartbreaking\u201d by the conservation department.';
    const [quote] = quotes(text);
    expect(quote.speaker?.name).toBe('the conservation department');
    expect(quote.parts?.map(([start, end]) => text.slice(start, end))).toEqual(['The recent spate of strandings', 'as \u201cheartbreaking\u201d']);
    expect(summary('The plan was described as reckless and costly by the mayor.')).toEqual([['The plan was described as reckless and costly', 'described', 'the mayor']]);
  });

  it('takes no agent across a mark after the "as" complement', () => {
    expect(quotes('The plan was described as reckless, by all accounts, in the council.').map((q) => q.speaker?.name)).not.toContain('all accounts');
  });

  it('leaves a verb with a listener to its leading content', () => {
    expect(summary('He was told by aides that the tunnel would close.')).toEqual([['that the tunnel would close', 'told', 'He']]);
  });

  it('reports nothing for a passive verb that is no cue', () => {
    expect(quotes('The tunnel bill was signed by the governor.')).toEqual([]);
  });
});

describe('a participle that introduces a quotation after a trailing attribution', () => {
  it('gives the quotation the speaker of that attribution, not the first name of the sentence', () => {
    const found = quotes('Duarte and the mayor will meet next week, Spicer said, adding, "They need time."');
    expect(found.map((q) => [q.text, q.speaker?.name])).toEqual([
      ['Duarte and the mayor will meet next week', 'Spicer'],
      ['"They need time."', 'Spicer'],
    ]);
  });

  it('still shares the sentence subject when no cue comes before the participle', () => {
    expect(quotes('Duarte toured the depot on Monday, adding, "It needs work."')[0]?.speaker?.name).toBe('Duarte');
  });
});
