/**
 * The tagger's features, shared by training (scripts/train/ner.ts) and tagging
 * (tagger.ts), so both always see the same thing.
 *
 * Features come in three kinds, split for speed:
 *  - word features depend only on one word string and its offset from the
 *    current token (-2..+2). The tagger sums their weights once per distinct
 *    word and offset and caches the sum, so most of a token's score is five
 *    array additions;
 *  - context features depend on the sentence and document (sentence start,
 *    capital-only lines, how the word is written elsewhere in the document,
 *    name lists, word pairs). They are few and built per token;
 *  - transition features pair the word with the previous label (Viterbi).
 */
import type { Segmented } from '../segment';
import type { Gazetteer } from './gazetteer';
import { mapPacked } from '../../shared/map-packed';

/** Offsets of the neighbouring words that word features look at. */
export const WINDOW = [-2, -1, 0, 1, 2] as const;
export const SENTENCE_START = '<s>';
export const SENTENCE_END = '</s>';

/** The shape class of one character: 'd', 'X', 'x' or the character itself (ASCII without allocating). */
function shapeClass(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code >= 48 && code <= 57) return 'd';
  if (code >= 65 && code <= 90) return 'X';
  if (code >= 97 && code <= 122) return 'x';
  if (code < 128) return ch;
  if (ch !== ch.toLowerCase()) return 'X';
  return ch !== ch.toUpperCase() ? 'x' : ch;
}

/** A compressed word shape: "Xx", "X.X.", "d-d", "XxXx" (runs of one class collapse). */
export function shape(word: string): string {
  let out = '';
  let last = '';
  for (const ch of word) {
    const c = shapeClass(ch);
    if (c !== last) out += c;
    last = c;
  }
  return out;
}

export function isCapitalized(word: string): boolean {
  const first = word[0];
  return first !== undefined && first !== first.toLowerCase();
}

function hasLowercase(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code >= 97 && code <= 122) return true;
    // Beyond ASCII letters, ask the Unicode case mapping.
    if (code >= 128) return word !== word.toUpperCase();
  }
  return false;
}

/** Features of `word` seen at `offset` from the token being labelled (its lower case and shape may be given, when known). */
export function wordFeatures(word: string, offset: number, lower = word.toLowerCase(), form = shape(word)): string[] {
  if (offset !== 0) {
    const features = [`${offset}l=${lower}`, `${offset}s=${form}`];
    if (offset === -1 || offset === 1) features.push(`${offset}w=${word}`);
    return features;
  }
  const features = ['bias', `w=${word}`, `l=${lower}`, `s=${form}`, `len=${Math.min(word.length, 8)}`];
  for (let n = 1; n <= 4; n++) {
    if (lower.length > n) {
      features.push(`p${n}=${lower.slice(0, n)}`, `x${n}=${lower.slice(-n)}`);
    }
  }
  if (word.includes('-')) {
    for (const part of lower.split('-')) if (part) features.push(`hy=${part}`);
  }
  return features;
}

/** Per-token facts about the sentence and the document, computed before tagging. */
export interface DocumentView {
  /** Word strings, with sentence padding looked up through `word(i, offset)`. */
  words: string[];
  /** Lower-case forms and shapes of `words`. */
  lowers: string[];
  shapes: string[];
  /** Index of the sentence of each token, and its first and one-past-last token. */
  sentenceStart: Int32Array;
  sentenceEnd: Int32Array;
  /** The token starts a sentence, or follows an opening quote, bracket or colon there. */
  initial: Uint8Array;
  /** The token's paragraph is written in capitals (headline, dateline, credit). */
  capsLine: Uint8Array;
  /** The token's paragraph is written in title case (a headline): not a tagger feature, CoNLL has too few. */
  titleLine: Uint8Array;
  /** How the word is written elsewhere in the document: 'c' capitalised mid-sentence, 'l' lower case, 'b' both, '' neither. */
  elsewhere: string[];
  /** The gazetteer label of each token ("B-ORG", "U-LOC PER") or ''. */
  listed: string[];
}

/** Typographic marks → the plain ones of the training text (CoNLL-2003 has only ' and "). */
const PLAIN_MARKS: Record<string, string> = { '\u2019': "'", '\u2018': "'", '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u2013': '-', '\u2014': '-' };
const TYPOGRAPHIC_MARK = /[\u2018\u2019\u201c\u201d\u201e\u2013\u2014]/g;
/** The same marks, to test a word for them (a global expression's `test` would keep state between words). */
const HAS_TYPOGRAPHIC_MARK = new RegExp(TYPOGRAPHIC_MARK.source);

/** A token as the tagger sees it: "Clinton’s" is "Clinton's". Most words have no such mark and are returned as they are. */
export function normalizeWord(word: string): string {
  return HAS_TYPOGRAPHIC_MARK.test(word) ? word.replace(TYPOGRAPHIC_MARK, (mark) => PLAIN_MARKS[mark]) : word;
}

const OPENERS = new Set(['"', '\u201c', '\u2018', "'", '(', '[', ':', '-', '\u2013', '\u2014', '\u00ab']);

/** Fewer than this share of a paragraph's words with a lower-case letter makes it a caps line. */
const CAPS_LINE_MAX_LOWER_SHARE = 0.2;
/**
 * A title-case headline (where the mentions step drops names made only of
 * words the document also writes in lower case): at least TITLE_LINE_MIN_WORDS words of TITLE_WORD_LENGTH
 * letters or more after the first, and this share of them capitalised (short
 * words like "to", "of" stay lower case in titles).
 */
const TITLE_WORD_LENGTH = 4;
const TITLE_LINE_MIN_WORDS = 3;
const TITLE_LINE_MIN_CAPITALISED_SHARE = 0.8;
/**
 * ...and capitalised common words: at least this many, and this share of the
 * capitalised ones, are written in lower case elsewhere in the document ("Was",
 * "Headed"). A line of names (a results table, an attribution line) has few.
 */
const TITLE_LINE_MIN_COMMON_WORDS = 2;
const TITLE_LINE_MIN_COMMON_SHARE = 0.25;

/** A paragraph's tokens, from `from` to one before `to`: capitals and title case are judged line by line. */
type Line = readonly [from: number, to: number];

/** The words of a document as viewDocument reads them, token by token. */
interface Words {
  tokens: Segmented['tokens'];
  words: string[];
  lowers: string[];
}

export function viewDocument(segmented: Segmented, gazetteer: Gazetteer): DocumentView {
  const { tokens, sentences, paragraphs } = segmented;
  const words = mapPacked(tokens, (token) => normalizeWord(token.text));
  const lowers = mapPacked(words, (word) => word.toLowerCase());
  const shapes = mapPacked(words, shape);
  const document: Words = { tokens, words, lowers };
  const { sentenceStart, sentenceEnd, initial } = sentenceBounds(document, sentences);
  const lines = mapPacked(paragraphs, (paragraph): Line => [
    sentences[paragraph.sentenceStart]?.tokenStart ?? 0,
    sentences[paragraph.sentenceEnd - 1]?.tokenEnd ?? 0,
  ]);
  const capsLine = capsLines(document, lines);
  const lowerSeen = lowerCaseWords(document, lines, capsLine);
  const titleLine = titleLines(document, lines, capsLine, lowerSeen);
  const capitalSeen = capitalisedWords(document, initial, capsLine, titleLine);
  const elsewhere = mapPacked(lowers, (lower, i) => {
    if (tokens[i].kind !== 'word') return '';
    const c = capitalSeen.has(lower) ? 'c' : '';
    const l = lowerSeen.has(lower) ? 'l' : '';
    return c && l ? 'b' : c || l;
  });
  return { words, lowers, shapes, sentenceStart, sentenceEnd, initial, capsLine, titleLine, elsewhere, listed: gazetteer.match(tokens) };
}

/*
 * viewDocument's steps are functions of their own, and V8 optimises each one
 * alone: a rare branch taken for the first time (a line in capitals, a word
 * beyond ASCII) re-optimises only its step. As one function, the view was
 * optimised 4–5 times per batch thread (126 ms of compiling over 1,008
 * articles); its steps take about 70 ms together (BENCHMARKS.md, session 13).
 */

/** Each token's sentence (its first and one-past-last token), and whether it opens it. */
function sentenceBounds({ tokens, words }: Words, sentences: Segmented['sentences']) {
  const n = tokens.length;
  const sentenceStart = new Int32Array(n);
  const sentenceEnd = new Int32Array(n);
  const initial = new Uint8Array(n);
  // Every token is its own sentence until the segmenter says otherwise.
  for (let i = 0; i < n; i++) {
    sentenceStart[i] = i;
    sentenceEnd[i] = i + 1;
  }
  for (const sentence of sentences) {
    let first = true;
    for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
      sentenceStart[i] = sentence.tokenStart;
      sentenceEnd[i] = sentence.tokenEnd;
      if (tokens[i].kind === 'punct') {
        first = first || OPENERS.has(words[i]);
        continue;
      }
      if (first) initial[i] = 1;
      first = false;
    }
  }
  return { sentenceStart, sentenceEnd, initial };
}

/** 1 on every token of a line written in capitals (headline, dateline, credit). */
function capsLines({ tokens, words }: Words, lines: Line[]): Uint8Array {
  const capsLine = new Uint8Array(tokens.length);
  for (const [from, to] of lines) {
    let letters = 0;
    let lower = 0;
    for (let i = from; i < to; i++) {
      if (tokens[i].kind !== 'word') continue;
      letters++;
      if (hasLowercase(words[i])) lower++;
    }
    if (letters >= 2 && lower < letters * CAPS_LINE_MAX_LOWER_SHARE) capsLine.fill(1, from, to);
  }
  return capsLine;
}

/** The lower-case forms of the words written without a capital, outside caps lines. */
function lowerCaseWords({ tokens, words, lowers }: Words, lines: Line[], capsLine: Uint8Array): Set<string> {
  const lowerSeen = new Set<string>();
  for (const [from, to] of lines) {
    if (capsLine[from]) continue;
    for (let i = from; i < to; i++) if (tokens[i].kind === 'word' && !isCapitalized(words[i])) lowerSeen.add(lowers[i]);
  }
  return lowerSeen;
}

/** 1 on every token of a line written in title case (a headline). */
function titleLines({ tokens, words, lowers }: Words, lines: Line[], capsLine: Uint8Array, lowerSeen: Set<string>): Uint8Array {
  const titleLine = new Uint8Array(tokens.length);
  for (const [from, to] of lines) {
    if (capsLine[from]) continue;
    let longWords = 0;
    let capitalised = 0;
    let common = 0;
    for (let i = from + 1; i < to; i++) {
      if (tokens[i].kind !== 'word' || words[i].length < TITLE_WORD_LENGTH) continue;
      longWords++;
      if (!isCapitalized(words[i])) continue;
      capitalised++;
      if (lowerSeen.has(lowers[i])) common++;
    }
    if (longWords >= TITLE_LINE_MIN_WORDS && capitalised >= longWords * TITLE_LINE_MIN_CAPITALISED_SHARE &&
      common >= Math.max(TITLE_LINE_MIN_COMMON_WORDS, capitalised * TITLE_LINE_MIN_COMMON_SHARE)) titleLine.fill(1, from, to);
  }
  return titleLine;
}

/** The lower-case forms of the words capitalised mid-sentence, outside caps and title lines. */
function capitalisedWords({ tokens, words, lowers }: Words, initial: Uint8Array, capsLine: Uint8Array, titleLine: Uint8Array): Set<string> {
  const capitalSeen = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].kind !== 'word' || capsLine[i] || titleLine[i]) continue;
    if (isCapitalized(words[i]) && !initial[i] && hasLowercase(words[i])) capitalSeen.add(lowers[i]);
  }
  return capitalSeen;
}

/** The word at `offset` from token `i`, or a sentence boundary marker. */
export function wordAt(view: DocumentView, i: number, offset: number): string {
  const j = i + offset;
  if (j < view.sentenceStart[i]) return SENTENCE_START;
  if (j >= view.sentenceEnd[i]) return SENTENCE_END;
  return view.words[j];
}

function startsLikeName(view: DocumentView, i: number): boolean {
  const first = view.shapes[i][0];
  return first === 'X' || first === 'd';
}

/**
 * Whether token `i` can be part of a name: it or a neighbour in its sentence
 * starts with a capital or a digit. The tagger labels the other tokens O without
 * scoring them; on CoNLL-2003 dev this rules out 44% of tokens and 0.3% of names
 * (lower-case names such as "mad cow" disease terms).
 */
export function mayBeName(view: DocumentView, i: number): boolean {
  return startsLikeName(view, i) || (i > view.sentenceStart[i] && startsLikeName(view, i - 1)) ||
    (i + 1 < view.sentenceEnd[i] && startsLikeName(view, i + 1));
}

/**
 * The context features, each built from the parts it depends on. contextFeatures
 * lists them for training; the tagger caches their weights by those parts (as
 * small integers), so tagging builds no strings for them.
 */
export const CONTEXT = {
  /** The word pair before and with the token. */
  before: (previousLower: string, lower: string) => `bl=${previousLower}|${lower}`,
  /** The word pair with and after the token. */
  after: (lower: string, nextLower: string) => `br=${lower}|${nextLower}`,
  shapes: (previousShape: string, form: string, nextShape: string) => `ss=${previousShape}|${form}|${nextShape}`,
  seen: (seen: string, form: string) => `e=${seen}|${form}`,
  /** At a sentence start: the word itself, and how it is written elsewhere. */
  initialWord: (form: string, lower: string) => [`i|${form}`, `i|${lower}`],
  initialSeen: (seen: string) => `ie=${seen}`,
  /** In a capitals-only line. */
  capsWord: (lower: string) => `c|${lower}`,
  capsSeen: (seen: string) => `ce=${seen}`,
  /** Name-list features, only near a listed name (most tokens are not, and the absence needs no feature). */
  listed: (listedBefore: string, listed: string, listedAfter: string, form: string) =>
    [`g=${listed}`, `gs=${listed}|${form}`, `g-=${listedBefore}|${listed}`, `g+=${listed}|${listedAfter}`],
};

/** Features of token `i` that depend on its sentence and document (not on labels). */
export function contextFeatures(view: DocumentView, i: number): string[] {
  const lower = view.lowers[i];
  const form = view.shapes[i];
  const hasPrevious = i > view.sentenceStart[i];
  const hasNext = i + 1 < view.sentenceEnd[i];
  const prevLower = hasPrevious ? view.lowers[i - 1] : SENTENCE_START;
  const nextLower = hasNext ? view.lowers[i + 1] : SENTENCE_END;
  const prevShape = hasPrevious ? view.shapes[i - 1] : SENTENCE_START;
  const nextShape = hasNext ? view.shapes[i + 1] : SENTENCE_END;
  const seen = view.elsewhere[i];
  const features = [CONTEXT.before(prevLower, lower), CONTEXT.after(lower, nextLower), CONTEXT.shapes(prevShape, form, nextShape), CONTEXT.seen(seen, form)];
  const listed = view.listed[i];
  const listedBefore = hasPrevious ? view.listed[i - 1] : '';
  const listedAfter = hasNext ? view.listed[i + 1] : '';
  if (listed || listedBefore || listedAfter) features.push(...CONTEXT.listed(listedBefore, listed, listedAfter, form));
  if (view.initial[i]) features.push(...CONTEXT.initialWord(form, lower), CONTEXT.initialSeen(seen));
  if (view.capsLine[i]) features.push(CONTEXT.capsWord(lower), CONTEXT.capsSeen(seen));
  return features;
}

/**
 * Keys of the features that pair a token with the previous label: each key
 * becomes the feature `${key}|${previousLabel}`. They depend on the word and on
 * whether its line is in capitals only, so the tagger can cache them per word.
 */
export function transitionKeys(word: string, capsLine: boolean): string[] {
  const keys = ['t', `tl=${word.toLowerCase()}`, `ts=${shape(word)}`];
  if (capsLine) keys.push('tc');
  return keys;
}

/** Whether `key` is one that transitionKeys makes (the model stores each as `${key}|${previous label}`). */
export function isTransitionKey(key: string): boolean {
  return key === 't' || key === 'tc' || key.startsWith('tl=') || key.startsWith('ts=');
}
