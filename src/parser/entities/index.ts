/**
 * Stage 2: entities — one per referent, with its mentions, aliases and
 * descriptions. The stage runs in steps, each in its own module:
 *   a. tagger.ts   — names, by a structured averaged perceptron (BILOU labels,
 *                    Viterbi) trained on CoNLL-2003 (model.json,
 *                    gazetteer.json, well-known.ts; see README.md);
 *   b. mentions.ts — tagger spans → mentions: possessives, headline words,
 *                    "North and South Korea", one type per spelling, names
 *                    found again where the tagger missed them;
 *      type-words.ts — "Pacific Ocean" is a place, "Hurricane Sandy" an event,
 *                    a name listed only as a place is one;
 *      honorifics.ts — "Mr. Reeves", and "Eric Reeves" with him, are persons;
 *   c. misc.ts     — CoNLL's MISC → GROUP, EVENT, WORK or OTHER;
 *      numeric.ts  — DATE, TIME, MONEY, PERCENT, QUANTITY by rules;
 *   d. group.ts    — mentions → referents (spelling, acronyms, name parts,
 *                    "the commission");
 *   e. describe.ts — titles, appositives and attribution lines;
 *   f. well-known.ts — "Trump" alone names the entity "Donald Trump".
 */
import type { Entity, EntityType } from '../../shared/analysis';
import type { Segmented } from '../segment';
import { describe, isNamePrefix } from './describe';
import gazetteerData from './gazetteer.json';
import { Gazetteer } from './gazetteer';
import { isNameSized } from './limits';
import { groupMentions, nameOf, spansOfGroup, typedMention, type TypedMention } from './group';
import { typeByHonorifics } from './honorifics';
import { typeByWords, typeListedPlaces } from './type-words';
import type { TaggerType } from './labels';
import { nameMentions } from './mentions';
import { miscType } from './misc';
import modelFile from './model.json';
import { valueMentions } from './numeric';
import { Tagger, type ModelFile } from './tagger';
import { wellKnownFullName, wellKnownOrganisationNames, wellKnownPersonNames } from './well-known';
import { mapPacked } from '../../shared/map-packed';

const CONTRACT_TYPE: Record<Exclude<TaggerType, 'MISC'>, EntityType> = { PER: 'PERSON', ORG: 'ORG', LOC: 'PLACE' };

/** Loaded once, on first use (the background worker keeps it for its lifetime). */
let gazetteer: Gazetteer | null = null;
let tagger: Tagger | null = null;

function typedNames(segmented: Segmented): TypedMention[] {
  gazetteer ??= new Gazetteer({
    ...gazetteerData.names,
    PER: [...gazetteerData.names.PER, ...wellKnownPersonNames()],
    ORG: [...gazetteerData.names.ORG, ...wellKnownOrganisationNames()],
  });
  tagger ??= new Tagger(modelFile as ModelFile, gazetteer);
  const { view, spans } = tagger.spans(segmented);
  const { text } = segmented;
  // A role word or an honorific on its own ("Head of Programmes", "Mr" of "Mr. Trump" tagged as a place) is no one's name.
  const found = nameMentions(segmented, view, spans).filter((mention) => !isNamePrefix(text.slice(mention.start, mention.end)));
  const names = typeByHonorifics(segmented, typeByWords(segmented, typeListedPlaces(segmented, gazetteer, found)));
  return mapPacked(names, (mention) => typedMention(
    mention.start,
    mention.end,
    mention.type === 'MISC' ? miscType(text.slice(mention.start, mention.end)) : CONTRACT_TYPE[mention.type],
    mention.capsLine,
  ));
}

/**
 * Names and values, without overlaps: a value wins over a name it covers
 * ("July", "US$20"); a longer name wins over a date inside it ("Sunday Times").
 */
function allMentions(segmented: Segmented): TypedMention[] {
  const names = typedNames(segmented);
  const values = valueMentions(segmented).filter((value) => isNameSized(segmented.tokens, value.start, value.end));
  // For each character, 1 + the index of the value that covers it (0: none).
  const valueAt = new Int32Array(segmented.text.length);
  values.forEach((value, v) => valueAt.fill(v + 1, value.start, value.end));
  const droppedValues = new Set<number>();
  const keptNames = names.filter((name) => {
    const hits = new Set<number>();
    for (let c = name.start; c < name.end; c++) if (valueAt[c]) hits.add(valueAt[c] - 1);
    for (const v of hits) if (values[v].start <= name.start && values[v].end >= name.end) return false;
    for (const v of hits) droppedValues.add(v);
    return true;
  });
  const keptValues = mapPacked(values.filter((_, v) => !droppedValues.has(v)), (value) => typedMention(value.start, value.end, value.type, false));
  return [...keptNames, ...keptValues].sort((a, b) => a.start - b.start);
}

export function recognizeEntities(segmented: Segmented): Entity[] {
  const groups = groupMentions(segmented, allMentions(segmented));
  const descriptions = describe(segmented, groups);
  return mapPacked(groups, (group, i) => {
    const name = nameOf(segmented.text, group);
    const entity: Entity = {
      id: `e${i}`,
      name: group.type === 'PERSON' ? wellKnownFullName(name) ?? name : name,
      type: group.type,
      mentions: spansOfGroup(segmented.text, group),
    };
    if (group.aliases.length > 0) entity.aliases = group.aliases;
    const described = descriptions.get(group);
    if (described) {
      entity.descriptions = described.map((description) => description.text);
      entity.descriptionSources = described.map(({ source: [start, end] }) => ({ start, end, text: segmented.text.slice(start, end) }));
    }
    return entity;
  });
}
