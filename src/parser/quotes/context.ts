/**
 * What every rule of the quote stage looks at: the tokens, which paragraph and
 * sentence each token belongs to, and which paragraphs are not article prose
 * (related-article links, captions, bylines), computed once in linear time.
 */
import type { Segmented, Token } from '../segment';
import { CAPTION_MARKERS, NON_PROSE_PREFIXES, SHORT_LINE_PREFIXES } from './lexicon';
import { mapPacked } from '../../shared/map-packed';

export interface QuoteContext {
  text: string;
  tokens: Token[];
  /** Paragraph index of every token. */
  paragraphOf: Int32Array;
  /** Sentence index of every token. */
  sentenceOf: Int32Array;
  /** First token and one past the last token of every paragraph. */
  paragraphTokens: Array<[number, number]>;
  sentenceTokens: Array<[number, number]>;
  /** Paragraphs that must yield no quote and no speaker. */
  nonProse: boolean[];
}

/** Bylines and widget lines ("By Jane Doe", "Subscribe now") are short and end without a full stop; prose may open with the same words. */
const MAX_SHORT_LINE = 80;

function isNonProse(paragraphText: string, length: number): boolean {
  const lower = paragraphText.toLowerCase();
  return NON_PROSE_PREFIXES.some((prefix) => lower.startsWith(prefix)) ||
    length <= MAX_SHORT_LINE && !/[.!?]$/.test(lower) && SHORT_LINE_PREFIXES.some((prefix) => lower.startsWith(prefix)) ||
    CAPTION_MARKERS.some((marker) => lower.includes(marker));
}

export function buildContext(segmented: Segmented): QuoteContext {
  const { text, tokens, sentences, paragraphs } = segmented;
  const paragraphOf = new Int32Array(tokens.length).fill(-1);
  const sentenceOf = new Int32Array(tokens.length).fill(-1);
  const sentenceTokens = mapPacked(sentences, (s, index): [number, number] => {
    for (let t = s.tokenStart; t < s.tokenEnd; t++) {
      sentenceOf[t] = index;
      paragraphOf[t] = s.paragraph;
    }
    return [s.tokenStart, s.tokenEnd];
  });
  const paragraphTokens = mapPacked(paragraphs, (p): [number, number] =>
    p.sentenceEnd > p.sentenceStart ? [sentences[p.sentenceStart].tokenStart, sentences[p.sentenceEnd - 1].tokenEnd] : [0, 0]);
  // Only the head of a paragraph decides, so a long paragraph costs no more than a short one.
  const nonProse = mapPacked(paragraphs, (p) => isNonProse(text.slice(p.start, Math.min(p.end, p.start + 400)), p.end - p.start));
  return { text, tokens, paragraphOf, sentenceOf, paragraphTokens, sentenceTokens, nonProse };
}

/** True when the token at `i` is a word starting with an upper-case letter. */
export function isCapitalized(token: Token | undefined): boolean {
  return token !== undefined && token.kind === 'word' && startsUpperCase(token.text);
}

/** True when `text` starts with an upper-case letter. */
export function startsUpperCase(text: string): boolean {
  const ch = String.fromCodePoint(text.codePointAt(0) ?? 0);
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

export function isWord(token: Token | undefined, word: string): boolean {
  return token !== undefined && token.text.toLowerCase() === word;
}

/** The token at `t` in lower case; '' past either end of the text. */
export function lowerAt(tokens: Token[], t: number): string {
  return tokens[t]?.text.toLowerCase() ?? '';
}
