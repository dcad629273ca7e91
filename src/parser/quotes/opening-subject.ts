/**
 * Subjects that the mention rules (./names) leave out: a plain noun phrase that is
 * all that stands between the start of its sentence or clause and a cue ("A person
 * familiar with the planning for Thursday's meeting says ...", "More than 4 in 10 said").
 */
import type { Token } from '../segment';
import { isCapitalized } from './context';
import { cueInfo, WORDS } from './lexicon';
import type { Mention } from './names';
import quantities from './quantities.json';

/** Words that join two clauses, or a second verb of the same subject ("said ... and added that ..."). */
export const COORDINATORS = new Set(['and', 'but']);

/** Marks that belong to the figure before them ("[42%] say they are liberal"), before a verb of speech only (quantities.json). */
const FIGURE_MARKS = new Set(quantities.figureMarks);

/** Whether the token is a word's, or a figure's before the speech cue at `k` ("42%"). */
function isPhraseToken(tokens: Token[], t: number, k: number): boolean {
  return tokens[t].kind !== 'punct' || FIGURE_MARKS.has(tokens[t].text) && cueInfo(tokens[k]?.text ?? '')?.cueClass === 'speech';
}

/** Longest noun phrase taken whole as a subject ("A person familiar with the planning for Thursday's meeting"). */
const MAX_OPENING_SUBJECT = 12;

/**
 * A subject too long or too plain for the mention rules, when it is all that comes between the
 * start of its sentence or clause and a cue: it opens with a determiner, a quantity ("more than
 * 4 in 10") or a capital, and holds no punctuation but a possessive, no cue and no word that
 * starts a clause.
 */
export function openingNounPhrase(tokens: Token[], start: number, k: number): Mention | null {
  if (k - start < 2 || k - start > MAX_OPENING_SUBJECT) return null;
  const opener = tokens[start].text.toLowerCase();
  if (!WORDS.determiners.has(opener) && !WORDS.quantifiers.has(opener) && !isCapitalized(tokens[start]) && tokens[start].kind !== 'number') return null;
  for (let t = start; t < k; t++) {
    const token = tokens[t];
    if (!isPhraseToken(tokens, t, k) && token.text !== "'s" && token.text !== '\u2019s') return null;
    const lower = token.text.toLowerCase();
    if (token.kind === 'word' && cueInfo(lower) || WORDS.clauseBreakers.has(lower) || lower === 'that') return null;
    // "But ...", "This ...": a sentence opener or a pronoun, not a noun phrase's first word.
    if (t === start && WORDS.notNames.has(lower) && !WORDS.determiners.has(lower)) return null;
  }
  return { start, end: k };
}

/** The first token of the clause holding the cue at `k`: after the nearest mark or "and" / "but" before it. */
export function clauseOpening(tokens: Token[], k: number, start: number): number {
  let t = k;
  while (t > start && k - t <= MAX_OPENING_SUBJECT && isPhraseToken(tokens, t - 1, k) && !COORDINATORS.has(tokens[t - 1].text.toLowerCase())) t--;
  return t;
}

/** The first token of a noun phrase whose mention starts at `i` once its determiner is counted ("the" Commission). */
export function skipDeterminerBack(tokens: Token[], i: number, min: number): number {
  return i > min && WORDS.determiners.has(tokens[i - 1].text.toLowerCase()) ? i - 1 : i;
}
