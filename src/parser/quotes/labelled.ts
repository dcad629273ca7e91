/**
 * Lines labelled with their speaker: headlines ("Rubio: ‘You Don’t Win The Nomination ...’",
 * "Clinton: Trump's view of the world is wrong") and transcripts ("Q: ...", "KATE SMITH: ...").
 * A paragraph that opens with a short name and a colon is, after it, what that name says:
 * a direct quotation when the rest is one span in single marks (headlines quote with single
 * marks, which marks.ts leaves alone as apostrophes), else reported speech, without its final stop.
 */
import type { Candidate } from './candidate';
import type { QuoteContext } from './context';
import { nameStartingAt } from './names';

/** A label is a name, not a phrase: "Q", "Clinton", "KATE BOLDUAN". */
const MAX_LABEL_TOKENS = 4;
/** Shorter rests are labels of a field ("Source: AP"), not speech. */
const MIN_CONTENT_TOKENS = 3;
const SINGLE_OPENERS = new Set(['\u2018', "'"]);
const SINGLE_CLOSERS = new Set(['\u2019', "'"]);
const FINAL_STOPS = new Set(['.', ';']);

/** Labelled lines among the paragraphs that hold no other quotation (`taken`). */
export function findLabelledLines(ctx: QuoteContext, taken: Set<number>): Candidate[] {
  const { tokens } = ctx;
  const out: Candidate[] = [];
  ctx.paragraphTokens.forEach(([first, last], p) => {
    if (taken.has(p) || ctx.nonProse[p] || last - first < MIN_CONTENT_TOKENS + 2) return;
    const speaker = nameStartingAt(tokens, first, Math.min(last, first + MAX_LABEL_TOKENS));
    if (!speaker || tokens[speaker.end]?.text !== ':') return;
    const open = speaker.end + 1;
    const quoted = SINGLE_OPENERS.has(tokens[open].text) && SINGLE_CLOSERS.has(tokens[last - 1].text);
    let end = last;
    while (!quoted && end > open && FINAL_STOPS.has(tokens[end - 1].text)) end--;
    if (end - open < MIN_CONTENT_TOKENS) return;
    out.push({
      start: tokens[open].start, end: tokens[end - 1].end, kind: quoted ? 'direct' : 'indirect',
      cue: { start: speaker.end, end: open }, speaker, paragraph: p,
    });
  });
  return out;
}
