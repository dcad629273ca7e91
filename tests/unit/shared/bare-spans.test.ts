import { describe, expect, it } from 'vitest';
import { bareSpans, pieceInWhole, withSpanTexts } from '../../../src/shared/bare-spans';
import { isAnalysis } from '../../../src/shared/messages';
import type { Analysis } from '../../../src/shared/analysis';
import { ANALYSIS } from './locale';

describe('bare spans', () => {
  it('leave out the article text and every span text, and nothing else', () => {
    const bare = bareSpans(ANALYSIS);
    const spans = [
      ...bare.quotes.flatMap((quote) => [quote, ...(quote.cue ? [quote.cue] : [])]),
      ...bare.entities.flatMap((entity) => [...entity.mentions, ...(entity.descriptionSources ?? [])]),
    ];
    expect(spans.length).toBeGreaterThan(ANALYSIS.quotes.length);
    for (const span of spans) expect(span).not.toHaveProperty('text');
    expect(bare).not.toHaveProperty('text');
    expect(bare.quotes.map((quote) => [quote.start, quote.end, quote.kind, quote.speaker, quote.parts]))
      .toEqual(ANALYSIS.quotes.map((quote) => [quote.start, quote.end, quote.kind, quote.speaker, quote.parts]));
    expect(JSON.stringify(bare).length).toBeLessThan(JSON.stringify(ANALYSIS).length - ANALYSIS.text.length);
  });

  it('are made whole again from the text they came from', () => {
    expect(withSpanTexts(bareSpans(ANALYSIS), ANALYSIS.text)).toEqual(ANALYSIS);
    // Twice over: spans that still carry their text come back the same.
    expect(withSpanTexts(ANALYSIS, ANALYSIS.text)).toEqual(ANALYSIS);
  });
});

describe('an analysis of a piece of the text', () => {
  it('moves into the whole text: every span, part, cue and speaker mention lands on the same words', () => {
    const before = 'The council met on Monday.\n\n';
    const whole = `${before}${ANALYSIS.text}\n\nNothing else happened.`;
    const moved = pieceInWhole(ANALYSIS, before.length, whole);
    expect(isAnalysis(moved)).toBe(true);
    expect(moved.text).toBe(whole);
    const words = (analysis: Analysis, text: string) => ({
      quotes: analysis.quotes.map((quote) => [
        quote.text, quote.cue?.text, quote.speaker?.name,
        quote.speaker?.start === undefined ? null : text.slice(quote.speaker.start, quote.speaker.end),
        quote.parts?.map(([start, end]) => text.slice(start, end)),
      ]),
      mentions: analysis.entities.map((entity) => entity.mentions.map((mention) => mention.text)),
    });
    expect(ANALYSIS.quotes.some((quote) => quote.parts)).toBe(true);
    expect(ANALYSIS.quotes.some((quote) => quote.speaker?.start !== undefined)).toBe(true);
    expect(words(moved, whole)).toEqual(words(ANALYSIS, ANALYSIS.text));
  });
});
