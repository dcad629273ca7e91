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
 * (`namesWork`, titles.ts). A reported content whose edges a quotation in it decides is that
 * quotation alone (`fitToQuotations`).
 */
import type { Candidate } from './candidate';
import { isCapitalized, isWord, type QuoteContext } from './context';
import { attributionAfter, attributionBefore, isSpeechCue, outerSource, restatedAttribution, type Attribution, type OuterSource } from './attribution';
import type { QuotedSpan } from './marks';
import { sentenceSubject } from './names';
import { cueInfo, WORDS } from './lexicon';
import connectiveWords from './connectives.json';
import runOnWords from './run-on.json';
import topicLeads from './topic-leads.json';
import namingNouns from './naming-nouns.json';
import { namesWork, showsWords } from './titles';
import { opensMainClause } from './leading-content';
import { COORDINATORS } from './opening-subject';
import { describedObject } from './described-as';
import { tokenStartingAt } from '../entities/token-index';
import { mapPacked } from '../../shared/map-packed';

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

/** Marks that end the writer's words running on after a quotation. */
const CLAUSE_MARKS = new Set([',', '.', ';', ':', '!', '?', '(', '\u2014', '\u2013', '--']);

/**
 * Words that carry a quoted clause on into the writer's own (`"..." before discussing specifics`,
 * `"..." that border security is working`): prepositions, subordinators, "that", "to" and "but".
 * A quotation followed by a verb is more often the subject of the writer's sentence
 * (`"I am ... committed to bringing back manufacturing" sounds great`), and stays apart.
 */
const RUN_ON_WORDS = new Set(runOnWords.continuations);
/** Shorter capitalised spans are more often names and slogans than clauses. */
const MIN_RUN_ON_WORDS = 4;

/**
 * `"I want to wait until I meet with Bibi" before discussing specifics, he said`: a capitalised
 * quotation of a few words that closes with no punctuation of its own and that the writer's words
 * go on from (`RUN_ON_WORDS`) is the head of a mixed quotation that runs to the end of that clause
 * (PolNeAR's convention; on train, 13 such quotations the rules took alone are the heads of gold
 * quotes, against 1 gold quote of the marks alone). A title, or words shown as written ("a hat
 * reading “...” on Wednesday"), is no utterance and runs on into nothing.
 * Returns one past the clause's last token, or -1 when the quotation does not run on, or another
 * quotation opens before the clause ends (`limit`).
 */
function runOnEnd(ctx: QuoteContext, span: QuotedSpan, limit: number): number {
  const { tokens } = ctx;
  const last = tokens[span.contentEnd];
  const next = tokens[span.close + 1];
  if (last === undefined || last.kind === 'punct' || wordCount(ctx, span) < MIN_RUN_ON_WORDS || !isCapitalized(tokens[span.contentStart])) return -1;
  if (next === undefined || !RUN_ON_WORDS.has(next.text) || namesWork(ctx, span, false) || showsWords(ctx, span)) return -1;
  const [, sentenceEnd] = ctx.sentenceTokens[ctx.sentenceOf[span.close + 1]];
  let end = span.close + 1;
  while (end < sentenceEnd && end < limit && !CLAUSE_MARKS.has(tokens[end].text)) end++;
  return end < limit ? end : -1;
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

/** Words that open a lead naming the topic of the quotation after its attribution (topic-leads.json). */
const TOPIC_OPENERS = new Set(topicLeads.openers);

/**
 * `In cases of abortion, it said, "the woman is a victim."`, `Of Carson, Levine said, "He's flat-out
 * scary."`: words that open the sentence before a parenthetical attribution start the content that
 * the quotation finishes, when the quotation opens in lower case or the words name its topic
 * (PolNeAR: one mixed quotation in two parts). Returns the character range of those words, or null.
 */
function interruptedLead(ctx: QuoteContext, min: number, span: QuotedSpan, attribution: Attribution | null): [number, number] | null {
  const { tokens } = ctx;
  const opening = tokens[span.contentStart];
  if (!attribution || tokens[span.open - 1]?.text !== ',' || opening?.kind !== 'word') return null;
  const comma = Math.min(attribution.cue.start, attribution.speaker.start) - 1;
  const first = ctx.sentenceTokens[ctx.sentenceOf[span.open]][0];
  // A capitalised quotation is a whole utterance of its own unless the lead names its topic ("Of Carson, Levine said, "He's ..."").
  if (isCapitalized(opening) && !TOPIC_OPENERS.has(tokens[first]?.text.toLowerCase() ?? '')) return null;
  if (comma <= first || first < min || tokens[comma].text !== ',') return null;
  // "Still, she added, "we also ..."": a connective alone links the sentence to the one before, as in reported speech
  // (reported.ts; train exact +2).
  if (comma - first === 1 && WORDS.linkingConnectives.has(tokens[first].text.toLowerCase())) return null;
  return [tokens[first].start, tokens[comma - 1].end];
}

export function findDirectQuotes(ctx: QuoteContext, spans: QuotedSpan[]): DirectResult {
  const candidates: Candidate[] = [];
  const claimed = mapPacked(spans, () => false);
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
    // `Okafor said "...," she said.`: the second attribution names the same speaker again and reports nothing of its own.
    const again = embedded && before ? restatedAttribution(ctx, span) : null;
    if (again) markUsed(usedTokens, again);
    // "...," she said, "...": the attribution runs up to the next quotation, which continues this one.
    const afterNext = spans[s + 2];
    const nextLimit = nextInParagraph && afterNext && afterNext.firstParagraph === nextInParagraph.lastParagraph
      ? afterNext.open : nextInParagraph ? paragraphEnd(nextInParagraph.lastParagraph) : 0;
    // A quotation right after a word of the attribution is a title it names ("said on "Meet the Press""), not the rest.
    const continues = after && nextInParagraph && after.end + 1 >= nextInParagraph.open &&
      (ctx.tokens[nextInParagraph.open - 1].kind === 'punct' || unpunctuatedContinuation(ctx, after, nextInParagraph)) &&
      !opensOwnReport(ctx, Math.max(after.cue.end, after.speaker.end), nextInParagraph.open) &&
      (closedByPeriod(ctx, nextInParagraph) || !attributionAfter(ctx, nextInParagraph.close + 1, nextLimit));
    // `chanted, "Send them home," and "Build the wall."`: a second quotation joined to the first by "and" is one quote with it.
    const coordinated = !after && nextInParagraph && coordinatesNext(ctx, span, nextInParagraph) &&
      (closedByPeriod(ctx, nextInParagraph) || !attributionAfter(ctx, nextInParagraph.close + 1, nextLimit));
    if (continues || coordinated) {
      claimed[s + 1] = true;
      candidate.end = nextInParagraph.end;
      candidate.parts = [[span.start, span.end], [nextInParagraph.start, nextInParagraph.end]];
    } else if (!lead) {
      const source = after ? outerSource(ctx, after) : null;
      if (source) reportedBySource(ctx, candidate, source, usedTokens);
      else runOn(ctx, candidate, span, afterLimit);
    }
    candidates.push(candidate);
  }
  return { candidates, claimed, usedTokens };
}

/** Words that join two quotations of one speaker's list: `"...," and "..."`, `"...," and, "..."` (connectives.json). */
const QUOTATION_JOINERS = new Set(connectiveWords.quotationJoiners);

/**
 * Whether `next` follows `span` joined by "and" alone (`"I'm a negotiator like you, folks," and, "Is there
 * anyone ..."`) after a comma inside the first quotation's marks: PolNeAR annotates the two as one quote (on
 * train, 5 of the 6 such pairs; exact +2).
 */
function coordinatesNext(ctx: QuoteContext, span: QuotedSpan, next: QuotedSpan): boolean {
  const { tokens } = ctx;
  if (tokens[span.contentEnd]?.text !== ',') return false;
  let joined = false;
  for (let t = span.close + 1; t < next.open; t++) {
    const joiner = QUOTATION_JOINERS.has(tokens[t].text.toLowerCase());
    if (!joiner && tokens[t].text !== ',') return false;
    joined ||= joiner;
  }
  return joined;
}

/**
 * `"...," she said "Ultimately the vote no campaign is ..."`: a capitalised quotation of a whole
 * utterance's length right after the attribution's last word, with the comma or stop between them
 * left out, is the rest of the quotation; a shorter one there is as often a title the verb names
 * ("told "Fox News Sunday""). Train exact +2.
 */
function unpunctuatedContinuation(ctx: QuoteContext, attribution: Attribution, next: QuotedSpan): boolean {
  const lastWord = Math.max(attribution.cue.end, attribution.speaker.end) - 1;
  return next.open - 1 === lastWord && isCapitalized(ctx.tokens[next.contentStart]) && wordCount(ctx, next) >= MIN_FLOATING_WORDS;
}

/**
 * A quotation whose attribution an outer source reports (`outerSource`) is, with that attribution,
 * what the source says: one mixed quotation up to the comma, credited to the source, as PolNeAR
 * annotates it (on train, 10 of the 13 such quotations then match a gold quote exactly, and none did alone).
 */
function reportedBySource(ctx: QuoteContext, candidate: Candidate, source: OuterSource, used: Uint8Array): void {
  candidate.end = ctx.tokens[source.comma - 1].end;
  candidate.kind = 'mixed';
  candidate.cue = source.cue;
  candidate.speaker = source.speaker;
  used.fill(1, source.cue.start, source.speaker.end);
}

/** Extends a candidate that is one quoted span over the writer's words it runs on into (`runOnEnd`), as a mixed quotation. */
function runOn(ctx: QuoteContext, candidate: Candidate, span: QuotedSpan, limit: number): void {
  const end = runOnEnd(ctx, span, limit);
  if (end <= span.close + 1) return;
  candidate.end = ctx.tokens[end - 1].end;
  candidate.kind = 'mixed';
}

/**
 * `T-shirts ... that said "We won."`, `Citing “obligations in Tennessee,” the spokeswoman told ...`: a
 * reporting verb right before the opening mark shows that the marks hold its words, however few; a
 * title is still none ("told "Fox and Friends""). On PolNeAR train, 2 of the 5 such short spans that
 * nothing else covers are gold direct quotes, and a third lies in a gold mixed quote.
 */
function followsCue(ctx: QuoteContext, span: QuotedSpan): boolean {
  const before = ctx.tokens[span.open - 1];
  return before?.kind === 'word' && cueInfo(before.text) !== undefined && !namesWork(ctx, span, false);
}

/** Nouns that name the words in the marks after them, and the words that may link the two (naming-nouns.json). */
const NAMING_NOUNS = new Set(namingNouns.nouns);
const NAMING_LINKS = new Set(namingNouns.links);

/**
 * `the campaign slogan is "I'm with her."`, `used the term "kitchen sink"`: a noun that names words
 * right before the opening mark shows that the marks hold someone's words, however few; a title is
 * still none.
 */
function followsNamingNoun(ctx: QuoteContext, span: QuotedSpan): boolean {
  const { tokens } = ctx;
  const before = NAMING_LINKS.has(tokens[span.open - 1]?.text.toLowerCase() ?? '') ? span.open - 2 : span.open - 1;
  return tokens[before]?.kind === 'word' && NAMING_NOUNS.has(tokens[before].text.toLowerCase()) && !namesWork(ctx, span, false);
}

/**
 * Quoted spans of several words, short cries and questions, words shown as written ("a sign that
 * read "15%!"", `showsWords`), reported by the verb before them (`followsCue`), named by the noun
 * before them (`followsNamingNoun`) or describing a verb's object after "as" (`describedObject`, which
 * then opens them at that object), that no candidate covers: their sentence's subject said them,
 * or the previous speaker.
 */
export function leftoverQuotations(ctx: QuoteContext, spans: QuotedSpan[], candidates: Candidate[]): Candidate[] {
  const covered = mapPacked(candidates, (c): [number, number] => [c.start, c.end]).sort((a, b) => a[0] - b[0]);
  const out: Candidate[] = [];
  let c = 0;
  let reach = -1;
  spans.forEach((span, s) => {
    while (c < covered.length && covered[c][0] <= span.start) reach = Math.max(reach, covered[c++][1]);
    const words = wordCount(ctx, span);
    const cries = CRY_MARKS.has(ctx.tokens[span.contentEnd]?.text ?? '') && words >= MIN_CRY_WORDS;
    if (reach >= span.end || ctx.nonProse[span.firstParagraph] || words < MIN_LEFTOVER_WORDS && !cries && !showsWords(ctx, span) && !followsCue(ctx, span) && !followsNamingNoun(ctx, span) && !describedObject(ctx, span.open)) return;
    // An attribution right after it ("... ''like I've never seen,'' he told CNN"), else, inside a
    // sentence ("He offered "my thoughts and prayers""), the sentence's subject is the speaker.
    const next = spans[s + 1];
    const limit = next && next.firstParagraph === span.lastParagraph ? next.open : ctx.paragraphTokens[span.lastParagraph][1];
    const after = attributionAfter(ctx, span.close + 1, limit);
    if (namesWork(ctx, span, after !== null)) return;
    const sentenceStart = ctx.sentenceTokens[ctx.sentenceOf[span.open]][0];
    const speaker = after?.speaker ?? (span.open > sentenceStart ? sentenceSubject(ctx, sentenceStart, span.open) : null);
    const candidate: Candidate = { start: span.start, end: span.end, kind: 'direct', cue: after?.cue ?? null, speaker, paragraph: span.firstParagraph };
    runOn(ctx, candidate, span, limit);
    out.push(candidate);
  });
  return out;
}

/**
 * Whether `next` continues the direct or mixed quotation `previous` (see `joinContinuedQuotations`):
 * it has no attribution of its own, and either nothing but space separates them, or ", and" follows
 * `previous`'s trailing attribution (`"...," she said, and "..."`), or it opens a sentence (which may
 * follow an abbreviation, `abbreviationEndsSentence`), maybe after
 * one connective (`opensSentenceAfterConnective`), after the sentence of that attribution (which hands
 * the turn to no one else, `handsOverTurn`) in the same paragraph, right after it or past the writer's
 * narration (`onlyNarration`), or it is the whole of the next paragraph (`continuesInNextParagraph`).
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
  const cueSentence = sentenceOf[cue.end - 1];
  const attributionEnd = Math.max(cue.end, previous.speaker?.end ?? 0);
  if (sentence === cueSentence && attributionEnd === opening - 2 && tokens[opening - 2].text === ',' && isWord(tokens[opening - 1], 'and')) return true;
  if (sentence === cueSentence && opening > attributionEnd && abbreviationEndsSentence(ctx, opening)) return onlyNarration(ctx, attributionEnd, opening);
  if (sentence <= cueSentence || !opensSentenceAfterConnective(ctx, opening) || handsOverTurn(ctx, cue.end, opening)) return false;
  return sentence === cueSentence + 1 || onlyNarration(ctx, sentenceTokens[cueSentence + 1][0], opening);
}

/**
 * `..." Sanders said at a rally in Binghamton, N.Y. "Secretary Clinton ..."`: the stop of an abbreviation
 * right before a capitalised quotation also ends the attribution's sentence, which the segmenter
 * carries on past abbreviations.
 */
function abbreviationEndsSentence(ctx: QuoteContext, opening: number): boolean {
  const before = ctx.tokens[opening - 1];
  return before.kind === 'word' && before.text.endsWith('.') && isCapitalized(ctx.tokens[opening + 1]);
}

/** Words that open a sentence and lead on into what the speaker went on to say ("But "...", "Instead, "...""). */
export const CONNECTIVES = new Set(connectiveWords.sentenceOpeners);

/** Whether the quotation at token `opening` opens its sentence, maybe after one connective and a comma. */
function opensSentenceAfterConnective(ctx: QuoteContext, opening: number): boolean {
  const { tokens } = ctx;
  const first = ctx.sentenceTokens[ctx.sentenceOf[opening]][0];
  if (first === opening) return true;
  const connective = CONNECTIVES.has(tokens[first].text.toLowerCase());
  return connective && (first + 1 === opening || first + 2 === opening && tokens[first + 1].text === ',');
}

/** Most tokens of the writer's own sentences a quotation joins across: bounded, so the join stays linear. */
const MAX_NARRATION_TOKENS = 80;

/**
 * Whether tokens [from, to) are the writer's narration, which a speaker's quotation may run across
 * (`"...," Woolson said. They also lie in a dead zone. "That's a tough area."`): no speech cue gives
 * the word to anyone else ("Reyes said the council would vote again.").
 */
function onlyNarration(ctx: QuoteContext, from: number, to: number): boolean {
  if (to - from > MAX_NARRATION_TOKENS) return false;
  for (let t = from; t < to; t++) if (isSpeechCue(ctx, t)) return false;
  return true;
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
 * of the 60 pairs this joins are one gold quote, and 1 is two). What the speaker reports between
 * the two (`"...," she said, adding that .... "..."`) stays a quotation of its own, and the join
 * reaches past it, within the paragraph; when it cannot, the quotation may still continue that
 * reported speech (`Reyes said the plan was "a failure." "..."`). `candidates` are in text order.
 */
export function joinContinuedQuotations(ctx: QuoteContext, candidates: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  /** Index in `out` of the quotation that the next one may continue. */
  let quotation = -1;
  for (const candidate of candidates) {
    const previous = out[quotation];
    const continued = previous && continuesQuotation(ctx, previous, candidate) ? quotation
      : out.length > 0 && continuesQuotation(ctx, out[out.length - 1], candidate) ? out.length - 1 : -1;
    if (continued >= 0) {
      const joined = out[continued];
      out[continued] = {
        ...joined,
        end: candidate.end,
        parts: [...(joined.parts ?? [[joined.start, joined.end]]), [candidate.start, candidate.end]],
      };
      quotation = continued;
    } else {
      out.push(candidate);
      // Reported speech in that quotation's paragraph does not take its place.
      const reported = candidate.kind === 'indirect' || candidate.kind === 'mixed';
      if (!reported || previous?.paragraph !== candidate.paragraph) quotation = out.length - 1;
    }
  }
  return out;
}

/** Marks that close a quoted sentence or clause inside the marks ("...,” or "...."). */
const CLOSING_PUNCTUATION = new Set([',', '.']);

/**
 * `chanting "Bernie or Jill, No Hill," raising fresh questions ...`, `Titled “A Very Clinton Christmas,” the
 * 30-second video pans ...`: a reported content that opens with a quotation closed by its own comma or stop
 * and runs on into the writer's lower-case words ends at the closing mark, as PolNeAR annotates it: the
 * punctuation inside the marks ends the quoted words, and what follows is the writer's (on train, 7 of 15
 * such contents are gold quotes of the marks alone, 2 whole; exact +8). An attribution after the marks
 * (`"...," he told Sen. Flake`) leaves the content as the rules found it.
 */
function endsAtClosedQuotation(ctx: QuoteContext, candidate: Candidate, span: QuotedSpan): boolean {
  const { tokens } = ctx;
  const next = tokens[span.close + 1];
  if (span.start !== candidate.start || candidate.end <= span.end) return false;
  if (!CLOSING_PUNCTUATION.has(tokens[span.contentEnd]?.text ?? '') || next?.kind !== 'word' || isCapitalized(next)) return false;
  return !attributionAfter(ctx, span.close + 1, ctx.paragraphTokens[span.lastParagraph][1]);
}

/**
 * `said in an op-ed piece before a 2014 Senate hearing, “The State Department ...”`, `Emanuel acknowledged,
 * however, “As they say ...”`: a reported content that the cue's adjunct opens in mid-sentence and a
 * comma hands to a capitalised quotation that ends it is that quotation alone, as PolNeAR annotates it:
 * the adjunct says when or how the words were said, they are not the speaker's (train exact +7). A "that"
 * clause is the speaker's (`said that, "We're going to ..."`) and stays, and so does a single quoted word,
 * more often a name the adjunct gives (`referred to her by a nickname, “Gert.”`).
 */
function startsAtQuotation(ctx: QuoteContext, candidate: Candidate, span: QuotedSpan): boolean {
  const { tokens } = ctx;
  const first = tokenStartingAt(tokens, candidate.start);
  if (span.end !== candidate.end || candidate.start >= span.start || first < 0) return false;
  if (tokens[first].kind !== 'word' || isCapitalized(tokens[first]) || isWord(tokens[first], 'that')) return false;
  return tokens[span.open - 1]?.text === ',' && isCapitalized(tokens[span.contentStart]) && wordCount(ctx, span) >= MIN_CRY_WORDS;
}

/**
 * Reported contents whose edges a quotation in them decides (`endsAtClosedQuotation`, `startsAtQuotation`):
 * each becomes that quotation alone, a direct one.
 */
export function fitToQuotations(ctx: QuoteContext, spans: QuotedSpan[], candidates: Candidate[]): Candidate[] {
  const spanAt = new Map(spans.map((span) => [span.start, span]));
  const spanEndingAt = new Map(spans.map((span) => [span.end, span]));
  return mapPacked(candidates, (candidate) => {
    if (candidate.parts) return candidate;
    const opening = spanAt.get(candidate.start);
    if (opening && endsAtClosedQuotation(ctx, candidate, opening)) return { ...candidate, end: opening.end, kind: 'direct' };
    const closing = spanEndingAt.get(candidate.end);
    if (closing && startsAtQuotation(ctx, candidate, closing)) return { ...candidate, start: closing.start, kind: 'direct' };
    return candidate;
  });
}
