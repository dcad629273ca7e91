/**
 * Stage 2b, after mentions.ts: words that say what a name is, whatever the tagger typed.
 * It learned from a corpus of 1996 sports results and business news, where few rivers,
 * harbours and storms appear.
 *  - A name ending with a geographic noun is a place ("Pacific Ocean" tagged ORG,
 *    "Whangārei Harbour" tagged PER; places.json).
 *  - A name opening with a storm word is a named storm ("Hurricane Sandy" tagged PER), which
 *    misc.ts then makes an event (misc.json).
 *  - A name ending with a law word is a law or a treaty ("Data Retention Bill" tagged ORG), a
 *    MISC name as in CoNLL (misc.json).
 *  - An institution's bare name is an organisation ("the Government" tagged LOC; places.json).
 *  - A name of group words only, taken for a person or a place ("radical Muslims, who ..."), is
 *    one of misc.ts's groups; an organisation is left alone, as parties and movements are
 *    organisations in CoNLL ("Labour", "Taliban"). On CoNLL dev: no change.
 *  - A name that the name lists know as a place and as nothing else is a place ("2. Norway" in
 *    a ranking, tagged ORG as the sports tables of its training taught it). CoNLL dev F1 +0.02.
 */
import type { Segmented } from '../segment';
import type { Gazetteer } from './gazetteer';
import { isCapitalized } from './features';
import type { NameMention } from './mentions';
import misc from './misc.json';
import { isGroupName } from './misc';
import places from './places.json';

const GEOGRAPHIC_HEADS = new Set(places.geographicHeads);
const STORM_WORDS = new Set(misc.stormWords);
const LAW_WORDS = new Set(misc.lawWords);
const BARE_INSTITUTIONS = new Set(places.bareInstitutions);

/** The mentions, retyped where a word of their own says their type (in place; returned for chaining). */
export function typeByWords(segmented: Segmented, mentions: NameMention[]): NameMention[] {
  const { tokens } = segmented;
  for (const mention of mentions) {
    if ((mention.type === 'PER' || mention.type === 'LOC') && isGroupName(segmented.text.slice(mention.start, mention.end))) {
      mention.type = 'MISC';
      continue;
    }
    if (mention.tokenEnd - mention.tokenStart < 2) {
      if (BARE_INSTITUTIONS.has(segmented.tokens[mention.tokenStart].text.toLowerCase())) mention.type = 'ORG';
      continue;
    }
    const first = tokens[mention.tokenStart].text;
    const last = tokens[mention.tokenEnd - 1].text;
    if (isCapitalized(last) && GEOGRAPHIC_HEADS.has(last.toLowerCase())) mention.type = 'LOC';
    else if (isCapitalized(first) && STORM_WORDS.has(first.toLowerCase())) mention.type = 'MISC';
    else if (isCapitalized(last) && LAW_WORDS.has(last.toLowerCase())) mention.type = 'MISC';
  }
  return mentions;
}

/** The mentions, retyped as places where the name lists know them only as places (in place; returned for chaining). */
export function typeListedPlaces(segmented: Segmented, gazetteer: Gazetteer, mentions: NameMention[]): NameMention[] {
  for (const mention of mentions) {
    if (mention.type !== 'LOC' && gazetteer.typesOf(segmented.tokens.slice(mention.tokenStart, mention.tokenEnd)) === 'LOC') mention.type = 'LOC';
  }
  return mentions;
}
