/**
 * Shapes of a whole reported content that report no one (false-reports.ts, `isFalseContent`): "that" and one word,
 * and a content opened by "as" after a stance cue. Each rule has a case it removes and a true quotation it keeps.
 */
import { describe, expect, it } from 'vitest';
import { quotes, summary } from './find';

describe('"that" and one word', () => {
  it('is a demonstrative object, not a report', () => {
    expect(quotes('State missed that deadline.')).toEqual([]);
    expect(quotes('Bernie Sanders has pledged to stay in the race through that contest.')).toEqual([]);
  });

  it('is a content cut after its first word', () => {
    expect(quotes('He has denied that Clinton.')).toEqual([]);
  });

  it('keeps a noun that names something said', () => {
    expect(summary('He echoed that comment.')).toEqual([['that comment', 'echoed', 'He']]);
    expect(summary('Priebus rejected that idea.')).toEqual([['that idea', 'rejected', 'Priebus']]);
  });

  it('keeps a "that" clause', () => {
    expect(summary('Snyder, for his part, has denied that Clinton knew.')).toEqual([['that Clinton knew', 'denied', 'Snyder']]);
  });
});

describe('a content opened by "as" after a stance cue', () => {
  it('describes someone or something', () => {
    expect(quotes('Trump will need help in the 25 counties POLITICO identified as the true battlegrounds.')).toEqual([]);
    expect(quotes('Ms. Brainard is among the few widely regarded as having the credentials to serve.')).toEqual([]);
  });

  it('keeps an object before "as"', () => {
    expect(summary('Sanders described the plan as a giveaway to Wall Street.')).toEqual([['the plan as a giveaway to Wall Street', 'described', 'Sanders']]);
  });

  it('keeps a speech cue before "as much"', () => {
    expect(summary('He said as much in a speech on Tuesday.')).toEqual([['as much in a speech on Tuesday', 'said', 'He']]);
  });
});
