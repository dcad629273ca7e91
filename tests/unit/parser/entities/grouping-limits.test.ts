/**
 * Round 2 of the entity stage: names that start with the family name, institutions
 * followed by their place, bounded name sizes, and the grouping steps staying linear
 * on inputs that repeat one name or one acronym definition many times.
 */
import { describe, expect, it } from 'vitest';
import { recognizeEntities } from '../../../../src/parser/entities';
import { MAX_MENTION_CHARS, MAX_MENTION_TOKENS } from '../../../../src/parser/entities/limits';
import { segment } from '../../../../src/parser/segment';
import type { Entity } from '../../../../src/shared/analysis';

const entitiesOf = (text: string): Entity[] => recognizeEntities(segment(text));
const texts = (entity: Entity | undefined) => entity?.mentions.map((m) => m.text);
const byName = (found: Entity[], name: string) => found.find((entity) => entity.name === name);

describe('parts of a person\'s name', () => {
  it('groups a later family name with a full name that starts with it', () => {
    const found = entitiesOf('Xi Jinping met Li Keqiang in Beijing. Xi told Li that the economy was strong. Xi said so.');
    expect(texts(byName(found, 'Xi Jinping'))).toEqual(['Xi Jinping', 'Xi', 'Xi']);
    expect(texts(byName(found, 'Li Keqiang'))).toEqual(['Li Keqiang', 'Li']);
    expect(found.filter((entity) => entity.name === 'Xi')).toEqual([]);
  });

  it('does not take a first word the article also writes in lower case', () => {
    const found = entitiesOf('Rose Tremain wrote a novel. Tremain said the prize rose in value. Rose left early.');
    const tremain = byName(found, 'Rose Tremain');
    expect(tremain?.mentions.some((m) => m.text === 'Rose' && m.start > 0)).toBe(false);
  });

  it('links nothing when two people share the word', () => {
    const found = entitiesOf('Wang Lijun met Wang Yi in Chengdu. Wang said the meeting went well.');
    expect(texts(byName(found, 'Wang Lijun'))).toEqual(['Wang Lijun']);
    expect(texts(byName(found, 'Wang Yi'))).toEqual(['Wang Yi']);
  });
});

describe('institutions and their place', () => {
  it('stops an institution before "in" and a place', () => {
    const found = entitiesOf('Researchers at Upstate Medical University in Syracuse said the drug works.');
    expect(byName(found, 'Upstate Medical University')?.type).toBe('ORG');
    expect(byName(found, 'Syracuse')?.type).toBe('PLACE');
  });

  it('keeps an institution whole over "on" and the name after it', () => {
    const found = entitiesOf("A report by Stanford University's Center on Poverty and Inequality calls that into question.");
    expect(byName(found, 'Center on Poverty and Inequality')?.type).toBe('ORG');
    expect(byName(found, 'Center')).toBeUndefined();
  });

  it('joins no names over a linking word when the first is no institution', () => {
    const found = entitiesOf('The grant from Microsoft for Harvard University was announced on Monday.');
    expect(byName(found, 'Microsoft')?.type).toBe('ORG');
    expect(byName(found, 'Harvard University')?.type).toBe('ORG');
  });
});

describe('bounded names', () => {
  it('makes no entity of a run of capitalised words too long to be a name', () => {
    for (const entity of entitiesOf('Abc '.repeat(600))) {
      for (const mention of entity.mentions) {
        expect(mention.text.length).toBeLessThanOrEqual(MAX_MENTION_CHARS);
        expect(mention.text.split(' ').length).toBeLessThanOrEqual(MAX_MENTION_TOKENS);
      }
    }
  });

  it('makes no entity of one capitalised word longer than a name', () => {
    expect(entitiesOf(`Ab${'c'.repeat(5_000)} said.`).every((entity) => entity.name.length <= MAX_MENTION_CHARS)).toBe(true);
  });
});

/** The repeats below take seconds to parse; a busy machine (tests run in parallel) may take several times longer. */
const LONG_INPUT_TIMEOUT_MS = 60_000;

describe('grouping on many repeats', () => {
  it('gives every mention of a person repeated 150,000 times to one entity', () => {
    const found = entitiesOf('Ana Ruiz. '.repeat(150_000));
    const ruiz = byName(found, 'Ana Ruiz');
    expect(ruiz?.mentions.length).toBe(150_000);
  }, LONG_INPUT_TIMEOUT_MS);

  it('groups 20,000 definitions of one acronym into one entity, quickly', () => {
    const started = performance.now();
    const found = entitiesOf('Ab Cd (AC) '.repeat(20_000));
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(found.filter((entity) => entity.aliases?.includes('AC')).length).toBe(1);
  }, LONG_INPUT_TIMEOUT_MS);
});
