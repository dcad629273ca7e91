/**
 * The learned edge ranker of reported speech: a trailing adjunct is cut off a content, a content
 * whose words all belong to the report stays whole, and no edge on offer falls inside quotation marks.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../src/parser';
import { segment } from '../../../../src/parser/segment';
import { buildContext } from '../../../../src/parser/quotes/context';
import { endOptions, FeatureList, Scorer, startOptions, TokenValues, valuesOf, Vocabulary } from '../../../../src/parser/quotes/edge-model';
import model from '../../../../src/parser/quotes/edge-model.json';
import { findQuotedSpans } from '../../../../src/parser/quotes/marks';
import { quoteIndexOfTokens } from '../../../../src/parser/quotes/scan';

function contents(text: string): string[] {
  return analyze(text).quotes.map((q) => q.text);
}

describe('reported-speech ends', () => {
  it('cuts a trailing time adjunct off a content', () => {
    expect(contents('Warren endorsed the bill last week.')).toEqual(['the bill']);
  });

  it('keeps a content whole when its last words are part of the report', () => {
    expect(contents('The mayor said the city would raise taxes on wealthy residents and large companies.'))
      .toEqual(['the city would raise taxes on wealthy residents and large companies']);
  });
});

describe('edges on offer', () => {
  it('never falls inside quotation marks', () => {
    const text = 'Smith called the plan “a disgrace, and a waste of time, for the party” at a rally in Ohio, on Monday.';
    const ctx = buildContext(segment(text));
    const quoteOf = quoteIndexOfTokens(ctx, findQuotedSpans(ctx));
    const first = ctx.tokens.findIndex((t) => t.text === 'the');
    const end = ctx.tokens.findIndex((t) => t.text === '.');
    const features = new FeatureList();
    const values = new TokenValues(ctx.tokens, features.vocabulary);
    const ends = endOptions(ctx, values, quoteOf, first, end, true, 'called', features, new Set(model.end.words));
    const starts = startOptions(ctx, values, quoteOf, first, end, first, true, 'called', features, new Set(model.start.words));
    expect(ends.length).toBeGreaterThan(1);
    for (const { edge } of [...ends, ...starts]) {
      expect(quoteOf[edge] >= 0 && quoteOf[edge - 1] === quoteOf[edge]).toBe(false);
    }
  });
});

describe('scoring', () => {
  it('reads the features under the keys that training writes them, and weighs unknown values nothing', () => {
    const text = 'Warren said the bill would hurt workers in his state, a senior aide said on Tuesday.';
    const ctx = buildContext(segment(text));
    const quoteOf = quoteIndexOfTokens(ctx, findQuotedSpans(ctx));
    const first = ctx.tokens.findIndex((t) => t.text === 'the');
    const end = ctx.tokens.length - 1;
    const openers = new Set(['in']);
    const features = new FeatureList();
    const learnt = endOptions(ctx, new TokenValues(ctx.tokens, features.vocabulary), quoteOf, first, end, true, 'said', features, openers);
    expect(learnt.length).toBeGreaterThan(2);
    // A model that knows only the features of the second option, each weighing 1.
    const weights = Object.fromEntries(learnt[1].value.map((feature) => [feature, 1]));
    const model = { end: { words: [], margin: 0, weights }, start: { words: [], margin: 0, weights: {} } };
    const vocabulary = new Vocabulary(false, valuesOf(model));
    const scored = endOptions(ctx, new TokenValues(ctx.tokens, vocabulary), quoteOf, first, end, true, 'said', new Scorer(vocabulary, weights), openers);
    expect(scored.map((o) => o.edge)).toEqual(learnt.map((o) => o.edge));
    expect(scored[1].value).toBe(new Set(learnt[1].value).size);
    expect(Math.max(...scored.map((o) => o.value))).toBe(scored[1].value);
  });
});
