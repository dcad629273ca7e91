/**
 * The words of a speaker mention, as a reader should see them highlighted and named.
 *
 * Why: the attribution rules hand over every word between a quotation and its cue, or
 * between the start of a clause and its cue, and those may carry more than the speaker:
 * an adjunct before it ("“…” in that law, Azzouz said"), a conjunction ("while 9 percent
 * said", "But Mr. Trump responded"), or the auxiliaries and particles of a longer predicate
 * after it ("the inference can be drawn", "criticized Carly Fiorina for criticizing"), or the
 * verb of a clause whose object is the cue ("[the bloodshed] raised fears that ...", "[Whole Foods
 * stores] have been festooned with ...").
 * Unresolved mentions are shown by their words, so those words must be the speaker's alone.
 */
import type { Token } from '../segment';
import { isCapitalized } from './context';
import { isPronoun, WORDS } from './lexicon';
import { mentionEndingAt, namesNoOne, type Mention } from './names';
import { COORDINATORS } from './opening-subject';
import mentionWords from './mention-span.json';

/** Words that continue a predicate, never end a noun phrase: cut from a mention's end ("can be", "for"). */
const TRAILING_FUNCTION_WORDS = new Set(mentionWords.trailingFunctionWords);
/** Verbs before an infinitive or its particle ("went on to", "failed to", "did not"): cut once the words after them are. */
const CATENATIVE_VERBS = new Set(mentionWords.catenativeVerbs);
/** Verbs that open a predicate after its subject ("[Hillary Clinton] is continuing"): a mention stops before them. */
const AUXILIARIES = new Set(mentionWords.auxiliaries);

/** Whether the word at `t` is an adverb in -ly ("openly"), which ends no noun phrase. */
function isAdverb(tokens: Token[], t: number): boolean {
  const lower = lowerAt(tokens, t);
  return tokens[t].kind === 'word' && !isCapitalized(tokens[t]) && lower.length > 5 && lower.endsWith('ly') && !WORDS.nounsInLy.has(lower);
}

/**
 * Whether the word at `t` belongs to a time adjunct ("[Trump] on Tuesday", "last week", "earlier"), which ends no
 * speaker's phrase, unless a participle before the adjunct takes it ("a report the authority published on Monday").
 */
function isTimeWord(tokens: Token[], t: number): boolean {
  const lower = lowerAt(tokens, t);
  if (!WORDS.timeNouns.has(lower) && !WORDS.timeModifiers.has(lower)) return false;
  let before = t - 1;
  while (before >= 0 && (WORDS.timeNouns.has(lowerAt(tokens, before)) || WORDS.timeModifiers.has(lowerAt(tokens, before)))) before--;
  return before < 0 || !lowerAt(tokens, before).endsWith('ed');
}

/** Whether the word at `t` reads as a noun's: a determiner, a quantifier or a plural noun, which a participle may follow ("those [surveyed]", "students [polled]"). */
function modifiedByParticiple(tokens: Token[], t: number): boolean {
  const lower = lowerAt(tokens, t);
  return WORDS.determiners.has(lower) || WORDS.quantifiers.has(lower) || lower.endsWith('s');
}

/**
 * The first word from `start + 1` that is the verb of a clause: an auxiliary, a past tense with an object
 * right after it ("pilloried [the] administration"), or a closing past tense after a singular word
 * ("the bloodshed raised"); `end` when there is none.
 */
function clauseVerbAt(tokens: Token[], start: number, end: number): number {
  for (let t = start + 1; t < end; t++) {
    const lower = lowerAt(tokens, t);
    if (AUXILIARIES.has(lower)) return t;
    if (tokens[t].kind !== 'word' || isCapitalized(tokens[t]) || !lower.endsWith('ed') || WORDS.postModifiers.has(lower)) continue;
    if (t + 1 < end && WORDS.nounMarkers.has(lowerAt(tokens, t + 1))) return t;
    if (t === end - 1 && tokens[t - 1].kind === 'word' && !modifiedByParticiple(tokens, t - 1)) return t;
  }
  return end;
}

/**
 * The subject of the cue in words that hold a clause: the words before the clause's verb ("[the bloodshed]
 * raised fears", "[Hillary Clinton] is continuing to insist"). When a noun phrase after
 * the verb ends right before the cue, either may be its subject ("Clinton is positioned to block any
 * proposals she wants", "Clinton delivered the speech outlining"; on PolNeAR train each reading wins about
 * as often), and the words are kept whole.
 */
function subjectOfClause(tokens: Token[], start: number, end: number): Mention {
  const verb = clauseVerbAt(tokens, start, end);
  // "there is evidence", "Inside was a gift": a word that names no one before the verb leaves no subject to cut to.
  const noSubject = verb === start + 1 && WORDS.notNames.has(lowerAt(tokens, start)) && !isPronoun(tokens[start].text);
  const later = mentionEndingAt(tokens, end - 1, verb + 1);
  let laterSubject = later !== null && !namesNoOne(tokens, later);
  for (let t = verb + 1; t < end && !laterSubject; t++) laterSubject = isPronoun(tokens[t].text) && WORDS.contentClauseWords.has(lowerAt(tokens, t));
  return verb === end || noSubject || laterSubject ? { start, end } : { start, end: verb };
}

function lowerAt(tokens: Token[], t: number): string {
  return tokens[t].text.toLowerCase();
}

/** Whether the words from `t` to `end` open as a speaker does: a capitalised word or a pronoun. */
function opensSpeaker(tokens: Token[], t: number, end: number): boolean {
  return t < end && (isCapitalized(tokens[t]) || isPronoun(tokens[t].text));
}

/**
 * The mention without what precedes or follows its speaker:
 *  1. after its last comma, when a name or pronoun opens what follows ("in that law, [Azzouz]");
 *  2. without opening conjunctions and subordinators ("while [9 percent]");
 *  3. the subject of the cue when the words hold a clause (subjectOfClause);
 *  4. without closing function words, adverbs, times and commas ("[Carly Fiorina] for", "[the inference] can be",
 *     "[Trump] on Tuesday"),
 *     and then without the verbs and adverbs that led to them ("[Trump] then went on to", "[his campaign] did not").
 * A mention is never cut to nothing: where a rule would leave no word, it keeps the words it had.
 */
export function tidyMention(tokens: Token[], mention: Mention): Mention {
  let { start, end } = mention;
  for (let t = end - 2; t > start; t--) {
    if (tokens[t].text !== ',') continue;
    if (opensSpeaker(tokens, t + 1, end)) start = t + 1;
    break;
  }
  while (start + 1 < end && (WORDS.subordinators.has(lowerAt(tokens, start)) || COORDINATORS.has(lowerAt(tokens, start)))) start++;
  end = withoutPredicateTail(tokens, start, end);
  const subject = subjectOfClause(tokens, start, end);
  return subject.end < end ? { start, end: withoutPredicateTail(tokens, start, subject.end) } : subject;
}

/** The words from `start` to `end` without closing function words, adverbs and commas, and then without the verbs that led to them. */
function withoutPredicateTail(tokens: Token[], start: number, end: number): number {
  const full = end;
  while (end - 1 > start && (tokens[end - 1].text === ',' || TRAILING_FUNCTION_WORDS.has(lowerAt(tokens, end - 1)) || AUXILIARIES.has(lowerAt(tokens, end - 1)) ||
    isAdverb(tokens, end - 1) || isTimeWord(tokens, end - 1))) end--;
  if (end < full) {
    while (end - 1 > start && (CATENATIVE_VERBS.has(tokens[end - 1].text) || WORDS.betweenSubjectAndCue.has(tokens[end - 1].text))) end--;
  }
  return end;
}
