/**
 * Stage 1: segment the text into paragraphs, sentences and tokens, once, for
 * every later stage. Paragraphs are separated by line breaks (the article
 * finder puts a blank line between paragraphs; plain-text input may use one).
 */
import abbreviationData from './abbreviations.json';
import { tokenize, type Token } from './tokens';

export { tokenize, isSpace, isWordChar, type Token, type TokenKind } from './tokens';

export interface Sentence {
  start: number;
  end: number;
  /** Index of the first token and one past the last one in `Segmented.tokens`. */
  tokenStart: number;
  tokenEnd: number;
  paragraph: number;
}

export interface Paragraph {
  start: number;
  end: number;
  sentenceStart: number;
  sentenceEnd: number;
}

export interface Segmented {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  paragraphs: Paragraph[];
}

const ABBREVIATIONS = new Set<string>(abbreviationData.words);
const OPENERS_AFTER_ABBREVIATION = new Set<string>(abbreviationData.openers);
const TITLES = new Set<string>(abbreviationData.titles);
const ORDINARY_WORDS = new Set<string>(abbreviationData.ordinaryWords);
const SENTENCE_END = new Set(['.', '!', '?', '\u2026']);
/** Marks that may follow the sentence-final punctuation and still belong to the sentence. */
const CLOSERS = new Set(['"', '\u201d', '\u2019', "'", ')', ']', '\u00bb', '\u203a']);

/**
 * A word as the abbreviation lists hold it: lower case, without its period, and without a hyphenated prefix
 * before a title ("then-Sen." → "sen"), which a name follows as after the bare title ("then-Sen. Barack Obama").
 */
function abbreviationKey(text: string): string {
  const lower = text.toLowerCase().replace(/\.$/, '');
  const hyphen = lower.lastIndexOf('-');
  return hyphen > 0 && TITLES.has(lower.slice(hyphen + 1)) ? lower.slice(hyphen + 1) : lower;
}

/** Whether a period after `word` is part of an abbreviation rather than a full stop. */
function isAbbreviation(word: Token | undefined): boolean {
  if (!word || word.kind === 'punct') return false;
  if (ABBREVIATIONS.has(abbreviationKey(word.text))) return true;
  // Initials ("John F. Kennedy") and dotted abbreviations ("U.S.") do not end sentences by themselves.
  return /^\p{Lu}$/u.test(word.text) || word.text.endsWith('.');
}

/**
 * Whether the period token at `t` belongs to the capitalised listed abbreviation it touches ("in Bunkerville, Nev.",
 * "Samuel A. Alito Jr."), so that a span ending there keeps it, as PolNeAR's do, even when it also ends the sentence.
 */
export function isAbbreviationPeriod(tokens: Token[], t: number): boolean {
  const word = tokens[t - 1];
  if (tokens[t]?.text !== '.' || !word || word.kind !== 'word' || word.end !== tokens[t].start) return false;
  const lower = word.text.toLowerCase();
  return ABBREVIATIONS.has(lower) && !ORDINARY_WORDS.has(lower) && /^\p{Lu}/u.test(word.text);
}

function paragraphSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === '\n') {
      let s = start;
      let e = i;
      while (s < e && /\s/.test(text[s])) s++;
      while (e > s && /\s/.test(text[e - 1])) e--;
      if (e > s) spans.push([s, e]);
      start = i + 1;
    }
  }
  return spans;
}

export function segment(text: string): Segmented {
  const tokens = tokenize(text);
  const sentences: Sentence[] = [];
  const paragraphs: Paragraph[] = [];
  let t = 0;
  for (const [pStart, pEnd] of paragraphSpans(text)) {
    const paragraph = paragraphs.length;
    const sentenceStart = sentences.length;
    while (t < tokens.length && tokens[t].start < pStart) t++;
    let first = t;
    while (t < tokens.length && tokens[t].end <= pEnd) {
      const token = tokens[t];
      let last = t + 1;
      let boundary = false;
      if (SENTENCE_END.has(token.text) || token.text.endsWith('.') && token.kind === 'word') {
        const abbreviation = token.kind === 'word' ? token : token.text === '.' ? tokens[t - 1] : undefined;
        // An abbreviation's period ends the sentence only before a word that opens one ("the U.S. The plan"), and
        // never after a title, which a name follows ("Mr. He").
        const abbreviated = isAbbreviation(abbreviation);
        const title = abbreviation !== undefined && TITLES.has(abbreviationKey(abbreviation.text));
        // Closing marks count only when they touch the punctuation ("...said." not "...said. \"Next").
        while (last < tokens.length && tokens[last].end <= pEnd && tokens[last].start === tokens[last - 1].end &&
          (SENTENCE_END.has(tokens[last].text) || CLOSERS.has(tokens[last].text))) last++;
        const next = tokens[last];
        const endsParagraph = !next || next.start >= pEnd;
        const nextStartsSentence = next && /^[\p{Lu}\p{N}"“‘'«(\[]/u.test(next.text);
        const spaced = next && next.start > tokens[last - 1].end;
        boundary = endsParagraph ||
          (spaced && nextStartsSentence && (!abbreviated || !title && OPENERS_AFTER_ABBREVIATION.has(next.text)));
      }
      if (boundary || last >= tokens.length || tokens[last].end > pEnd) {
        sentences.push({ start: tokens[first].start, end: tokens[last - 1].end, tokenStart: first, tokenEnd: last, paragraph });
        first = last;
      }
      t = last;
    }
    if (first < t) {
      sentences.push({ start: tokens[first].start, end: tokens[t - 1].end, tokenStart: first, tokenEnd: t, paragraph });
    }
    paragraphs.push({ start: pStart, end: pEnd, sentenceStart, sentenceEnd: sentences.length });
  }
  return { text, tokens, sentences, paragraphs };
}
