/**
 * Cue words that report no one where they stand: the word is an adjective or a noun ("so called",
 * "with added costs", "the plans", "the executive order"), part of a verb of another meaning ("showed up"), a proposal
 * to speak ("let's say"), the verb of a supposed speaker ("anyone who ... thinks") or a word of a set
 * phrase ("to say the least"); after a determiner, a few nouns of speech stay cues (non-speech.json). Each shape
 * was checked on PolNeAR train, where some look-alikes are annotated (noted at each rule); the word lists are in
 * words.json. Other senses of a cue word are in non-speech-senses.ts, and uses that PolNeAR train shows mostly as
 * false quotations in false-reports.ts.
 */
import type { Token } from '../segment';
import { isCapitalized, isWord, type QuoteContext } from './context';
import { SET_PHRASES, isBareForm, isBetweenSubjectAndCue, isPronoun, WORDS } from './lexicon';
import { isFalseReport } from './false-reports';
import { hasNonSpeechSense } from './non-speech-senses';
import data from './non-speech.json';

/** Nouns of speech whose content PolNeAR annotates after a determiner ("the [fear] is that ...", "his [call] for ..."). */
const SPEECH_NOUNS_AFTER_DETERMINER = new Set(data.speechNounsAfterDeterminer);

/**
 * Whether the cue at `k` is a noun: the last word of a compound noun ("the executive [order] that Obama plans to
 * sign", "a talk [show]"), or a bare form between a determiner with a lower-case modifier and a form of "be"
 * ("The bottom [line] is that ..."), where a singular subject cannot take a bare verb; a modifier that names a plural
 * can ("the people [say] is"). PolNeAR counts nouns of speech with their content ("an impassioned [call] for unity"),
 * so other nouns stay cues.
 */
function isNominalCue(tokens: Token[], k: number, start: number): boolean {
  if (k - 1 < start) return false;
  const modifier = tokens[k - 1];
  const lower = modifier.text.toLowerCase();
  if (WORDS.compoundNouns.has(`${lower} ${tokens[k].text.toLowerCase()}`)) return true;
  if (k - 2 < start || !WORDS.nounMarkers.has(tokens[k - 2].text.toLowerCase()) || !WORDS.beForms.has(tokens[k + 1]?.text.toLowerCase() ?? '')) return false;
  if (modifier.kind !== 'word' || isCapitalized(modifier) || isBetweenSubjectAndCue(lower) || isPronoun(lower) || lower === 'to' ||
    WORDS.pluralHeads.has(lower) || lower.endsWith('s')) return false;
  return isBareForm(tokens[k].text);
}

/** Whether the cue at `k` is a past participle after a preposition that takes a noun phrase ("comes with [added] costs"): an adjective. */
function isParticipleAdjective(tokens: Token[], k: number): boolean {
  return WORDS.adjectiveParticipleMarkers.has(tokens[k - 1]?.text.toLowerCase() ?? '') && tokens[k].text.toLowerCase().endsWith('ed');
}

/** Most words between a generic relative clause's opening and its cue ("anyone who votes against the deal and thinks"). */
const MAX_GENERIC_CLAUSE = 8;

/**
 * Whether the cue at `k` is the verb of a relative clause of a generic pronoun, or one joined to that verb by "and" / "or"
 * ("whoever [says] so", "anyone who votes against the deal and [thinks] this is a bum price"): a supposed speaker,
 * no one who said anything (train: 3 fewer false quotations, none lost). The main verb after such a subject keeps its cue ("Anyone who knows him [knows]
 * he will not cave"), and so does a participle of the pronoun ("Anyone [questioning] her lead ..."), which PolNeAR counts.
 */
function hasGenericSubject(tokens: Token[], k: number, start: number): boolean {
  let joined = false;
  for (let t = k - 1; t >= start && k - t <= MAX_GENERIC_CLAUSE && tokens[t].kind === 'word'; t--) {
    const lower = tokens[t].text.toLowerCase();
    const opensClause = lower === 'who' && (WORDS.genericPronouns.has(tokens[t - 1]?.text.toLowerCase() ?? '') || WORDS.genericPronouns.has(tokens[t - 2]?.text.toLowerCase() ?? ''));
    if (opensClause || WORDS.genericPronouns.has(lower) && lower.startsWith('who')) {
      let verb = t + 1;
      while (verb < k && isBetweenSubjectAndCue(tokens[verb].text)) verb++;
      return verb === k || joined;
    }
    joined ||= lower === 'and' || lower === 'or';
  }
  return false;
}

/** Whether the cue at `k` is a word of one of the set phrases ("come to [think] of it", "to [say] the least"): no report. */
function inSetPhrase(tokens: Token[], k: number): boolean {
  const cue = tokens[k].text.toLowerCase();
  return SET_PHRASES.some((words) => words.some((word, i) => word === cue && words.every((w, j) => tokens[k - i + j]?.text.toLowerCase() === w)));
}

/** Whether a hortative opens the clause of the cue at `k` ("let's [say] what the sale is not"): a proposal to speak, no report. */
function isHortative(ctx: QuoteContext, k: number): boolean {
  const from = ctx.tokens[Math.max(0, k - 2)].start;
  const words = ctx.text.slice(from, ctx.tokens[k].start).toLowerCase().split(/\s+/).filter(Boolean).join(' ');
  for (const hortative of WORDS.hortatives) if (words === hortative || words.endsWith(` ${hortative}`)) return true;
  return false;
}

/** A possessive, as one token with its noun ("Trump's") or alone. */
const POSSESSIVE = /['\u2019]s$/;

/** Whether the cue word at token `k` (of a clause starting at `start`) reports no one where it stands. */
export function reportsNoOne(ctx: QuoteContext, k: number, start: number): boolean {
  const { tokens } = ctx;
  const previous = tokens[k - 1]?.text.toLowerCase() ?? '';
  if (isWord(tokens[k - 1], 'so') || WORDS.nounMarkers.has(previous) && !SPEECH_NOUNS_AFTER_DETERMINER.has(tokens[k].text.toLowerCase()) || isNominalCue(tokens, k, start) || isParticipleAdjective(tokens, k)) return true;
  if (hasNonSpeechSense(ctx, k, start) || isFalseReport(ctx, k)) return true;
  // "Trump's support rose": after a possessive, a noun that names no speech.
  if (POSSESSIVE.test(previous) && WORDS.possessedNouns.has(tokens[k].text.toLowerCase())) return true;
  if (WORDS.nonReportingPhrasals.has(`${tokens[k].text} ${tokens[k + 1]?.text ?? ''}`.toLowerCase())) return true;
  return isHortative(ctx, k) && !WORDS.hortativeAttitudes.has(tokens[k].text.toLowerCase()) || hasGenericSubject(tokens, k, start) || inSetPhrase(tokens, k);
}
