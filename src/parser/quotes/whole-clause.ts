/**
 * Reports that PolNeAR spans as a whole clause, subject and cue included, mostly from no source: an evidential verb
 * before an infinitive of an act ("Chris Christie appeared to end his bid"), an evidential adverb ("The FBI is
 * reportedly making arrangements"), and a cue of judging or naming in the passive with no agent right after it
 * ("Sanders was declared the winner", "The kingdom is viewed as a bulwark"). reported.ts decides when a cue reads so;
 * these say where such a clause starts and ends and whether an agent after it is its source. The word lists are in
 * whole-clause.json (through lexicon.ts).
 */
import type { Token } from '../segment';
import { isCapitalized, isWord } from './context';
import { isParticiple } from './leading-content';
import { cueInfo, isBetweenSubjectAndCue, isPronoun, WORDS, type CueInfo } from './lexicon';
import { COORDINATORS, skipDeterminerBack } from './opening-subject';
import type { Scan } from './scan';

/** Longest "as" complement between a passive cue and its agent ("described as “heartbreaking” by ..."). */
export const MAX_AS_COMPLEMENT = 10;

/**
 * "The kingdom is viewed as a bulwark ...", "Perez has also been mentioned as a potential candidate": a cue in the
 * passive with an "as" complement and no agent reports its whole clause, subject included, from no source, as an
 * evidential does (PolNeAR's spans on train).
 */
export function isPassiveAs(tokens: Token[], k: number, start: number): boolean {
  // "what some are criticizing as ...": a progressive, not a passive.
  return isWord(tokens[k + 1], 'as') && !isParticiple(tokens[k]) && inPassive(tokens, k, start);
}

/**
 * "Sanders was declared the winner", "Mr. Reagan was criticized for trading ...", "Pigs are considered unclean": a cue
 * of judging or naming in the passive with no agent right after it reports its whole clause, as PolNeAR spans it (train:
 * 29 more exact spans, 1 lost), from no source or from an agent after the complement. A verb that names its
 * listener ("was asked whether ...") or a "that" clause after the cue ("is convinced that ...") reports what follows.
 */
export function isAgentlessPassive(scan: Scan, k: number, start: number, info: CueInfo): boolean {
  const { tokens } = scan.ctx;
  const next = tokens[k + 1]?.text.toLowerCase() ?? '';
  // "Obama is reported to have called [the Saudis ...]": a cue in the infinitive reports, with the subject as its speaker.
  if (next === 'to' && scan.cueOf[isWord(tokens[k + 2], 'have') ? k + 3 : k + 2]) return false;
  // "lawsuits being considered in San Diego have accused ...": a participle that describes a noun, whose clause goes on.
  if (isWord(tokens[k - 1], 'being') && !isBetweenSubjectAndCue(tokens[k - 2]?.text ?? '')) return false;
  // "He is called on by tribes": the agent may follow the cue's particle.
  const agent = WORDS.stanceParticles.has(next) || WORDS.phrasalParticles.has(next) ? k + 2 : k + 1;
  return !info.objectFirst && WORDS.passiveClauseParticiples.has(tokens[k].text.toLowerCase()) && !isWord(tokens[agent], 'by') && next !== 'that' &&
    inPassive(tokens, k, start);
}

/** Whether a form of "be" comes among the words before the cue ("has also been mentioned", "is widely expected", "is not expected"). */
export function inPassive(tokens: Token[], k: number, start: number): boolean {
  for (let t = k - 1; t >= start; t--) {
    const lower = tokens[t].text.toLowerCase();
    if (WORDS.beForms.has(lower)) return true;
    if (!isBetweenSubjectAndCue(lower)) return false;
  }
  return false;
}

/**
 * Where a whole-clause report ends: at the first comma or dash after its cue, before the writer's addition (", giving
 * employees time to prepare", " — he mastered fear mongering"); PolNeAR's spans of these clauses stop there (train: 41
 * more exact spans, 16 lost). Examples (", including ...") and a name in apposition (", Donald J. Trump") go on.
 */
export function wholeClauseEnd(scan: Scan, k: number, last: number): number {
  const mark = scan.nextMark[k + 1];
  const next = scan.ctx.tokens[mark + 1];
  if (mark >= last || !next || scan.ctx.tokens[mark].text === ',' && (WORDS.exampleOpeners.has(next.text.toLowerCase()) || isCapitalized(next))) return last;
  return mark;
}

/** A relative or question word, which opens a clause ("who", "that", "what", "where"). */
function opensClause(lower: string): boolean {
  return WORDS.relativePronouns.has(lower) || WORDS.questionOpeners.has(lower) || WORDS.relativeQuestionOpeners.has(lower);
}

/** Longest subject a whole-clause report takes before its mention ("[The birth of the newest] Clinton is expected ..."). */
const MAX_CLAUSE_SUBJECT = 12;

/**
 * Where the subject of a whole-clause report starts: the relative word right before its verb ("a voter [who] seemed
 * ..."), else the noun phrase that ends with the subject's mention, back to the clause's start ("[The birth of the
 * newest] Clinton", "[Mr.] Trump's voters"), as PolNeAR spans these clauses; the mention itself when a cue or a pronoun
 * comes first or the phrase runs on too long.
 */
export function clauseSubjectStart(tokens: Token[], k: number, mentionStart: number, start: number): number {
  let verb = k;
  while (verb > start && isBetweenSubjectAndCue(tokens[verb - 1].text)) verb--;
  if (verb > mentionStart && opensClause(tokens[verb - 1].text.toLowerCase())) return verb - 1;
  const mention = skipDeterminerBack(tokens, mentionStart, start);
  // A pronoun is a whole noun phrase ("some things [he] appears to understand").
  if (isPronoun(tokens[mentionStart].text)) return mention;
  let t = mention;
  for (; t > start && mention - t < MAX_CLAUSE_SUBJECT; t--) {
    const previous = tokens[t - 1];
    const lower = previous.text.toLowerCase();
    // The period of a title's abbreviation ("Mr.") is part of the phrase.
    if (previous.text === '.' && t - 2 >= start && WORDS.titles.has(`${tokens[t - 2].text.toLowerCase()}.`)) continue;
    if (previous.kind === 'punct' || COORDINATORS.has(lower) || WORDS.subordinators.has(lower) || WORDS.clauseBreakers.has(lower) || opensClause(lower)) return t;
    if (cueInfo(lower) || isPronoun(lower)) return mention;
  }
  return t === start ? t : mention;
}

/** Whether a speech verb follows the adverb at `k`, past auxiliaries ("reportedly said", "allegedly has told"). */
export function reportsAfterAdverb(scan: Scan, k: number, last: number): boolean {
  let t = k + 1;
  while (t < last && isBetweenSubjectAndCue(scan.ctx.tokens[t].text)) t++;
  return t < last && scan.cueOf[t]?.cueClass === 'speech';
}

/** The "by" of a passive's agent within MAX_AS_COMPLEMENT words after its cue and before `end`, with no mark or quotation first; or -1. */
export function agentAfterPredicate(scan: Scan, k: number, end: number): number {
  const { tokens } = scan.ctx;
  // "was said to have been handed ... by": the agent is the infinitive's.
  if (isWord(tokens[k + 1], 'to')) return -1;
  for (let t = k + 2; t < end && t - k - 2 <= MAX_AS_COMPLEMENT; t++) {
    if (tokens[t].kind === 'punct' || scan.quoteOf[t] >= 0) return -1;
    if (isWord(tokens[t], 'by')) return t;
  }
  return -1;
}
