/**
 * Relative clauses around reported speech, as PolNeAR annotates them (each rule's train counts at its doc):
 *   "Sanders is counting on Iowa, [which], his advisers believe, [would lead to ...]"   the content opens at the relative word
 *   "a wall, [which] he said [Mexico should pay for]"                                  the relative word and the rest, in two parts
 *   "the deal, [which] Mr. Putin vehemently opposed."                                 the relative word alone is the cue's object
 *   "the union, which endorsed [Mr. Sanders]"                                          the relative word is the cue's speaker
 *   "an official who asked not to be named said ..."                                   the clause belongs to a later cue's subject
 * reported.ts calls these while it reads a sentence's cues.
 */
import type { Token } from '../segment';
import type { Candidate } from './candidate';
import { isCapitalized, isWord } from './context';
import { cueInfo, isBetweenSubjectAndCue, isPronoun, WORDS, type CueInfo } from './lexicon';
import { subjectBefore, subjectSlotBefore, type Mention } from './names';
import { ADJUNCT_PREPOSITIONS, isParticiple, skipTimeExpression, withoutContraction } from './leading-content';
import { COORDINATORS, skipDeterminerBack } from './opening-subject';
import type { Scan } from './scan';

/** Most words between an object's relative word and the name of its cue's subject ("what [my friend] Andy McCarthy wrote"). */
const MAX_RELATIVE_PREFIX = 5;

/** Relative words that may stand right before an attribution that interrupts their clause ("which, his advisers believe, ..."). */
const INTERRUPTED_RELATIVES = new Set(['which', 'who', 'whom', 'where', 'that']);

/** Marks that set off the phrase holding such a relative word ("- attacks that, ...", "(the existence of which, ..."). */
const PHRASE_MARKS = new Set([',', '(', ';', '-', '--', '\u2013', '\u2014']);

/** Most words of that phrase ("all of whom", "the existence of which"). */
const MAX_RELATIVE_PHRASE = 5;

/**
 * Where the first piece of a content interrupted by its attribution starts when it ends with a relative word ("Sanders
 * is counting on Iowa, [which], his advisers believe, would lead to ..."): the relative clause is the content and the
 * main clause before it the writer's, as PolNeAR annotates it. The content opens at the relative word ("a tunnel
 * [where], it is said, ..."), or at the phrase that holds it after a mark ("- [all of whom], she explained, ...",
 * "- [attacks that], Sweet noted, ..."); `start` otherwise. Train: 5 more exact spans, none lost.
 */
export function relativeContentStart(scan: Scan, start: number, firstEnd: number): number {
  const { tokens } = scan.ctx;
  const relative = tokens[firstEnd - 1]?.text.toLowerCase() ?? '';
  if (firstEnd - 1 <= start || !INTERRUPTED_RELATIVES.has(relative)) return start;
  if (relative !== 'that' && !isWord(tokens[firstEnd - 2], 'of')) return firstEnd - 1;
  for (let t = firstEnd - 2; t > start && firstEnd - t <= MAX_RELATIVE_PHRASE; t--) {
    if (scan.quoteOf[t] >= 0) return start;
    if (PHRASE_MARKS.has(tokens[t].text)) return t + 1;
  }
  return start;
}

/** Words that open a relative clause whose verb reports its own antecedent ("which he said ..."). */
export const RELATIVE_WORDS = new Set(['which', 'that', 'what', 'whom']);

/**
 * A subject taken with the relative word that opens its clause ("in [what officials] called a hate crime") without that word;
 * a capitalised "What" opens a question more often, and is left alone.
 */
export function withoutRelativeWord(tokens: Token[], subject: Mention | null): Mention | null {
  return subject && subject.end - subject.start > 1 && RELATIVE_WORDS.has(tokens[subject.start].text) ? { start: subject.start + 1, end: subject.end } : subject;
}

/**
 * Relative words that stand for a noun phrase and are never a conjunction: a determiner between one and a subject is the
 * subject's ("which [some] Republicans want"), and one before a cue's subject may be the cue's object ("which he denied",
 * "what she wrote").
 */
const NOUN_RELATIVES = new Set(['which', 'what', 'whom']);

/**
 * The relative word before the subject that starts at `subjectStart`, past its determiner after "which" / "what" / "whom"; -1 if none.
 * "who" counts before a naming cue at `k` ("[who] he dubbed "the little senator""), whose object it is; before another cue it is
 * as often the subject of the report ("who he said were living in Russia"), which PolNeAR leaves out (train: exact tp +2 -0).
 */
export function relativeWordBefore(tokens: Token[], subjectStart: number, start: number, k = -1): number {
  const determined = skipDeterminerBack(tokens, subjectStart, start);
  if (determined < subjectStart && determined > start && NOUN_RELATIVES.has(tokens[determined - 1]?.text.toLowerCase() ?? '')) return determined - 1;
  const word = subjectStart > start ? tokens[subjectStart - 1].text.toLowerCase() : '';
  const namedObject = word === 'who' && k >= 0 && WORDS.namingVerbs.has(tokens[k].text.toLowerCase());
  return RELATIVE_WORDS.has(word) || namedObject ? subjectStart - 1 : -1;
}

/**
 * Where the content [from, end) of a cue in a relative clause set off by a comma ends when the main clause resumes after
 * the clause's closing comma with its verb ("The tax, which he said would raise billions, [is] costly"): a lower-case
 * auxiliary after a comma, as no clause of the report opens; `end` otherwise (train: exact tp +2 -0).
 */
export function setOffRelativeEnd(scan: Scan, relativeWord: number, from: number, end: number): number {
  const { tokens } = scan.ctx;
  if (tokens[relativeWord - 1]?.text !== ',') return end;
  for (let t = from; t < end; t++) {
    const next = tokens[t + 1]?.text ?? '';
    if (scan.quoteOf[t] < 0 && tokens[t].text === ',' && WORDS.contentClauseWords.has(next) && !isPronoun(next)) return t;
  }
  return end;
}

/** Marks that end a relative clause right after its verb ("which he denied, ...", "(which Clinton also supports)"). */
const CLAUSE_CLOSERS = new Set([',', '.', ';', ':', ')', '?', '!', '-', '--', '\u2013', '\u2014']);

/**
 * "the trade deal, which Mr. Putin vehemently opposed.", "what my friend Andy McCarthy wrote recently": a cue whose
 * clause opens with a relative word before its subject, and that ends right after it (at a mark, or before an adjunct or
 * a time), has that relative word as its object, and PolNeAR takes the word alone as the content. "who" is left out: as
 * often the subject of a verb taken for a noun ("who many feel need a strong [showing]"). Train: exact tp +7, 5 false.
 */
export function relativeObjectGap(scan: Scan, k: number, speaker: Mention, start: number, last: number, info: CueInfo, cue: Mention, paragraph: number): Candidate | null {
  const { tokens } = scan.ctx;
  if (speaker.end > k) return null;
  // The relative word opens the subject's noun phrase ("what [my friend] Andy McCarthy wrote").
  let relative = speaker.start - 1;
  while (relative > start && speaker.start - relative <= MAX_RELATIVE_PREFIX && tokens[relative].kind === 'word' && !NOUN_RELATIVES.has(tokens[relative].text.toLowerCase())) relative--;
  if (relative < start || !NOUN_RELATIVES.has(tokens[relative].text.toLowerCase()) || scan.quoteOf[relative] >= 0) return null;
  // "to which Lazar admitted": the relative word is a preposition's object, not the cue's ("look at what we proposed" is
  // the cue's: "what" holds its own antecedent).
  const word = tokens[relative].text.toLowerCase();
  if (word !== 'what' && relative > start && WORDS.nounPhraseJoiners.has(tokens[relative - 1].text.toLowerCase())) return null;
  // "which poll you believe": a relative word before a common noun is that noun's determiner.
  const after = tokens[relative + 1];
  if (relative + 1 < speaker.start && !isCapitalized(after) && !WORDS.determiners.has(after.text.toLowerCase()) && !WORDS.quantifiers.has(after.text.toLowerCase())) return null;
  // The cue is the subject's verb, after auxiliaries and adverbs only ("which I share", not "his strong second-place showing").
  for (let t = speaker.end; t < k; t++) if (!isBetweenSubjectAndCue(tokens[t].text)) return null;
  // A capitalised cue stands in a headline ("What His Nemesis Just Said"), whose words the rule cannot read.
  if (isCapitalized(tokens[k]) || !endsAfterCue(scan, k, last, info)) return null;
  return { start: tokens[relative].start, end: tokens[relative].end, kind: 'indirect', cue, speaker, paragraph };
}

/** Whether the clause of the cue at `k` ends right after it: at a mark, the sentence end, an adjunct or a time. */
function endsAfterCue(scan: Scan, k: number, last: number, info: CueInfo): boolean {
  const { tokens } = scan.ctx;
  const next = tokens[k + 1];
  const lower = next?.text.toLowerCase() ?? '';
  return k + 1 >= last || scan.quoteOf[k + 1] < 0 && CLAUSE_CLOSERS.has(next.text) ||
    ADJUNCT_PREPOSITIONS.has(lower) && !info.particles.has(lower) || skipTimeExpression(tokens, k + 1, last) > k + 1;
}

/**
 * "the Communications Workers of America, which [endorsed] Mr. Sanders", "a new poll that [shows] ...": a relative word
 * after a noun, right before the cue and its adverbs, is the cue's subject; PolNeAR takes it as the speaker mention
 * (train, with the end of a clause set off by commas: exact tp +29, 15 false contents).
 */
export function relativeSubject(tokens: Token[], k: number, start: number): Mention | null {
  // "who [on Tuesday] endorsed", "who'd previously endorsed" (train: exact tp +4 -0).
  const t = subjectSlotBefore(tokens, k, start);
  if (t <= start || !WORDS.relativePronouns.has(withoutContraction(tokens[t].text.toLowerCase()))) return null;
  // The word before is a noun's, not a coordinator's or a verb's ("And that would have meant", "having that portrayed").
  const before = tokens[t - 1].text === ',' ? tokens[t - 2] : tokens[t - 1];
  return before?.kind === 'word' && !cueInfo(before.text) && !COORDINATORS.has(before.text.toLowerCase()) && !isParticiple(before) ? { start: t, end: t + 1 } : null;
}

/**
 * The end of the relative clause holding the cue at `k`, and the subject it describes, when the
 * clause belongs to a later cue's subject, which governs the sentence: "an official who asked not
 * to be named said ..." (the later cue comes before any comma; the clause ends at that cue) or
 * "Cruz, who says ..., said ..." (the later cue follows the comma that closes the clause opened
 * by "who"). Null otherwise. Bounded by the clause, not by a count of tokens.
 */
export function relativeClause(scan: Scan, k: number, start: number, last: number): { end: number; subject: Mention } | null {
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

/** Whether the verb at `k` is the first of a clause opened by "who" ("who also asked"). */
function opensWithWho(tokens: Token[], k: number, start: number): boolean {
  const t = subjectSlotBefore(tokens, k, start);
  return t >= start && withoutContraction(tokens[t].text.toLowerCase()) === 'who';
}
