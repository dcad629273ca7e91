import { describe, expect, it } from 'vitest';
import { entityCardText, quoteAnnouncement, quoteCardText, speakerLabel } from '../../../src/content/card/text';
import { ANALYSIS, t } from '../shared/locale';

describe('quote cards', () => {
  it('name the speaker, their description, the kind, the cue and their other quotes', () => {
    const card = quoteCardText(ANALYSIS, 0, t);
    expect(card.title).toBe('Jane Doe');
    expect(card.lines).toEqual([
      'the mayor of Port Ellery',
      'Direct quote',
      'Attribution: “said”',
      '2 other quotes by this speaker',
    ]);
  });

  it('say "Reported speech" for indirect quotes', () => {
    expect(quoteCardText(ANALYSIS, 1, t).lines).toContain('Reported speech');
  });

  it('label anonymous and unattributed quotes', () => {
    const anonymous = quoteCardText(ANALYSIS, 3, t);
    expect(anonymous.title).toBe('Anonymous source');
    expect(anonymous.lines[0]).toBe('Described as: Officials');
    expect(anonymous.lines.some((line) => line.includes('other quote'))).toBe(false);
    const unattributed = quoteCardText(ANALYSIS, 5, t);
    expect(unattributed.title).toBe('Unattributed');
    expect(unattributed.lines).toEqual(['Direct quote']);
    expect(speakerLabel(ANALYSIS.quotes[5], t)).toBe('Unattributed');
  });
});

describe('entity cards', () => {
  it('give the type in words, descriptions, mention position and quotes by the entity', () => {
    const card = entityCardText(ANALYSIS, 0, t, 1);
    expect(card.title).toBe('Jane Doe');
    expect(card.lines).toEqual(['Person', 'the mayor of Port Ellery', 'Mention 2 of 2', 'Quoted 3 times in this article']);
  });

  it('expand acronyms and count mentions', () => {
    const card = entityCardText(ANALYSIS, 1, t);
    expect(card.lines).toEqual(['Organization', 'WHO stands for World Health Organization', 'Mentioned 3 times', 'Quoted once in this article']);
  });

  it('treat a mixed-case alias as another name, not an acronym', () => {
    const analysis = { ...ANALYSIS, entities: [{ ...ANALYSIS.entities[2], aliases: ['Ellery'] }] };
    expect(entityCardText(analysis, 0, t).lines).toContain('Also called Ellery');
  });
});

describe('announcements', () => {
  it('count quotes in reading order', () => {
    expect(quoteAnnouncement(ANALYSIS, 1, 2, 6, t)).toBe('Quote 3 of 6: Jane Doe, Reported speech');
  });
});
