/**
 * Uses of a cue word that report no one, found by grouping PolNeAR train's false quotations (predictions that match
 * no gold quote) by cause. Train counts at each rule: false predictions removed / true ones lost (exact, loose):
 *   - a noun of broadcasting or of results, "the same [show]", "a strong [showing] in Iowa" (`isShowNoun`: 8 / 0, 3);
 *   - the noun "support" before a word that opens no object, "lent [support] to her" (`isSupportNoun`: 10 / 0, 2);
 *   - a verb that holds a state, "Sanders [maintained] his double-digit lead" (`holdsState`: 8 / 1, 1);
 *   - a vote with no stance, "when they [voted] on the bill" (`isVoteWithoutStance`: 6 / 0, 0);
 *   - a network's call of a race, "after the race was [called]" (`isElectionCall`: 4 / 0, 0);
 *   - an idiom of revealing or resting, "has [laid] bare her differences", "[laid] low" (`isStateIdiom`: 6 / 0, 1);
 *   - a passive of feeling with its cause, "officials were [angered] by the deal" (`isCausedFeeling`: 3 / 0, 0);
 *   - the characterisation of a person in an editor's note that a site repeats under its articles (`inEditorsNote`:
 *     15 / 1, 1; PolNeAR annotated 2 of the 17 copies);
 *   - finding oneself somewhere, "the bank has [found] itself at the center of" (`findsOneself`: 11 / 0, 5; the
 *     reports its content had swallowed come back, 3 more, 1 exact, all loose);
 *   - a bill's passage through a chamber, "the bill [passed] the Senate" (`isBillPassage`: 2 / 0, 0);
 *   - a response by an act, "Netanyahu [responded] by settling a dispute" (`isActByAct`: 4 / 0, 1).
 * Shapes of a whole reported content that report no one, found by tabulating every train prediction by its cue, cue
 * class, content length and first word (`isFalseContent`; gains and losses at each rule in its doc comment).
 * The word lists are in false-reports.json.
 */
import type { Token } from '../segment';
import type { Candidate } from './candidate';
import { isCapitalized, lowerAt, type QuoteContext } from './context';
import { cueInfo, isPronoun, WORDS } from './lexicon';
import { tokenAt } from './edge-model';
import data from './false-reports.json';

const SHOW_NOUNS = new Set(data.showNouns);
const SHOW_MODIFIERS = new Set(data.showModifiers);
const STATE_VERBS = new Set(data.stateVerbs);
const ELECTION_CALL_VERBS = new Set(data.electionCallVerbs);
const CALL_TIME_WORDS = new Set(data.callTimeWords);
const STATE_IDIOMS = new Set(data.stateIdioms);
const EDITOR_NOTE_PREFIXES = data.editorNotePrefixes;
const SUPPORT_NOUNS = new Set(data.supportNouns);
const NOUN_FOLLOWERS = new Set(data.nounFollowers);
const VOTE_VERBS = new Set(data.voteVerbs);
const VOTE_WITHOUT_STANCE = new Set(data.voteWithoutStance);
const FEELING_PARTICIPLES = new Set(data.feelingParticiples);
const SAID_THING_NOUNS = new Set(data.saidThingNouns);
const FINDING_VERBS = new Set(data.findingVerbs);
const REFLEXIVE_PRONOUNS = new Set(data.reflexivePronouns);
const PASSING_VERBS = new Set(data.passingVerbs);
const CHAMBER_NOUNS = new Set(data.chamberNouns);
const TIME_LEADS = new Set(data.timeLeads);
const TIME_MODIFIERS = new Set(data.timeModifiers);
const TIME_NOUNS = new Set(data.timeNouns);
const TIME_TRAILERS = new Set(data.timeTrailers);
const RESPONSE_VERBS = new Set(data.responseVerbs);
const ADJUNCT_PREPOSITIONS = new Set(data.adjunctPrepositions);
const CLAUSE_SUBJECTS = new Set(data.clauseSubjects);
/** Most words of a content that is only an adjunct; longer ones opened by a preposition are often reports ("said in 2012 the party would ..."). */
const MAX_ADJUNCT_WORDS = 8;
const SEEKING_VERBS = new Set(data.seekingVerbs);
const OFFICE_NOUNS = new Set(data.officeNouns);
/** Most words of a sought office ("the Democratic presidential nomination"). */
const MAX_OFFICE_WORDS = 4;
/** Tokens before a called race searched for "as", which makes the verb one of naming ("as the bill is called"). */
const MAX_NAMING_DISTANCE = 4;
/** Clause ends: after a called race, or after a reported content's last word. */
const CLAUSE_END_MARKS = new Set(['.', ',', ';']);
/** Most tokens between an editor's note's relative pronoun and the cue of its clause. */
const MAX_RELATIVE_DISTANCE = 30;

/**
 * Whether the cue at `k` is the noun "show" or "showing" after a lower-case adjective ("the same [show]", "a strong
 * [showing]"). A possessive is left to the other rules: after one, PolNeAR train has as many quotations as false ones
 * ("the court's records [show] that ...").
 */
function isShowNoun(tokens: Token[], k: number): boolean {
  return SHOW_NOUNS.has(lowerAt(tokens, k)) && SHOW_MODIFIERS.has(tokens[k - 1]?.text ?? '');
}

/** Whether the cue at `k` holds a state named by the noun phrase after it ("[maintained] his double-digit lead"), not a claim ("maintained that"). */
function holdsState(tokens: Token[], k: number): boolean {
  if (!STATE_VERBS.has(lowerAt(tokens, k))) return false;
  const next = tokens[k + 1];
  if (!next || next.kind !== 'word') return false;
  const lower = next.text.toLowerCase();
  if (WORDS.determiners.has(lower)) return true;
  return lower !== 'that' && !isPronoun(lower) && !isCapitalized(next);
}

/** Whether the cue at `k` is a passive of calling with no object, a race called for its winner ("the race was [called] Tuesday"). */
function isElectionCall(tokens: Token[], k: number): boolean {
  if (!ELECTION_CALL_VERBS.has(lowerAt(tokens, k)) || !WORDS.beForms.has(lowerAt(tokens, k - 1))) return false;
  for (let t = k - 2; t >= 0 && k - t <= MAX_NAMING_DISTANCE + 1; t--) if (lowerAt(tokens, t) === 'as') return false;
  const next = tokens[k + 1];
  if (!next) return true;
  const lower = next.text.toLowerCase();
  return CLAUSE_END_MARKS.has(next.text) || lower === 'for' || CALL_TIME_WORDS.has(lower);
}

/** Whether the cue at `k` and the word after it make an idiom of revealing or resting ("[laid] bare", "[laid] eyes on"). */
function isStateIdiom(tokens: Token[], k: number): boolean {
  return STATE_IDIOMS.has(`${lowerAt(tokens, k)} ${lowerAt(tokens, k + 1)}`);
}

/** Whether the cue at `k` is the noun "support" before a word that no object of the verb opens ("lent [support] to her", "the full [support] of"). */
function isSupportNoun(tokens: Token[], k: number): boolean {
  if (!SUPPORT_NOUNS.has(lowerAt(tokens, k))) return false;
  const next = lowerAt(tokens, k + 1);
  return NOUN_FOLLOWERS.has(next) || next === 'of' && lowerAt(tokens, k - 1) !== 'in';
}

/** Whether the cue at `k` casts a vote with no stance, before "on", "at" or the end of its clause ("they [voted] on the bill"). */
function isVoteWithoutStance(tokens: Token[], k: number): boolean {
  return VOTE_VERBS.has(lowerAt(tokens, k)) && VOTE_WITHOUT_STANCE.has(lowerAt(tokens, k + 1));
}

/** Whether the cue at `k` is a passive of feeling with its cause ("officials were [angered] by the deal"): no words. */
function isCausedFeeling(tokens: Token[], k: number): boolean {
  return FEELING_PARTICIPLES.has(lowerAt(tokens, k)) && WORDS.beForms.has(lowerAt(tokens, k - 1)) && lowerAt(tokens, k + 1) === 'by';
}

/** Whether the cue at `k` stands in a relative clause of a paragraph that opens with an editor's note ("Editor's note: ... who has repeatedly [pledged] ..."). */
function inEditorsNote(ctx: QuoteContext, k: number): boolean {
  const { tokens, text } = ctx;
  const [first] = ctx.paragraphTokens[ctx.paragraphOf[k]];
  const opening = text.slice(tokens[first].start, tokens[first].start + 20).toLowerCase();
  if (!EDITOR_NOTE_PREFIXES.some((prefix) => opening.startsWith(prefix))) return false;
  // "that" is left out: it opens the note's reports of others as often as a relative clause.
  for (let t = k - 1; t > first && k - t <= MAX_RELATIVE_DISTANCE; t--) if (WORDS.relativePronouns.has(lowerAt(tokens, t)) && lowerAt(tokens, t) !== 'that') return true;
  return false;
}

/** Whether the cue at `k` puts its subject in a situation, a form of "find" before a reflexive ("has [found] itself at the center of"). */
function findsOneself(tokens: Token[], k: number): boolean {
  return FINDING_VERBS.has(lowerAt(tokens, k)) && REFLEXIVE_PRONOUNS.has(lowerAt(tokens, k + 1));
}

/** Whether the cue at `k` is a bill's passage through a chamber ("which [passed] the Senate in 2013"). */
function isBillPassage(tokens: Token[], k: number): boolean {
  if (!PASSING_VERBS.has(lowerAt(tokens, k))) return false;
  return CHAMBER_NOUNS.has(lowerAt(tokens, k + 1)) || lowerAt(tokens, k + 1) === 'the' && CHAMBER_NOUNS.has(lowerAt(tokens, k + 2));
}

/** Whether the cue at `k` is a response by an act that is no speech ("[responded] by settling a dispute"; not "by saying that"). */
function isActByAct(tokens: Token[], k: number): boolean {
  const gerund = lowerAt(tokens, k + 2);
  return RESPONSE_VERBS.has(lowerAt(tokens, k)) && lowerAt(tokens, k + 1) === 'by' && gerund.endsWith('ing') && cueInfo(gerund)?.cueClass !== 'speech';
}

/** Whether the cue word at token `k` is in one of the uses above, which report no one. */
export function isFalseReport(ctx: QuoteContext, k: number): boolean {
  const { tokens } = ctx;
  return isShowNoun(tokens, k) || isSupportNoun(tokens, k) || holdsState(tokens, k) || isVoteWithoutStance(tokens, k) ||
    isElectionCall(tokens, k) || isStateIdiom(tokens, k) || isCausedFeeling(tokens, k) || inEditorsNote(ctx, k) ||
    findsOneself(tokens, k) || isBillPassage(tokens, k) || isActByAct(tokens, k);
}

/** Whether tokens `first` to `end` (exclusive) are only a time or a count of times ("a few days later", "over the last month", "many times"). */
function isOnlyTime(tokens: Token[], first: number, end: number): boolean {
  let t = first;
  if (TIME_LEADS.has(lowerAt(tokens, t))) t++;
  while (t < end && (TIME_MODIFIERS.has(lowerAt(tokens, t)) || tokens[t].kind === 'number')) t++;
  const nouns = t;
  while (t < end && TIME_NOUNS.has(lowerAt(tokens, t))) t++;
  if (t === nouns) return false;
  while (t < end && TIME_TRAILERS.has(lowerAt(tokens, t))) t++;
  while (t < end && CLAUSE_END_MARKS.has(tokens[t].text)) t++;
  return t === end;
}

/**
 * Whether tokens `first` to `end` (exclusive), right after the cue that ends at `cueEnd`, are only an adjunct of place
 * or time ("said [in a statement provided to POLITICO]"), not a clause after one ("said [in politics it takes time]").
 */
function isOnlyAdjunct(tokens: Token[], cueEnd: number, first: number, end: number): boolean {
  if (cueEnd !== first || !ADJUNCT_PREPOSITIONS.has(lowerAt(tokens, first))) return false;
  let words = 0;
  for (let t = first; t < end; t++) {
    if (tokens[t].kind === 'word' && ++words > MAX_ADJUNCT_WORDS || CLAUSE_SUBJECTS.has(lowerAt(tokens, t))) return false;
  }
  return true;
}

/** Whether tokens `first` to `end` (exclusive) after a cue of seeking are only an office ("reelection", "the Democratic nomination"). */
function isSoughtOffice(tokens: Token[], cue: number, first: number, end: number): boolean {
  let last = end - 1;
  while (last > first && CLAUSE_END_MARKS.has(tokens[last].text)) last--;
  if (!SEEKING_VERBS.has(lowerAt(tokens, cue)) || last - first >= MAX_OFFICE_WORDS || !OFFICE_NOUNS.has(lowerAt(tokens, last))) return false;
  for (let t = first; t < last; t++) if (tokens[t].kind !== 'word') return false;
  return true;
}

/**
 * Whether a reported content's whole shape reports no one (train: false predictions removed / exact and loose
 * matches lost):
 *   - "that" and one word, a demonstrative object or a content cut after its first word ("State missed [that
 *     deadline]", "has denied [that Clinton]"), unless the word names something said ("echoed [that comment]"): 16 / 0, 4;
 *   - a content opened by "as" after a stance cue, a description ("who is viewed [as honest by 55 percent]"): 15 / 0, 8;
 *   - only a time or a count of times, an adjunct of the act ("as Breitbart reported [a few days later]"): 13 / 0, 1;
 *   - only an office after a cue of seeking, a candidacy ("who is [seeking] reelection"): 5 / 0, 1;
 *   - a short adjunct of place or time right after the cue, with no subject pronoun ("said [in a statement provided to
 *     POLITICO]"): 10 / 0, 1.
 * Other groups of train predictions by cue, cue class, side, length, first word, speaker kind, paragraph, question or
 * headline (alone or in pairs, 15 or more) match exactly at 30% or more or loosely at 40% or more: dropping them costs.
 * So do, on train (predictions / exact / loose), a cue after a negation (211 / 94 / 157), after "to" (167 / 71 / 120),
 * in an "if" clause (149 / 63 / 111) or a question (68 / 20 / 44), a reflexive object (53 / 15 / 38), "did not respond
 * to a request for comment" (20 / 8 / 13) and a participle before a noun ("the most telling promise", 16 / 3 / 10):
 * PolNeAR annotates negated, hypothetical and asked reports.
 */
export function isFalseContent(ctx: QuoteContext, candidate: Candidate): boolean {
  if (candidate.kind !== 'indirect' || candidate.parts || candidate.cue === null) return false;
  const { tokens } = ctx;
  const first = tokenAt(tokens, candidate.start);
  const end = tokenAt(tokens, candidate.end);
  const opening = lowerAt(tokens, first);
  if (end - first === 2 && opening === 'that' && tokens[first + 1].kind === 'word') return !SAID_THING_NOUNS.has(lowerAt(tokens, first + 1));
  if (isOnlyTime(tokens, first, end) || isSoughtOffice(tokens, candidate.cue.start, first, end) || isOnlyAdjunct(tokens, candidate.cue.end, first, end)) return true;
  return opening === 'as' && candidate.cue.end <= first && cueInfo(lowerAt(tokens, candidate.cue.start))?.cueClass === 'stance';
}
