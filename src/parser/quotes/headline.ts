/**
 * Headline quotations: "Rubio: ‘You Don’t Win The Nomination By How Many States You Win.’"
 * A one-line paragraph that opens with a name and a colon and is, after it, one quotation in
 * single marks. Headlines quote with single marks, which marks.ts leaves alone (in prose
 * they are mostly apostrophes), so this layout is read on its own.
 */
import type { Candidate } from './candidate';
import type { QuoteContext } from './context';
import { nameStartingAt } from './names';

/** A headline is one line: a name and a short quotation, not a paragraph of prose. */
const MAX_HEADLINE_TOKENS = 40;
const SINGLE_OPENERS = new Set(['\u2018', "'"]);
const SINGLE_CLOSERS = new Set(['\u2019', "'"]);

/** Headline quotations among the paragraphs that hold no other quotation (`taken`). */
export function findHeadlineQuotes(ctx: QuoteContext, taken: Set<number>): Candidate[] {
  const { tokens } = ctx;
  const out: Candidate[] = [];
  ctx.paragraphTokens.forEach(([first, last], p) => {
    if (taken.has(p) || ctx.nonProse[p] || last - first > MAX_HEADLINE_TOKENS || last - first < 4) return;
    const speaker = nameStartingAt(tokens, first, last);
    if (!speaker || tokens[speaker.end]?.text !== ':') return;
    const open = speaker.end + 1;
    if (!SINGLE_OPENERS.has(tokens[open]?.text ?? '') || !SINGLE_CLOSERS.has(tokens[last - 1].text) || last - 1 <= open + 1) return;
    out.push({
      start: tokens[open].start, end: tokens[last - 1].end, kind: 'direct',
      cue: { start: speaker.end, end: open }, speaker, paragraph: p,
    });
  });
  return out;
}
