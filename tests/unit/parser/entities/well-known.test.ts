import { describe, expect, it } from 'vitest';
import { recognizeEntities } from '../../../../src/parser/entities';
import data from '../../../../src/parser/entities/well-known-people.json';
import organisationData from '../../../../src/parser/entities/well-known-organisations.json';
import { wellKnownFullName, wellKnownOrganisationNames, wellKnownPersonNames } from '../../../../src/parser/entities/well-known';
import { segment } from '../../../../src/parser/segment';

const people = (text: string) => recognizeEntities(segment(text)).filter((entity) => entity.type === 'PERSON');

describe('well-known people', () => {
  it('lists full names, each with a one-word form taken from that name or none', () => {
    const names = new Set<string>();
    for (const [fullName, word] of data.people as Array<[string, string | null]>) {
      expect(fullName.split(' ').length, fullName).toBeGreaterThan(1);
      expect(names.has(fullName), `${fullName} listed twice`).toBe(false);
      names.add(fullName);
      if (word !== null) expect(fullName.includes(word), `${word} in ${fullName}`).toBe(true);
    }
  });

  it('gives the gazetteer lower-case token forms', () => {
    const forms = wellKnownPersonNames();
    expect(forms).toContain('donald trump');
    expect(forms).toContain('trump');
    expect(forms).toContain('xi jinping');
    expect(forms).not.toContain('may');
  });

  it('names a person from the one word the news uses, unless two people share it', () => {
    expect(wellKnownFullName('Zelensky')).toBe('Volodymyr Zelensky');
    expect(wellKnownFullName('Xi')).toBe('Xi Jinping');
    expect(wellKnownFullName('Clinton')).toBeNull();
    expect(wellKnownFullName('Lars')).toBeNull();
  });

  it('finds a lone surname opening a headline line and gives the entity the full name', () => {
    const found = people('ALSO READ: Zelensky welcomes talks on grain exports\n\nThe talks open on Monday.');
    expect(found.map((entity) => [entity.name, entity.mentions.map((m) => m.text)])).toEqual([['Volodymyr Zelensky', ['Zelensky']]]);
  });

  it('keeps the fuller name the article gives', () => {
    const found = people('Ivanka Trump spoke first. Later, Trump said the plan was ready.');
    expect(found.map((entity) => entity.name)).toEqual(['Ivanka Trump']);
  });

  it('leaves a shared surname as the article wrote it', () => {
    const found = people('Earlier on Monday, Clinton told reporters the vote would be close.');
    expect(found.map((entity) => entity.name)).toEqual(['Clinton']);
  });
});

describe('well-known organisations', () => {
  const organisations = (text: string) => recognizeEntities(segment(text))
    .filter((entity) => entity.type === 'ORG')
    .map((entity) => entity.name);

  it('are tagged organisations although the 1996 lists never name them', () => {
    expect(organisations('First, let’s say what the Yahoo sale is not. It is a sale of the Yahoo subsidiary to Verizon.'))
      .toEqual(['Yahoo', 'Verizon']);
  });

  it('are listed once each, none of them a common word', () => {
    const names = organisationData.organisations;
    expect(new Set(names).size).toBe(names.length);
    for (const word of ['Amazon', 'Shell', 'Meta', 'Zoom', 'ICE']) expect(names).not.toContain(word);
    expect(wellKnownOrganisationNames()).toContain('yahoo');
  });
});
