/**
 * What the reported-speech rules share while they read one text: which quoted
 * span covers each token, which of those the direct-quotation rules claimed, which
 * cue each token is (one decision, read by every rule), and where the next mark and
 * the next speech cue are, so that no rule scans ahead; and the questions about a content's words that
 * several rules ask (where it ends, whether it holds a cue, whether it is an adjunct only).
 */
import { isAbbreviationPeriod } from '../segment';
import { isWord, type QuoteContext } from './context';
import type { DirectResult } from './direct';
import type { QuotedSpan } from './marks';
import { WORDS, type CueInfo } from './lexicon';
import { ADJUNCT_PREPOSITIONS, withoutContraction } from './leading-content';

export interface Scan {
  ctx: QuoteContext;
  /** Index of the quoted span covering each token, or -1. */
  quoteOf: Int32Array;
  spans: QuotedSpan[];
  direct: DirectResult;
  /** For each token, the next comma or dash outside quotation marks. */
  nextMark: Int32Array;
  /** The cue each token is, from the lexicon or else the learned model (cue-model.ts), decided once per document. */
  cueOf: Array<CueInfo | undefined>;
  /** For each token, the next speech cue outside quotation marks. */
  nextSpeechCue: Int32Array;
}

export function quoteIndexOfTokens(ctx: QuoteContext, spans: QuotedSpan[]): Int32Array {
  const quoteOf = new Int32Array(ctx.tokens.length).fill(-1);
  spans.forEach((span, index) => quoteOf.fill(index, span.open, span.close + 1));
  return quoteOf;
}

/** Shorter contents are fragments ("said so"), not quotations worth showing. */
export const MIN_CONTENT_TOKENS = 2;

/** Marks that end no content: it stops before them (a dash left before the attribution, "... the plan --, he said", too). */
const FINAL_PUNCTUATION = new Set(['.', '!', '?', '\u2026', ':', ';', ',', '-', '\u2013', '\u2014']);

/**
 * End of the content: before final punctuation that lies outside quotation marks, and before a closing
 * parenthesis whose opening one is not in the content ("(He denied the reports.)").
 */
export function trimEnd(scan: Scan, start: number, end: number): number {
  const { tokens } = scan.ctx;
  let opened = false;
  for (let t = start; t < end && !opened; t++) opened = tokens[t].text === '(';
  while (end > start && scan.quoteOf[end - 1] < 0 && (FINAL_PUNCTUATION.has(tokens[end - 1].text) || !opened && tokens[end - 1].text === ')')) end--;
  // "opened in San Bernardino, Calif.": the period of an abbreviation is the word's own, though it ends the sentence too.
  return end - start > 1 && isAbbreviationPeriod(tokens, end) ? end + 1 : end;
}

/**
 * Whether tokens [from, to) hold words of an attribution of their own: a quotation mark, "that" or
 * a cue. For the rest of a content interrupted by its attribution (`quotations` false) only a speech
 * cue counts: that rest may quote ("Trump, Sexton said, has created a “strange ... zone.”") or hold
 * a stance verb ("At one point, she said, she was considering supporting Trump").
 */
export function hasCueOrThat(scan: Scan, from: number, to: number, quotations = true): boolean {
  const { tokens } = scan.ctx;
  for (let t = from; t < to; t++) {
    if (scan.quoteOf[t] >= 0) {
      if (quotations) return true;
      continue;
    }
    if (quotations && isWord(tokens[t], 'that')) return true;
    const info = scan.cueOf[t];
    if (info && (quotations || info.cueClass === 'speech')) return true;
  }
  return false;
}

/**
 * Whether the words [from, to) after a speech verb are only an adjunct of the act, with no clause, "that",
 * question or quotation in them ("said [in a wide-ranging interview with The Washington Post]", "reported
 * [from Los Angeles]"): the verb's content lies elsewhere, in a quotation before it or nowhere (train: 35
 * fewer contents, 4 of them loose matches).
 */
export function isBareAdjunct(scan: Scan, from: number, to: number): boolean {
  const { tokens } = scan.ctx;
  if (!ADJUNCT_PREPOSITIONS.has(tokens[from]?.text.toLowerCase() ?? '')) return false;
  for (let t = from + 1; t < to; t++) {
    const lower = tokens[t].text.toLowerCase();
    if (scan.quoteOf[t] >= 0 || lower === 'that' || WORDS.contentClauseWords.has(withoutContraction(lower)) || WORDS.questionOpeners.has(lower) ||
      WORDS.relativeQuestionOpeners.has(lower) || lower.endsWith('ed') || lower.endsWith('ing')) return false;
  }
  return true;
}
