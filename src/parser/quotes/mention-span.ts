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
import { isCapitalized, lowerAt } from './context';
import { cueInfo, isPronoun, WORDS } from './lexicon';
import { mentionEndingAt, namesNoOne, type Mention } from './names';
import { COORDINATORS } from './opening-subject';
import { withoutContraction } from './leading-content';
import mentionWords from './mention-span.json';

/** Words that continue a predicate, never end a noun phrase: cut from a mention's end ("can be", "for"). */
const TRAILING_FUNCTION_WORDS = new Set(mentionWords.trailingFunctionWords);
/** Verbs before an infinitive or its particle ("went on to", "failed to", "did not"): cut once the words after them are. */
const CATENATIVE_VERBS = new Set(mentionWords.catenativeVerbs);
/** Verbs that open a predicate after its subject ("[Hillary Clinton] is continuing"): a mention stops before them. */
const AUXILIARIES = new Set(mentionWords.auxiliaries);
/** Words before a sentence's subject that are no part of it ("[Maybe] he", "[Even] Rendell"): cut from a mention's start. */
const LEADING_ADVERBS = new Set(mentionWords.leadingAdverbs);
/** Words after a subject that qualify it ("Carter [however]", "Congress [only]"; PolNeAR keeps "Cruz himself" whole): cut from a mention's end. */
const TRAILING_ADVERBS = new Set(mentionWords.trailingAdverbs);
/** Conjunctions that open, inside a mention, the clause whose subject is the cue's ("… came under criticism [when] it revealed"). */
const EMBEDDING_SUBORDINATORS = new Set(mentionWords.embeddingSubordinators);
/**
 * Fewest words before an embedding subordinator for the clause it closes to be a whole one, a subject, a verb
 * and what the verb governs ("Comey coined this term when [he]"): after a bare subject and verb ("All cheer when he
 * endorses") the mention's first words are as often the speaker.
 */
const MIN_EMBEDDING_CLAUSE = 3;
/** Prepositions, whose objects are never a clause's subject. */
const PREPOSITIONS = new Set(mentionWords.prepositions);

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
  // A preposition's object is no subject ("[Trump] was heard on a microphone telling").
  const governed = later !== null && later.start > 0 && PREPOSITIONS.has(lowerAt(tokens, later.start - 1));
  let laterSubject = later !== null && !governed && !namesNoOne(tokens, later);
  for (let t = verb + 1; t < end && !laterSubject; t++) laterSubject = isPronoun(tokens[t].text) && WORDS.contentClauseWords.has(lowerAt(tokens, t));
  return verb === end || noSubject || laterSubject ? { start, end } : { start, end: verb };
}

/** Whether the words from `t` to `end` open as a speaker does: a capitalised word or a pronoun. */
function opensSpeaker(tokens: Token[], t: number, end: number): boolean {
  return t < end && (isCapitalized(tokens[t]) || isPronoun(tokens[t].text));
}

/**
 * The mention without what precedes or follows its speaker:
 *  1. after its last comma, when a name or pronoun opens what follows ("in that law, [Azzouz]"), or after its last
 *     subordinator, whose clause the cue belongs to ("Clinton came under heavy criticism when [it]");
 *  2. without opening conjunctions, subordinators and adverbs ("while [9 percent]", "Maybe [he]");
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
  for (let t = end - 2; t >= start + MIN_EMBEDDING_CLAUSE; t--) {
    if (!EMBEDDING_SUBORDINATORS.has(lowerAt(tokens, t))) continue;
    if (opensSpeaker(tokens, t + 1, end)) start = t + 1;
    break;
  }
  while (start + 1 < end && (WORDS.subordinators.has(lowerAt(tokens, start)) || COORDINATORS.has(lowerAt(tokens, start)) ||
    LEADING_ADVERBS.has(lowerAt(tokens, start)))) start++;
  // A question's inverted auxiliary ("Would [they]", "Had [the authorities]").
  if (start + 1 < end && AUXILIARIES.has(lowerAt(tokens, start)) && (opensSpeaker(tokens, start + 1, end) || WORDS.determiners.has(lowerAt(tokens, start + 1)))) start++;
  end = withoutPredicateTail(tokens, start, end);
  const subject = subjectOfClause(tokens, start, end);
  return subject.end < end ? { start, end: withoutPredicateTail(tokens, start, subject.end) } : subject;
}

/** The words from `start` to `end` without closing function words, adverbs and commas, and then without the verbs that led to them. */
function withoutPredicateTail(tokens: Token[], start: number, end: number): number {
  const full = end;
  while (end - 1 > start && (tokens[end - 1].text === ',' || TRAILING_FUNCTION_WORDS.has(lowerAt(tokens, end - 1)) || AUXILIARIES.has(lowerAt(tokens, end - 1)) ||
    TRAILING_ADVERBS.has(lowerAt(tokens, end - 1)) ||
    isAdverb(tokens, end - 1) || isTimeWord(tokens, end - 1))) end--;
  if (end < full) {
    while (end - 1 > start && (CATENATIVE_VERBS.has(tokens[end - 1].text) || WORDS.betweenSubjectAndCue.has(tokens[end - 1].text))) end--;
  }
  return end;
}

/** The pronoun of a word that fuses it with a verb ("He’s" → "He", "I'd" → "I"); null for any other word. */
export function contractedPronoun(word: string): string | null {
  const bare = withoutContraction(word);
  return bare !== word && isPronoun(bare) ? bare : null;
}

/** Longest appositive taken into a mention ("Chris Cox[, who runs the NRA’s lobbying arm,] says"). */
const MAX_APPOSITIVE = 40;
/** Marks that end a sentence or open a quotation, which no appositive holds. */
const APPOSITIVE_BREAKS = new Set(mentionWords.appositiveBreaks);
/** Words that open an aside between a mention and its cue, not an appositive ("Bush[, however,] said"). */
const APPOSITIVE_ASIDES = new Set(mentionWords.appositiveAsides);

/**
 * The end of a mention with the appositive set off by commas between it and its cue ("Huma Abedin[, vice chairwoman
 * for Clinton’s presidential campaign,] telling"), which PolNeAR takes into the speaker's span, closing comma and all;
 * the mention's own end when no such appositive follows it.
 */
export function endWithAppositive(tokens: Token[], mention: Mention, cue: Mention | null): number {
  const { end } = mention;
  if (!cue || cue.start - end < 3 || cue.start - end > MAX_APPOSITIVE || tokens[end].text !== ',' || tokens[cue.start - 1].text !== ',') return end;
  if (!opensAppositive(tokens, end + 1)) return end;
  for (let t = end + 1; t < cue.start - 1; t++) if (APPOSITIVE_BREAKS.has(tokens[t].text)) return end;
  return cue.start;
}

/**
 * Whether the word at `t` opens an appositive, a noun phrase ("a 55-year-old salesman", "vice chairwoman for …"), not
 * an aside that PolNeAR leaves out: an adverb ("meanwhile", "clearly frustrated"), an adjunct ("in Kentucky",
 * "speaking in Ohio"), an age ("Sarandon, 69,") or a relative clause ("who lives in Miami": on train, as often left out as taken).
 */
function opensAppositive(tokens: Token[], t: number): boolean {
  const token = tokens[t];
  const lower = lowerAt(tokens, t);
  if (token.kind !== 'word' || APPOSITIVE_ASIDES.has(lower) || WORDS.adjunctOpeners.has(lower) || WORDS.nounPhraseJoiners.has(lower) ||
    WORDS.subordinators.has(lower) || WORDS.betweenSubjectAndCue.has(lower) || isAdverb(tokens, t)) return false;
  return isCapitalized(token) || !lower.endsWith('ing');
}

/** Nouns of a role that PolNeAR takes into the mention of the name after it ("GOP [frontrunner] Donald Trump"). */
const ROLE_NOUNS = new Set(mentionWords.roleNouns);
/** Most words of a role's modifiers before its noun ("[Democratic presidential] nominee"). */
const MAX_ROLE_MODIFIERS = 4;

/** Whether the word at `t` may modify a role noun: a name's word, a possessive, or a lower-case word that is neither a verb's nor a clause's. */
function modifiesRole(tokens: Token[], t: number): boolean {
  const token = tokens[t];
  const lower = lowerAt(tokens, t);
  if (token.kind === 'punct') return lower === '\u2019' || lower === "'";
  if (token.kind !== 'word' || WORDS.notNames.has(lower) || WORDS.nounPhraseJoiners.has(lower) || WORDS.betweenSubjectAndCue.has(lower) ||
    WORDS.adjunctOpeners.has(lower) || isPronoun(lower) || cueInfo(lower)) return false;
  return isCapitalized(token) || !lower.endsWith('ed');
}

/**
 * The start of a name's mention with what PolNeAR takes into it before the name: a title ("[Mrs.] Clinton's
 * campaign"), a role with its modifiers and article ("[Republican presidential hopeful] Donald Trump",
 * "[the] Washington Post"), and a speaker coordinated with it ("[Jeb Bush and] Chris Christie"); `start` itself
 * when the mention opens with no name.
 */
export function startWithModifiers(tokens: Token[], start: number): number {
  if (!isCapitalized(tokens[start])) return start;
  let t = start;
  // An abbreviated title only ("Mrs."): a full word before a period ends the sentence before ("… the president. She").
  if (t >= 2 && tokens[t - 1].text === '.' && WORDS.titles.has(`${lowerAt(tokens, t - 2)}.`)) t -= 2;
  else if (t >= 1 && WORDS.titles.has(lowerAt(tokens, t - 1)) && tokens[t - 1].kind === 'word') t--;
  if (t >= 1 && ROLE_NOUNS.has(lowerAt(tokens, t - 1))) {
    t--;
    for (let n = 0; n < MAX_ROLE_MODIFIERS && t >= 1 && modifiesRole(tokens, t - 1); n++) t--;
  }
  if (t >= 1 && WORDS.determiners.has(lowerAt(tokens, t - 1)) && !WORDS.quantifiers.has(lowerAt(tokens, t - 1))) return t - 1;
  // A name or pronoun only: a description before "and" is as often an object ("released a photo and Clinton said").
  if (t >= 2 && lowerAt(tokens, t - 1) === 'and' && (isCapitalized(tokens[t - 2]) || isPronoun(tokens[t - 2].text))) {
    const other = mentionEndingAt(tokens, t - 2, Math.max(0, t - 2 - MAX_ROLE_MODIFIERS));
    if (other) return other.start;
  }
  return t;
}

/**
 * Whether a tidied mention names no speaker but holds only the start of a predicate or a function word: a lower-case
 * auxiliary opening it ("was trying", "has given"), or a single preposition or particle ("to", "in"), which the
 * attribution rules hand over when the speaker stands elsewhere.
 */
export function isPredicateOnly(tokens: Token[], mention: Mention): boolean {
  const first = tokens[mention.start];
  if (AUXILIARIES.has(first.text)) return true;
  return mention.end - mention.start === 1 && (PREPOSITIONS.has(first.text) || TRAILING_FUNCTION_WORDS.has(first.text));
}
