/**
 * Organisations the news names today (well-known-organisations.json), as tagger evidence
 * beside the CoNLL-2003 lists of 1996: they join the gazetteer's organisation list.
 *
 * People the news names by one word ("Trump", "Putin", "Xi"), from
 * well-known-people.json. Two uses:
 *  - tagger evidence: the CoNLL-2003 name lists date from 1996, so a headline
 *    that opens with "Trump" or "Zelensky" would otherwise look like any
 *    capitalised first word; the names join the gazetteer's person list;
 *  - the entity's name: an article that only ever says "Trump" still names the
 *    entity "Donald Trump", so cards and speakers read the same on every page.
 * A word that the list gives to two people is nobody's in particular and names no one.
 */
import { tokenize } from '../segment';
import { gazetteerKey } from './gazetteer';
import data from './well-known-people.json';
import organisations from './well-known-organisations.json';

const people = data.people as Array<[string, string | null]>;

/** The word used alone → the full name, or null when two people share the word. */
const fullNameByWord = new Map<string, string | null>();
for (const [fullName, word] of people) {
  if (word !== null) fullNameByWord.set(word, fullNameByWord.has(word) ? null : fullName);
}

/** A name in the gazetteer's key form: its tokens, lower case, joined by single spaces. */
function gazetteerForm(name: string): string {
  return tokenize(name).map((token) => gazetteerKey(token.text)).join(' ');
}

/** Every full name and every one-word name of the list, as gazetteer person names. */
export function wellKnownPersonNames(): string[] {
  return people.flatMap(([fullName, word]) => (word === null ? [fullName] : [fullName, word]).map(gazetteerForm));
}

/** Every listed organisation, as gazetteer organisation names. */
export function wellKnownOrganisationNames(): string[] {
  return organisations.organisations.map(gazetteerForm);
}

/** The full name of the one listed person whom the news calls `name` alone, or null. */
export function wellKnownFullName(name: string): string | null {
  return fullNameByWord.get(name) ?? null;
}
