/**
 * Reported speech, sentence by sentence, for the cues the direct-quotation rules
 * did not use:
 *   "<clause>, X said [adjuncts]."        trailing attribution (looked for first)
 *   "<clause>, X said, <clause>."         parenthetical attribution: one quote in two parts
 *   "X said [to Y] [that] <clause>."       leading attribution (content keeps "that", as PolNeAR does)
 *   "according to X, <clause>." / "<clause>, according to X."
 *   "X called the plan <...>"              stance verbs: the rest of the clause is the content
 *   "..., adding that <clause>"            participles and "and said" share the sentence's subject
 *   "X, who says <clause>, said ..."       a relative clause reports up to its comma
 *   "Asked whether <clause>, X said ..."   an opening participle reports the question put
 *   "a wall, which X said <rest>"          a relative clause reports its relative word and the rest
 *   "X seems / is expected to <...>"       evidentials report their whole clause, from no source
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
import { ANONYMITY_MARKERS, SPEECH_ANONYMITY_MARKERS, cueInfo, isBetweenSubjectAndCue, isPronoun, WORDS, type CueInfo } from './lexicon';
import { mentionStartingAt, sentenceSubject, subjectBefore, type Mention } from './names';
import type { QuotedSpan } from './marks';
import type { DirectResult } from './direct';

/** Longest tail allowed after a trailing attribution ("..., Li said at a press conference in Beijing on Monday."). */
const MAX_TRAILING_ADJUNCT = 14;
/** How far "that" may follow the cue and still open the content ("said in a statement on Tuesday that"). */
const MAX_THAT_DISTANCE = 10;
/** Shorter contents are fragments ("said so"), not quotations worth showing. */
const MIN_CONTENT_TOKENS = 2;
/** Contents this short must be a plain noun phrase ("blasted the statement"), not a listener ("spoke to us"). */
const MIN_PLAIN_CONTENT_TOKENS = 3;
/** How far after a cue an anonymity request ("on the condition of anonymity") shows the cue describes its source. */
const MAX_ANONYMITY_TOKENS = 6;
/** Fewer words before a direct quotation introduce it ("said in a tweet") rather than report a clause. */
const MIN_CLAUSE_BEFORE_QUOTATION = 6;
const FINAL_PUNCTUATION = new Set(['.', '!', '?', '\u2026', ':', ';', ',']);
const DATELINE_DASHES = new Set(['-', '\u2013', '\u2014']);
/** A parenthetical attribution may be followed by the rest of the content joined by these ("..., the airline added, and had ..."). */
const CONJUNCTIONS = new Set(['and', 'but']);

interface Scan {
  ctx: QuoteContext;
  /** Index of the quoted span covering each token, or -1. */
  quoteOf: Int32Array;
  spans: QuotedSpan[];
  direct: DirectResult;
  /** For each token, the next comma or dash outside quotation marks. */
  nextMark: Int32Array;
  /** For each token, the next speech cue outside quotation marks. */
  nextSpeechCue: Int32Array;
}

function quoteIndexOfTokens(ctx: QuoteContext, spans: QuotedSpan[]): Int32Array {
  const quoteOf = new Int32Array(ctx.tokens.length).fill(-1);
  spans.forEach((span, index) => quoteOf.fill(index, span.open, span.close + 1));
  return quoteOf;
}

/** First token of the sentence's own text: skips a dateline in capitals ("BEIJING -"). */
function clauseStart(tokens: Token[], first: number, last: number): number {
  for (let t = first; t < last && t - first < 6; t++) {
    if (DATELINE_DASHES.has(tokens[t].text)) return t > first ? t + 1 : first;
    if (!isCapitalized(tokens[t]) || tokens[t].text !== tokens[t].text.toUpperCase()) break;
  }
  return first;
}

/** End of the content: before final punctuation that lies outside quotation marks. */
function trimEnd(scan: Scan, start: number, end: number): number {
  while (end > start && FINAL_PUNCTUATION.has(scan.ctx.tokens[end - 1].text) && scan.quoteOf[end - 1] < 0) end--;
  return end;
}

/** Whether tokens [first, last) hold neither a pronoun nor a preposition. */
function isNounPhrase(tokens: Token[], first: number, last: number): boolean {
  for (let t = first; t < last; t++) {
    const lower = tokens[t].text.toLowerCase();
    if (isPronoun(lower) || WORDS.nounPhraseJoiners.has(lower)) return false;
  }
  return true;
}

function isParticiple(token: Token): boolean {
  return token.text.endsWith('ing');
}

/**
 * The candidate for content pieces given as token ranges [start, end): one piece, or two
 * around a parenthetical attribution ("In his state, Christie said, offenders are ...").
 */
function makeCandidate(scan: Scan, pieces: Array<[number, number]>, cue: Mention, speaker: Mention | null, paragraph: number): Candidate | null {
  const { ctx, quoteOf, direct, spans } = scan;
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
  if (size < MIN_CONTENT_TOKENS || size < MIN_PLAIN_CONTENT_TOKENS && !isNounPhrase(ctx.tokens, first, last)) return null;
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
 * What follows a trailing attribution: nothing but adjuncts ("at a press conference"),
 * or, after a comma, the rest of the content it interrupted. Returns the second
 * piece's start, `last` for adjuncts only, or -1 when the attribution does not trail.
 */
function afterTrailing(scan: Scan, tail: number, last: number): number {
  const { tokens } = scan.ctx;
  const end = trimEnd(scan, tail, last);
  if (tail >= end) return last;
  const opener = tokens[tail];
  const rest = opener.text === ',' ? tail + 1 : -1;
  const restOpener = tokens[rest]?.text.toLowerCase() ?? '';
  // A rest too long for an adjunct continues the content even when it opens like one ("..., economists say, this effect ...").
  if (rest > 0 && end - rest >= MIN_CONTENT_TOKENS &&
    (CONJUNCTIONS.has(restOpener) || !WORDS.adjunctOpeners.has(restOpener) || end - rest > MAX_TRAILING_ADJUNCT) &&
    !hasCueOrThat(scan, rest, last, false)) return rest;
  const opensAdjunct = opener.kind === 'punct' || WORDS.adjunctOpeners.has(opener.text.toLowerCase());
  return opensAdjunct && last - tail <= MAX_TRAILING_ADJUNCT && !hasCueOrThat(scan, tail, last) ? last : -1;
}

/** Words that open a relative clause whose verb reports its own antecedent ("which he said ..."). */
const RELATIVE_WORDS = new Set(['which', 'that', 'what', 'whom']);

/** Words that join a second verb of the same subject ("said ... and added that ..."). */
const COORDINATORS = new Set(['and', 'but']);

/** Whether a speech cue opens the words at `t`, after auxiliaries and adverbs ("and later added"). */
function startsSharedCue(scan: Scan, t: number, last: number): boolean {
  const { tokens } = scan.ctx;
  while (t < last && isBetweenSubjectAndCue(tokens[t].text)) t++;
  return t < last && scan.nextSpeechCue[t] === t;
}

/** Whether a new subject and its own speech cue open the words at `t` ("..., and aides say ..."): a second attribution. */
function opensOwnAttribution(scan: Scan, t: number, last: number): boolean {
  const { tokens } = scan.ctx;
  const subject = mentionStartingAt(tokens, t, last);
  if (subject !== null && startsSharedCue(scan, subject.end, last)) return true;
  const cue = scan.nextSpeechCue[t];
  return cue < last && openingNounPhrase(tokens, t, cue) !== null;
}

/**
 * Where a leading attribution's content ends: the sentence end, ", adding ..." or "and added ..." handing over
 * to another cue of the same subject, or a stance verb's object closed by a comma and a new clause
 * ("criticized the plan, which ...").
 */
function leadingContentEnd(scan: Scan, from: number, last: number, stance: boolean, subordinate: boolean): number {
  const { tokens } = scan.ctx;
  for (let t = from; t + 1 < last; t++) {
    if (scan.quoteOf[t] >= 0) continue;
    // A semicolon joins a sentence of its own.
    if (tokens[t].text === ';') return t;
    if (COORDINATORS.has(tokens[t].text.toLowerCase()) && (startsSharedCue(scan, t + 1, last) || opensOwnAttribution(scan, t + 1, last))) return t;
    if (tokens[t].text !== ',') continue;
    if (opensOwnAttribution(scan, COORDINATORS.has(tokens[t + 1].text.toLowerCase()) ? t + 2 : t + 1, last)) return t;
    const next = tokens[t + 1];
    if (isParticiple(next) && cueInfo(next.text) || stance && WORDS.clauseBreakers.has(next.text.toLowerCase())) return t;
    // "When Trump said ..., he ...", "... said ..., but Cruz kept ...": a clause with a subject of its own starts.
    if (subordinate && opensMainClause(tokens, t + 1, last) || COORDINATORS.has(next.text.toLowerCase()) && opensMainClause(tokens, t + 2, last)) return t;
  }
  return last;
}

/** Whether a subject and its verb open the words at `t` ("..., he made it clear"): the main clause after a subordinate one. */
function opensMainClause(tokens: Token[], t: number, last: number): boolean {
  const subject = mentionStartingAt(tokens, t, last);
  const verb = subject ? tokens[subject.end] : undefined;
  return verb !== undefined && verb.kind === 'word' && verb.text === verb.text.toLowerCase() && !WORDS.nounPhraseJoiners.has(verb.text);
}

/**
 * PolNeAR leaves time adjuncts out of the content ("said [on Wednesday] the talks ...",
 * "said [last month] that ..."): skips one such expression, of at most three words.
 */
function skipTimeExpression(tokens: Token[], start: number, last: number): number {
  let t = start;
  while (t < last && t - start < 3 && WORDS.timeModifiers.has(tokens[t].text.toLowerCase())) t++;
  if (t < last && WORDS.timeNouns.has(tokens[t].text.toLowerCase())) return t + 1 < last && tokens[t + 1].text === ',' ? t + 2 : t + 1;
  return start;
}

/** Prepositions that open an adjunct between a cue and its content ("said in a statement on Tuesday, ..."). */
const ADJUNCT_PREPOSITIONS = new Set(['in', 'on', 'at', 'during', 'after', 'before', 'with', 'from', 'via']);
const MAX_ADJUNCT_TOKENS = 8;

/** Where a leading attribution's content starts: at "that" when it comes soon, else after the listener and any adjunct. */
function leadingContentStart(scan: Scan, cue: number, last: number, info: CueInfo): number {
  const { tokens } = scan.ctx;
  let c = cue + 1;
  for (let t = c; t < last && t - c < MAX_THAT_DISTANCE; t++) {
    if (isWord(tokens[t], 'that') && scan.quoteOf[t] < 0) return t;
    // "said the tunnel would open and added that ...": that "that" is the next cue's.
    if (tokens[t].kind === 'word' && cueInfo(tokens[t].text)) break;
    if (tokens[t].kind === 'punct' && tokens[t].text !== '.' && tokens[t].text !== ',') break;
  }
  const next = tokens[c]?.text.toLowerCase() ?? '';
  if (info.particles.has(next) || WORDS.speechParticles.has(next)) c++;
  else if (info.objectFirst) c = mentionStartingAt(tokens, c, last)?.end ?? c;
  if (ADJUNCT_PREPOSITIONS.has(tokens[c]?.text.toLowerCase() ?? '')) {
    for (let t = c + 1; t < last && t - c <= MAX_ADJUNCT_TOKENS && scan.quoteOf[t] < 0; t++) {
      if (tokens[t].text === ',') {
        c = t;
        break;
      }
    }
  }
  if (tokens[c]?.text === ',' || tokens[c]?.text === ':') c++;
  return c;
}

/**
 * A trailing attribution ("<clause>, X said.") governs the whole sentence, so it is
 * looked for first; only without one do the leading rules read the sentence's cues in order.
 */
function scanSentence(scan: Scan, sentence: number, out: Candidate[], previousSpeaker: Mention | null): Mention | null {
  const before = out.length;
  const lastSpeaker = scanSentenceIn(scan, sentence, out, previousSpeaker, true);
  return out.length > before ? lastSpeaker : scanSentenceIn(scan, sentence, out, previousSpeaker, false);
}

function scanSentenceIn(scan: Scan, sentence: number, out: Candidate[], previousSpeaker: Mention | null, trailingOnly: boolean): Mention | null {
  const { ctx, quoteOf, direct } = scan;
  const { tokens } = ctx;
  const [first, last] = ctx.sentenceTokens[sentence];
  const paragraph = ctx.paragraphOf[first];
  const start = clauseStart(tokens, first, last);
  let lastSpeaker = previousSpeaker;
  for (let k = start; k < last; k++) {
    if (quoteOf[k] >= 0 || direct.usedTokens[k]) continue;
    let found: Candidate | null = null;
    if (isAccordingTo(ctx, k)) {
      const cue = { start: k, end: k + 2 };
      const speaker = mentionStartingAt(tokens, k + 2, last, true);
      if (!speaker) continue;
      const comma = k > start && tokens[k - 1].text === ',';
      if (comma || k - start > 2 && tokens[k - 1].kind === 'word') {
        // A source that runs to the end of the sentence is all attribution ("according to a poll that shows ...").
        // "The implication, according to an aide, is that ...": the rest of the sentence continues the content.
        const parenthetical = comma && tokens[speaker.end]?.text === ',' && last - speaker.end > MIN_PLAIN_CONTENT_TOKENS;
        const rest = scan.nextMark[speaker.end] >= last ? last : parenthetical ? speaker.end + 1 : afterTrailing(scan, speaker.end, last);
        const firstEnd = comma ? k - 1 : k;
        if (rest >= 0) found = makeCandidate(scan, rest < last ? [[start, firstEnd], [rest, last]] : [[start, firstEnd]], cue, speaker, paragraph);
      } else if (!trailingOnly && (k === start || tokens[k - 1].kind === 'word' && k - start <= 2)) {
        let comma = speaker.end;
        while (comma < last && tokens[comma].text !== ',' && comma - speaker.end < 12) comma++;
        if (tokens[comma]?.text === ',') found = makeCandidate(scan, [[comma + 1, last]], cue, speaker, paragraph);
      }
      if (found) k = last;
    } else {
      const info = tokens[k].kind === 'word' ? cueInfo(tokens[k].text) : undefined;
      // "so called", "so-called": an adjective, not a cue; "the plans", "his claims": a noun.
      if (!info || isWord(tokens[k - 1], 'so') || WORDS.nounMarkers.has(tokens[k - 1]?.text.toLowerCase() ?? '')) continue;
      const cue = { start: k, end: k + 1 };
      const subject = subjectBefore(ctx, k, start);
      const invertedEnd = info.cueClass === 'speech' ? clauseEndBefore(scan, k, start) : -1;
      const inverted = invertedEnd > start ? mentionStartingAt(tokens, k + 1, last) : null;
      const subjectEnd = subject ? clauseEndBefore(scan, skipDeterminerBack(tokens, subject.start, start), start) : -1;
      const trailingSpeaker = subject && subjectEnd > start ? subject : inverted;
      if (info.cueClass === 'speech' && trailingSpeaker) {
        let tail = Math.max(k + 1, trailingSpeaker.end);
        // "<clause>, Li told reporters on Monday.": the listener belongs to the attribution.
        if (info.objectFirst && trailingSpeaker === subject) tail = mentionStartingAt(tokens, tail, last, true)?.end ?? tail;
        // "<clause>, said Li, a spokesman for ...": after an inverted speaker, a comma opens its description.
        const described = trailingSpeaker === inverted && tokens[tail]?.text === ',';
        const rest = described ? last : afterTrailing(scan, tail, last);
        const firstEnd = trailingSpeaker === subject ? subjectEnd : invertedEnd;
        if (rest >= 0) found = makeCandidate(scan, rest < last ? [[start, firstEnd], [rest, last]] : [[start, firstEnd]], cue, trailingSpeaker, paragraph);
        if (found) k = last;
      }
      if (!found && !trailingOnly) {
        // "..., saying ...", "... and said ...", "by saying", "to describe": the verb shares the sentence's subject.
        const link = tokens[k - 1]?.text.toLowerCase() ?? '';
        const sharesSubject = link === ',' && isParticiple(tokens[k]) || WORDS.subjectSharingLinks.has(link);
        // A subject found inside a longer noun phrase that opens the sentence is only its tail ("... for the meeting").
        const opening = subject === null || subject.start > start && !isCapitalized(tokens[subject.start])
          ? openingNounPhrase(tokens, start, k) ?? openingNounPhrase(tokens, clauseOpening(tokens, k, start), k) : null;
        const speaker = sharesSubject ? sentenceSubject(ctx, start, k) ?? lastSpeaker ?? subject : opening ?? subject;
        if (!speaker) {
          const question = k === start ? openingParticiple(scan, k, last, cue, paragraph) : null;
          if (question) {
            out.push(question);
            k = scan.nextMark[k + 1];
          }
          continue;
        }
        const evidentialCue = info.evidential || info.passiveEvidential && WORDS.beForms.has(tokens[k - 1]?.text.toLowerCase() ?? '');
        // "Obama seemed to recognize [the significance ...]", "She appeared to imply [that ...]": an infinitive other than
        // "to be" / "to have" is the real cue, with the subject as its speaker.
        const inner = info.evidential && isWord(tokens[k + 1], 'to') && tokens[k + 2]?.kind === 'word' &&
          !WORDS.evidentialInfinitives.has(tokens[k + 2].text.toLowerCase()) ? cueInfo(tokens[k + 2].text) ?? INFINITIVE_CUE : undefined;
        // "Trump appeared at the debate" reports nothing: a preposition follows, not a predicate.
        if (evidentialCue && ADJUNCT_PREPOSITIONS.has(tokens[k + 1]?.text.toLowerCase() ?? '')) continue;
        if (evidentialCue && !inner && !isWord(tokens[speaker.start], 'it')) {
          // "Ben Carson appears to be slipping": PolNeAR reports the whole clause, its subject and cue included, from no source.
          const contentEnd = leadingContentEnd(scan, k + 1, last, true, false);
          const clause = makeCandidate(scan, [[skipDeterminerBack(tokens, speaker.start, start), contentEnd]], cue, null, paragraph);
          if (clause) {
            out.push({ ...clause, sourceless: true });
            k = contentEnd - 1;
          }
          continue;
        }
        const afterCue = inner ? (inner.cueClass === 'speech' ? leadingContentStart(scan, k + 2, last, inner) : skipInfinitive(tokens, k + 1, last))
          : info.cueClass === 'speech' ? leadingContentStart(scan, k, last, info)
          : isStanceParticle(info, tokens[k + 1]) ? k + 2 : k + 1;
        const contentStart = skipTimeExpression(tokens, info.infinitiveInCue ? skipInfinitive(tokens, afterCue, last) : afterCue, last);
        // A relative clause of a later cue's subject ("Cruz, who says ..., said ...") reports up to its end,
        // spoken by the subject it describes, not "who"; one that asks for anonymity reports nothing.
        const relative = relativeClause(scan, k, start, last);
        if (relative && (relative.end - contentStart < MIN_CONTENT_TOKENS || asksAnonymity(ctx, relative.subject.end, relative.end))) continue;
        // A subordinate clause's content ends where the main clause starts.
        const subordinate = WORDS.subordinators.has(tokens[skipDeterminerBack(tokens, speaker.start, start) - 1]?.text.toLowerCase() ?? '');
        const contentEnd = leadingContentEnd(scan, contentStart, relative?.end ?? last, info.cueClass === 'stance', subordinate);
        // "spoke on condition of anonymity to ...": the words describe the source, not what it said.
        if (isReducedRelative(tokens, speaker, k) || asksAnonymity(ctx, k + 1, Math.min(contentEnd, k + 1 + MAX_ANONYMITY_TOKENS), SPEECH_ANONYMITY_MARKERS)) continue;
        // "a wall, which he said Mexico should pay for": PolNeAR's content is the relative word and the rest, in two parts.
        const relativeWord = speaker.start - 1;
        const pieces: Array<[number, number]> = !relative && RELATIVE_WORDS.has(tokens[relativeWord]?.text.toLowerCase() ?? '') && relativeWord >= start
          ? [[relativeWord, relativeWord + 1], [contentStart, contentEnd]] : [[contentStart, contentEnd]];
        found = makeCandidate(scan, pieces, inner ? { start: k, end: k + 3 } : cue, relative?.subject ?? speaker, paragraph);
        if (found) k = contentEnd - 1;
      }
    }
    if (found) {
      out.push(found);
      lastSpeaker = found.speaker;
    }
  }
  return lastSpeaker;
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

/** How an unlisted verb in the infinitive after an evidential reads ("seemed to recognize"): a stance verb taking its object. */
const INFINITIVE_CUE: CueInfo = { cueClass: 'stance', objectFirst: false, particles: new Set(), infinitiveInCue: false, evidential: false, passiveEvidential: false };

/** Whether the word after a stance verb belongs to its cue ("called for", "pointed to"). */
function isStanceParticle(info: CueInfo, token: Token | undefined): boolean {
  const lower = token?.text.toLowerCase() ?? '';
  return WORDS.stanceParticles.has(lower) || info.particles.has(lower);
}

/** Longest noun phrase taken whole as a subject ("A person familiar with the planning for Thursday's meeting"). */
const MAX_OPENING_SUBJECT = 12;

/**
 * A subject too long or too plain for the mention rules, when it is all that comes between the
 * start of its sentence or clause and a cue: it opens with a determiner, a quantity ("more than
 * 4 in 10") or a capital, and holds no punctuation but a possessive, no cue and no word that
 * starts a clause.
 */
function openingNounPhrase(tokens: Token[], start: number, k: number): Mention | null {
  if (k - start < 2 || k - start > MAX_OPENING_SUBJECT) return null;
  const opener = tokens[start].text.toLowerCase();
  if (!WORDS.determiners.has(opener) && !WORDS.quantifiers.has(opener) && !isCapitalized(tokens[start]) && tokens[start].kind !== 'number') return null;
  for (let t = start; t < k; t++) {
    const token = tokens[t];
    if (token.kind === 'punct' && token.text !== "'s" && token.text !== '\u2019s') return null;
    const lower = token.text.toLowerCase();
    if (token.kind === 'word' && cueInfo(lower) || WORDS.clauseBreakers.has(lower) || lower === 'that') return null;
    // "But ...", "This ...": a sentence opener or a pronoun, not a noun phrase's first word.
    if (t === start && WORDS.notNames.has(lower) && !WORDS.determiners.has(lower)) return null;
  }
  return { start, end: k };
}

/** The first token of the clause holding the cue at `k`: after the nearest mark or "and" / "but" before it. */
function clauseOpening(tokens: Token[], k: number, start: number): number {
  let t = k;
  while (t > start && k - t <= MAX_OPENING_SUBJECT && tokens[t - 1].kind !== 'punct' && !COORDINATORS.has(tokens[t - 1].text.toLowerCase())) t--;
  return t;
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
function openingParticiple(scan: Scan, k: number, last: number, cue: Mention, paragraph: number): Candidate | null {
  const comma = scan.nextMark[k + 1];
  const token = scan.ctx.tokens[k];
  if (!isCapitalized(token) || !token.text.endsWith('ed') || comma >= last) return null;
  return makeCandidate(scan, [[k + 1, comma]], cue, null, paragraph);
}

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
  return q >= 0 && scan.spans[q].close === t - 1 && HANDING_OVER.has(tokens[t - 2].text) ? t : -1;
}

/** The first token of a noun phrase whose mention starts at `i` once its determiner is counted ("the" Commission). */
function skipDeterminerBack(tokens: Token[], i: number, min: number): number {
  return i > min && WORDS.determiners.has(tokens[i - 1].text.toLowerCase()) ? i - 1 : i;
}

/** Marks that close a relative clause set off inside a subject ("an official, who asked ..., said"). */
const CLAUSE_MARKS = new Set([',', '\u2014', '\u2013']);

/**
 * The end of the relative clause holding the cue at `k`, and the subject it describes, when the
 * clause belongs to a later cue's subject, which governs the sentence: "an official who asked not
 * to be named said ..." (the later cue comes before any comma; the clause ends at that cue) or
 * "Cruz, who says ..., said ..." (the later cue follows the comma that closes the clause opened
 * by "who"). Null otherwise. Bounded by the clause, not by a count of tokens.
 */
function relativeClause(scan: Scan, k: number, start: number, last: number): { end: number; subject: Mention } | null {
  const { tokens } = scan.ctx;
  const close = Math.min(scan.nextMark[k + 1], last);
  let later = scan.nextSpeechCue[k + 1];
  let end = later;
  if (later >= close) {
    if (close >= last || !opensWithWho(tokens, k, start)) return null;
    end = close;
    later = close + 1;
    while (later < last && isBetweenSubjectAndCue(tokens[later].text)) later++;
    if (later >= last || scan.nextSpeechCue[later] !== later) return null;
  }
  const subject = subjectBefore(scan.ctx, later, start);
  if (subject === null || subject.start >= k) return null;
  while (end > k + 1 && isBetweenSubjectAndCue(tokens[end - 1].text)) end--;
  return { end, subject };
}

/** Whether tokens [from, to) ask for anonymity ("not to be named") with one of `markers`: a source's description, not its words. */
function asksAnonymity(ctx: QuoteContext, from: number, to: number, markers = ANONYMITY_MARKERS): boolean {
  if (to <= from) return false;
  const clause = ctx.text.slice(ctx.tokens[from].start, ctx.tokens[to - 1].end).toLowerCase();
  return markers.some((marker) => clause.includes(marker));
}

/** Whether the verb at `k` is the first of a clause opened by "who" ("who also asked"). */
function opensWithWho(tokens: Token[], k: number, start: number): boolean {
  let t = k - 1;
  while (t > start && isBetweenSubjectAndCue(tokens[t].text)) t--;
  return t >= start && isWord(tokens[t], 'who');
}

/** For every token, the index of the first token at or after it that passes `test` (or the token count): one backward pass. */
function nextIndex(count: number, test: (t: number) => boolean): Int32Array {
  const next = new Int32Array(count + 1).fill(count);
  for (let t = count - 1; t >= 0; t--) next[t] = test(t) ? t : next[t + 1];
  return next;
}

/**
 * Whether tokens [from, to) hold words of an attribution of their own: a quotation mark, "that" or
 * a cue. For the rest of a content interrupted by its attribution (`quotations` false) only a speech
 * cue counts: that rest may quote ("Trump, Sexton said, has created a “strange ... zone.”") or hold
 * a stance verb ("At one point, she said, she was considering supporting Trump").
 */
function hasCueOrThat(scan: Scan, from: number, to: number, quotations = true): boolean {
  const { tokens } = scan.ctx;
  for (let t = from; t < to; t++) {
    if (scan.quoteOf[t] >= 0) {
      if (quotations) return true;
      continue;
    }
    if (quotations && isWord(tokens[t], 'that')) return true;
    const info = tokens[t].kind === 'word' ? cueInfo(tokens[t].text) : undefined;
    if (info && (quotations || info.cueClass === 'speech')) return true;
  }
  return false;
}

export function findReportedSpeech(ctx: QuoteContext, spans: QuotedSpan[], direct: DirectResult): Candidate[] {
  const { tokens } = ctx;
  const quoteOf = quoteIndexOfTokens(ctx, spans);
  const scan: Scan = {
    ctx, quoteOf, spans, direct,
    nextMark: nextIndex(tokens.length, (t) => quoteOf[t] < 0 && CLAUSE_MARKS.has(tokens[t].text)),
    nextSpeechCue: nextIndex(tokens.length, (t) => quoteOf[t] < 0 && tokens[t].kind === 'word' && cueInfo(tokens[t].text)?.cueClass === 'speech'),
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
