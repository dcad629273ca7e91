/**
 * Direct quotations: every quoted span that is attributed by a cue beside it,
 * introduced by a colon at the end of the previous paragraph, or that reads as
 * a whole utterance of its own (a "floating" quotation continuing the previous
 * speaker). A quotation interrupted by its attribution ("...," she said, "...")
 * becomes one candidate with `parts`, and so does a sentence whose first words a
 * lower-case quotation finishes ("In cases of abortion, it said, "the woman is a
 * victim.""), as a mixed quotation. Short quoted fragments without a cue ("a
 * so-called "reform"") are left to the reported-speech rules; what those leave
 * uncovered is picked up last by `leftoverQuotations`. A quotation that goes on
 * after its attribution's sentence, with no attribution of its own, joins the one
 * before it (`joinContinuedQuotations`). Marks around the title of a work quote no one
 * (`namesWork`, titles.ts).
 */
import type { Candidate } from './candidate';
import { isCapitalized, isWord, type QuoteContext } from './context';
import { attributionAfter, attributionBefore, isSpeechCue, type Attribution } from './attribution';
import type { QuotedSpan } from './marks';
import { sentenceSubject } from './names';
import { namesWork } from './titles';
import { opensMainClause } from './leading-content';
import { COORDINATORS } from './opening-subject';
import { tokenStartingAt } from '../entities/token-index';

/** A quotation without a cue must have this many words to count as an utterance rather than a scare quote. */
const MIN_FLOATING_WORDS = 5;
/**
 * A quoted span that no rule attributed and no reported clause contains is still a
 * quotation from this many words on: on PolNeAR train, 62% of such spans of 4+ words
 * are gold quotations, against 30% at 3 words.
 */
const MIN_LEFTOVER_WORDS = 4;
/**
 * A shorter one that ends crying or asking ("This is fantastic!", "Mr. D'Souza?") is still an
 * utterance, from two words on: on PolNeAR train, half of those are gold quotations.
 */
const MIN_CRY_WORDS = 2;
const CRY_MARKS = new Set(['!', '?']);
const SENTENCE_FINAL = new Set(['.', '!', '?', '\u2026', ',']);
/** Marks between a speech verb and the quotation it introduces ("adding, "..."", "wrote: "...""). */
const INTRODUCING_MARKS = new Set([',', ':']);

export interface DirectResult {
  candidates: Candidate[];
  /** Per quoted span: whether a direct quotation took it. */
  claimed: boolean[];
  /** Per token: whether an attribution clause used it. */
  usedTokens: Uint8Array;
}

function wordCount(ctx: QuoteContext, span: QuotedSpan): number {
  let words = 0;
  for (let t = span.contentStart; t <= span.contentEnd; t++) if (ctx.tokens[t].kind !== 'punct') words++;
  return words;
}

/** Whether the quotation reads as a full utterance: it opens its sentence and ends with sentence punctuation. */
function isUtterance(ctx: QuoteContext, span: QuotedSpan): boolean {
  const opensSentence = ctx.sentenceTokens[ctx.sentenceOf[span.open]]?.[0] === span.open ||
    ctx.paragraphTokens[span.firstParagraph][0] === span.open;
  const last = ctx.tokens[span.contentEnd];
  return wordCount(ctx, span) >= MIN_FLOATING_WORDS && opensSentence && last !== undefined && SENTENCE_FINAL.has(last.text);
}

/**
 * `"... not true." He said Clinton ...`: a quotation closed by a full stop and followed by a
 * capitalised word has ended its sentence, so what follows opens a new one instead of attributing it
 * (a question or exclamation mark does not tell: `"Why?" Trump asked`).
 */
function closedByPeriod(ctx: QuoteContext, span: QuotedSpan): boolean {
  return ctx.tokens[span.contentEnd]?.text === '.' && isCapitalized(ctx.tokens[span.close + 1]);
}

/** The attribution at the end of the previous paragraph when it closes with a colon ("X said:"). */
function colonIntroduction(ctx: QuoteContext, span: QuotedSpan): Attribution | null {
  const [paragraphStart] = ctx.paragraphTokens[span.firstParagraph];
  if (span.open !== paragraphStart || span.firstParagraph === 0) return null;
  const [prevStart, prevEnd] = ctx.paragraphTokens[span.firstParagraph - 1];
  if (prevEnd <= prevStart || ctx.tokens[prevEnd - 1].text !== ':') return null;
  const sentenceStart = ctx.sentenceTokens[ctx.sentenceOf[prevEnd - 1]][0];
  return attributionBefore(ctx, sentenceStart, span);
}

function markUsed(used: Uint8Array, attribution: Attribution): void {
  used.fill(1, attribution.cue.start, attribution.cue.end);
  used.fill(1, attribution.speaker.start, attribution.speaker.end);
}

/**
 * Whether tokens [from, to) between an attribution and the next quotation report something of
 * their own with a speech verb and "that" ("...," Anderson said, adding that Sanders is "..."), or
 * introduce the next quotation with a speech verb of their own ("...," she said, adding, "...") or
 * with a clause that holds one and ends in a colon ("...," said Skelly, explaining he worked with
 * him: "..."), or hand the turn to someone else (`handsOverTurn`): then the next quotation is a
 * fragment of that report, or a quote of its own, not the rest of this one. A bare "that" does not
 * count: PolNeAR joins across descriptions ("said, near the image of Ali that ...").
 */
function opensOwnReport(ctx: QuoteContext, from: number, to: number): boolean {
  const colon = ctx.tokens[to - 1]?.text === ':';
  if (handsOverTurn(ctx, from, to)) return true;
  for (let t = from; t + 1 < to; t++) {
    if (!isSpeechCue(ctx, t)) continue;
    if (colon || isWord(ctx.tokens[t + 1], 'that') || t + 2 === to && INTRODUCING_MARKS.has(ctx.tokens[t + 1].text)) return true;
  }
  return false;
}

/**
 * Whether the words [from, to) after an attribution hand the turn to someone else: a comma and a
 * conjunction open a clause with a subject of its own (`"...," Ebeling said, and Tom cut in. "..."`),
 * so the next quotation is no continuation of this one.
 */
function handsOverTurn(ctx: QuoteContext, from: number, to: number): boolean {
  const { tokens } = ctx;
  for (let t = from; t + 2 < to; t++) {
    if (tokens[t].text === ',' && COORDINATORS.has(tokens[t + 1].text.toLowerCase()) && opensMainClause(tokens, t + 2, to)) return true;
  }
  return false;
}

/**
 * `In cases of abortion, it said, "the woman is a victim."`: words that open the sentence before a
 * parenthetical attribution start the content that the quotation finishes (PolNeAR: one mixed
 * quotation in two parts). Returns the character range of those words, or null.
 */
function interruptedLead(ctx: QuoteContext, min: number, span: QuotedSpan, attribution: Attribution | null): [number, number] | null {
  const { tokens } = ctx;
  const opening = tokens[span.contentStart];
  if (!attribution || tokens[span.open - 1]?.text !== ',' || opening?.kind !== 'word' || isCapitalized(opening)) return null;
  const comma = Math.min(attribution.cue.start, attribution.speaker.start) - 1;
  const first = ctx.sentenceTokens[ctx.sentenceOf[span.open]][0];
  if (comma <= first || first < min || tokens[comma].text !== ',') return null;
  return [tokens[first].start, tokens[comma - 1].end];
}

export function findDirectQuotes(ctx: QuoteContext, spans: QuotedSpan[]): DirectResult {
  const candidates: Candidate[] = [];
  const claimed = spans.map(() => false);
  const usedTokens = new Uint8Array(ctx.tokens.length);
  const paragraphEnd = (p: number): number => ctx.paragraphTokens[p][1];
  const paragraphStart = (p: number): number => ctx.paragraphTokens[p][0];
  for (let s = 0; s < spans.length; s++) {
    const span = spans[s];
    if (claimed[s] || ctx.nonProse[span.firstParagraph]) continue;
    const next = spans[s + 1];
    const nextInParagraph = next && next.firstParagraph === span.lastParagraph ? next : undefined;
    const prev = spans[s - 1];
    const afterLimit = nextInParagraph ? nextInParagraph.open : paragraphEnd(span.lastParagraph);
    const beforeLimit = prev && prev.lastParagraph === span.firstParagraph ? prev.close + 1 : paragraphStart(span.firstParagraph);

    // A quotation embedded in a clause ("praised its "genuine empathy," Starr said") is not attributed from behind.
    const embedded = ctx.tokens[span.open - 1]?.kind === 'word' && span.open !== paragraphStart(span.firstParagraph);
    const trailing = embedded || closedByPeriod(ctx, span) ? null : attributionAfter(ctx, span.close + 1, afterLimit);
    const before = attributionBefore(ctx, beforeLimit, span);
    // `Blumenthal was asked, "...?" He answered, "..."`: when a cue and a comma before the quotation
    // introduce it as one turn, a clause after it that runs into the next quotation introduces that one
    // instead. After a colon (`X said: "...," he added, "..."`) the quotation goes on past the clause.
    const introducesNext = before && trailing && nextInParagraph && ctx.tokens[span.open - 1].text === ',' &&
      trailing.end + 1 >= nextInParagraph.open && !opensOwnReport(ctx, trailing.cue.end, nextInParagraph.open);
    const after = introducesNext ? null : trailing;
    const attribution = after ?? before ?? colonIntroduction(ctx, span);
    if (!attribution && !isUtterance(ctx, span) || namesWork(ctx, span, attribution !== null)) continue;
    claimed[s] = true;
    const candidate: Candidate = {
      start: span.start, end: span.end, kind: 'direct',
      cue: attribution?.cue ?? null, speaker: attribution?.speaker ?? null, paragraph: span.firstParagraph,
    };
    const lead = after ? null : interruptedLead(ctx, beforeLimit, span, attribution);
    if (lead) {
      candidate.start = lead[0];
      candidate.kind = 'mixed';
      candidate.parts = [lead, [span.start, span.end]];
    }
    if (attribution) markUsed(usedTokens, attribution);
    // "...," she said, "...": the attribution runs up to the next quotation, which continues this one.
    const afterNext = spans[s + 2];
    const nextLimit = nextInParagraph && afterNext && afterNext.firstParagraph === nextInParagraph.lastParagraph
      ? afterNext.open : nextInParagraph ? paragraphEnd(nextInParagraph.lastParagraph) : 0;
    // A quotation right after a word of the attribution is a title it names ("said on "Meet the Press""), not the rest.
    const continues = after && nextInParagraph && after.end + 1 >= nextInParagraph.open &&
      ctx.tokens[nextInParagraph.open - 1].kind === 'punct' &&
      !opensOwnReport(ctx, Math.max(after.cue.end, after.speaker.end), nextInParagraph.open) &&
      (closedByPeriod(ctx, nextInParagraph) || !attributionAfter(ctx, nextInParagraph.close + 1, nextLimit));
    if (continues) {
      claimed[s + 1] = true;
      candidate.end = nextInParagraph.end;
      candidate.parts = [[span.start, span.end], [nextInParagraph.start, nextInParagraph.end]];
    }
    candidates.push(candidate);
  }
  return { candidates, claimed, usedTokens };
}

/** Quoted spans of several words, or short cries and questions, that no candidate covers: their sentence's subject said them, or the previous speaker. */
export function leftoverQuotations(ctx: QuoteContext, spans: QuotedSpan[], candidates: Candidate[]): Candidate[] {
  const covered = candidates.map((c): [number, number] => [c.start, c.end]).sort((a, b) => a[0] - b[0]);
  const out: Candidate[] = [];
  let c = 0;
  let reach = -1;
  spans.forEach((span, s) => {
    while (c < covered.length && covered[c][0] <= span.start) reach = Math.max(reach, covered[c++][1]);
    const words = wordCount(ctx, span);
    const cries = CRY_MARKS.has(ctx.tokens[span.contentEnd]?.text ?? '') && words >= MIN_CRY_WORDS;
    if (reach >= span.end || ctx.nonProse[span.firstParagraph] || words < MIN_LEFTOVER_WORDS && !cries) return;
    // An attribution right after it ("... ''like I've never seen,'' he told CNN"), else, inside a
    // sentence ("He offered "my thoughts and prayers""), the sentence's subject is the speaker.
    const next = spans[s + 1];
    const limit = next && next.firstParagraph === span.lastParagraph ? next.open : ctx.paragraphTokens[span.lastParagraph][1];
    const after = attributionAfter(ctx, span.close + 1, limit);
    if (namesWork(ctx, span, after !== null)) return;
    const sentenceStart = ctx.sentenceTokens[ctx.sentenceOf[span.open]][0];
    const speaker = after?.speaker ?? (span.open > sentenceStart ? sentenceSubject(ctx, sentenceStart, span.open) : null);
    out.push({ start: span.start, end: span.end, kind: 'direct', cue: after?.cue ?? null, speaker, paragraph: span.firstParagraph });
  });
  return out;
}

/**
 * Whether `next` continues the direct or mixed quotation `previous` (see `joinContinuedQuotations`):
 * it has no attribution of its own, and either nothing but space separates them, or it opens the
 * sentence right after the sentence of `previous`'s trailing attribution (which hands the turn to no one
 * else, `handsOverTurn`), in the same paragraph, or
 * it is the whole of the next paragraph (`continuesInNextParagraph`).
 */
function continuesQuotation(ctx: QuoteContext, previous: Candidate, next: Candidate): boolean {
  if (previous.kind !== 'direct' && previous.kind !== 'mixed' || next.kind !== 'direct' || next.cue || next.speaker || next.sourceless || next.start < previous.end) return false;
  const gap = ctx.text.slice(previous.end, next.start);
  if (gap.includes('\n')) return continuesInNextParagraph(ctx, previous, next, gap);
  if (gap.trim() === '') return true;
  const { tokens, sentenceOf, sentenceTokens } = ctx;
  const cue = previous.cue;
  const opening = tokenStartingAt(tokens, next.start);
  if (!cue || tokens[cue.start].start < previous.end || opening < 0) return false;
  const sentence = sentenceOf[opening];
  return sentence === sentenceOf[cue.end - 1] + 1 && sentenceTokens[sentence][0] === opening && !handsOverTurn(ctx, cue.end, opening);
}

/**
 * A speaker's next paragraph, all of it one quotation with no attribution of its own, goes on with
 * the quotation that ends the paragraph before, or whose attribution sentence ends it (`"...," she
 * said.¶"..."`): PolNeAR annotates the two as one quote (on train, 42 of the 49 paragraph breaks this
 * joins across lie inside one gold quote, and 6 between two). `gap` is the text between them.
 */
function continuesInNextParagraph(ctx: QuoteContext, previous: Candidate, next: Candidate, gap: string): boolean {
  const firstBreak = gap.indexOf('\n');
  const lastBreak = gap.lastIndexOf('\n');
  // One paragraph break, and nothing of the writer's before the next quotation.
  if (gap.slice(firstBreak, lastBreak + 1).trim() !== '' || gap.slice(lastBreak + 1).trim() !== '') return false;
  const [first, last] = ctx.paragraphTokens[next.paragraph];
  if (ctx.tokens[first].start !== next.start || ctx.tokens[last - 1].end !== next.end) return false;
  if (gap.slice(0, firstBreak).trim() === '') return true;
  const cue = previous.cue;
  if (!cue || ctx.tokens[cue.start].start < previous.end) return false;
  const [, cueParagraphEnd] = ctx.paragraphTokens[ctx.paragraphOf[cue.start]];
  return ctx.sentenceOf[cue.start] === ctx.sentenceOf[cueParagraphEnd - 1];
}

/**
 * `"...," she said. "..."` and `"..." "..."`: a quotation with no attribution of its own that opens
 * the sentence after the previous quotation's attribution, or follows that quotation with nothing
 * between, continues it: the two are one quote with parts, as PolNeAR annotates them (on train, 48
 * of the 60 pairs this joins are one gold quote, and 1 is two). `candidates` are in text order.
 */
export function joinContinuedQuotations(ctx: QuoteContext, candidates: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const candidate of candidates) {
    const previous = out[out.length - 1];
    if (previous && continuesQuotation(ctx, previous, candidate)) {
      out[out.length - 1] = {
        ...previous,
        end: candidate.end,
        parts: [...(previous.parts ?? [[previous.start, previous.end]]), [candidate.start, candidate.end]],
      };
    } else {
      out.push(candidate);
    }
  }
  return out;
}
