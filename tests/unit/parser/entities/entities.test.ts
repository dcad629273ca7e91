import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recognizeEntities } from '../../../../src/parser/entities';
import { segment } from '../../../../src/parser/segment';
import type { Entity } from '../../../../src/shared/analysis';

const article = readFileSync(new URL('../../../fixtures/entities/relief.txt', import.meta.url), 'utf8');
const entities = recognizeEntities(segment(article));
const named = (name: string): Entity => {
  const entity = entities.find((e) => e.name === name);
  if (!entity) throw new Error(`no entity named ${name}: ${entities.map((e) => e.name).join(', ')}`);
  return entity;
};
const mentionTexts = (entity: Entity) => entity.mentions.map((m) => m.text);

function expectContract(text: string, found: Entity[]): void {
  found.forEach((entity, i) => {
    expect(entity.id).toBe(`e${i}`);
    expect(entity.mentions.length).toBeGreaterThan(0);
    for (const mention of entity.mentions) expect(text.slice(mention.start, mention.end)).toBe(mention.text);
    const starts = entity.mentions.map((m) => m.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });
  const firsts = found.map((entity) => entity.mentions[0].start);
  expect(firsts).toEqual([...firsts].sort((a, b) => a - b));
}

describe('recognizeEntities on a hand-written article', () => {
  it('keeps the contract: ids in order of first mention, sorted mentions, exact texts', () => {
    expectContract(article, entities);
  });

  it('groups a full name with later surname mentions and takes descriptions', () => {
    const jensen = named('Maria Jensen');
    expect(jensen.type).toBe('PERSON');
    expect(mentionTexts(jensen)).toEqual(['Maria Jensen', 'Jensen', 'Maria Jensen']);
    expect(jensen.descriptions).toContain('a spokeswoman for the council');
    expect(jensen.descriptions).toContain('Head of Programmes at the Norwegian Refugee Council, Oslo');
    const berg = named('Lars Berg');
    expect(mentionTexts(berg)).toEqual(['Lars Berg', 'Berg']);
    expect(berg.descriptions).toEqual(['Foreign Minister']);
  });

  it('keeps the sentence or attribution line each description came from', () => {
    const sources = (entity: Entity) => Object.fromEntries(
      (entity.descriptions ?? []).map((description, d) => [description, entity.descriptionSources?.[d].text]));
    expect(sources(named('Maria Jensen'))).toEqual({
      'a spokeswoman for the council': 'Maria Jensen, a spokeswoman for the council, said donors had pledged $12 million but delivered only a third of it.',
      'Head of Programmes at the Norwegian Refugee Council, Oslo': 'Maria Jensen, Head of Programmes at the Norwegian Refugee Council, Oslo',
    });
    expect(sources(named('Lars Berg'))).toEqual({
      'Foreign Minister': 'Foreign Minister Lars Berg told reporters in Bergen that Norway\'s government would double its contribution.',
    });
  });

  it('cuts a run-on source sentence down to the name and its description', () => {
    const text = `Anna Lind, a spokeswoman for the agency, said ${'that it rained and '.repeat(60)}it stopped.`;
    const [lind] = recognizeEntities(segment(text)).filter((entity) => entity.name === 'Anna Lind');
    expect(lind.descriptionSources?.map((source) => source.text)).toEqual(['Anna Lind, a spokeswoman for the agency']);
  });

  it('links an acronym defined in the text and a definite description to the organisation', () => {
    const council = named('Norwegian Refugee Council');
    expect(council.type).toBe('ORG');
    expect(council.aliases).toEqual(['NRC']);
    expect(mentionTexts(council)).toEqual(['Norwegian Refugee Council', 'NRC', 'the council', 'NRC', 'Norwegian Refugee Council']);
  });

  it('title-cases a dateline and keeps possessives outside the mention', () => {
    const oslo = named('Oslo');
    expect(oslo.type).toBe('PLACE');
    expect(mentionTexts(oslo)[0]).toBe('OSLO');
    expect(mentionTexts(named('Norway'))).toEqual(['Norway']);
  });

  it('finds dates, money, percentages and quantities', () => {
    const values = entities.filter((e) => ['DATE', 'MONEY', 'PERCENT', 'QUANTITY'].includes(e.type)).map((e) => `${e.type}:${e.name}`);
    expect(values).toEqual(['DATE:Tuesday', 'PERCENT:40 percent', 'DATE:last year', 'MONEY:$12 million', 'QUANTITY:10 degrees']);
  });

  it('makes no entity of a capitalised headline or sentence-initial common words', () => {
    const names = entities.map((e) => e.name);
    for (const word of ['Aid', 'Families', 'Rain', 'The']) expect(names).not.toContain(word);
  });
});

describe('recognizeEntities on any input', () => {
  it('keeps the contract and never throws', () => {
    const piece = fc.constantFrom('Anna Berg', 'said', 'the', 'UN', '(UN)', 'Paris', "'s", ',', '.', '\n\n', '"', 'BERLIN -', '$', '5', '%', 'May', 'Mr', 'Bank');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join(' ');
        expectContract(text, recognizeEntities(segment(text)));
      }),
      { numRuns: 200 },
    );
  });
});

describe('recognizeEntities on headlines and shared qualifiers', () => {
  const text = [
    'Aid Agencies Warn Of Hunger As Anna Berg Visits Kiel',
    'Aid agencies warn of hunger in the north, where the minister visits the harbour at Kiel.',
    'Anna Berg met officials from North and South Korea and from Central and Eastern Europe on Monday.',
  ].join('\n\n');
  const found = recognizeEntities(segment(text));
  const names = found.map((entity) => entity.name);

  it('takes no names from the capitalised common words of a title-case headline', () => {
    for (const name of names) expect(name).not.toMatch(/Agencies|Warn|Hunger|Visits/);
    expect(found.find((e) => e.name === 'Anna Berg')?.mentions[0].start).toBe(text.indexOf('Anna Berg'));
  });

  it('keeps "North and South Korea" as one place', () => {
    expect(found.find((e) => e.name === 'North and South Korea')?.type).toBe('PLACE');
    expect(names).toContain('Central and Eastern Europe');
  });
});

describe('definite descriptions', () => {
  it('links "the commission" to the commission named before, possessive or not, but not a title before a name', () => {
    const text = "The European Commission fined the firm. The commission's ruling was welcomed by the commission President.";
    const [commission] = recognizeEntities(segment(text)).filter((e) => e.type === 'ORG');
    expect(commission.name).toBe('European Commission');
    expect(mentionTexts(commission)).toEqual(['European Commission', 'The commission']);
  });
});

describe('honorifics and titles before a surname', () => {
  const people = (text: string) => recognizeEntities(segment(text))
    .filter((entity) => entity.type === 'PERSON')
    .map((entity) => [entity.name, entity.mentions.length]);

  it('join "Mr. Frankel" and "Mr Obama" to the full names written before them', () => {
    expect(people('Jeffrey Frankel, an economist at Harvard, spoke first. Mr. Frankel warned that growth would slow.'))
      .toEqual([['Jeffrey Frankel', 2]]);
    expect(people('Barack Obama arrived on Friday. In an interview, Mr Obama said little. Obama then left for Kenya.'))
      .toEqual([['Barack Obama', 3]]);
  });

  it('make a person of a name the tagger typed otherwise, and of the names ending with that surname', () => {
    expect(people('Eric Reeves, a researcher on Sudan, said he was appalled. Mr. Reeves said it was wrong.'))
      .toEqual([['Eric Reeves', 2]]);
  });

  it('take no pageant or institution for a person', () => {
    expect(people('Miss Universe was crowned in Las Vegas. Miss Venezuela came second.')).toEqual([]);
    const found = recognizeEntities(segment('Dr. Sarah Reeves works at Reeves Memorial Hospital.'));
    expect(found.find((entity) => entity.name === 'Reeves Memorial Hospital')?.type).not.toBe('PERSON');
  });

  it('keep apart two people who share a surname', () => {
    expect(people('Hillary Clinton met Bill Clinton in Arkansas. Mrs. Clinton spoke first.').map(([name]) => name))
      .toEqual(['Hillary Clinton', 'Bill Clinton', expect.stringContaining('Clinton')]);
  });
});

describe('a shorter name of a person', () => {
  const people = (text: string) => recognizeEntities(segment(text))
    .filter((entity) => entity.type === 'PERSON')
    .map((entity) => [entity.name, entity.mentions.length]);

  it('is that person when it ends their full name, case aside', () => {
    expect(people("In 1998, Osama bin Laden lived in Khartoum. Later, Bin Laden's agents blew up two embassies."))
      .toEqual([['Osama bin Laden', 2]]);
  });

  it('is that person without the particle of the surname', () => {
    expect(people('President Omar Hassan al-Bashir denied the charges. Mr. Bashir has ruled Sudan since 1989, and Bashir rarely travels.'))
      .toEqual([['Omar Hassan al-Bashir', 3]]);
  });

  it('is that person when it is the surname alone, whatever type the tagger gave it', () => {
    // The tagger takes this "Essid" for an organisation.
    const text = 'Tunisian Prime Minister Habib Essid said two gunmen died.\n\n“Our nation is in danger,” Essid declared in a televised address Wednesday evening.';
    const essid = recognizeEntities(segment(text)).filter((entity) => entity.name.includes('Essid'));
    expect(essid.map((entity) => [entity.name, entity.type, entity.mentions.length])).toEqual([['Habib Essid', 'PERSON', 2]]);
  });

  it('is a person, though no one in particular, when two people share it, whatever type the tagger gave it', () => {
    const text = 'Tunisian Prime Minister Habib Essid met Karim Essid.\n\n“Our nation is in danger,” Essid declared in a televised address Wednesday evening.';
    const essid = recognizeEntities(segment(text)).filter((entity) => entity.name.includes('Essid'));
    expect(essid.map((entity) => [entity.name, entity.type])).toEqual([['Habib Essid', 'PERSON'], ['Karim Essid', 'PERSON'], ['Essid', 'PERSON']]);
  });

  it('is no one in particular when it ends the names of two people', () => {
    expect(people('Jean Paul Martin met Anne Paul Martin in Lyon. Paul Martin left early.').map(([name]) => name))
      .toEqual(['Jean Paul Martin', 'Anne Paul Martin', 'Paul Martin']);
  });
});

describe('a name in quotation marks', () => {
  const named = (text: string, part: string) => recognizeEntities(segment(text))
    .filter((entity) => entity.name.includes(part) || entity.aliases?.some((alias) => alias.includes(part)))
    .map((entity) => [entity.name, entity.aliases ?? []]);

  it('is a nickname: an alias of the entity its other mentions name', () => {
    const text = 'President Robert Mugabe and his wife Grace stayed home. Dubbed "Gucci Grace" for her love of shopping, Grace rose fast.';
    expect(named(text, 'Grace')).toEqual([['Grace', ['Gucci Grace']]]);
  });

  it('is no alias when the article also writes it plainly', () => {
    const text = 'She starred in "Scandal" for seven seasons. Scandal ended in 2018.';
    expect(named(text, 'Scandal').every(([, aliases]) => aliases.length === 0)).toBe(true);
  });
});

describe('a role word or honorific on its own', () => {
  it('is no name, whatever type the tagger gives it', () => {
    const text = 'Mr. Trump has called for spending $1 trillion on infrastructure, but Congress has not taken up that idea.\n\n' +
      'The difference, Mr. Warner said, was that the economy was near the precipice then.';
    const names = recognizeEntities(segment(text)).flatMap((entity) => entity.mentions.map((m) => m.text));
    expect(names).toContain('Trump');
    expect(names).not.toContain('Mr');
  });
});

describe('a leading article', () => {
  it('does not split an organisation, and stays out of its name when other mentions go without it', () => {
    const text = 'The yield has risen to 3.1 percent. The Congressional Budget Office estimates that the yield will climb to 4.2 percent in 2021.\n\n' +
      'He also claimed the tax cuts would pay for themselves even as the Congressional Budget Office estimated that they would add $250 billion.\n\n' +
      'Nelson D. Schwartz has covered economics since 2012. He joined The Times in 2007 as a feature writer for the Sunday Business section.';
    const offices = recognizeEntities(segment(text)).filter((entity) => entity.name.includes('Congressional Budget Office'));
    expect(offices.map((entity) => [entity.name, entity.mentions.length])).toEqual([['Congressional Budget Office', 2]]);
  });
});
