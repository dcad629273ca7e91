/**
 * Stage 2b, after mentions.ts: a name ending with a geographic noun is a place ("Pacific
 * Ocean" tagged ORG, "Whangārei Harbour" tagged PER). The tagger learned such names from a
 * corpus of 1996 sports results and business news, where few rivers and harbours appear;
 * the head noun says it plainly. The heads are listed in places.json.
 */
import type { Segmented } from '../segment';
import type { NameMention } from './mentions';
import places from './places.json';

const GEOGRAPHIC_HEADS = new Set(places.geographicHeads);

/** The mentions, retyped as places where their last word is a geographic head (in place; returned for chaining). */
export function typeByPlaceHeads(segmented: Segmented, mentions: NameMention[]): NameMention[] {
  const { tokens } = segmented;
  for (const mention of mentions) {
    if (mention.tokenEnd - mention.tokenStart < 2) continue;
    const head = tokens[mention.tokenEnd - 1].text;
    if (/^\p{Lu}/u.test(head) && GEOGRAPHIC_HEADS.has(head.toLowerCase())) mention.type = 'LOC';
  }
  return mentions;
}
