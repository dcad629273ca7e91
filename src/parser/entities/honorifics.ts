/**
 * Stage 2b, after mentions.ts: an honorific says "person". The tagger types a name it
 * does not know from its shape and context, and an unusual surname can come out as an
 * organisation or a place ("Mr. Reeves" tagged ORG, "Eric Reeves" tagged LOC); the
 * article's own "Mr." is better evidence than either.
 *  - A name with an honorific in it or just before it ("Mr. Reeves", "Ms Ardern") is a person.
 *  - So is a name of one or two words ending with a surname that the article gives an
 *    honorific ("Eric Reeves", "Reeves" once "Mr. Reeves" is seen). A longer name may be an
 *    institution named after someone ("Reeves Memorial Hospital"). On CoNLL-2003 this retypes
 *    two mentions in the dev split, both rightly ("Barzani"), and one of the training
 *    split wrongly (the town of "Turner, Arkansas" beside a Mr. Turner).
 */
import type { Segmented } from '../segment';
import { listedForm } from './describe';
import type { NameMention } from './mentions';
import titles from './titles.json';

const THINGS = new Set(titles.honorificsOfThings);
const PERSON_HONORIFICS = new Set(titles.honorifics.filter((honorific) => !THINGS.has(honorific)));
/** The longest name, in words, that an honoured surname makes a person: a given name and the surname. */
const MAX_HONOURED_NAME_WORDS = 2;
/** An honorific as it opens a name: a capital, then lower case ("Mr", "Ms.", not a caps "MX" of a team's name). */
const TITLE_CASED = /^\p{Lu}\p{Ll}*\.?$/u;
/** What may stand between an honorific and the name: its full stop and one space ("Mr. Reeves", "Mr Reeves"). */
const HONORIFIC_GAP = /^\.? $/;

function isPersonHonorific(word: string): boolean {
  return TITLE_CASED.test(word) && PERSON_HONORIFICS.has(listedForm(word));
}

function wordsOf(segmented: Segmented, mention: NameMention): string[] {
  return segmented.text.slice(mention.start, mention.end).split(/\s+/);
}

/** Whether the mention has an honorific as its first word, or right before it. */
function hasHonorific(segmented: Segmented, mention: NameMention): boolean {
  const { tokens, text } = segmented;
  const words = wordsOf(segmented, mention);
  if (words.length > 1 && isPersonHonorific(words[0])) return true;
  const before = tokens[mention.tokenStart - 1]?.text === '.' ? tokens[mention.tokenStart - 2] : tokens[mention.tokenStart - 1];
  return before !== undefined && isPersonHonorific(before.text) && HONORIFIC_GAP.test(text.slice(before.end, mention.start));
}

/** The mentions, retyped as persons where an honorific says so (in place; returned for chaining). */
export function typeByHonorifics(segmented: Segmented, mentions: NameMention[]): NameMention[] {
  const honouredSurnames = new Set<string>();
  for (const mention of mentions) {
    if (!hasHonorific(segmented, mention)) continue;
    mention.type = 'PER';
    honouredSurnames.add(wordsOf(segmented, mention).at(-1)!);
  }
  if (honouredSurnames.size === 0) return mentions;
  for (const mention of mentions) {
    const words = wordsOf(segmented, mention);
    if (words.length <= MAX_HONOURED_NAME_WORDS && honouredSurnames.has(words.at(-1)!)) mention.type = 'PER';
  }
  return mentions;
}
