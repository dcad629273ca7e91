/**
 * Finds the attribution clause beside a quotation: a reporting cue and the
 * speaker mention it governs, after the quotation ("...," Li said / said Li,
 * an official / according to Li) or before it (Li said: "..." / He added, "...").
 */
import { isCapitalized, isWord, type QuoteContext } from './context';
import type { Token } from '../segment';
import invertedCues from './inverted-cues.json';
import { ACCORDING, cueInfo, isBetweenSubjectAndCue, isPronoun, WORDS } from './lexicon';
import type { QuotedSpan } from './marks';
import { mentionEndingAt, mentionStartingAt, sentenceSubject, subjectBefore, type Mention } from './names';

export interface Attribution {
  cue: Mention;
  speaker: Mention;
  /** One past the last token of the clause (its final punctuation is not included). */
  end: number;
}

/**
 * Verbs that show written words rather than speech, which attribute a quotation only when they come
 * right after it and before their subject (`"...," read the statement`): elsewhere "read" is as often
 * the writer's own verb ("he read the report").
 */
const INVERTED_DISPLAY_VERBS = new Set(invertedCues.displayVerbs);

/** How far a cue may sit from the quotation it attributes, in tokens. */
const MAX_SUBJECT_TOKENS = 22;
const MAX_GAP_BEFORE_QUOTE = 8;
const CLAUSE_END = new Set(['!', '?', ';', ':']);

/** Whether token `t` ends a clause: a period only counts when it ends its sentence ("Mr. Li" does not). */
function endsClause(ctx: QuoteContext, t: number): boolean {
  const text = ctx.tokens[t].text;
  if (text !== '.') return CLAUSE_END.has(text);
  return ctx.sentenceTokens[ctx.sentenceOf[t]]?.[1] === t + 1;
}

/**
 * Whether token `i` is a speech verb. A capitalised cue word right after another capitalised word
 * is part of a name ("the UCLA Anderson Forecast, "...""), not a verb.
 */
export function isSpeechCue(ctx: QuoteContext, i: number): boolean {
  const token = ctx.tokens[i];
  if (token === undefined || token.kind !== 'word' || cueInfo(token.text)?.cueClass !== 'speech') return false;
  return !(isCapitalized(token) && isCapitalized(ctx.tokens[i - 1]));
}

/** True when tokens i, i+1 are "according to". */
export function isAccordingTo(ctx: QuoteContext, i: number): boolean {
  return isWord(ctx.tokens[i], ACCORDING[0]) && isWord(ctx.tokens[i + 1], ACCORDING[1]);
}

/** The end of the clause that starts at `from`: the next clause-final mark, a comma before a quotation, or `limit`. */
function clauseEnd(ctx: QuoteContext, from: number, limit: number): number {
  for (let t = from; t < limit; t++) if (endsClause(ctx, t)) return t;
  return limit;
}

/** Whether the quotation ends its sentence or paragraph, by the punctuation inside its marks or after them. */
function closesSentence(ctx: QuoteContext, span: QuotedSpan): boolean {
  const { close } = span;
  const next = ctx.tokens[close + 1];
  return next === undefined || ctx.paragraphOf[close + 1] !== ctx.paragraphOf[close] || endsClause(ctx, close + 1) ||
    endsClause(ctx, span.contentEnd) || ctx.sentenceTokens[ctx.sentenceOf[close]]?.[1] === close + 1;
}

/**
 * `Feinstein said "I don't know ...," she said.`: a quotation that hands over to a pronoun's attribution
 * right after it, which names again the speaker of a cue before it. Returns that attribution, or null.
 */
export function restatedAttribution(ctx: QuoteContext, span: QuotedSpan): Attribution | null {
  if (!HANDING_OVER.has(ctx.tokens[span.contentEnd]?.text ?? '')) return null;
  const [, sentenceEnd] = ctx.sentenceTokens[ctx.sentenceOf[span.close]];
  const again = attributionAfter(ctx, span.close + 1, sentenceEnd);
  return again && again.speaker.end - again.speaker.start === 1 && isPronoun(ctx.tokens[again.speaker.start].text) ? again : null;
}

/**
 * Whether the cue at `cue`, touching the opening mark, introduces a quotation attributed again
 * (`restatedAttribution`): the quotation is a whole utterance, not a fragment of the writer's sentence.
 * When the second attribution names someone, or the first cue is in a relative clause, the first cue is
 * in the content (`Nothing the president said "will ...," Ryan said`, `Candidates who think "..." she said`).
 */
function attributedAgain(ctx: QuoteContext, span: QuotedSpan, cue: number): boolean {
  let subjectEnd = cue - 1;
  while (subjectEnd > 0 && isBetweenSubjectAndCue(ctx.tokens[subjectEnd].text)) subjectEnd--;
  return !WORDS.relativePronouns.has(ctx.tokens[subjectEnd]?.text.toLowerCase() ?? '') && restatedAttribution(ctx, span) !== null;
}

/** The attribution that follows a quotation, starting at token `from` and ending before `limit`. */
export function attributionAfter(ctx: QuoteContext, from: number, limit: number): Attribution | null {
  const { tokens } = ctx;
  let i = from;
  if (tokens[i]?.text === ',' || tokens[i]?.text === '\u2014' || tokens[i]?.text === '-') i++;
  if (i >= limit) return null;
  if (isAccordingTo(ctx, i)) {
    const speaker = mentionStartingAt(tokens, i + 2, limit, true);
    return speaker ? { cue: { start: i, end: i + 2 }, speaker, end: clauseEnd(ctx, speaker.end, limit) } : null;
  }
  if (isSpeechCue(ctx, i) || INVERTED_DISPLAY_VERBS.has(tokens[i].text) && handsOver(tokens, from)) {
    // After a quotation, "said the 46-year-old" names its speaker whatever the noun.
    const speaker = mentionStartingAt(tokens, i + 1, limit, true);
    return speaker ? { cue: { start: i, end: i + 1 }, speaker, end: clauseEnd(ctx, speaker.end, limit) } : null;
  }
  let found: Attribution | null = null;
  for (let k = i + 1; k < limit && k - i <= MAX_SUBJECT_TOKENS && !found; k++) {
    if (endsClause(ctx, k)) break;
    if (!isSpeechCue(ctx, k)) continue;
    const subject = subjectBefore(ctx, k, i) ?? describedSubject(ctx, from, i, k);
    const speaker = subject && opensWithSubject(ctx, i, subject) ? subject : appositiveSubject(ctx, i, k);
    if (!speaker) return null;
    // The description before the name belongs to the mention ("Senate leader Harry Reid").
    found = { cue: { start: k, end: k + 1 }, speaker: { start: i, end: speaker.end }, end: clauseEnd(ctx, k + 1, limit) };
  }
  found ??= unlistedVerbAfter(ctx, from, i, limit);
  // A clause ending in a colon introduces the next quotation rather than closing this one.
  return found && tokens[found.end]?.text !== ':' ? found : null;
}

/** The outer source of an attribution clause, and the comma before it. */
export interface OuterSource {
  comma: number;
  cue: Mention;
  speaker: Mention;
}

/**
 * `"...," O'Malley said at a press conference, according to the Las Vegas Sun.`: an attribution
 * clause that "according to" closes is itself what that source reports. Returns the source, or null.
 */
export function outerSource(ctx: QuoteContext, attribution: Attribution): OuterSource | null {
  const { tokens } = ctx;
  for (let t = Math.max(attribution.cue.end, attribution.speaker.end); t < attribution.end; t++) {
    if (tokens[t].text !== ',' || !isAccordingTo(ctx, t + 1)) continue;
    const speaker = mentionStartingAt(tokens, t + 3, attribution.end, true);
    return speaker ? { comma: t, cue: { start: t + 1, end: t + 3 }, speaker } : null;
  }
  return null;
}

/**
 * `"...," the presumptive Republican nominee wrote`: after a quotation that hands over to it, a
 * determiner and a few words right before the cue are its subject, whatever the nouns (no name
 * or listed speaker noun needed). Returns that mention, or null.
 */
function describedSubject(ctx: QuoteContext, from: number, i: number, cue: number): Mention | null {
  const { tokens } = ctx;
  if (!handsOver(tokens, from) || !WORDS.determiners.has(tokens[i].text.toLowerCase()) || cue - i > MAX_DESCRIPTION_TOKENS) return null;
  for (let t = i + 1; t < cue; t++) if (tokens[t].kind !== 'word' || WORDS.betweenSubjectAndCue.has(tokens[t].text.toLowerCase())) return null;
  return cue > i + 1 ? { start: i, end: cue } : null;
}

/**
 * `"...," Harry Bond, 30, of Raleigh, N.C., who was among those polled, said`: a name that opens the
 * clause and that commas set off from the cue is its subject, however long the description between.
 */
function appositiveSubject(ctx: QuoteContext, i: number, cue: number): Mention | null {
  const { tokens } = ctx;
  const name = mentionStartingAt(tokens, i, cue);
  return name && tokens[name.end]?.text === ',' && tokens[cue - 1].text === ',' ? name : null;
}

/** Most words a description may put before the name it describes ("another friend, Mariam Emara"). */
const MAX_DESCRIPTION_TOKENS = 6;

/** Marks a description may hold: commas, the stop of an initial, possessives ("Sanders’ campaign manager"). */
const DESCRIPTION_MARKS = new Set([',', '.', "'", '\u2019', "'s", '\u2019s']);

/** Whether the clause at `i` opens with the subject, or with a short description of it. */
function opensWithSubject(ctx: QuoteContext, i: number, subject: Mention): boolean {
  if (subject.start < i || subject.start - i > MAX_DESCRIPTION_TOKENS) return false;
  for (let t = i; t < subject.start; t++) {
    const token = ctx.tokens[t];
    if (token.kind === 'punct' && !DESCRIPTION_MARKS.has(token.text)) return false;
  }
  return true;
}

const HANDING_OVER = new Set([',', '?', '!', '\u2014', '\u2026']);

/** Whether the quotation that closes right before token `from` hands over to what follows (`HANDING_OVER` inside its marks, or a comma after them). */
function handsOver(tokens: Token[], from: number): boolean {
  return HANDING_OVER.has(tokens[from - 2]?.text ?? '') || tokens[from]?.text === ',';
}

/**
 * `"...," Kelly charged.` / `"...?" he snapped.`: a name or pronoun and one verb right
 * after a quotation that hands over with a comma, a question or an exclamation mark
 * attribute it even when the verb is not in the lexicon.
 */
function unlistedVerbAfter(ctx: QuoteContext, from: number, i: number, limit: number): Attribution | null {
  const { tokens } = ctx;
  if (!handsOver(tokens, from)) return null;
  const speaker = mentionStartingAt(tokens, i, limit) ?? determinedSubjectOfLastVerb(ctx, i, limit);
  if (!speaker || speaker.end - speaker.start > 4 || !isLastVerb(ctx, speaker.end, limit)) return null;
  return { cue: { start: speaker.end, end: speaker.end + 1 }, speaker, end: clauseEnd(ctx, speaker.end + 1, limit) };
}

/** Whether token `t` looks like a verb in the past or third person ("charged", "snaps") and ends its clause. */
function isLastVerb(ctx: QuoteContext, t: number, limit: number): boolean {
  const verb = ctx.tokens[t];
  const after = ctx.tokens[t + 1];
  const looksVerbal = verb?.kind === 'word' && verb.text === verb.text.toLowerCase() && /(?:ed|s)$/.test(verb.text);
  return looksVerbal && (t + 1 >= limit || after === undefined || endsClause(ctx, t + 1) || after.text === ',');
}

/** `"...," an angry Hollande retaliated.`: a determiner and the words up to a verb that ends the clause. */
function determinedSubjectOfLastVerb(ctx: QuoteContext, i: number, limit: number): Mention | null {
  const { tokens } = ctx;
  if (!WORDS.determiners.has(tokens[i]?.text.toLowerCase() ?? '')) return null;
  for (let t = i + 2; t < limit && t - i <= MAX_DESCRIPTION_TOKENS && tokens[t].kind === 'word'; t++) {
    if (isLastVerb(ctx, t, limit)) return { start: i, end: t };
  }
  return null;
}

/**
 * The attribution that introduces a quotation opening at token `open`, looking no
 * further left than `min`: a cue, then at most a listener or an adjunct
 * ("told reporters", "said in a statement"), then a colon or a comma; else a clause
 * that ends in a colon (`colonIntroduction`).
 */
export function attributionBefore(ctx: QuoteContext, min: number, span: QuotedSpan): Attribution | null {
  const { tokens } = ctx;
  let j = span.open - 1;
  const introduced = tokens[j]?.text === ':' || tokens[j]?.text === ',';
  if (introduced) j--;
  for (let k = j; k >= min && j - k <= MAX_GAP_BEFORE_QUOTE; k--) {
    const token = tokens[k];
    // A mark or "that" ends the search for a cue, but a colon may still introduce the quotation ("... - HuffPollster: "...").
    if (token.kind === 'punct' || isWord(token, 'that')) break;
    if (!isSpeechCue(ctx, k)) continue;
    // Without a colon or comma only the verb itself may touch the mark (He said "no"), and
    // the quotation must finish the sentence or be attributed again: otherwise it is a fragment of reported speech.
    if (!introduced && (k !== j || !closesSentence(ctx, span) && !attributedAgain(ctx, span, k))) return null;
    // "..., adding: "...", "... but added, "...": the verb shares the sentence's subject.
    const link = tokens[k - 1]?.text.toLowerCase() ?? '';
    const sharesSubject = link === ',' && token.text.endsWith('ing') || WORDS.subjectSharingLinks.has(link);
    const sentenceStart = Math.max(min, ctx.sentenceTokens[ctx.sentenceOf[k]][0]);
    const shared = sharesSubject ? earlierCueSubject(ctx, sentenceStart, k) ?? sentenceSubject(ctx, sentenceStart, k) : null;
    // "X, who ..., interjected to say: "...": an infinitive's subject is its verb's; "..., but went on to
    // say, "...": a verb with no subject of its own before it shares the sentence's.
    const infinitive = isWord(tokens[k - 1], 'to') && k - 2 >= min ? subjectBefore(ctx, k - 2, min) : null;
    const speaker = shared ?? subjectBefore(ctx, k, min) ?? mentionStartingAt(tokens, k + 1, j + 1) ?? infinitive ??
      (introduced ? sentenceSubject(ctx, sentenceStart, k) : null);
    return speaker ? { cue: { start: k, end: k + 1 }, speaker, end: span.open } : null;
  }
  return colonIntroduction(ctx, min, span.open);
}

/** How far back a participle looks for the cue whose subject it shares: bounded, so the search stays linear. */
const MAX_EARLIER_CUE_TOKENS = 40;

/**
 * "<clause>, Spicer said, adding: ...": a participle shares the subject of the speech cue before it in
 * its sentence, which need not be the sentence's first mention.
 */
function earlierCueSubject(ctx: QuoteContext, sentenceStart: number, k: number): Mention | null {
  for (let t = k - 1; t > sentenceStart && k - t <= MAX_EARLIER_CUE_TOKENS; t--) {
    if (isSpeechCue(ctx, t)) return subjectBefore(ctx, t, sentenceStart);
  }
  return null;
}

/**
 * `Kasich resisted: "..."`, `Clinton: "..."`: a colon right before a quotation introduces it
 * even without a listed verb; the colon is the cue and the sentence's subject the speaker.
 */
function colonIntroduction(ctx: QuoteContext, min: number, open: number): Attribution | null {
  const { tokens } = ctx;
  const colon = open - 1;
  if (colon <= min || tokens[colon].text !== ':') return null;
  const sentenceStart = Math.max(min, ctx.sentenceTokens[ctx.sentenceOf[colon]][0]);
  // A name right before the colon is a label ("Clinton: ...", "... - HuffPollster: ...") only when
  // it opens its clause; after a verb it is an object ("delivered a message to Trump: ...").
  const label = mentionEndingAt(tokens, colon - 1, sentenceStart);
  const opensClause = label !== null && (label.start === sentenceStart || tokens[label.start - 1].kind === 'punct');
  const speaker = sentenceSubject(ctx, sentenceStart, colon) ?? (opensClause ? label : null);
  return speaker ? { cue: { start: colon, end: open }, speaker, end: open } : null;
}
