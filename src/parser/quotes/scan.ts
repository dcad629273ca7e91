/**
 * What the reported-speech rules share while they read one text: which quoted
 * span covers each token, which of those the direct-quotation rules claimed, which
 * cue each token is (one decision, read by every rule), and where the next mark and
 * the next speech cue are, so that no rule scans ahead.
 */
import type { QuoteContext } from './context';
import type { DirectResult } from './direct';
import type { QuotedSpan } from './marks';
import type { CueInfo } from './lexicon';

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
