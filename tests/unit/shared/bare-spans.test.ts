import { describe, expect, it } from 'vitest';
import { bareSpans, withSpanTexts } from '../../../src/shared/bare-spans';
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
