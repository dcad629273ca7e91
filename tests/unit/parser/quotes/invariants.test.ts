import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { segment } from '../../../../src/parser/segment';
import { findQuotes } from '../../../../src/parser/quotes';

/** Text built from the pieces quotation rules react to, in any order: marks, cues, names, punctuation, paragraphs. */
const PIECES = ['"', '\u201c', '\u201d', '\u00ab', '\u00bb', '\u201e', "''", "'", ',', '.', ':', ' - ', '\n\n', '\u2014',
  'said', 'says', 'told', 'according to', 'he', 'she', 'they', 'Maria Lopez', 'Lopez', 'the ministry', 'sources',
  'a spokesman for', 'who asked not to be named', 'the bridge will open', 'in May', 'ALSO READ:', '(AP Photo)', 'that'];
const articles = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((pieces) => pieces.join(' '));

describe('quote stage invariants on arbitrary text', () => {
  it('returns sorted quotes whose text, parts, cue and speaker offsets index the input', () => {
    fc.assert(fc.property(articles, (text) => {
      const quotes = findQuotes(segment(text), []);
      let previousStart = -1;
      for (const quote of quotes) {
        expect(quote.start).toBeGreaterThanOrEqual(previousStart);
        previousStart = quote.start;
        expect(quote.end).toBeGreaterThan(quote.start);
        expect(quote.text).toBe(text.slice(quote.start, quote.end));
        for (const [start, end] of quote.parts ?? []) {
          expect(start).toBeGreaterThanOrEqual(quote.start);
          expect(end).toBeLessThanOrEqual(quote.end);
        }
        if (quote.cue) expect(quote.cue.text).toBe(text.slice(quote.cue.start, quote.cue.end));
        const speaker = quote.speaker;
        if (speaker?.start !== undefined) expect(speaker.end).toBeGreaterThan(speaker.start);
      }
    }), { numRuns: 300 });
  });
});
