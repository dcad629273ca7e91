import { describe, expect, it } from 'vitest';
import {
  entityCardText, quoteAnnouncement, quoteCardText, SOURCE_MAX_LENGTH, sourceExcerpt, speakerLabel, type CardText,
} from '../../../src/content/card/text';
import type { Analysis } from '../../../src/shared/analysis';
import { ANALYSIS, TEXT, t } from '../shared/locale';

/** The card's lines as the reader reads them, without the source sentences. */
const texts = (card: CardText) => card.lines.map((line) => line.text);

describe('quote cards', () => {
  it('name the speaker, their description, the kind, the cue and their other quotes', () => {
    const card = quoteCardText(ANALYSIS, 0, t);
    expect(card.title).toBe('Jane Doe');
    expect(texts(card)).toEqual([
      'the mayor of Port Ellery',
      'Direct quote',
      'Attribution: “said”',
      '2 other quotes by this speaker',
    ]);
  });

  it('say "Reported speech" for indirect quotes', () => {
    expect(texts(quoteCardText(ANALYSIS, 1, t))).toContain('Reported speech');
  });

  it('label anonymous and unattributed quotes', () => {
    const anonymous = quoteCardText(ANALYSIS, 3, t);
    expect(anonymous.title).toBe('Anonymous source');
    expect(anonymous.lines[0].text).toBe('Described as: Officials');
    expect(texts(anonymous).some((line) => line.includes('other quote'))).toBe(false);
    const unattributed = quoteCardText(ANALYSIS, 5, t);
    expect(unattributed.title).toBe('Unattributed');
    expect(texts(unattributed)).toEqual(['Direct quote']);
    expect(speakerLabel(ANALYSIS.quotes[5], t)).toBe('Unattributed');
  });
});

describe('entity cards', () => {
  it('give the type in words, descriptions, mention position and quotes by the entity', () => {
    const card = entityCardText(ANALYSIS, 0, t, 1);
    expect(card.title).toBe('Jane Doe');
    expect(texts(card)).toEqual(['Person', 'the mayor of Port Ellery', 'Mention 2 of 2', 'Quoted 3 times in this article']);
  });

  it('expand acronyms and count mentions', () => {
    const card = entityCardText(ANALYSIS, 1, t);
    expect(texts(card)).toEqual(['Organization', 'WHO stands for World Health Organization', 'Mentioned 3 times', 'Quoted once in this article']);
  });

  it('treat a mixed-case alias as another name, not an acronym', () => {
    const analysis = { ...ANALYSIS, entities: [{ ...ANALYSIS.entities[2], aliases: ['Ellery'] }] };
    expect(texts(entityCardText(analysis, 0, t))).toContain('Also called Ellery');
  });
});

describe('description sources in entity cards', () => {
  /** Jane Doe's description backed by the sentence it was taken from, as the parser gives it. */
  function withSource(sentence: string, description = 'the mayor of Port Ellery'): Analysis {
    const start = TEXT.indexOf(sentence);
    expect(start, 'the sentence is in the text').toBeGreaterThanOrEqual(0);
    const entity = { ...ANALYSIS.entities[0], descriptions: [description], descriptionSources: [{ start, end: start + sentence.length, text: sentence }] };
    return { ...ANALYSIS, entities: [entity, ...ANALYSIS.entities.slice(1)] };
  }

  it('put the sentence each description came from under that description, and nowhere else', () => {
    const sentence = '“We will build the wall,” said Jane Doe, the mayor of Port Ellery.';
    const card = entityCardText(withSource(sentence), 0, t, 0);
    expect(card.lines[1]).toEqual({ text: 'the mayor of Port Ellery', source: sentence });
    expect(card.lines.filter((line) => line.source !== undefined)).toHaveLength(1);
  });

  it('show a description without a source alone, as older analyses have none', () => {
    expect(entityCardText(ANALYSIS, 0, t).lines[1]).toEqual({ text: 'the mayor of Port Ellery' });
  });

  it('keep the quote card to the description, without its sentence', () => {
    const sentence = '“We will build the wall,” said Jane Doe, the mayor of Port Ellery.';
    expect(quoteCardText(withSource(sentence), 0, t).lines.every((line) => line.source === undefined)).toBe(true);
  });

  it('cut a long sentence to a window around the description, marking the cuts', () => {
    const before = 'Word '.repeat(60);
    const after = ' and more words'.repeat(20);
    const sentence = `${before}the harbour master of the old town${after}.`;
    const excerpt = sourceExcerpt(sentence, 'the harbour master of the old town');
    expect(excerpt.length).toBeLessThanOrEqual(SOURCE_MAX_LENGTH);
    expect(excerpt.startsWith('…') && excerpt.endsWith('…')).toBe(true);
    expect(excerpt).toContain('the harbour master of the old town');
    expect(sourceExcerpt('A short\n  sentence.', 'short')).toBe('A short sentence.');
    // A description not found verbatim: the sentence from its start.
    expect(sourceExcerpt(sentence, 'elsewhere').startsWith('Word Word')).toBe(true);
  });
});

describe('announcements', () => {
  it('count quotes in reading order', () => {
    expect(quoteAnnouncement(ANALYSIS, 1, 2, 6, t)).toBe('Quote 3 of 6: Jane Doe, Reported speech');
  });
});
