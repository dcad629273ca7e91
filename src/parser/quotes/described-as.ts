/**
 * `dismissed the whole kerfuffle as “absurd.”`, `waves off the delay as having “minimal” impact`: a verb
 * of describing whose object the quotation after "as" describes reports object and quotation together,
 * and PolNeAR opens the mixed quotation at the object, after the verb and its particle. The words
 * between "as" and the marks are few plain words ("as [a mere] “moan”", "as [part of the] “Washington
 * cartel”"); the object is plain words and commas, at least one, so that a passive ("Mr. Pinchuk,
 * described as one of ...") or a reduced relative ("an event billed as “...”") takes nothing. Short
 * quotations count too: the verb shows that the marks hold someone's words (`leftoverQuotations`).
 *
 * A report of another cue that runs on into such a clause of its own ends before it
 * (`splitDescribedReports`).
 *
 * On PolNeAR train: opening the quotations, exact tp +8 (11056 -> 11064; 9 gold quotes newly matched,
 * none lost), 8 more predictions, GGT@0.3 tp +9, speaker matches 12709/13990 -> 12717/13999, direct
 * recall unchanged; splitting the reports, exact tp +2 more (4 gold quotes newly matched, none lost),
 * 4 more predictions, GGT@0.3 tp +4, speaker matches 12719/14002; then reject, condemn and sum (up),
 * exact tp +1 (2 gold quotes newly matched, none lost), 2 more predictions. Tried and dropped: more
 * verbs (view, see, regard, cite, rank, treat) with a relative word standing for the object ("[which]
 * he described as “...”"): exact tp +1, one more prediction, one speaker fewer.
 */
import type { Candidate } from './candidate';
import { isWord, type QuoteContext } from './context';
import { subjectBefore, type Mention } from './names';
import { WORDS } from './lexicon';
import type { QuotedSpan } from './marks';
import { tokenStartingAt } from '../entities/token-index';
import describedAs from './described-as.json';

/** Forms of the verbs that describe their object "as" something (described-as.json). */
const DESCRIBING_VERBS = new Set(describedAs.verbs);
/** Particles between such a verb and its object ("refers to", "played down", "waves off"). */
const PARTICLES = new Set(describedAs.particles);
/** Most words between "as" and the opening mark. */
const MAX_LINK_WORDS = describedAs.maxLinkWords;
/** Most tokens of the object between the verb (and its particle) and "as": bounded, so the search stays linear. */
const MAX_OBJECT_TOKENS = describedAs.maxObjectTokens;

/** For a quotation whose opening mark is token `open`, the describing verb and its object's first token; null if none. */
export function describedObject(ctx: QuoteContext, open: number): { start: number; cue: Mention } | null {
  const { tokens } = ctx;
  const first = ctx.sentenceTokens[ctx.sentenceOf[open]][0];
  let as = open - 1;
  while (as >= first && open - 1 - as < MAX_LINK_WORDS && tokens[as].kind === 'word' && !isWord(tokens[as], 'as')) as--;
  if (as < first || !isWord(tokens[as], 'as')) return null;
  for (let k = as - 1; k >= first && as - 1 - k < MAX_OBJECT_TOKENS; k--) {
    const token = tokens[k];
    if (token.kind === 'punct' && token.text !== ',') return null;
    if (!DESCRIBING_VERBS.has(token.text.toLowerCase())) continue;
    const start = PARTICLES.has(tokens[k + 1].text.toLowerCase()) ? k + 2 : k + 1;
    // After a form of "be", a participle in -ing is progressive ("is praising"), any other passive.
    const passive = WORDS.beForms.has(tokens[k - 1]?.text.toLowerCase() ?? '') && !token.text.toLowerCase().endsWith('ing');
    return start < as && tokens[start].kind === 'word' && !passive ? { start, cue: { start: k, end: k + 1 } } : null;
  }
  return null;
}

/**
 * Opens every direct quotation that a describing verb's object leads into (see the module comment) at
 * that object, as a mixed quotation with the verb as its cue. A report of the same verb's object alone
 * ("praising [Jeb Bush]", before "..., as "a man who ..."") gives way to the whole; any other candidate
 * reaching into the object or the verb keeps the quotation alone. `candidates` are in text order.
 */
export function openDescribedQuotations(ctx: QuoteContext, candidates: Candidate[]): Candidate[] {
  const { tokens } = ctx;
  const out: Candidate[] = [];
  for (const candidate of candidates) {
    const open = candidate.kind === 'direct' && !candidate.parts ? tokenStartingAt(tokens, candidate.start) : -1;
    const attributedAfter = candidate.cue !== null && tokens[candidate.cue.start].start > candidate.start;
    const described = open > 0 && !attributedAfter ? describedObject(ctx, open) : null;
    if (!described) {
      out.push(candidate);
      continue;
    }
    const start = tokens[described.start].start;
    const verbStart = tokens[described.cue.start].start;
    const reaches = (): Candidate | undefined => (out.length && out[out.length - 1].end > verbStart ? out[out.length - 1] : undefined);
    let last = reaches();
    while (last && last.kind !== 'direct' && last.cue?.start === described.cue.start && last.start >= start) {
      out.pop();
      last = reaches();
    }
    if (last) {
      out.push(candidate);
      continue;
    }
    const speaker = subjectBefore(ctx, described.cue.start, ctx.sentenceTokens[ctx.sentenceOf[open]][0]) ?? candidate.speaker;
    out.push({ ...candidate, start, kind: 'mixed', cue: described.cue, speaker });
  }
  return out;
}

/** Marks that end one clause of a report before a describing verb's own clause (", referred to ...", " - but the campaign rejected ..."). */
const CLAUSE_BREAKS = new Set(describedAs.clauseBreaks);
/** Most tokens between such a mark and the describing verb (its own subject, "but"). */
const MAX_BREAK_TOKENS = describedAs.maxBreakTokens;

/**
 * `has mocked a disabled newspaper reporter, referred to undocumented immigrants from Mexico as
 * "rapists"`: a reported content that runs on over a clause of its own whose describing verb's object
 * leads into a quotation after "as" is two quotations: the report ends before the mark that ends its
 * clause, and the rest opens at the object, as a mixed quotation of that verb, from the subject
 * between the mark and the verb or else from the report's speaker. `spans` and `candidates` are in
 * text order.
 */
export function splitDescribedReports(ctx: QuoteContext, spans: QuotedSpan[], candidates: Candidate[]): Candidate[] {
  const { tokens } = ctx;
  const out: Candidate[] = [];
  let s = 0;
  for (const candidate of candidates) {
    out.push(candidate);
    if (candidate.kind === 'direct' || candidate.kind === 'pull' || candidate.parts || !candidate.cue) continue;
    while (s < spans.length && spans[s].start < candidate.start) s++;
    const first = tokenStartingAt(tokens, candidate.start);
    for (let q = s; first >= 0 && q < spans.length && spans[q].end <= candidate.end; q++) {
      const described = describedObject(ctx, spans[q].open);
      if (!described || described.cue.start <= Math.max(first, candidate.cue.end)) continue;
      let mark = described.cue.start - 1;
      while (mark > first && described.cue.start - mark <= MAX_BREAK_TOKENS && !CLAUSE_BREAKS.has(tokens[mark].text)) mark--;
      if (mark <= first || !CLAUSE_BREAKS.has(tokens[mark].text)) break;
      const speaker = subjectBefore(ctx, described.cue.start, mark + 1) ?? candidate.speaker;
      // The report keeps its own quotations, if any lie before the mark.
      out[out.length - 1] = { ...candidate, end: tokens[mark - 1].end, kind: q > s ? candidate.kind : 'indirect' };
      out.push({ ...candidate, start: tokens[described.start].start, kind: 'mixed', cue: described.cue, speaker });
      break;
    }
  }
  return out;
}
