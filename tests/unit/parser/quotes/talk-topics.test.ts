/**
 * Verbs of talking ("talk", "speak") report their topic, which follows "about", not the listener or
 * the place that may come first ("spoke to reporters about [the plan]"); with no topic they report nothing.
 */
import { describe, expect, it } from 'vitest';
import { quotes, summary } from './find';

describe('the topic of a verb of talking', () => {
  it('starts after "about", past a listener and a time', () => {
    expect(summary('Duarte talked to the mayor on Monday about the new budget.')).toEqual([['the new budget', 'talked', 'Duarte']]);
  });

  it('starts after "about" past a manner adverb', () => {
    expect(summary('Duarte spoke briefly about the housing crisis.')).toEqual([['the housing crisis', 'spoke', 'Duarte']]);
  });

  it('starts right after "of"', () => {
    expect(summary('Duarte spoke favorably of the new mayor.')).toEqual([['the new mayor', 'spoke', 'Duarte']]);
  });

  it('is none when only a listener or a place follows', () => {
    expect(quotes('Duarte spoke to reporters after the meeting on Thursday.')).toEqual([]);
    expect(quotes('Duarte spoke at a memorial service in Tucson.')).toEqual([]);
    expect(quotes('Duarte spoke with the new governor of the state.')).toEqual([]);
  });

  it('is none when "about" measures the talk', () => {
    expect(quotes('Duarte spoke about 30 minutes at the town hall.')).toEqual([]);
  });

  it('is none when "for" opens how long the talk took, and still the topic after it', () => {
    expect(quotes('Duarte spoke for 77 minutes, a virtual eternity at conventions.')).toEqual([]);
    expect(quotes('Duarte spoke for an hour at the town hall.')).toEqual([]);
    expect(summary('Duarte spoke for nearly an hour about the housing crisis.')).toEqual([['the housing crisis', 'spoke', 'Duarte']]);
  });

  it('keeps an infinitive of purpose', () => {
    expect(summary('Duarte spoke to accept the party nomination.')).toEqual([['to accept the party nomination', 'spoke', 'Duarte']]);
  });
});
