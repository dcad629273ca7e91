/**
 * Stage 2e: descriptions of people and organisations, taken from the article:
 *  - titles before a name: "Health Minister Wang Lijun" → "Health Minister";
 *  - appositives: "Wang Lijun, an official with the agency, said" →
 *    "an official with the agency";
 *  - attribution lines, a short paragraph of its own: "Wang Lijun, Official with
 *    the Federal Election Commission, USA" → "Official with the Federal
 *    Election Commission, USA".
 * Each description keeps the sentence it came from, for the reader to check.
 */
import type { Segmented, Token } from '../segment';
import type { Group } from './group';
import { MAX_DESCRIPTION_CHARS, MAX_SOURCE_CHARS } from './limits';
import data from './titles.json';
import { tokenEndingAt, tokenStartingAt } from './token-index';

const TITLES = new Set(data.titles);
const APPOSITIVE_OPENERS = new Set(data.appositiveOpeners);
/** Tokens that end an appositive. */
const APPOSITIVE_ENDS = new Set([',', '.', ';', ':', ')', '(', '"', '\u201c', '\u201d', '!', '?', '\u2014', '\u2013']);
/** An appositive or attribution line longer than this (in tokens) is a clause, not a description. */
const MAX_DESCRIPTION_TOKENS = 16;

const DESCRIBED_TYPES = new Set(['PERSON', 'ORG']);

/** A title or honorific as titles.json lists it: lower case, without its abbreviation's full stop ("Mr." → "mr"). */
export function listedForm(word: string): string {
  return word.toLowerCase().replace(/\.$/, '');
}

/** Whether a word is a role word ("Minister", "spokeswoman"). */
export function isTitleWord(word: string): boolean {
  return TITLES.has(listedForm(word));
}

const HONORIFICS = new Set(data.honorifics);

/** Whether a word is an honorific or a role word that may stand before a name ("Mr.", "Dr", "Senator"). */
export function isNamePrefix(word: string): boolean {
  const listed = listedForm(word);
  return HONORIFICS.has(listed) || TITLES.has(listed);
}

function isTitle(token: Token | undefined): boolean {
  return token !== undefined && token.kind === 'word' && isTitleWord(token.text);
}

function isCapitalizedWord(token: Token | undefined): boolean {
  return token !== undefined && token.kind === 'word' && /^\p{Lu}/u.test(token.text);
}

/** "Health Minister" before a name: a title word, with the capitalised words that qualify it. */
function titleBefore(tokens: Token[], first: number, sentenceStart: number): [number, number] | null {
  let from = first;
  while (from - 1 >= sentenceStart && first - from < MAX_DESCRIPTION_TOKENS && isTitle(tokens[from - 1])) from--;
  if (from === first) return null;
  // Qualifiers of a capitalised title ("Foreign" in "Foreign Minister"), but not an article ("The Minister").
  while (from - 1 >= sentenceStart && isCapitalizedWord(tokens[from - 1]) && isCapitalizedWord(tokens[from]) &&
    !APPOSITIVE_OPENERS.has(tokens[from - 1].text.toLowerCase())) from--;
  return [from, first];
}

/** The appositive after a name: ", an official with the commission," → its token range. */
function appositiveAfter(tokens: Token[], last: number, sentenceEnd: number): [number, number] | null {
  if (tokens[last]?.text !== ',' || last + 1 >= sentenceEnd) return null;
  const opener = tokens[last + 1];
  if (!APPOSITIVE_OPENERS.has(opener.text.toLowerCase()) && !isTitle(opener)) return null;
  if (opener.text.toLowerCase() === 'who' || opener.text.toLowerCase() === 'whose') return null;
  let end = last + 1;
  while (end < sentenceEnd && !APPOSITIVE_ENDS.has(tokens[end].text)) end++;
  if (end - (last + 1) > MAX_DESCRIPTION_TOKENS) return null;
  return [last + 1, end];
}

export interface Description {
  text: string;
  /** The sentence or attribution line it came from: [start, end) in the text. */
  source: [number, number];
}

export function describe(segmented: Segmented, groups: Group[]): Map<Group, Description[]> {
  const { tokens, sentences, paragraphs, text } = segmented;
  const sentenceOf = new Int32Array(tokens.length);
  sentences.forEach((sentence, s) => sentenceOf.fill(s, sentence.tokenStart, sentence.tokenEnd));
  /** First token of each paragraph → one past its last token. */
  const paragraphEnd = new Map(paragraphs.map((p) => [sentences[p.sentenceStart]?.tokenStart ?? -1, sentences[p.sentenceEnd - 1]?.tokenEnd ?? -1]));
  const descriptions = new Map<Group, Description[]>();
  /** Adds tokens [from, to) as a description of `mention` found in `source`; a source too long to show is cut to the two. */
  const add = (group: Group, from: number, to: number, source: [number, number], mention: { start: number; end: number }) => {
    // Few tokens can still be many characters (limits.ts).
    if (tokens[to - 1].end - tokens[from].start > MAX_DESCRIPTION_CHARS) return;
    const description = text.slice(tokens[from].start, tokens[to - 1].end).replace(/\s+/g, ' ');
    const list = descriptions.get(group) ?? [];
    if (list.some((known) => known.text === description)) return;
    const shown: [number, number] = source[1] - source[0] <= MAX_SOURCE_CHARS ? source
      : [Math.min(mention.start, tokens[from].start), Math.max(mention.end, tokens[to - 1].end)];
    list.push({ text: description, source: shown });
    descriptions.set(group, list);
  };
  for (const group of groups) {
    if (!DESCRIBED_TYPES.has(group.type)) continue;
    for (const mention of group.mentions) {
      if (mention.descriptive || mention.capsLine) continue;
      const first = tokenStartingAt(tokens, mention.start);
      // A possessive ending is outside the mention but inside its last token.
      const last = tokenEndingAt(tokens, mention.end);
      if (first < 0 || last < 0) continue;
      const sentence = sentences[sentenceOf[first]];
      const end = paragraphEnd.get(first);
      // An attribution line: the paragraph is the name, a comma and a short role.
      if (end !== undefined && tokens[last + 1]?.text === ',' &&
        end - (last + 2) <= MAX_DESCRIPTION_TOKENS && end > last + 2 && !/[.!?"\u201d]$/.test(tokens[end - 1].text)) {
        add(group, last + 2, end, [tokens[first].start, tokens[end - 1].end], mention);
        continue;
      }
      const title = group.type === 'PERSON' ? titleBefore(tokens, first, sentence.tokenStart) : null;
      const source: [number, number] = [sentence.start, sentence.end];
      if (title) add(group, title[0], title[1], source, mention);
      const appositive = appositiveAfter(tokens, last + 1, sentence.tokenEnd);
      if (appositive && appositive[1] > appositive[0]) add(group, appositive[0], appositive[1], source, mention);
    }
  }
  return descriptions;
}
