/**
 * The words of a speaker mention, as a reader should see them highlighted and named.
 *
 * Why: the attribution rules hand over every word between a quotation and its cue, or
 * between the start of a clause and its cue, and those may carry more than the speaker:
 * an adjunct before it ("“…” in that law, Azzouz said"), a conjunction ("while 9 percent
 * said", "But Mr. Trump responded"), or the auxiliaries and particles of a longer predicate
 * after it ("the inference can be drawn", "criticized Carly Fiorina for criticizing").
 * Unresolved mentions are shown by their words, so those words must be the speaker's alone.
 */
import type { Token } from '../segment';
import { isCapitalized } from './context';
import { isPronoun, WORDS } from './lexicon';
import type { Mention } from './names';
import { COORDINATORS } from './opening-subject';
import mentionWords from './mention-span.json';

/** Words that continue a predicate, never end a noun phrase: cut from a mention's end ("can be", "for"). */
const TRAILING_FUNCTION_WORDS = new Set(mentionWords.trailingFunctionWords);
/** Verbs before an infinitive or its particle ("went on to", "failed to", "did not"): cut once the words after them are. */
const CATENATIVE_VERBS = new Set(mentionWords.catenativeVerbs);

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
 *  3. without closing function words and commas ("[Carly Fiorina] for", "[the inference] can be"),
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
  const full = end;
  while (end - 1 > start && (tokens[end - 1].text === ',' || TRAILING_FUNCTION_WORDS.has(lowerAt(tokens, end - 1)))) end--;
  if (end < full) {
    while (end - 1 > start && (CATENATIVE_VERBS.has(tokens[end - 1].text) || WORDS.betweenSubjectAndCue.has(tokens[end - 1].text))) end--;
  }
  return { start, end };
}
