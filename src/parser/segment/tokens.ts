/**
 * Stage 1a: split text into tokens with exact offsets.
 *
 * A single linear scan (no regular expression over the whole text), so any input,
 * however hostile, costs time proportional to its length. Words keep internal
 * apostrophes, hyphens, periods and ampersands ("don't", "COVID-19", "U.S.", "AT&T");
 * every other non-space character is a token of its own, so quote marks and
 * punctuation can be matched by the later stages.
 */

export type TokenKind = 'word' | 'number' | 'punct';

/**
 * A class, not an object literal, so that tokens have hidden classes (V8 maps) of their own.
 * Every literal that begins `{ start, end, ...}` (quote candidates, mentions) shares one tree of
 * them, and once code moves such an object's `end`, V8 stops taking `end` as constant anywhere in
 * that tree: every optimised function that had relied on it for tokens was thrown away at once
 * (36 in a batch thread, a few hundred documents in, and about 0.6 s of compiling them again).
 * The fields are `declare`d so that the constructor's values are their first: compiled as class
 * fields, each would start as `undefined` and be assigned again.
 */
export class Token {
  declare readonly start: number;
  declare readonly end: number;
  declare readonly text: string;
  declare readonly kind: TokenKind;

  constructor(start: number, end: number, text: string, kind: TokenKind) {
    this.start = start;
    this.end = end;
    this.text = text;
    this.kind = kind;
  }
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}\p{M}]/u;
/** Characters that may join two letter/digit runs into one word. */
const WORD_JOINERS = new Set(["'", '\u2019', '-', '\u2010', '\u2011', '.', '&']);
const DIGIT = /\p{Nd}/u;

/**
 * Whether a character (one code point) is a letter, digit or combining mark. ASCII, most of
 * any English page, is answered from its code without the Unicode regular expression, which
 * cost the tokenizer about half its time.
 */
export function isWordChar(ch: string): boolean {
  const code = ch.charCodeAt(0);
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39);
  return LETTER_OR_DIGIT.test(ch);
}

export function isSpace(ch: string): boolean {
  return ch === ' ' || ch === '\n' || ch === '\t' || ch === '\r' || ch === '\u00a0' || ch === '\f' || ch === '\v' ||
    (ch >= '\u2000' && ch <= '\u200b') || ch === '\u2028' || ch === '\u2029' || ch === '\u3000' || ch === '\u202f' || ch === '\u205f';
}

/** The code point at `i` as a string (one or two UTF-16 units). */
function charAt(text: string, i: number): string {
  const code = text.charCodeAt(i);
  if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
    const next = text.charCodeAt(i + 1);
    if (next >= 0xdc00 && next <= 0xdfff) return text.slice(i, i + 2);
  }
  return text[i];
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = charAt(text, i);
    if (isSpace(ch)) {
      i += ch.length;
      continue;
    }
    if (!isWordChar(ch)) {
      tokens.push(new Token(i, i + ch.length, ch, 'punct'));
      i += ch.length;
      continue;
    }
    const start = i;
    let allDigits = true;
    while (i < text.length) {
      const c = charAt(text, i);
      if (isWordChar(c)) {
        if (allDigits && !DIGIT.test(c)) allDigits = false;
        i += c.length;
        continue;
      }
      // A joiner stays inside the word only when a letter or digit follows it.
      const nextCh = i + 1 < text.length ? charAt(text, i + 1) : '';
      const numberSeparator = c === ',' && allDigits && DIGIT.test(nextCh) && /^\d{3}(?!\d)/.test(text.slice(i + 1, i + 5));
      if ((WORD_JOINERS.has(c) || numberSeparator) && nextCh && isWordChar(nextCh)) {
        i += c.length;
        continue;
      }
      break;
    }
    // Keep the final period of dotted abbreviations ("U.S.", "a.m.").
    if (text[i] === '.' && /^(?:\p{L}\.)+\p{L}$/u.test(text.slice(start, i))) i += 1;
    const word = text.slice(start, i);
    tokens.push(new Token(start, i, word, allDigits || /^\p{N}[\p{N}.,]*$/u.test(word) ? 'number' : 'word'));
  }
  return tokens;
}
