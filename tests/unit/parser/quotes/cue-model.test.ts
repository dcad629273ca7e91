/**
 * The learned reporting-cue detector: an unlisted verb in a reporting frame becomes a cue,
 * a verb in a plain frame does not, and a listed word the model finds very unlikely as a
 * cue in its context is none.
 */
import { describe, expect, it } from 'vitest';
import { segment } from '../../../../src/parser/segment';
import { buildContext } from '../../../../src/parser/quotes/context';
import { cuesOfTokens, LEARNED_CUE, LEARNED_SPEECH_CUE, wordScore } from '../../../../src/parser/quotes/cue-model';
import model from '../../../../src/parser/quotes/cue-model.json';
import { cueInfo } from '../../../../src/parser/quotes/lexicon';
import { findQuotedSpans } from '../../../../src/parser/quotes/marks';
import { quoteIndexOfTokens } from '../../../../src/parser/quotes/scan';
import type { CueInfo } from '../../../../src/parser/quotes/lexicon';
import { summary } from './find';

/** The cue decided for the first token spelled `word`. */
function cueOf(text: string, word: string): CueInfo | undefined {
  const ctx = buildContext(segment(text));
  const cues = cuesOfTokens(ctx, quoteIndexOfTokens(ctx, findQuotedSpans(ctx)));
  const at = ctx.tokens.findIndex((token) => token.text === word);
  expect(at).toBeGreaterThanOrEqual(0);
  return cues[at];
}

describe('unlisted verbs in a reporting frame', () => {
  it('takes a verb the lexicon lacks for a cue when its content clause follows', () => {
    expect(cueInfo('made')).toBeUndefined();
    expect(cueOf('Cruz made the case that the deal would fail.', 'made')).toBe(LEARNED_CUE);
    expect(summary('Cruz made the case that the deal would fail.')).toEqual([['that the deal would fail', 'made', 'Cruz']]);
  });

  it('leaves a short object and its preposition out of the content, as PolNeAR counts them in the cue', () => {
    expect(cueInfo('took')).toBeUndefined();
    expect(summary('Cruz took issue with the deal.')).toEqual([['the deal', 'took', 'Cruz']]);
  });

  it('leaves "to" out of the content before a noun phrase, not before an infinitive', () => {
    expect(cueInfo('refers')).toBeUndefined();
    expect(summary('Sanders refers to the plan as a giveaway.')).toEqual([['the plan as a giveaway', 'refers', 'Sanders']]);
  });
});

describe('unlisted verbs before "that"', () => {
  it('reads a verb the lexicon lacks as a speech verb, its content opening at "that"', () => {
    expect(cueInfo('fretted')).toBeUndefined();
    expect(cueOf('Warren fretted that the bill would fail.', 'fretted')).toBe(LEARNED_SPEECH_CUE);
    expect(summary('Warren fretted that the bill would fail.')).toEqual([['that the bill would fail', 'fretted', 'Warren']]);
  });

  it('takes no noun for a cue when a relative "that" follows it', () => {
    expect(cueOf('The plan that Cruz backed failed.', 'plan')).toBeUndefined();
    expect(summary('The plan that Cruz backed failed.')).toEqual([]);
    expect(cueOf('He bought a car that was red.', 'car')).toBeUndefined();
  });
});

describe('verbs in a plain frame', () => {
  it('finds no cue in a sentence that reports nothing', () => {
    expect(cueOf('The company shipped 40 cars to Ohio last week.', 'shipped')).toBeUndefined();
    expect(summary('The company shipped 40 cars to Ohio last week.')).toEqual([]);
  });

  it('rules out a function word by its own features, whatever its context', () => {
    expect(wordScore('the')).toBeLessThanOrEqual(model.minWordScore);
    expect(wordScore('said')).toBeGreaterThan(model.minWordScore);
    expect(cueOf('The mayor said the tunnel would open.', 'the')).toBeUndefined();
  });

  it('takes no degree adverb for a cue, though "that" follows the word after it', () => {
    expect(cueOf('It is very imp that we protect ourselves from this toxic air.', 'very')).toBeUndefined();
  });
});

describe('listed cues out of context', () => {
  it('keeps a listed verb in a reporting frame', () => {
    expect(cueOf('Trump tweeted that the debate was rigged.', 'tweeted')).toBe(cueInfo('tweeted'));
  });

  it('drops a listed word used as a noun in a frame no reporting verb has', () => {
    expect(cueInfo('support')).toBeDefined();
    expect(cueOf('The senator won the support of the union.', 'support')).toBeUndefined();
  });

  it('keeps the lexicon entry of a word inside quotation marks, which the model never judges', () => {
    expect(cueOf('“We told them,” Duarte said.', 'told')).toBe(cueInfo('told'));
  });
});
