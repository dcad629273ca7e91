/**
 * Stage 3: quotations and their speakers.
 *
 *   3a. pair quotation marks into quoted spans            (marks.ts)
 *   3b. direct quotations with their attribution clause   (direct.ts, attribution.ts);
 *       quoted titles of shows and books are none         (titles.ts)
 *   3c. reported speech and mixed quotations, per sentence (reported.ts;
 *       leading-content.ts, opening-subject.ts, scan.ts), whole-clause
 *       reports ("X appeared to end his bid"; whole-clause.ts), with the
 *       reporting cues of each token decided once           (cue-model.ts)
 *       and cue words that report no one where they stand   (non-speech.ts)
 *       or objects that hold no words of what was said    (non-speech-objects.ts)
 *   3c'. each reported content's end and start are where learned rankers put them: the rules'
 *       contents run on over adjuncts and clauses in too many small ways for rules (edge-model.ts);
 *       contents whose whole shape reports no one are dropped (false-reports.ts);
 *       then one that a quotation in it bounds is that quotation alone (direct.ts)
 *   3d. pull quotes followed by an attribution line        (pull.ts)
 *       and lines labelled with their speaker, "Name: ..."  (labelled.ts),
 *       an interview's "Q: ..." and "A: ..." among them
 *   3e. a quotation that continues the previous one joins it (direct.ts),
 *       one after "as" opens at the object of a describing verb, a report
 *       running on into that verb's clause ending before it (described-as.ts),
 *       one attributed after it opens at its sentence's lead, and a "that"
 *       report that a colon hands over to it joins it     (mixed-openings.ts)
 *   3f. speakers resolved against the entities and the text (speakers.ts, names.ts),
 *       each mention cut to the speaker's own words        (mention-span.ts)
 *
 * Every rule walks the tokens once, so the stage is linear in the text.
 */
import type { Entity, Quote } from '../../shared/analysis';
import type { Segmented } from '../segment';
import type { Candidate } from './candidate';
import { buildContext, type QuoteContext } from './context';
import { findDirectQuotes, fitToQuotations, joinContinuedQuotations, leftoverQuotations } from './direct';
import { findLabelledLines, interviewTurns } from './labelled';
import { findQuotedSpans } from './marks';
import { findPullQuotes } from './pull';
import { joinColonReports, openMixedQuotations } from './mixed-openings';
import { openDescribedQuotations, splitDescribedReports } from './described-as';
import { findReportedSpeech } from './reported';
import { rankEdges } from './edge-model';
import { isFalseContent } from './false-reports';
import { quoteIndexOfTokens } from './scan';
import { SpeakerResolver } from './speakers';

function toQuote(ctx: QuoteContext, candidate: Candidate, resolver: SpeakerResolver, previous: Quote & { paragraph: number } | undefined): Quote {
  const { text, tokens } = ctx;
  const cueStart = candidate.cue ? tokens[candidate.cue.start].start : 0;
  const cueEnd = candidate.cue ? tokens[candidate.cue.end - 1].end : 0;
  const cue = candidate.cue ? { start: cueStart, end: cueEnd, text: text.slice(cueStart, cueEnd) } : null;
  const speaker = candidate.answer ? resolver.answerSpeaker(candidate.speaker!)
    : candidate.speaker ? resolver.resolve(candidate.speaker, candidate, candidate.cue)
    : candidate.sourceless ? null : resolver.continuing(previous, candidate.paragraph);
  const quote: Quote = {
    start: candidate.start, end: candidate.end, text: text.slice(candidate.start, candidate.end),
    kind: candidate.kind, speaker, cue,
  };
  if (candidate.parts) quote.parts = candidate.parts;
  return quote;
}

export function findQuotes(segmented: Segmented, entities: Entity[]): Quote[] {
  const ctx = buildContext(segmented);
  const spans = findQuotedSpans(ctx);
  const direct = findDirectQuotes(ctx, spans);
  const ranked = rankEdges(ctx, quoteIndexOfTokens(ctx, spans), findReportedSpeech(ctx, spans, direct));
  // A content's shape is judged at the edges the rankers chose.
  const reported = fitToQuotations(ctx, spans, ranked.filter((c) => !isFalseContent(ctx, c)));
  const attributed = [...direct.candidates, ...reported].filter((c) => c.cue !== null);
  const pulls = findPullQuotes(ctx, spans, new Set(attributed.map((c) => c.paragraph)));
  const pullParagraphs = new Set(pulls.map((c) => c.paragraph));
  const uncued = direct.candidates.filter((c) => c.cue === null && !pullParagraphs.has(c.paragraph));
  const turns = interviewTurns(ctx);
  const labelled = findLabelledLines(ctx, new Set([...attributed, ...pulls, ...uncued].map((c) => c.paragraph)), turns);
  const found = [...attributed, ...pulls, ...uncued, ...labelled];
  const continued = joinContinuedQuotations(ctx, [...found, ...leftoverQuotations(ctx, spans, found)].sort((a, b) => a.start - b.start));
  const candidates = joinColonReports(ctx, openMixedQuotations(ctx, openDescribedQuotations(ctx, splitDescribedReports(ctx, spans, continued))));

  const resolver = new SpeakerResolver(ctx, entities, turns);
  const quotes: Quote[] = [];
  let previous: (Quote & { paragraph: number }) | undefined;
  for (const candidate of candidates) {
    const quote = toQuote(ctx, candidate, resolver, previous);
    quotes.push(quote);
    // A quotation from no source is no speaker's turn: the next floating quotation continues the one before it.
    if (!candidate.sourceless) previous = { ...quote, paragraph: candidate.paragraph };
  }
  return quotes;
}
