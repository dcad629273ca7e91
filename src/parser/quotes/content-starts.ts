/**
 * Where a reported content starts when words at its head are the writer's, not the source's.
 *
 * A discourse connective set off by a comma at the head of a content whose attribution trails ("In fact, [neither
 * Trump nor Clinton's tax plans would ...], analysts said") links the sentence to the one before it: PolNeAR leaves it
 * out of the quote (train: 11 of the 13 such contents that match a gold quote; exact tp +9 -1). A connective alone
 * before an attribution that interrupts the content ("But, Carson added, ...") is reported.ts's concern; one without
 * its comma may be an adverb of the clause.
 *
 * Words right after a cue may also still be the cue's: a manner adverb before the cue's preposition ("focused squarely
 * on [...]") and the sign that a verb of showing names ("showed no sign of [...]").
 */
import type { Token } from '../segment';
import { isLyAdverb } from './lexicon';
import startData from './content-starts.json';

const CONNECTIVES = new Set(startData.connectives);
/** Most words of a connective ("what's more" may be three tokens). */
const MAX_CONNECTIVE_TOKENS = 4;

/** The first token after an opening connective and its comma in the content [start, end), or `start` when none opens it. */
export function afterOpeningConnective(text: string, tokens: Token[], start: number, end: number): number {
  for (let comma = start + 1; comma < end && comma - start <= MAX_CONNECTIVE_TOKENS; comma++) {
    if (tokens[comma].kind !== 'punct') continue;
    if (tokens[comma].text !== ',' || comma + 1 >= end) return start;
    const words = text.slice(tokens[start].start, tokens[comma - 1].end).toLowerCase().replace(/\u2019/g, "'").replace(/\s+/g, ' ');
    return CONNECTIVES.has(words) ? comma + 1 : start;
  }
  return start;
}

/**
 * Whether the word at `t`, right after a cue, is a manner adverb in -ly before the cue's preposition ("focused [squarely]
 * on", "complained [bitterly] about", "pressed [privately] for"): the preposition is still the cue's, and the content
 * starts after it, as right after the verb (train: exact tp +3 -0; of the 28 gold contents after a cue, an -ly word
 * and a preposition, 23 start after the preposition).
 */
export function isMannerAdverbBeforeParticle(tokens: Token[], t: number, isParticle: (t: number) => boolean): boolean {
  return isLyAdverb(tokens[t]?.text ?? '') && isParticle(t + 1);
}

const SIGN_VERBS = new Set(startData.signVerbs);
const SIGN_NOUNS = new Set(startData.signNouns);
/** Most words before the sign noun ("no immediate [signs] of"). */
const MAX_SIGN_MODIFIERS = 2;

/**
 * Where the content of the cue at `cue` starts when it shows a sign of something ("showed no sign of [backing down]",
 * "showed no immediate signs of [relenting]"): after "of", as PolNeAR annotates 4 of the 5 such gold contents on train
 * (exact tp +3 -0; one content of a single word after "of" is then too short to keep, one loose match lost); `start`
 * otherwise.
 */
export function afterSignOf(tokens: Token[], cue: number, start: number): number {
  if (start < 0 || !SIGN_VERBS.has(tokens[cue]?.text.toLowerCase() ?? '')) return start;
  for (let t = start; t <= start + MAX_SIGN_MODIFIERS; t++) {
    if (tokens[t]?.kind !== 'word') return start;
    if (SIGN_NOUNS.has(tokens[t].text.toLowerCase())) return tokens[t + 1]?.text.toLowerCase() === 'of' && t + 2 < tokens.length ? t + 2 : start;
  }
  return start;
}
