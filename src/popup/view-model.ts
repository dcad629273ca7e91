/**
 * What the popup shows, computed from an Analysis without touching the DOM:
 * the summary counts, speakers ranked by number of quotes, people quoted versus
 * only mentioned, entities by type. The render module only lays this out.
 */
import { ENTITY_TYPES, type Analysis, type Entity, type EntityType, type Quote } from '../shared/analysis';
import { speakerKey } from '../content/paint/speakers';
import { quoteStyleOf } from '../content/paint/names';

/**
 * A quote's words as the reader should see them: the pieces of a quote
 * interrupted by its attribution joined with an ellipsis, else the quote's span.
 */
export function quoteWords(analysis: Analysis, quote: Quote): string {
  if (!quote.parts || quote.parts.length < 2) return quote.text;
  return quote.parts.map(([start, end]) => analysis.text.slice(start, end).trim()).join(' … ');
}

export interface Summary {
  quotes: number;
  /** Distinct named speakers. */
  named: number;
  /** Distinct anonymous sources ("officials", "a person familiar with…"), by how they are described. */
  anonymous: number;
  unattributed: number;
  direct: number;
  reported: number;
}

export function summarize(analysis: Analysis): Summary {
  const named = new Set<string>();
  const anonymous = new Set<string>();
  let unattributed = 0;
  let reported = 0;
  for (const quote of analysis.quotes) {
    const key = speakerKey(quote);
    if (key !== null) named.add(key);
    else if (quote.speaker?.anonymous) anonymous.add(quote.speaker.name.trim().toLowerCase());
    else unattributed++;
    if (quoteStyleOf(quote.kind) === 'reported') reported++;
  }
  const quotes = analysis.quotes.length;
  return { quotes, named: named.size, anonymous: anonymous.size, unattributed, direct: quotes - reported, reported };
}

export type SpeakerGroupKind = 'named' | 'anonymous' | 'unattributed';

export interface SpeakerGroup {
  kind: SpeakerGroupKind;
  /** The speaker's resolved name; empty for the anonymous and unattributed groups. */
  name: string;
  entityId?: string;
  /** Indexes into `analysis.quotes`, in reading order. */
  quotes: number[];
}

/**
 * Named speakers by number of quotes (ties: who speaks first), then all
 * anonymous sources together, then unattributed quotes.
 */
export function rankSpeakers(analysis: Analysis): SpeakerGroup[] {
  const named = new Map<string, SpeakerGroup>();
  const anonymous: SpeakerGroup = { kind: 'anonymous', name: '', quotes: [] };
  const unattributed: SpeakerGroup = { kind: 'unattributed', name: '', quotes: [] };
  for (const index of readingOrder(analysis.quotes)) {
    const quote = analysis.quotes[index];
    const key = speakerKey(quote);
    if (key === null) {
      (quote.speaker?.anonymous ? anonymous : unattributed).quotes.push(index);
      continue;
    }
    const group = named.get(key) ?? { kind: 'named', name: quote.speaker!.name, entityId: quote.speaker!.entityId, quotes: [] };
    group.quotes.push(index);
    named.set(key, group);
  }
  const ranked = [...named.values()].sort((a, b) =>
    b.quotes.length - a.quotes.length || analysis.quotes[a.quotes[0]].start - analysis.quotes[b.quotes[0]].start);
  return [...ranked, anonymous, unattributed].filter((group) => group.quotes.length > 0);
}

function readingOrder(quotes: readonly Quote[]): number[] {
  return quotes.map((_, index) => index).sort((a, b) => quotes[a].start - quotes[b].start);
}

export interface PeopleSplit {
  /** Indexes of PERSON entities that are the speaker of at least one quote. */
  quoted: number[];
  /** Indexes of PERSON entities the article only mentions. */
  mentioned: number[];
}

export function splitPeople(analysis: Analysis): PeopleSplit {
  const speakers = new Set(analysis.quotes.map((quote) => quote.speaker?.entityId).filter((id) => id !== undefined));
  const split: PeopleSplit = { quoted: [], mentioned: [] };
  analysis.entities.forEach((entity, index) => {
    if (entity.type === 'PERSON') (speakers.has(entity.id) ? split.quoted : split.mentioned).push(index);
  });
  return split;
}

export interface EntityGroup {
  type: EntityType;
  /** Indexes into `analysis.entities`, most mentioned first. */
  entities: number[];
  mentions: number;
}

/** Entity types in the contract's order, each with its entities by number of mentions. */
export function groupEntities(analysis: Analysis): EntityGroup[] {
  return ENTITY_TYPES.map((type) => {
    const entities = analysis.entities
      .map((entity, index): [Entity, number] => [entity, index])
      .filter(([entity]) => entity.type === type)
      .sort(([a], [b]) => b.mentions.length - a.mentions.length)
      .map(([, index]) => index);
    const mentions = entities.reduce((sum, index) => sum + analysis.entities[index].mentions.length, 0);
    return { type, entities, mentions };
  }).filter((group) => group.entities.length > 0);
}
