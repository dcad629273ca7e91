import { describe, expect, it } from 'vitest';
import { typeByHonorifics } from '../../../../src/parser/entities/honorifics';
import type { TaggerType } from '../../../../src/parser/entities/labels';
import type { NameMention } from '../../../../src/parser/entities/mentions';
import { Gazetteer } from '../../../../src/parser/entities/gazetteer';
import { typeByWords, typeListedPlaces } from '../../../../src/parser/entities/type-words';
import { segment, type Segmented } from '../../../../src/parser/segment';

/** A mention of each `phrase` (its first occurrence) with the type the tagger is taken to have given it. */
function tagged(segmented: Segmented, phrases: Array<[string, TaggerType]>): NameMention[] {
  const { text, tokens } = segmented;
  return phrases.map(([phrase, type]) => {
    const start = text.indexOf(phrase);
    const end = start + phrase.length;
    const tokenStart = tokens.findIndex((token) => token.start === start);
    const tokenEnd = tokens.findIndex((token) => token.end === end) + 1;
    return { start, end, tokenStart, tokenEnd, type, capsLine: false };
  });
}

const typesOf = (mentions: NameMention[]) => mentions.map((mention) => mention.type);

describe('typeByWords', () => {
  it('makes a place of a name ending with a geographic noun, whatever the tagger said', () => {
    const segmented = segment('Debris fell into the Pacific Ocean near Whangārei Harbour.');
    expect(typesOf(typeByWords(segmented, tagged(segmented, [['Pacific Ocean', 'ORG'], ['Whangārei Harbour', 'PER']]))))
      .toEqual(['LOC', 'LOC']);
  });

  it('makes a named storm of a given name after a storm word', () => {
    const segmented = segment('Hurricane Sandy flooded the subway.');
    expect(typesOf(typeByWords(segmented, tagged(segmented, [['Hurricane Sandy', 'PER']])))).toEqual(['MISC']);
  });

  it('makes a MISC name of a law, not of a person named Bill', () => {
    const segmented = segment('Bill Shorten backed the Data Retention Bill and the Affordable Care Act.');
    expect(typesOf(typeByWords(segmented, tagged(segmented, [['Bill Shorten', 'PER'], ['Data Retention Bill', 'ORG'], ['Affordable Care Act', 'ORG']]))))
      .toEqual(['PER', 'MISC', 'MISC']);
  });

  it("makes an organisation of an institution's bare name, not of a longer name", () => {
    const segmented = segment('The Government admitted it. Government House is in Perth.');
    expect(typesOf(typeByWords(segmented, tagged(segmented, [['Government', 'LOC'], ['Government House', 'LOC']])))).toEqual(['ORG', 'LOC']);
  });

  it('makes a group of a people or faith taken for a person or a place, not of a party taken for an organisation', () => {
    const segmented = segment('Radical Muslims, who had been repressed, met Christians and the Taliban.');
    expect(typesOf(typeByWords(segmented, tagged(segmented, [['Muslims', 'PER'], ['Christians', 'LOC'], ['Taliban', 'ORG']]))))
      .toEqual(['MISC', 'MISC', 'ORG']);
  });

  it('leaves a lone word and a club named after a forest alone', () => {
    const segmented = segment('Ocean beat Nottingham Forest on Sunday.');
    expect(typesOf(typeByWords(segmented, tagged(segmented, [['Ocean', 'ORG'], ['Nottingham Forest', 'ORG']]))))
      .toEqual(['ORG', 'ORG']);
  });
});

describe('typeByHonorifics', () => {
  it('makes a person of a name with an honorific and of the names ending with that surname', () => {
    const segmented = segment('Eric Reeves spoke first. Mr. Reeves said it was wrong, and Reeves left.');
    const mentions = tagged(segmented, [['Eric Reeves', 'LOC'], ['Reeves said', 'ORG'], ['Reeves left', 'LOC']]);
    // Only the word itself: "Reeves" after "Mr. ", and the lone "Reeves" before "left".
    mentions[1] = { ...mentions[1], end: mentions[1].start + 6, tokenEnd: mentions[1].tokenStart + 1 };
    mentions[2] = { ...mentions[2], end: mentions[2].start + 6, tokenEnd: mentions[2].tokenStart + 1 };
    expect(typesOf(typeByHonorifics(segmented, mentions))).toEqual(['PER', 'PER', 'PER']);
  });

  it('takes no pageant, lower-case "miss" or capitals for an honorific, nor a long name for a person', () => {
    const segmented = segment('Miss Universe was crowned. Fans miss England games. MX Onda won. Dr Reeves founded Reeves Memorial Hospital.');
    const mentions = tagged(segmented, [['Universe', 'MISC'], ['England', 'LOC'], ['Onda', 'ORG'], ['Reeves Memorial Hospital', 'ORG']]);
    expect(typesOf(typeByHonorifics(segmented, mentions))).toEqual(['MISC', 'LOC', 'ORG', 'ORG']);
  });
});

describe('typeListedPlaces', () => {
  const gazetteer = new Gazetteer({ LOC: ['norway', 'washington'], PER: ['washington'], ORG: ['norway telecom'] });

  it('makes a place of a name the lists know only as a place', () => {
    const segmented = segment('1. Finland 2. Norway 3. Australia');
    expect(typesOf(typeListedPlaces(segmented, gazetteer, tagged(segmented, [['Norway', 'ORG']])))).toEqual(['LOC']);
  });

  it('leaves a name the lists also know as something else, and an unlisted one', () => {
    const segmented = segment('Washington met Norway Telecom in Oslo.');
    expect(typesOf(typeListedPlaces(segmented, gazetteer, tagged(segmented, [['Washington', 'PER'], ['Norway Telecom', 'ORG'], ['Oslo', 'ORG']]))))
      .toEqual(['PER', 'ORG', 'ORG']);
  });
});
