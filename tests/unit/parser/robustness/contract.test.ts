/** The contract checker must itself catch broken analyses, or the property tests prove nothing. */
import { describe, expect, it } from 'vitest';
import type { Analysis, Quote } from '../../../../src/shared/analysis';
import { contractViolations, isCodePointBoundary } from './contract';

const text = 'He said \u201cHi \u{1F600}\u201d.';
const emojiStart = text.indexOf('\u{1F600}');
const quoteStart = text.indexOf('\u201c');
const quote: Quote = { start: quoteStart, end: text.length - 1, text: text.slice(quoteStart, -1), kind: 'direct', speaker: { name: 'He', start: 0, end: 2 }, cue: { start: 3, end: 7, text: 'said' } };
const valid: Analysis = { text, quotes: [quote], entities: [{ id: 'e0', name: 'He', type: 'PERSON', mentions: [{ start: 0, end: 2, text: 'He' }] }] };

describe('contractViolations', () => {
  it('accepts a well-formed analysis', () => {
    expect(contractViolations(text, valid)).toEqual([]);
  });

  it.each<[string, Analysis]>([
    ['a quote ending past the text', { ...valid, quotes: [{ ...quote, end: text.length + 1 }] }],
    ['a span that splits a surrogate pair', { ...valid, quotes: [{ ...quote, end: emojiStart + 1, text: text.slice(quoteStart, emojiStart + 1) }] }],
    ['a stated text that differs from the slice', { ...valid, quotes: [{ ...quote, text: 'Hi' }] }],
    ['an empty cue', { ...valid, quotes: [{ ...quote, cue: { start: 3, end: 3, text: '' } }] }],
    ['a speaker mention with a negative start', { ...valid, quotes: [{ ...quote, speaker: { name: 'He', start: -1, end: 2 } }] }],
    ['a speaker pointing at a missing entity', { ...valid, quotes: [{ ...quote, speaker: { name: 'He', entityId: 'e9' } }] }],
    ['a part outside its quote', { ...valid, quotes: [{ ...quote, parts: [[0, 2]] }] }],
    ['parts out of order', { ...valid, quotes: [{ ...quote, parts: [[quoteStart + 3, quoteStart + 4], [quoteStart + 1, quoteStart + 2]] }] }],
    ['an entity without mentions', { ...valid, entities: [{ ...valid.entities[0], mentions: [] }] }],
    ['a repeated entity id', { ...valid, entities: [valid.entities[0], valid.entities[0]] }],
    ['a fractional mention offset', { ...valid, entities: [{ ...valid.entities[0], mentions: [{ start: 0.5, end: 2, text: 'He' }] }] }],
    ['a text other than the input', { ...valid, text: text + ' ' }],
  ])('rejects %s', (_name, broken) => {
    expect(contractViolations(text, broken)).not.toEqual([]);
  });

  it('treats both sides of a surrogate pair, but not its middle, as boundaries', () => {
    expect([emojiStart, emojiStart + 1, emojiStart + 2].map((i) => isCodePointBoundary(text, i))).toEqual([true, false, true]);
  });
});
