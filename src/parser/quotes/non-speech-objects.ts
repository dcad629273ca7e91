/**
 * Objects of a reporting verb that hold no words of what was said, measured on PolNeAR train:
 *   - a medium of speech that a verb of publishing names and nothing more: "released [the following statement]",
 *     "posted [messages on Facebook]" (`isMediumOnly`): the verb reports nothing (train: 9 fewer false quotations,
 *     none lost; other verbs report the medium's words, "echoed [those comments]", and keep it);
 *   - a short object that ends with the time of the act: "endorsed [Cruz] last week", "released [her medical
 *     records] in July" (`timeOfActStart`): PolNeAR leaves the time out, as it does after a speech verb (train:
 *     39 contents cut, 18 more exact spans, 1 lost; a future time, "warned of higher tolls next year", is the object's).
 * The word lists are in non-speech-objects.json.
 */
import type { Token } from '../segment';
import { isCapitalized } from './context';
import { WORDS } from './lexicon';
import type { Scan } from './scan';
import data from './non-speech-objects.json';

const PUBLISHING_VERBS = new Set(data.publishingVerbs);
const MEDIUM_NOUNS = new Set(data.mediumNouns);
const POSTING_PLACES = new Set(data.postingPlaces);
const TIME_OPENERS = new Set(data.timeOpeners);
const DAY_WORDS = new Set(data.dayWords);
const TIME_WORDS = new Set(data.timeWords);
/** Most words between a medium's determiner and its noun ("a [new fundraising] video"). */
const MAX_MEDIUM_MODIFIERS = data.maxMediumModifiers;
/** Longest object that a time of the act may follow ("endorsed [Sen. Marco Rubio] on Tuesday"); a longer one may be a clause that keeps its time. */
const MAX_OBJECT_BEFORE_TIME = data.maxObjectBeforeTime;
/** Words that may stand right before a time of the act only as part of another phrase ("for [months]", "the [next day]"). */
const TIME_PHRASE_HEADS = new Set(data.timePhraseHeads);
/** Marks a medium's possessor may hold ("the candidates' [videos]"). */
const POSSESSIVES = new Set(["'s", '\u2019s', "'", '\u2019']);
/** Prepositions that lead to the place where a medium was posted ("on Facebook", "to her Facebook account"). */
const POSTING_PREPOSITIONS = new Set(data.postingPrepositions);
/** Most words between such a preposition and the place ("to [her] Facebook account"). */
const MAX_PLACE_WORDS = 3;

/** Index of the last token of [from, end) that is no punctuation, plus one. */
function wordsEnd(tokens: Token[], from: number, end: number): number {
  while (end > from && tokens[end - 1].kind === 'punct') end--;
  return end;
}

/** The start of a time expression that ends the tokens [from, end) ("last week", "on Monday evening", "in May 2015"), or -1. */
function timeExpressionStart(scan: Scan, from: number, end: number): number {
  const { tokens } = scan.ctx;
  let start = end;
  let timed = false;
  while (start > from && scan.quoteOf[start - 1] < 0) {
    const lower = tokens[start - 1].text.toLowerCase();
    if (DAY_WORDS.has(lower) || TIME_WORDS.has(lower)) timed = true;
    else if (!TIME_OPENERS.has(lower) && !/^\d{1,4}$/.test(lower)) break;
    start--;
  }
  if (!timed || start >= end) return -1;
  const head = tokens[start].text.toLowerCase();
  // A day stands alone ("Monday"), other times need an opener ("last week", "in July"); "Super Tuesday" is a name.
  const inName = start > from && tokens[start - 1].kind === 'word' && isCapitalized(tokens[start - 1]);
  if (!TIME_OPENERS.has(head) && !(DAY_WORDS.has(head) && !inName)) return -1;
  const before = tokens[start - 1]?.text.toLowerCase() ?? '';
  return TIME_PHRASE_HEADS.has(before) || WORDS.determiners.has(before) ? -1 : start;
}

/**
 * Where a short object [from, end) ends before the time of the act that closes it ("endorsed [Cruz] last week",
 * "released [her medical records] in July"), or `end` when none does.
 */
export function timeOfActStart(scan: Scan, from: number, end: number): number {
  const last = wordsEnd(scan.ctx.tokens, from, end);
  const time = timeExpressionStart(scan, from, last);
  if (time <= from || time - from > MAX_OBJECT_BEFORE_TIME) return end;
  // A clause keeps its time ("said [that he won Iowa last week]"): only a noun phrase loses it.
  const { tokens } = scan.ctx;
  for (let t = from; t < time; t++) {
    const lower = tokens[t].text.toLowerCase();
    if (lower === 'that' || WORDS.contentClauseWords.has(lower) || scan.quoteOf[t] >= 0) return end;
  }
  return time;
}

/**
 * Whether the object [from, end) of the verb at `cue` is only a medium of speech that the verb published: a
 * determiner or possessor, a few modifiers and a medium noun, then at most the time of the act or the place of
 * posting ("the following statement", "a statement Wednesday evening", "messages on Facebook"). What the medium
 * said is elsewhere, or in a participle after it.
 */
export function isMediumOnly(scan: Scan, cue: number, from: number, end: number): boolean {
  const { tokens } = scan.ctx;
  // "echoed that comment", "quoting Comey's statement": other verbs report the words of the medium they name.
  if (!PUBLISHING_VERBS.has(tokens[cue].text.toLowerCase())) return false;
  const last = wordsEnd(tokens, from, end);
  let noun = -1;
  for (let t = from; t < last && t - from <= MAX_MEDIUM_MODIFIERS + 1; t++) {
    if (scan.quoteOf[t] >= 0 || tokens[t].kind === 'punct' && !POSSESSIVES.has(tokens[t].text)) return false;
    if (MEDIUM_NOUNS.has(tokens[t].text.toLowerCase())) {
      noun = t;
      break;
    }
  }
  if (noun < 0) return false;
  const tail = noun + 1;
  if (tail === last || timeExpressionStart(scan, tail, last) === tail) return true;
  if (!POSTING_PREPOSITIONS.has(tokens[tail].text.toLowerCase())) return false;
  for (let t = tail + 1; t < last; t++) {
    if (t - tail > MAX_PLACE_WORDS || scan.quoteOf[t] >= 0) return false;
    if (POSTING_PLACES.has(tokens[t].text.toLowerCase())) {
      const time = timeExpressionStart(scan, t + 1, last);
      return t + 1 === last || time === t + 1;
    }
  }
  return false;
}
