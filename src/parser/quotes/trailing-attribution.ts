/**
 * Trailing and interrupting attributions: what may follow "<clause>, X said" in the same sentence (adjuncts of the
 * act, the rest of the content it interrupted, a description of the source) and what may come before it (a short
 * opening adjunct is no content). reported.ts reads the attribution; these rules read the words around it.
 */
import type { Token } from '../segment';
import { isPronoun, WORDS } from './lexicon';
import { ADJUNCT_PREPOSITIONS, isParticiple, skipTimeExpression } from './leading-content';
import { hasCueOrThat, isBareAdjunct, MIN_CONTENT_TOKENS, trimEnd, type Scan } from './scan';
import sourceDescriptions from './source-descriptions.json';

/** Longest tail allowed after a trailing attribution ("..., Li said at a press conference in Beijing on Monday."). */
const MAX_TRAILING_ADJUNCT = 14;

/** A parenthetical attribution may be followed by the rest of the content joined by these ("..., the airline added, and had ..."). */
const CONJUNCTIONS = new Set(['and', 'but']);

/**
 * What follows a trailing attribution: nothing but adjuncts ("at a press conference"),
 * or, after a comma, the rest of the content it interrupted. Returns the second
 * piece's start, `last` for adjuncts only, or -1 when the attribution does not trail.
 * `afterVerb`: the attribution ends with its verb, not with the source of "according to X".
 */
export function afterTrailing(scan: Scan, tail: number, last: number, afterVerb = false): number {
  const { tokens } = scan.ctx;
  // "In a wide-ranging interview, Obama also said: ...": a colon after the attribution introduces what follows;
  // what came before is no content.
  if (tokens[tail]?.text === ':') return -1;
  const end = trimEnd(scan, tail, last);
  if (tail >= end) return last;
  const opener = tokens[tail];
  // "If she wins, Clinton suggested in a tweet, women ...": the attribution's adjunct closed by a comma, and the rest
  // follows it. After "according to X" the words after that comma may still describe the source ("according to a report
  // Tuesday from WKOW, the ABC affiliate ..."): only a verb or a subject pronoun goes on with the content there.
  const adjunctComma = opener.text === ',' ? -1 : attributionAdjunctComma(scan, tail, last);
  const continues = afterVerb || WORDS.contentClauseWords.has(tokens[adjunctComma + 1]?.text.toLowerCase() ?? '');
  const rest = opener.text === ',' ? tail + 1 : adjunctComma >= 0 && continues ? adjunctComma + 1 : -1;
  const restOpener = tokens[rest]?.text.toLowerCase() ?? '';
  // "..., Beck joked, again using a Southern accent, “Amen, brother!”": a quotation set off by a comma after the
  // attribution's adjunct is its own words, no part of the content it interrupted (a rest that opens with
  // "that" or with the quotation itself goes on with the content).
  if (rest > 0 && restOpener !== 'that' && introducesQuotationAfterComma(scan, rest + 1, end)) return last;
  // A rest too long for an adjunct continues the content even when it opens like one ("..., economists say, this effect ...").
  if (rest > 0 && end - rest >= MIN_CONTENT_TOKENS &&
    (CONJUNCTIONS.has(restOpener) || !WORDS.adjunctOpeners.has(restOpener) || WORDS.interruptedContentOpeners.has(restOpener) || end - rest > MAX_TRAILING_ADJUNCT) &&
    !reportsOnItsOwn(scan, rest, last)) return rest;
  // "<clause>, according to a CNN tally, but his pathway ... is narrow", "<clause>, Spicer said, adding ...": a
  // coordinated clause or a participle that reports on its own is no part of the content, which ends at the attribution.
  if (rest > 0 && (CONJUNCTIONS.has(restOpener) || isParticiple(tokens[rest]) && scan.cueOf[rest] !== undefined)) return last;
  const opensAdjunct = opener.kind === 'punct' || WORDS.adjunctOpeners.has(opener.text.toLowerCase());
  return opensAdjunct && last - tail <= MAX_TRAILING_ADJUNCT && !hasCueOrThat(scan, tail, last) ? last : -1;
}

/**
 * Whether the words after ", X said," at `rest` are a clause of the writer's that reports on its own, not the rest of
 * the content: a cue that opens them ("..., the Post reported, citing ...", "..., who argued with her at the
 * conference, said in an interview that ..."), or a coordinated clause with a speech cue of its own ("..., records show,
 * and experts say ..."). A speech cue inside a rest that goes on with the content is a report within the report
 * ("Instead, she said, her boss told her he had booked a room", "Recently, he said, he has realized that ...": train, 18
 * more exact spans, loose matches unchanged).
 */
function reportsOnItsOwn(scan: Scan, rest: number, last: number): boolean {
  const { tokens } = scan.ctx;
  const opening = scan.cueOf[rest];
  if (opening && (opening.cueClass === 'speech' || isParticiple(tokens[rest]))) return true;
  return CONJUNCTIONS.has(tokens[rest].text.toLowerCase()) && hasCueOrThat(scan, rest, last, false);
}

/** Most words of an attribution's adjunct closed by a comma before the rest of the content ("said in a telephone interview,"). */
const MAX_ATTRIBUTION_ADJUNCT = 8;

/**
 * The comma that closes a short adjunct of the attribution's verb at `tail` (a place, an occasion or a time: "Clinton
 * suggested [in a tweet], women won't be punished", "he said [on Saturday], and it has ..."), when the rest of the
 * content follows it; -1 otherwise. A quotation right after that comma is a title the adjunct names ("said in his
 * book, ''An American Son.''") and a preposition a second adjunct ("declared in an interview Thursday, in the latest
 * escalation ..."), no content. Train: 9 more exact spans, 4 more loose matches.
 */
function attributionAdjunctComma(scan: Scan, tail: number, last: number): number {
  const { tokens } = scan.ctx;
  if (!ADJUNCT_PREPOSITIONS.has(tokens[tail].text.toLowerCase()) && skipTimeExpression(tokens, tail, last) === tail) return -1;
  const comma = scan.nextMark[tail];
  if (comma >= last || tokens[comma].text !== ',' || comma - tail > MAX_ATTRIBUTION_ADJUNCT || hasCueOrThat(scan, tail, comma)) return -1;
  return scan.quoteOf[comma + 1] >= 0 || ADJUNCT_PREPOSITIONS.has(tokens[comma + 1]?.text.toLowerCase() ?? '') ? -1 : comma;
}

/** Whether a quotation in tokens [from, to) opens right after a comma outside marks (`..., again, “Amen!”`). */
function introducesQuotationAfterComma(scan: Scan, from: number, to: number): boolean {
  for (let t = from; t < to; t++) {
    const q = scan.quoteOf[t];
    if (q >= 0 && scan.spans[q].open === t && scan.quoteOf[t - 1] < 0 && scan.ctx.tokens[t - 1].text === ',') return true;
  }
  return false;
}

const SOURCE_DESCRIPTION_OPENERS = new Set(sourceDescriptions.openers);

/**
 * Whether `token`, after the comma that follows the source of "<clause>, according to X", opens a description of
 * that source ("a Republican strategist", "which monitors ...", "taking a step ...") rather than the rest of the
 * content the attribution interrupted (train: exact tp +8 -0; 2 loose matches lost, of gold quotes inside the description).
 */
export function opensSourceDescription(token: Token | undefined): boolean {
  if (!token || token.kind !== 'word') return false;
  return SOURCE_DESCRIPTION_OPENERS.has(token.text.toLowerCase()) || token.text === token.text.toLowerCase() && isParticiple(token);
}

/** Most words of a sentence-opening adjunct set off by a comma ("In two other instances, ..."). */
const MAX_OPENING_ADJUNCT = 4;

/**
 * Whether the words [start, end) before a comma and an attribution are a short adjunct that opens the sentence
 * ("As proof, she pointed to ...", "Last month, the Post asked ..."), not a reported clause: the attribution is
 * the main clause, and its own content follows it (train: 5 more exact spans, for 5 contents that matched nothing).
 */
export function isOpeningAdjunct(tokens: Token[], start: number, end: number): boolean {
  const lower = tokens[start]?.text.toLowerCase() ?? '';
  return end - start <= MAX_OPENING_ADJUNCT && (WORDS.adjunctOpeners.has(lower) || WORDS.subordinators.has(lower) || WORDS.timeNouns.has(tokens[start + 1]?.text.toLowerCase() ?? ''));
}

/**
 * Whether the words [start, end) before a comma and an attribution are an adjunct with no clause or mark in it, and the
 * attribution goes on into a complement of its own (tokens [tail, last) open with neither a place, an occasion nor a
 * time): "In their meetings this week, the government team boasted [of concessions]", "In a September letter to Zucker,
 * Trump asked [the network to donate ...]". The attribution is the main clause; its content follows it (train: 5 more
 * loose matches, 3 more exact spans). "In Paris the talks went well, Duarte said." keeps its content.
 */
export function isOpeningBareAdjunct(scan: Scan, start: number, end: number, tail: number, last: number): boolean {
  const { tokens } = scan.ctx;
  if (trimEnd(scan, tail, last) <= tail || ADJUNCT_PREPOSITIONS.has(tokens[tail].text.toLowerCase()) || skipTimeExpression(tokens, tail, last) > tail) return false;
  for (let t = start; t < end; t++) if (tokens[t].kind === 'punct') return false;
  return isBareAdjunct(scan, start, end);
}

/** Most words of an inverted speaker's description or company before the comma that resumes its content ("said Doyle and others,"). */
const MAX_INVERTED_TAIL = 8;

/**
 * Where the content goes on after an inverted attribution that interrupts it between its subject and its predicate
 * ("The tax, said Doyle and others, would be ...", "..., said Li, a spokesman, has ..."): at the first word after a
 * comma that is a lower-case auxiliary, which no description opens; -1 when none follows within MAX_INVERTED_TAIL words
 * (train: exact tp +3 -0).
 */
export function resumedPredicate(scan: Scan, tail: number, last: number): number {
  const { tokens } = scan.ctx;
  for (let t = tail; t < last && t - tail <= MAX_INVERTED_TAIL && scan.quoteOf[t] < 0; t++) {
    const next = tokens[t + 1]?.text ?? '';
    if (tokens[t].text === ',' && WORDS.contentClauseWords.has(next) && !isPronoun(next)) return t + 1;
  }
  return -1;
}
