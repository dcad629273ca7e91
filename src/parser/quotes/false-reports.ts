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
 *     15 / 1, 1; PolNeAR annotated 2 of the 17 copies).
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
/** Tokens before a called race searched for "as", which makes the verb one of naming ("as the bill is called"). */
const MAX_NAMING_DISTANCE = 4;
/** Clause ends after a called race. */
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

/** Whether the cue word at token `k` is in one of the uses above, which report no one. */
export function isFalseReport(ctx: QuoteContext, k: number): boolean {
  const { tokens } = ctx;
  return isShowNoun(tokens, k) || isSupportNoun(tokens, k) || holdsState(tokens, k) || isVoteWithoutStance(tokens, k) ||
    isElectionCall(tokens, k) || isStateIdiom(tokens, k) || isCausedFeeling(tokens, k) || inEditorsNote(ctx, k);
}

/**
 * Whether a reported content's whole shape reports no one (train: false predictions removed / exact and loose
 * matches lost):
 *   - "that" and one word, a demonstrative object or a content cut after its first word ("State missed [that
 *     deadline]", "has denied [that Clinton]"), unless the word names something said ("echoed [that comment]"): 16 / 0, 4;
 *   - a content opened by "as" after a stance cue, a description ("who is viewed [as honest by 55 percent]"): 15 / 0, 8.
 * Other groups of train predictions by cue, cue class, side, length, first word, speaker kind, paragraph, question or
 * headline (alone or in pairs, 15 or more) match exactly at 30% or more or loosely at 40% or more: dropping them costs.
 */
export function isFalseContent(ctx: QuoteContext, candidate: Candidate): boolean {
  if (candidate.kind !== 'indirect' || candidate.parts || candidate.cue === null) return false;
  const { tokens } = ctx;
  const first = tokenAt(tokens, candidate.start);
  const end = tokenAt(tokens, candidate.end);
  const opening = lowerAt(tokens, first);
  if (end - first === 2 && opening === 'that' && tokens[first + 1].kind === 'word') return !SAID_THING_NOUNS.has(lowerAt(tokens, first + 1));
  return opening === 'as' && candidate.cue.end <= first && cueInfo(lowerAt(tokens, candidate.cue.start))?.cueClass === 'stance';
}
