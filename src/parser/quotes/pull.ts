/**
 * Pull quotes and block quotes: a paragraph of quoted prose followed by an
 * attribution line ("Wang Lijun, Official with the ministry" or "— Wang Lijun"),
 * a layout convention with no reporting verb at all.
 */
import type { Candidate } from './candidate';
import { isCapitalized, type QuoteContext } from './context';
import { cueInfo } from './lexicon';
import { nameStartingAt, type Mention } from './names';
import type { QuotedSpan } from './marks';

/** An attribution line is short: a name and a role, not a sentence. */
const MAX_ATTRIBUTION_TOKENS = 16;
const MIN_PULL_WORDS = 6;
const LINE_DASHES = new Set(['-', '\u2013', '\u2014', '\u2015']);
const FINAL_PUNCTUATION = new Set(['.', '!', '?', '\u2026']);

/** The name an attribution line gives, or null when the paragraph is not one. */
function attributionLine(ctx: QuoteContext, paragraph: number): Mention | null {
  const [first, last] = ctx.paragraphTokens[paragraph];
  if (last - first > MAX_ATTRIBUTION_TOKENS || last <= first) return null;
  const { tokens } = ctx;
  if (FINAL_PUNCTUATION.has(tokens[last - 1].text)) return null;
  for (let t = first; t < last; t++) if (tokens[t].kind === 'word' && !isCapitalized(tokens[t]) && cueInfo(tokens[t].text)) return null;
  const start = LINE_DASHES.has(tokens[first].text) ? first + 1 : first;
  const name = nameStartingAt(tokens, start, last);
  if (!name || name.end - name.start < 2 && start === first) return null;
  return name.end === last || tokens[name.end].text === ',' ? name : null;
}

/**
 * Pull quotes among the paragraphs that hold no attributed quotation (`taken`);
 * the caller drops any uncued direct quotation that a pull quote replaces.
 */
export function findPullQuotes(ctx: QuoteContext, spans: QuotedSpan[], taken: Set<number>): Candidate[] {
  const out: Candidate[] = [];
  const spanOfParagraph = new Map<number, QuotedSpan>();
  for (const span of spans) {
    const [first, last] = ctx.paragraphTokens[span.firstParagraph];
    if (span.open === first && span.close === last - 1) spanOfParagraph.set(span.firstParagraph, span);
  }
  for (let p = 0; p + 1 < ctx.paragraphTokens.length; p++) {
    if (taken.has(p) || ctx.nonProse[p]) continue;
    const speaker = attributionLine(ctx, p + 1);
    if (!speaker) continue;
    const [first, last] = ctx.paragraphTokens[p];
    let words = 0;
    for (let t = first; t < last; t++) if (ctx.tokens[t].kind !== 'punct') words++;
    if (words < MIN_PULL_WORDS) continue;
    const span = spanOfParagraph.get(p);
    let end = last;
    while (!span && end > first && FINAL_PUNCTUATION.has(ctx.tokens[end - 1].text)) end--;
    out.push({
      start: span ? span.start : ctx.tokens[first].start,
      end: span ? span.end : ctx.tokens[end - 1].end,
      kind: 'pull', cue: null, speaker, paragraph: p,
    });
  }
  return out;
}
