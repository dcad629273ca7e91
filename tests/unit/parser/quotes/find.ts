/** What the quote tests read: the quotations the parser finds in a text, and short views of them. */
import { expect } from 'vitest';
import { segment } from '../../../../src/parser/segment';
import { findQuotes } from '../../../../src/parser/quotes';
import type { Entity, Quote } from '../../../../src/shared/analysis';

export function quotes(text: string, entities: Entity[] = []): Quote[] {
  return findQuotes(segment(text), entities);
}

/** Each quotation as [text, cue, speaker name]. */
export function summary(text: string): Array<[string, string | undefined, string | undefined]> {
  return quotes(text).map((q) => [q.text, q.cue?.text, q.speaker?.name]);
}

/** The one quotation found; fails the test when there are more or none. */
export function only(text: string, entities: Entity[] = []): Quote {
  const found = quotes(text, entities);
  expect(found).toHaveLength(1);
  return found[0];
}

/** The span of the first `phrase` in `text` at or after `from`, as a speaker or cue mention. */
export function mention(text: string, phrase: string, from = 0): { start: number; end: number; text: string } {
  const start = text.indexOf(phrase, from);
  return { start, end: start + phrase.length, text: phrase };
}
