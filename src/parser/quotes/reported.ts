/**
 * Reported speech, sentence by sentence, for the cues the direct-quotation rules
 * did not use:
 *   "<clause>, X said [adjuncts]."        trailing attribution (looked for first)
 *   "<clause>, X said, <clause>."         parenthetical attribution: one quote in two parts
 *   "X said [to Y] [that] <clause>."       leading attribution (content keeps "that", as PolNeAR does)
 *   "according to X, <clause>." / "<clause>, according to X."   (and "As reported by X, <clause>.")
 *   "X called the plan <...>"              stance verbs: the rest of the clause is the content
 *   "..., adding that <clause>"            participles and "and said" share the sentence's subject
 *   "X, who says <clause>, said ..."       a relative clause reports up to its comma
 *   "Asked whether <clause>, X said ..."   an opening participle reports the question put,
 *   "But when asked whether <clause>, X"   as one after "when" or set off by commas does
 *   "a wall, which X said <rest>"          a relative clause reports its relative word and the rest
 *   "a poll, which showed <clause>"        a relative word before a cue is its speaker,
 *   "the deal, which X opposed."           and one before the cue's subject, with nothing after the cue, its content
 *                                          (the relative-clause rules are in relative-clauses.ts)
 *   "X seems / is expected to <...>"       evidentials report their whole clause, from no source,
 *   "X is reportedly <...>"                as evidential adverbs do,
 *   "X is viewed as <...>"                 and a passive cue with an "as" complement and no agent,
 *   "X was declared the winner"            or a passive cue of judging or naming with no agent
 * A leading content ends at the sentence end or where another clause with a subject of its own
 * starts (", and aides say ...", ", but he ...", the main clause after "When X said ...,").
 * A content that contains a quoted fragment is `mixed`, otherwise `indirect`. Spans follow
 * PolNeAR's conventions, studied on its train split: no final period, time adjuncts and the
 * prepositions PolNeAR counts in the cue ("pointed to", "warned of") left out.
 */
import type { Token } from '../segment';
import type { Candidate } from './candidate';
import { isCapitalized, isWord, type QuoteContext } from './context';
import { isAccordingTo } from './attribution';
import { ANONYMITY_MARKERS, SPEECH_ANONYMITY_MARKERS, cueInfo, isBetweenSubjectAndCue, isCueParticle, isPronoun, looksPlural, WORDS, type CueInfo } from './lexicon';
import { mentionStartingAt, sentenceSubject, subjectBefore, type Mention } from './names';
import type { QuotedSpan } from './marks';
import type { DirectResult } from './direct';
import {
  ADJUNCT_PREPOSITIONS, appositiveStart, approximatesQuantity, INDEFINITE_ARTICLES, eventAdjunctStart, isParticiple, leadingContentEnd, listenerEnd, leadingContentStart, objectContentStart,
  relativeInfinitiveEnd, reportingParticiple, skipTimeExpression, withoutContraction,
} from './leading-content';
import { reportsNoOne } from './non-speech';
import { isMediumOnly, timeOfActStart } from './non-speech-objects';
import { clauseOpening, openingNounPhrase, skipDeterminerBack } from './opening-subject';
import {
  relativeClause, relativeContentStart, relativeObjectGap, relativeSubject, relativeWordBefore, RELATIVE_WORDS, setOffRelativeEnd, withoutRelativeWord,
} from './relative-clauses';
import { isBareAdjunct, MIN_CONTENT_TOKENS, quoteIndexOfTokens, trimEnd, type Scan } from './scan';
import { afterTrailing, isOpeningAdjunct, isOpeningBareAdjunct, opensSourceDescription, resumedPredicate } from './trailing-attribution';
import { cuesOfTokens } from './cue-model';
import {
  agentAfterPredicate, clauseSubjectStart, inPassive, isAgentlessPassive, isPassiveAs, MAX_AS_COMPLEMENT, reportsAfterAdverb, wholeClauseEnd,
} from './whole-clause';
import oneWordObjects from './one-word-objects.json';
import { afterOpeningConnective, afterSignOf, isMannerAdverbBeforeParticle } from './content-starts';

/** Contents this short must be a plain noun phrase ("blasted the statement"), not a listener ("spoke to us"). */
const MIN_PLAIN_CONTENT_TOKENS = 3;
/** How far after a cue an anonymity request ("on the condition of anonymity") shows the cue describes its source. */
const MAX_ANONYMITY_TOKENS = 6;
/** Fewer words before a direct quotation introduce it ("said in a tweet") rather than report a clause. */
const MIN_CLAUSE_BEFORE_QUOTATION = 6;
const DATELINE_DASHES = new Set(['-', '\u2013', '\u2014']);
/** Marks after which "according to X, <clause>" opens a clause of its own: "(According to the police, ...)", "...: According to polls, ...". */
const SOURCE_OPENERS = new Set(['(', ':']);

/** Tokens a dateline may take before its dash: "NEW YORK (Reuters) -", "MOSCOW (AP) —". */
const MAX_DATELINE_TOKENS = 8;

/** First token of the sentence's own text: skips a dateline in capitals, with its agency's credit ("BEIJING -", "MOSCOW (AP) —"). */
function clauseStart(tokens: Token[], first: number, last: number): number {
  for (let t = first; t < last && t - first < MAX_DATELINE_TOKENS; t++) {
    if (DATELINE_DASHES.has(tokens[t].text)) return t > first ? t + 1 : first;
    // The agency's credit: one capitalised word in brackets, right after the place.
    if (t > first && tokens[t].text === '(' && isCapitalized(tokens[t + 1]) && tokens[t + 2]?.text === ')') {
      t += 2;
      continue;
    }
    if (!isCapitalized(tokens[t]) || tokens[t].text !== tokens[t].text.toUpperCase()) break;
  }
  return first;
}

/**
 * Whether tokens [first, last) hold neither a pronoun nor a preposition; "her" before another word is a possessive
 * ("praised [her effort]"; train: exact tp +10, 1 false content).
 */
function isNounPhrase(tokens: Token[], first: number, last: number): boolean {
  for (let t = first; t < last; t++) {
    const lower = tokens[t].text.toLowerCase();
    if (isPronoun(lower) && !(lower === 'her' && t + 1 < last) || WORDS.nounPhraseJoiners.has(lower)) return false;
  }
  return true;
}

/** A lower-case word that opens no noun phrase ("to [comment]", not "to [us]", "to [the] press"): an infinitive's verb. */
function isVerbLike(token: Token | undefined): boolean {
  if (!token || token.kind !== 'word' || isCapitalized(token)) return false;
  const lower = token.text.toLowerCase();
  return !isPronoun(lower) && !WORDS.objectPronouns.has(lower) && !WORDS.determiners.has(lower) && !WORDS.quantifiers.has(lower);
}

/** A one-word object that names whom a stance verb is about ("endorsed Cruz", "blasting me"): a name or an object pronoun. */
function isNamedObject(token: Token): boolean {
  return token.kind === 'word' && (isCapitalized(token) || WORDS.objectPronouns.has(token.text));
}

const NOT_ONE_WORD_OBJECTS = new Set(oneWordObjects.notObjects);

/**
 * Whether the one word at `t` is a whole stance object: a lower-case word closed by a mark ("expressed [concern].",
 * "talking [baseball],"), not a pronoun, a determiner, an adverb or a particle of the verb ("backed down", "looks well"),
 * after a verb, not a compound adjective ("a self-described optimist,"). Train: 16 more exact spans, 20 more false contents.
 */
function isOneWordObject(tokens: Token[], t: number, last: number, cue: Mention): boolean {
  const token = tokens[t];
  const lower = token.text.toLowerCase();
  return token.kind === 'word' && tokens[last]?.kind === 'punct' && !tokens[cue.end - 1].text.includes('-') && !isPronoun(lower) && !WORDS.determiners.has(lower) &&
    !isBetweenSubjectAndCue(token.text) && !NOT_ONE_WORD_OBJECTS.has(lower);
}

/**
 * Whether a content opening right after its cue is a passive cue's agent ("released [by The Washington Post]",
 * "backed [by liberals]"), its source rather than its content: on train, 34 of 43 such contents match no
 * quote. "responded by (first) saying ..." goes on to a content.
 */
function opensWithAgent(tokens: Token[], t: number): boolean {
  if (!isWord(tokens[t], 'by')) return false;
  return !(tokens[t + 1]?.text.endsWith('ing') || tokens[t + 2]?.text.endsWith('ing'));
}

/** Whether a content opening right after its cue starts with the cue's particle ("pointed [out] that"); "up to 40 people", "out of ten" are the content's. */
function opensWithParticle(tokens: Token[], t: number): boolean {
  const next = tokens[t + 1]?.text.toLowerCase();
  return WORDS.phrasalParticles.has(tokens[t]?.text.toLowerCase() ?? '') && next !== 'to' && next !== 'of';
}

/**
 * The candidate for content pieces given as token ranges [start, end): one piece, or two
 * around a parenthetical attribution ("In his state, Christie said, offenders are ..."). A
 * `stanceObject` may be one word when it names someone.
 */
function makeCandidate(scan: Scan, pieces: Array<[number, number]>, cue: Mention, speaker: Mention | null, paragraph: number, stanceObject = false): Candidate | null {
  const { ctx, quoteOf, direct, spans } = scan;
  const [contentStart, firstEnd] = pieces[0] ?? [-1, -1];
  if (contentStart === cue.end && opensWithAgent(ctx.tokens, contentStart)) return null;
  // A particle right after the cue is the cue's when the content is still one without it (train: 25 more exact spans).
  if (contentStart === cue.end && opensWithParticle(ctx.tokens, contentStart)) {
    // "called on by tribes": the particle's verb in the passive, with its agent.
    if (opensWithAgent(ctx.tokens, contentStart + 1)) return null;
    const withParticle = makeCandidate(scan, [[contentStart + 1, firstEnd], ...pieces.slice(1)], { start: cue.start, end: cue.end + 1 }, speaker, paragraph, stanceObject);
    if (withParticle) return withParticle;
  }
  const trimmed: Array<[number, number]> = [];
  for (const [start, rawEnd] of pieces) {
    let end = rawEnd;
    // A quotation the content runs into is part of it, even past a sentence break inside the marks.
    const runsInto = end > start ? quoteOf[end - 1] : -1;
    if (runsInto >= 0 && !direct.claimed[runsInto]) end = spans[runsInto].close + 1;
    // A direct quotation is no part of reported speech: the content stops before it, and is kept
    // only when a whole clause comes first.
    for (let t = start; t < end; t++) {
      if (quoteOf[t] < 0 || !direct.claimed[quoteOf[t]]) continue;
      if (t - start < MIN_CLAUSE_BEFORE_QUOTATION) return null;
      end = t;
    }
    end = trimEnd(scan, start, end);
    if (end <= start) return null;
    trimmed.push([start, end]);
  }
  const first = trimmed[0][0];
  const last = trimmed[trimmed.length - 1][1];
  const size = trimmed.reduce((n, [s, e]) => n + e - s, 0);
  const named = stanceObject && size === 1 && (isNamedObject(ctx.tokens[first]) || isOneWordObject(ctx.tokens, first, last, cue));
  // "said yes.", "said so,": an answer word right after the cue and closed by a mark is the whole reply.
  const answer = size === 1 && first === cue.end && WORDS.answerWords.has(ctx.tokens[first].text.toLowerCase()) && ctx.tokens[last]?.kind === 'punct';
  // "declined [to comment]": an infinitive right after its cue is a whole content, however short; "spoke [to us]" is none.
  const infinitive = first === cue.end && isWord(ctx.tokens[first], 'to') && isVerbLike(ctx.tokens[first + 1]);
  if (!named && !answer && (size < MIN_CONTENT_TOKENS || size < MIN_PLAIN_CONTENT_TOKENS && !infinitive && !isNounPhrase(ctx.tokens, first, last))) return null;
  let mixed = false;
  for (const [start, end] of trimmed) {
    for (let t = start; t < end; t++) {
      if (quoteOf[t] >= 0) mixed = true;
    }
  }
  const { tokens } = ctx;
  const candidate: Candidate = {
    start: tokens[first].start, end: tokens[last - 1].end,
    kind: mixed ? 'mixed' : 'indirect', cue, speaker, paragraph,
  };
  if (trimmed.length > 1) candidate.parts = trimmed.map(([s, e]): [number, number] => [tokens[s].start, tokens[e - 1].end]);
  return candidate;
}

/**
 * Whether the cue at `k` names the common noun before it and its content [from, to) is only that name ("a meteorologist
 * [named] Edward Lorenz", "a firm [called] Cambridge Analytica"): a description, no report (train: 10 fewer false
 * quotations, 1 match lost). A name that goes on into a clause ("a worker named Arroyo has nothing but praise") is left
 * to the other rules.
 */
function isNaming(scan: Scan, k: number, from: number, to: number): boolean {
  const { tokens } = scan.ctx;
  const noun = tokens[k - 1];
  const lower = noun?.text.toLowerCase() ?? '';
  if (!WORDS.namingVerbs.has(tokens[k].text.toLowerCase()) || noun?.kind !== 'word' || isCapitalized(noun) || isPronoun(lower) || isBetweenSubjectAndCue(lower) ||
    WORDS.subjectSharingLinks.has(lower)) return false;
  const end = trimEnd(scan, from, to);
  if (end <= from) return false;
  for (let t = from; t < end; t++) {
    const token = tokens[t];
    // A quotation makes it a stance ("one lawmaker called Trump "the orange prince""), and a title in marks is a quotation's own.
    if (scan.quoteOf[t] >= 0 || token.kind === 'word' && !isCapitalized(token) && !(t > from && t < end - 1 && WORDS.nameJoiners.has(token.text.toLowerCase()))) return false;
  }
  return true;
}

/**
 * A trailing attribution ("<clause>, X said.") governs the whole sentence, so it is
 * looked for first; only without one do the leading rules read the sentence's cues in order.
 */
function scanSentence(scan: Scan, sentence: number, out: Candidate[], previousSpeaker: Mention | null): Mention | null {
  const before = out.length;
  const lastSpeaker = scanSentenceIn(scan, sentence, out, previousSpeaker, true);
  if (out.length === before) return scanSentenceIn(scan, sentence, out, previousSpeaker, false);
  // "<clause>, a Chinese official said, adding that <clause>": the participle reports on its own, from the attribution's
  // speaker; the leading rules read the sentence from it (train: exact tp +3 -0).
  const handOver = participleAfterAttribution(scan, out[out.length - 1], scan.ctx.sentenceTokens[sentence][1]);
  return handOver < 0 ? lastSpeaker : scanSentenceIn(scan, sentence, out, out[out.length - 1].speaker, false, handOver);
}

/**
 * The participle of a speech or stance cue right after the comma that closes a trailing attribution (`candidate`'s cue
 * and speaker: "..., Christie said, [adding] that ..."), or -1.
 */
function participleAfterAttribution(scan: Scan, candidate: Candidate, last: number): number {
  if (!candidate.cue || !candidate.speaker) return -1;
  const comma = Math.max(candidate.cue.end, candidate.speaker.end);
  const t = comma + 1;
  const { tokens } = scan.ctx;
  return t < last && tokens[comma].text === ',' && scan.quoteOf[t] < 0 && isParticiple(tokens[t]) && scan.cueOf[t] !== undefined ? t : -1;
}

function scanSentenceIn(scan: Scan, sentence: number, out: Candidate[], previousSpeaker: Mention | null, trailingOnly: boolean, from = -1): Mention | null {
  const { ctx, quoteOf, direct } = scan;
  const { tokens } = ctx;
  const [first, last] = ctx.sentenceTokens[sentence];
  const paragraph = ctx.paragraphOf[first];
  const start = from >= 0 ? from : clauseStart(tokens, first, last);
  let lastSpeaker = previousSpeaker;
  const survey = trailingOnly ? null : surveyReport(scan, start, last, paragraph);
  if (survey) {
    out.push(survey);
    return survey.speaker;
  }
  for (let k = start; k < last; k++) {
    if (quoteOf[k] >= 0 || direct.usedTokens[k]) continue;
    let found: Candidate | null = null;
    if (isAccordingTo(ctx, k)) {
      const cue = { start: k, end: k + 2 };
      const speaker = mentionStartingAt(tokens, k + 2, last, true);
      if (!speaker) continue;
      // "<clause>, according to X" and "<clause> — according to X": the mark before the cue closes the content.
      const comma = k > start && (tokens[k - 1].text === ',' || DATELINE_DASHES.has(tokens[k - 1].text));
      if (comma || k - start > 2 && tokens[k - 1].kind === 'word') {
        // A source that runs to the end of the sentence is all attribution ("according to a poll that shows ..."), and so
        // is one described after its comma ("..., according to John Weaver, a Republican strategist").
        // "The implication, according to an aide, is that ...": the rest of the sentence continues the content.
        const afterSource = comma && tokens[speaker.end]?.text === ',';
        const parenthetical = afterSource && last - speaker.end > MIN_PLAIN_CONTENT_TOKENS;
        const rest = scan.nextMark[speaker.end] >= last || afterSource && opensSourceDescription(tokens[speaker.end + 1]) ? last
          : parenthetical ? speaker.end + 1 : afterTrailing(scan, speaker.end, last);
        const firstEnd = comma ? k - 1 : k;
        if (rest >= 0) found = makeCandidate(scan, rest < last ? [[start, firstEnd], [rest, last]] : [[afterOpeningConnective(ctx.text, tokens, start, firstEnd), firstEnd]], cue, speaker, paragraph);
      } else if (!trailingOnly && (k === start || tokens[k - 1].kind === 'word' && k - start <= 2 || SOURCE_OPENERS.has(tokens[k - 1].text))) {
        let comma = speaker.end;
        while (comma < last && tokens[comma].text !== ',' && comma - speaker.end < 12) comma++;
        if (tokens[comma]?.text === ',') found = makeCandidate(scan, [[comma + 1, last]], cue, speaker, paragraph);
      }
      if (found) k = last;
    } else {
      const info = scan.cueOf[k];
      if (!info || reportsNoOne(ctx, k, start)) continue;
      const cue = { start: k, end: k + 1 };
      const subject = withoutRelativeWord(tokens, subjectBefore(ctx, k, start));
      // "<clause>, said Li": a finite verb may come before its speaker; a participle has it in the main clause ("..., claiming ...").
      const invertedEnd = info.cueClass === 'speech' && !isParticiple(tokens[k]) ? clauseEndBefore(scan, k, start) : -1;
      // "Brian Fallon, a spokesman, said the Clintons ...": a subject that opens the sentence before an appositive
      // governs the cue, so the words after the cue are its content, not an inverted speaker.
      const inverted = invertedEnd > start && !opensWithAppositive(tokens, subject, start) ? mentionStartingAt(tokens, k + 1, last) : null;
      const subjectEnd = subject ? clauseEndBefore(scan, skipDeterminerBack(tokens, subject.start, start), start) : -1;
      const trailingSpeaker = subject && subjectEnd > start ? subject : inverted;
      if (info.cueClass === 'speech' && trailingSpeaker) {
        let tail = Math.max(k + 1, trailingSpeaker.end);
        // "<clause>, Li told reporters on Monday.": the listener belongs to the attribution.
        if (info.objectFirst && trailingSpeaker === subject) tail = mentionStartingAt(tokens, tail, last, true)?.end ?? tail;
        // "<clause>, said Li, a spokesman for ...": after an inverted speaker, a comma opens its description.
        const resumed = trailingSpeaker === inverted ? resumedPredicate(scan, tail, last) : -1;
        const described = trailingSpeaker === inverted && tokens[tail]?.text === ',';
        // "As Europe faces pressure, Germany has pledged [to bolster its military]": an infinitive right after the verb is its
        // content, so the clause before the comma is none (train: 10 contents, none a match, give way to 5 exact spans).
        const infinitive = tail === k + 1 && isWord(tokens[tail], 'to') && isVerbLike(tokens[tail + 1]);
        const rest = resumed >= 0 ? resumed : described ? last : infinitive ? -1 : afterTrailing(scan, tail, last, true);
        const firstEnd = trailingSpeaker === subject ? subjectEnd : invertedEnd;
        // A short opening adjunct, or a longer one before an attribution with a complement of its own, is a content only as
        // the first part of one the attribution interrupts ("In his state, Christie said, ...").
        const firstStart = rest >= 0 && rest < last ? relativeContentStart(scan, start, firstEnd) : afterOpeningConnective(ctx.text, tokens, start, firstEnd);
        // "But, Carson added, he did not ...": a connective alone before the attribution links the sentence to the one before,
        // no part of the content; "Instead" and "Now" PolNeAR keeps, so only `linkingConnectives` count (train: exact tp +4 -1).
        const pieces: Array<[number, number]> = rest >= last ? [[firstStart, firstEnd]]
          : firstEnd - firstStart === 1 && WORDS.linkingConnectives.has(tokens[firstStart].text.toLowerCase()) ? [[rest, last]] : [[firstStart, firstEnd], [rest, last]];
        if (rest >= 0 && !(rest >= last && (isOpeningAdjunct(tokens, start, firstEnd) || isOpeningBareAdjunct(scan, start, firstEnd, tail, last)))) found = makeCandidate(scan, pieces, cue, trailingSpeaker, paragraph);
        if (found) k = last;
      }
      const passive = found || trailingOnly ? null : passiveReport(scan, k, start, last, info, cue, paragraph);
      if (passive) {
        found = passive.candidate;
        k = passive.end - 1;
      } else if (!found && !trailingOnly) {
        // "But when asked how ..., Deacon found ...": the question put to the main clause's subject, from no speaker of its own.
        const whenAsked = opensQuestionClause(tokens, k, start, info) ? openingParticiple(scan, k, last, info, cue, paragraph) : null;
        if (whenAsked) {
          out.push(whenAsked);
          k = scan.nextMark[k + 1];
          continue;
        }
        // "..., saying ...", "... and said ...", "by saying", "to describe": the verb shares the sentence's subject.
        const link = tokens[k - 1]?.text.toLowerCase() ?? '';
        // A quotation that closes with its comma inside its marks (`"...," claiming ...`) links as a comma does.
        const sharesSubject = (link === ',' || clauseEndBefore(scan, k, start) === k) && isParticiple(tokens[k]) || WORDS.subjectSharingLinks.has(link);
        // A subject found inside a longer noun phrase that opens the sentence is only its tail ("... for the meeting"); a noun
        // right after a relative word is the whole subject of its clause ("closed in what [union leaders] called ...").
        const subjectAfterRelative = subject !== null && relativeWordBefore(tokens, subject.start, start) >= 0 && !isPronoun(tokens[subject.start].text.toLowerCase());
        const opening = subject === null || subject.start > start && !isCapitalized(tokens[subject.start]) && !subjectAfterRelative
          ? openingNounPhrase(tokens, start, k) ?? openingNounPhrase(tokens, clauseOpening(tokens, k, start), k) : null;
        const named = (sharesSubject ? sentenceSubject(ctx, start, k) ?? lastSpeaker ?? subject : opening ?? subject) ??
          (info.cueClass === 'speech' && cueInfo(tokens[k].text) ? plainSubject(tokens, k, start) : null);
        const speaker = named ?? relativeSubject(tokens, k, start);
        if (!speaker) {
          const question = k === start && isCapitalized(tokens[k]) ? openingParticiple(scan, k, last, info, cue, paragraph) : null;
          if (question) {
            out.push(question);
            k = scan.nextMark[k + 1];
            continue;
          }
          const source = asReportedBy(scan, k, start, last, cue, paragraph);
          if (source) {
            out.push(source);
            k = last;
          }
          continue;
        }
        const evidentialCue = info.evidential || info.passiveEvidential && inPassive(tokens, k, start) || isPassiveAs(tokens, k, start) ||
          isAgentlessPassive(scan, k, start, info);
        // "jobs that are considered ...": a relative word is no subject of a whole-clause report, except "which" set off by a
        // comma, whose clause PolNeAR reports from its relative word on (", which is widely expected to come on Dec. 16";
        // train: exact tp +5, 4 false contents; after a restrictive "that", 0 of 8 match).
        const setOffWhich = isWord(tokens[speaker.start], 'which') && tokens[speaker.start - 1]?.text === ',';
        if (!named && !setOffWhich && (evidentialCue || WORDS.evidentialAdverbs.has(tokens[k].text.toLowerCase()))) continue;
        // "Obama seemed to recognize [the significance ...]", "She appeared to imply [that ...]": an infinitive of saying or
        // showing is the real cue, with the subject as its speaker; one of an act ("The music seemed to match the sense of
        // relief") leaves the clause whole, as PolNeAR spans it (train: 20 more exact spans, 4 lost).
        const inner = info.evidential && isWord(tokens[k + 1], 'to') && tokens[k + 2]?.kind === 'word' &&
          WORDS.reportingInfinitives.has(tokens[k + 2].text.toLowerCase()) ? scan.cueOf[k + 2] ?? INFINITIVE_CUE : undefined;
        // "Trump appeared at the debate", "New signs appeared this month" report nothing: a preposition or a time follows, not a predicate.
        if (info.evidential && (ADJUNCT_PREPOSITIONS.has(tokens[k + 1]?.text.toLowerCase() ?? '') || skipTimeExpression(tokens, k + 1, last) > k + 1)) continue;
        // "The FBI is reportedly making arrangements ...": an evidential adverb taken for a cue reports its whole clause, as an
        // evidential verb does; before a speech verb ("reportedly said") that verb reports, and it is no cue.
        const adverb = WORDS.evidentialAdverbs.has(tokens[k].text.toLowerCase());
        if (adverb && reportsAfterAdverb(scan, k, last)) continue;
        if ((evidentialCue && !inner || adverb) && !isWord(tokens[speaker.start], 'it')) {
          // "Ben Carson appears to be slipping": PolNeAR reports the whole clause, its subject and cue included, from no source.
          // "If she seemed to embody contradictions, [they also ...]": a subordinate clause ends where the main clause starts.
          // The clause is no stance verb's object: "a prolonged and spirited contest" goes on past "and" and a participle.
          const clauseStart = clauseSubjectStart(tokens, k, speaker.start, start);
          const clauseEnd = leadingContentEnd(scan, k + 1, last, false, opensSubordinateClause(tokens, speaker.start, start), k);
          const wholeEnd = Math.min(clauseEnd, wholeClauseEnd(scan, k, last));
          // "[Pigs are considered unclean] by Muslims": a passive's agent after its complement is the clause's source.
          const by = WORDS.passiveClauseParticiples.has(tokens[k].text.toLowerCase()) ? agentAfterPredicate(scan, k, wholeEnd) : -1;
          const agent = by >= 0 ? mentionStartingAt(tokens, by + 1, last, true) : null;
          const contentEnd = agent ? by : wholeEnd;
          const clause = makeCandidate(scan, [[clauseStart, contentEnd]], cue, agent, paragraph);
          if (clause) {
            out.push(agent ? clause : { ...clause, sourceless: true });
            k = (agent ? agent.end : contentEnd) - 1;
          }
          continue;
        }
        // "the deal, which Mr. Putin vehemently opposed.": the cue's object is the relative word before its subject.
        const gap = inner ? null : relativeObjectGap(scan, k, speaker, start, last, info, cue, paragraph);
        if (gap) {
          out.push(gap);
          lastSpeaker = gap.speaker;
          continue;
        }
        // "seemed to hint [at] a fare rise": the infinitive's particle is the cue's, whatever form the cue model knows.
        const afterCue = inner ? afterParticle(tokens, k + 2, inner.cueClass === 'speech' ? leadingContentStart(scan, k + 2, last, inner) : skipInfinitive(tokens, k + 1, last))
          : info.cueClass === 'speech' ? leadingContentStart(scan, k, last, info)
          : info.shortObjectInCue ? objectContentStart(scan, k, last)
          : WORDS.topicVerbs.has(tokens[k].text.toLowerCase()) ? topicStart(scan, k, last)
          : isStanceParticle(info, tokens, k + 1) ? k + 2
          : isMannerAdverbBeforeParticle(tokens, k + 1, (t) => isStanceParticle(info, tokens, t)) ? k + 3 : k + 1;
        if (afterCue < 0) continue;
        const timedStart = skipTimeExpression(tokens, info.infinitiveInCue ? skipInfinitive(tokens, afterCue, last) : afterCue, last);
        // "showed no sign of [backing down]": the sign is the cue's (content-starts.ts).
        const plainStart = inner ? timedStart : afterSignOf(tokens, k, timedStart);
        const objectStart = info.cueClass === 'stance' && !inner ? stanceObjectStart(tokens, plainStart, info) : plainStart;
        if (objectStart < 0) continue;
        const participle = info.cueClass === 'stance' && !inner ? reportingParticiple(scan, objectStart, last) : -1;
        // A speech participle's content starts as after any speech cue ("saying [that ...]"); a stance participle's
        // object right after it and its particle ("calling on [the United States ...]").
        const participleInfo = participle >= 0 ? scan.cueOf[participle] ?? info : info;
        const contentStart = participle < 0 ? objectStart : participleInfo.cueClass === 'speech' ? leadingContentStart(scan, participle, last, participleInfo)
          : isStanceParticle(participleInfo, tokens, participle + 1) ? participle + 2 : participle + 1;
        // A relative clause of a later cue's subject ("Cruz, who says ..., said ...") reports up to its end,
        // spoken by the subject it describes, not "who"; one that asks for anonymity reports nothing.
        // A stance verb's object may be one word there ("Sanders, who endorsed [Clinton], said ...").
        const relative = relativeClause(scan, k, start, last);
        if (relative && (relative.end - contentStart < (info.cueClass === 'stance' ? 1 : MIN_CONTENT_TOKENS) || asksAnonymity(ctx, relative.subject.end, relative.end))) continue;
        // A subordinate clause's content ends where the main clause starts.
        const subordinate = opensSubordinateClause(tokens, speaker.start, start) || opensAdverbialClause(tokens, k, start);
        // "Norton, which declined [to comment], returned the rights", "Sanders, who opposed [ground troops], has taken ...": a
        // relative clause set off by a comma ends at the next mark (for "who", train: exact tp +22, 17 more contents split).
        const setOff = speaker.end - speaker.start === 1 && WORDS.relativePronouns.has(withoutContraction(tokens[speaker.start].text.toLowerCase())) && tokens[speaker.start - 1]?.text === ',';
        const clauseEnd = leadingContentEnd(scan, contentStart, relative?.end ?? (setOff ? Math.min(scan.nextMark[contentStart], last) : last), info.cueClass === 'stance', subordinate,
          inner ? k + 2 : participle >= 0 ? participle : k);
        // A stance verb's object ends before the occasion of the act and a description that the writer adds; a speech
        // verb's content before a description that opens with "a" / "an".
        const contentEnd = info.cueClass === 'stance' ? appositiveStart(scan, contentStart, eventAdjunctStart(scan, contentStart, clauseEnd))
          : appositiveStart(scan, contentStart, clauseEnd, INDEFINITE_ARTICLES);
        if (info.cueClass === 'speech' && !inner && isBareAdjunct(scan, contentStart, contentEnd)) continue;
        // "released the following statement", "posted messages on Facebook": a medium with no words of what it said.
        if (participle < 0 && isMediumOnly(scan, k, contentStart, contentEnd)) continue;
        // "spoke on condition of anonymity to ...": the words describe the source, not what it said.
        // After "that" the words are the report's own ("asserted that unnamed military leaders agree"; train: exact tp +2).
        const anonymityEnd = isWord(tokens[contentStart], 'that') ? contentStart : Math.min(contentEnd, k + 1 + MAX_ANONYMITY_TOKENS);
        if (isReducedRelative(tokens, speaker, k) || asksAnonymity(ctx, k + 1, anonymityEnd, SPEECH_ANONYMITY_MARKERS)) continue;
        // "a wall, which he said Mexico should pay for": PolNeAR's content is the relative word and the rest, in two parts.
        // The relative word opens the cue's own clause, before its subject and the subject's determiner: the speaker may be a longer
        // phrase that the subject ends ("Trump despises [what] he calls ...", "[which] some Republicans want ..."). A verb that shares
        // the sentence's subject ("... and tells them why ...") is no verb of such a clause (train: exact tp +14 -1).
        const relativeWord = relativeWordBefore(tokens, subject && subject.end <= k ? subject.start : speaker.start, start, k);
        const piecesEndingAt = (end: number): Array<[number, number]> => !relative && !sharesSubject && relativeWord >= 0
          ? [[relativeWord, relativeWord + 1], [contentStart, relativeInfinitiveEnd(tokens, contentStart, setOffRelativeEnd(scan, relativeWord, contentStart, end))]] : [[contentStart, end]];
        if (isNaming(scan, k, contentStart, contentEnd)) continue;
        const contentCue = participle >= 0 ? { start: participle, end: participle + 1 } : inner ? { start: k, end: k + 3 } : cue;
        const stanceObject = info.cueClass === 'stance' && participle < 0 && !inner;
        // "endorsed Cruz last week": the time of the act ends a short object, and PolNeAR leaves it out.
        const objectEnd = timeOfActStart(scan, contentStart, contentEnd);
        found = makeCandidate(scan, piecesEndingAt(objectEnd), contentCue, relative?.subject ?? speaker, paragraph, stanceObject);
        // An object too short to stand without its occasion keeps it ("thanking [supporters at a victory rally]").
        if (!found && objectEnd < clauseEnd) found = makeCandidate(scan, piecesEndingAt(clauseEnd), contentCue, relative?.subject ?? speaker, paragraph, stanceObject);
        // The occasion left out of the content is still this cue's ("during a conference call"): no cue of its own.
        if (found) k = clauseEnd - 1;
      }
    }
    if (found) {
      out.push(found);
      lastSpeaker = found.speaker;
    }
  }
  return lastSpeaker;
}

/** Most words of a title or description before a speaker's name ("former California Gov. [Jerry Brown]"). */
const MAX_SPEAKER_PREFIX = 5;

/**
 * Whether a subordinator opens the clause of the speaker at `speakerStart`, before its determiner, title or
 * description ("After former California Gov. Jerry Brown criticized ..., Hillary shot back"): its content ends
 * where the main clause starts.
 */
function opensSubordinateClause(tokens: Token[], speakerStart: number, start: number): boolean {
  for (let t = speakerStart - 1; t >= start && speakerStart - t <= MAX_SPEAKER_PREFIX; t--) {
    if (WORDS.subordinators.has(tokens[t].text.toLowerCase())) return true;
    // The period of an abbreviated title ("Gov.", "Sen.") is no clause boundary.
    if (tokens[t].kind === 'punct' && tokens[t].text !== '.') return false;
  }
  return false;
}

/**
 * Whether the cue at `k` stands in an adverbial clause that opens the sentence, before any mark: one opened by a
 * subordinator or by `adverbialOpeners` ("While critics argue that ..., the superdelegates have ...", "Rather than
 * seeing these as ..., the “Arab Spring” was ..."), or a participle or an infinitive ("Having announced that ..., Judge
 * Berman proceeded ..."). Its content ends where the main clause starts, as after a subordinate speaker (train: exact tp
 * +11 -0, GGT@0.3 tp -1).
 */
function opensAdverbialClause(tokens: Token[], k: number, start: number): boolean {
  if (k <= start) return false;
  for (let t = start; t < k; t++) if (tokens[t].kind === 'punct') return false;
  const lower = tokens[start].text.toLowerCase();
  // "Rather than", "Instead of": two words, since "Instead he gave a speech ..." opens a main clause.
  const pair = `${lower} ${tokens[start + 1].text.toLowerCase()}`;
  return WORDS.subordinators.has(lower) || WORDS.adverbialOpeners.has(lower) || WORDS.adverbialOpeners.has(pair) || isParticiple(tokens[start]) || lower === 'to';
}

/** Longest source a sentence may open with before its comma ("In an NBC News/Wall Street Journal poll released Monday,"). */
const MAX_SURVEY_SOURCE = 14;

/**
 * "In a CBS News poll last month, [she led Mr. Sanders 56 percent to 32 percent].": a sentence that opens with a
 * poll as the place of its finding reports the rest of the sentence, with the poll as its source, as PolNeAR
 * annotates it; unless the rest has a speech cue of its own ("In the poll, 46 percent said ...").
 */
function surveyReport(scan: Scan, k: number, last: number, paragraph: number): Candidate | null {
  const { tokens } = scan.ctx;
  if (!isWord(tokens[k], 'in') || scan.quoteOf[k] >= 0) return null;
  const comma = scan.nextMark[k + 1];
  if (comma >= last || comma - k > MAX_SURVEY_SOURCE || tokens[comma].text !== ',' || scan.nextSpeechCue[comma + 1] < last) return null;
  let survey = false;
  for (let t = k + 1; t < comma; t++) survey ||= WORDS.surveyNouns.has(tokens[t].text.toLowerCase());
  return survey ? makeCandidate(scan, [[comma + 1, last]], { start: k, end: k + 1 }, { start: k + 1, end: comma }, paragraph) : null;
}

/**
 * The words between the start of the clause and a listed speech verb right after them, as its subject when
 * no rule names one ("Among Democrats, 43 said [the plan ...]"): at most a clause's worth,
 * without a cue or a word that opens a clause.
 */
function plainSubject(tokens: Token[], k: number, start: number): Mention | null {
  let end = k;
  while (end > start && isBetweenSubjectAndCue(tokens[end - 1].text)) end--;
  const first = clauseOpening(tokens, end, start);
  if (end <= first || tokens[end - 1].kind === 'punct') return null;
  for (let t = first; t < end; t++) {
    const lower = tokens[t].text.toLowerCase();
    if (cueInfo(lower) || WORDS.clauseBreakers.has(lower) || WORDS.subordinators.has(lower) || lower === 'that' || RELATIVE_WORDS.has(lower)) return null;
  }
  return { start: first, end };
}

/**
 * After some cues PolNeAR counts an infinitive in the cue ("appeared to imply [that ...]",
 * "continued to push for [a single-payer system]"): the content starts after "to", its verb and
 * the verb's preposition. "to" before a noun phrase ("continued to the next state") is left alone.
 */
function skipInfinitive(tokens: Token[], c: number, last: number): number {
  const verb = tokens[c + 1];
  if (c + 2 >= last || !isWord(tokens[c], 'to') || verb.kind !== 'word' || isCapitalized(verb)) return c;
  const lower = verb.text.toLowerCase();
  if (WORDS.determiners.has(lower) || isPronoun(lower) || WORDS.nounPhraseJoiners.has(lower) || WORDS.quantifiers.has(lower)) return c;
  return WORDS.stanceParticles.has(tokens[c + 2].text.toLowerCase()) ? c + 3 : c + 2;
}

/** Most words between a verb of talking and the "about" of its topic ("spoke to Breitbart News Saturday on Sirius XM about"). */
const MAX_TOPIC_DISTANCE = 14;
/** Prepositions that open a listener or a place after a verb of talking ("spoke [to reporters]", "spoke [at a rally]"). */
const TALK_ADJUNCTS = new Set(['to', 'with', 'at', 'in', 'from']);

/** Whether the word after "for" opens how long a talk took ("spoke for [77] minutes", "for [about] an hour"), not whom it spoke for. */
function measuresTime(token: Token | undefined): boolean {
  const lower = token?.text.toLowerCase() ?? '';
  return /^\d/.test(lower) || lower === 'an' || WORDS.quantifiers.has(lower);
}

/**
 * Where the content of a verb of talking starts (`topicVerbs`: "talk", "spoke"): its topic follows "about",
 * after any listener, place or manner ("talked to McConnell about [the Supreme Court]", "spoke briefly about
 * [...]"), or right after "of" ("spoke favorably of"). A listener or place with no topic after it is no
 * content ("spoke to reporters Thursday", "spoke at a memorial service"), nor is how long the talk took
 * ("spoke for an hour"): -1; an infinitive of purpose is one ("spoke [to accept the nomination]"). On
 * train: 33 fewer contents (6 of them loose matches), 16 more exact spans.
 */
function topicStart(scan: Scan, cue: number, last: number): number {
  const { tokens } = scan.ctx;
  for (let t = cue + 1; t < last && t - cue <= MAX_TOPIC_DISTANCE; t++) {
    if (scan.quoteOf[t] >= 0 || tokens[t].kind === 'punct' && tokens[t].text !== '.' || t > cue + 1 && scan.cueOf[t]) break;
    // "spoke about 30 minutes": "about" before a number measures the talk, it opens no topic.
    if (isWord(tokens[t], 'about')) return /^\d/.test(tokens[t + 1]?.text ?? '') ? -1 : t + 1;
  }
  // "spoke favorably of": an adverb of manner stays with the verb.
  const after = isBetweenSubjectAndCue(tokens[cue + 1]?.text ?? '') && !TALK_ADJUNCTS.has(tokens[cue + 1].text.toLowerCase()) ? cue + 2 : cue + 1;
  const next = tokens[after]?.text.toLowerCase() ?? '';
  // "to reporters" is a listener, "to discuss" an infinitive.
  if (next === 'to' && isVerbLike(tokens[after + 1]) && !looksPlural(tokens[after + 1].text)) return after;
  if (TALK_ADJUNCTS.has(next) || next === 'for' && measuresTime(tokens[after + 1])) return -1;
  return WORDS.stanceParticles.has(next) ? after + 1 : cue + 1;
}

/**
 * Where a stance verb's object starts, given the word after the cue: past "in favor of" / "in support of",
 * which PolNeAR counts in the cue ("voted in favor of [the bill]"); -1 when a preposition that opens no
 * object comes first ("voted [in the primary]", "released [from house arrest]", and the noun in "strong
 * support [among Latino voters]"): the verb has no object to report (train: 67 fewer contents, 24 of them
 * loose matches).
 */
function stanceObjectStart(tokens: Token[], t: number, info: CueInfo): number {
  // "an expert, called on [by tribes]": the verb in the passive, with its agent and no object.
  if (opensWithAgent(tokens, t)) return -1;
  const lower = tokens[t]?.text.toLowerCase() ?? '';
  if (lower === 'in' && WORDS.standNouns.has(tokens[t + 1]?.text.toLowerCase() ?? '') && isWord(tokens[t + 2], 'of')) return t + 3;
  return WORDS.adjunctOnlyPrepositions.has(lower) && !info.particles.has(lower) ? -1 : t;
}

/** `at`, or the token after it when it is a particle of the cue word at `verb` ("hint" + "at"). */
function afterParticle(tokens: Token[], verb: number, at: number): number {
  return at >= 0 && at === verb + 1 && isCueParticle(tokens[verb].text, tokens[at]?.text.toLowerCase() ?? '') ? at + 1 : at;
}

/** How an unlisted verb in the infinitive after an evidential reads ("seemed to recognize"): a stance verb taking its object. */
const INFINITIVE_CUE: CueInfo = { cueClass: 'stance', objectFirst: false, particles: new Set(), infinitiveInCue: false, evidential: false, passiveEvidential: false, shortObjectInCue: false };

/** Whether the word at `t`, after a stance verb, belongs to its cue ("called for", "pointed to"; not "deemed [about 1,500]"). */
function isStanceParticle(info: CueInfo, tokens: Token[], t: number): boolean {
  const lower = tokens[t]?.text.toLowerCase() ?? '';
  return (WORDS.stanceParticles.has(lower) || info.particles.has(lower)) && !approximatesQuantity(tokens, t);
}

/** Prepositions that open a participle's adjunct ("released on Thursday"), unlike "to" and "with", which a finite verb takes ("agreed with", "declined to"). */
const PARTICIPLE_ADJUNCTS = new Set(['in', 'on', 'at', 'by', 'during', 'from', 'via', 'after', 'before']);

/**
 * "A remark quoted in an earlier version ...": a past participle right after a plain noun phrase
 * (no name, pronoun or speaker noun) and before a preposition modifies that noun; it reports nothing.
 */
function isReducedRelative(tokens: Token[], subject: Mention, k: number): boolean {
  if (subject.end !== k || !tokens[k].text.endsWith('ed') || !PARTICIPLE_ADJUNCTS.has(tokens[k + 1]?.text.toLowerCase() ?? '')) return false;
  for (let t = subject.start; t < subject.end; t++) {
    const lower = tokens[t].text.toLowerCase();
    if (isPronoun(lower) || WORDS.speakerHeads.has(lower) || t > subject.start && isCapitalized(tokens[t])) return false;
  }
  return WORDS.determiners.has(tokens[subject.start].text.toLowerCase());
}

/**
 * "Asked whether he would run, Reid said ...": a sentence that opens with a cue's past participle
 * reports what was put to the main clause's subject; its content runs to the comma, and PolNeAR
 * gives it no speaker of its own.
 */
function openingParticiple(scan: Scan, k: number, last: number, info: CueInfo, cue: Mention, paragraph: number): Candidate | null {
  const comma = scan.nextMark[k + 1];
  if (!scan.ctx.tokens[k].text.endsWith('ed') || comma >= last) return null;
  // "Asked about [her vote]", "Asked by Starnes [if he ...]", "Asked on Monday [whether ...]": the question starts as
  // after a listener; a pronoun is too little to stand without its preposition ("Asked [about it] after the debate").
  const { tokens } = scan.ctx;
  const particle = WORDS.speechParticles.has(tokens[k + 1]?.text.toLowerCase() ?? '');
  const pronounObject = WORDS.objectPronouns.has(tokens[k + 2]?.text.toLowerCase() ?? '') &&
    (k + 3 === comma || ADJUNCT_PREPOSITIONS.has(tokens[k + 3]?.text.toLowerCase() ?? ''));
  const start = particle ? (pronounObject ? k + 1 : k + 2)
    : info.objectFirst ? listenerEnd(scan, k + 1, comma) : k + 1;
  return makeCandidate(scan, [[comma - start < MIN_CONTENT_TOKENS ? k + 1 : start, comma]], cue, null, paragraph);
}

/**
 * Whether the cue at `k` is a past participle right after a "when" that opens the sentence, alone or after a linking
 * connective ("But when asked how ..., Deacon ..."), or that follows a comma ("Ted Cruz, when asked what ..., responded"),
 * or a listener's verb set off by a comma ("Ben Carson, asked about his claims ..., said"; not an inverted "..., asked
 * Trump"): like an opening participle, it reports the question put to the main clause's subject (train: exact tp +9,
 * 8 more contents).
 */
function opensQuestionClause(tokens: Token[], k: number, start: number, info: CueInfo): boolean {
  if (k <= start || isCapitalized(tokens[k])) return false;
  const when = k - 1;
  if (tokens[when].text === ',') return when > start && info.objectFirst && !isCapitalized(tokens[k + 1]);
  if (!isWord(tokens[when], 'when')) return false;
  return when === start || tokens[when - 1].text === ',' || when === start + 1 && WORDS.linkingConnectives.has(tokens[start].text.toLowerCase());
}

/**
 * "As reported by Western Journalism, <clause>.": a sentence that opens with "As", a cue's past participle and its agent
 * reports the rest of the sentence after the comma, from that agent, as "According to X, <clause>" does (train: exact
 * tp +5, 3 more contents).
 */
function asReportedBy(scan: Scan, k: number, start: number, last: number, cue: Mention, paragraph: number): Candidate | null {
  const { tokens } = scan.ctx;
  if (k !== start + 1 || !isWord(tokens[start], 'as') || !tokens[k].text.endsWith('ed') || !isWord(tokens[k + 1], 'by')) return null;
  const agent = mentionStartingAt(tokens, k + 2, last, true);
  const comma = scan.nextMark[k + 1];
  if (!agent || comma >= last || tokens[comma].text !== ',') return null;
  return makeCandidate(scan, [[comma + 1, last]], cue, agent, paragraph);
}

/** Longest subject a passive report takes ("Biden's folksy demeanor and ability to connect ..." is cut there). */
const MAX_PASSIVE_SUBJECT = 12;

/** Words that open a passive cue's reason or judgement after its agent ("criticized by X [for] ...", "seen by X [as] ..."). */
const PASSIVE_COMPLEMENTS = new Set(['for', 'as']);

/**
 * "O'Malley's move was first reported by MSNBC", "These proposals have been applauded by critics": a
 * cue in the passive with its agent after "by" reports its grammatical subject, which PolNeAR takes
 * as the content and the agent as the source. After an "as" complement ("The plan was described as
 * reckless by the mayor") the content is the subject and the complement, interrupted by the cue.
 */
function passiveReport(scan: Scan, k: number, start: number, last: number, info: CueInfo, cue: Mention, paragraph: number): { candidate: Candidate; end: number } | null {
  const { tokens } = scan.ctx;
  // "He was told by aides that ...": a verb with a listener reports what follows, not its subject.
  if (info.objectFirst) return null;
  const by = isWord(tokens[k + 1], 'by') ? k + 1 : agentAfterComplement(scan, k, last);
  if (by < 0) return null;
  let auxiliary = k - 1;
  let passive = false;
  for (; auxiliary >= start && isBetweenSubjectAndCue(tokens[auxiliary].text); auxiliary--) {
    if (WORDS.beForms.has(tokens[auxiliary].text.toLowerCase())) passive = true;
  }
  const agent = passive ? mentionStartingAt(tokens, by + 1, last, true) : null;
  if (!agent) return null;
  let subject = auxiliary + 1;
  while (subject > start && auxiliary + 1 - subject < MAX_PASSIVE_SUBJECT && scan.quoteOf[subject - 1] < 0 &&
    (tokens[subject - 1].kind !== 'punct' || POSSESSIVES.has(tokens[subject - 1].text)) &&
    !WORDS.passiveSubjectStops.has(tokens[subject - 1].text.toLowerCase())) subject--;
  // "who asked not to be identified by name": a source's description, not a report.
  if (subject > start && auxiliary + 1 - subject >= MAX_PASSIVE_SUBJECT || asksAnonymity(scan.ctx, subject, agent.end)) return null;
  // "the attacks in Paris, which were claimed by the Islamic State": the relative word alone is the subject (train: exact
  // tp +8, 6 false contents).
  const relativeWord = tokens[subject - 1];
  if (subject === auxiliary + 1 && subject > start && by === k + 1 && WORDS.relativePronouns.has(relativeWord.text.toLowerCase()) && scan.quoteOf[subject - 1] < 0) {
    return { candidate: { start: relativeWord.start, end: relativeWord.end, kind: 'indirect', cue, speaker: agent, paragraph }, end: agent.end };
  }
  // "Trump has been rebuked by opponents for his proposal ...", "... was seen by some as a demotion": a reason or a
  // judgement after the agent makes the clause up to the next mark the report, subject and cue included, as PolNeAR spans
  // it (train: exact tp +3 -0, 1 more content).
  if (by === k + 1 && PASSIVE_COMPLEMENTS.has(tokens[agent.end]?.text.toLowerCase() ?? '')) {
    const end = Math.min(scan.nextMark[agent.end], last);
    const candidate = makeCandidate(scan, [[subject, end]], cue, agent, paragraph);
    return candidate && { candidate, end };
  }
  // "The spate has been described as “heartbreaking” by the department": the subject and what it was called.
  const pieces: Array<[number, number]> = by > k + 1 ? [[subject, auxiliary + 1], [k + 1, by]] : [[subject, auxiliary + 1]];
  const candidate = makeCandidate(scan, pieces, cue, agent, paragraph, true);
  return candidate && { candidate, end: agent.end };
}

/** The "by" of a passive agent after the cue's "as" complement ("was described as reckless by the mayor"), or -1. */
function agentAfterComplement(scan: Scan, k: number, last: number): number {
  const { tokens } = scan.ctx;
  if (!isWord(tokens[k + 1], 'as')) return -1;
  for (let t = k + 2; t < last && t - k - 2 <= MAX_AS_COMPLEMENT; t++) {
    if (isWord(tokens[t], 'by')) return t > k + 2 ? t : -1;
    // The complement is a phrase: a mark outside a quotation ends it.
    if (tokens[t].kind === 'punct' && scan.quoteOf[t] < 0) return -1;
  }
  return -1;
}

const POSSESSIVES = new Set(["'s", '\u2019s']);

/** Punctuation that closes a quoted clause before its attribution (",” he said", "?” she asked"). */
const HANDING_OVER = new Set([',', '?', '!']);

/**
 * The end (exclusive) of the clause that a comma closes right before token `t`, as in
 * "<clause>, X said" or "<clause> “...,” X said" (the comma inside the marks); -1 if none.
 */
function clauseEndBefore(scan: Scan, t: number, start: number): number {
  const { tokens } = scan.ctx;
  if (t - 1 <= start) return -1;
  if (tokens[t - 1].text === ',' && scan.quoteOf[t - 1] < 0) return t - 1;
  const q = scan.quoteOf[t - 1];
  // The last token inside the marks, which may be two tokens wide ('' ... ,'').
  return q >= 0 && scan.spans[q].close === t - 1 && HANDING_OVER.has(tokens[scan.spans[q].contentEnd]?.text ?? '') ? t : -1;
}

/** Whether `subject` opens the sentence at `start` and an appositive or relative clause set off by a mark follows it. */
function opensWithAppositive(tokens: Token[], subject: Mention | null, start: number): boolean {
  return subject !== null && skipDeterminerBack(tokens, subject.start, start) === start && CLAUSE_MARKS.has(tokens[subject.end]?.text ?? '');
}

/** Marks that close a relative clause set off inside a subject ("an official, who asked ..., said"). */
const CLAUSE_MARKS = new Set([',', '\u2014', '\u2013']);

/** Whether tokens [from, to) ask for anonymity ("not to be named") with one of `markers`: a source's description, not its words. */
function asksAnonymity(ctx: QuoteContext, from: number, to: number, markers = ANONYMITY_MARKERS): boolean {
  if (to <= from) return false;
  const clause = ctx.text.slice(ctx.tokens[from].start, ctx.tokens[to - 1].end).toLowerCase();
  return markers.some((marker) => clause.includes(marker));
}

/** For every token, the index of the first token at or after it that passes `test` (or the token count): one backward pass. */
function nextIndex(count: number, test: (t: number) => boolean): Int32Array {
  const next = new Int32Array(count + 1).fill(count);
  for (let t = count - 1; t >= 0; t--) next[t] = test(t) ? t : next[t + 1];
  return next;
}

export function findReportedSpeech(ctx: QuoteContext, spans: QuotedSpan[], direct: DirectResult): Candidate[] {
  const { tokens } = ctx;
  const quoteOf = quoteIndexOfTokens(ctx, spans);
  const cueOf = cuesOfTokens(ctx, quoteOf);
  const scan: Scan = {
    ctx, quoteOf, spans, direct, cueOf,
    nextMark: nextIndex(tokens.length, (t) => quoteOf[t] < 0 && CLAUSE_MARKS.has(tokens[t].text)),
    nextSpeechCue: nextIndex(tokens.length, (t) => quoteOf[t] < 0 && cueOf[t]?.cueClass === 'speech'),
  };
  const out: Candidate[] = [];
  // "...," he said, adding that ...: the participle continues the speaker of the sentence's direct quotation.
  const directSpeakerOfSentence = new Map<number, Mention>();
  for (const candidate of direct.candidates) {
    if (candidate.speaker) directSpeakerOfSentence.set(ctx.sentenceOf[candidate.speaker.start], candidate.speaker);
  }
  let lastSpeaker: Mention | null = null;
  let lastParagraph = -1;
  for (let s = 0; s < ctx.sentenceTokens.length; s++) {
    const [first, last] = ctx.sentenceTokens[s];
    if (last <= first || ctx.nonProse[ctx.paragraphOf[first]]) continue;
    if (ctx.paragraphOf[first] !== lastParagraph) lastSpeaker = null;
    lastParagraph = ctx.paragraphOf[first];
    lastSpeaker = scanSentence(scan, s, out, directSpeakerOfSentence.get(s) ?? lastSpeaker);
  }
  return out;
}
