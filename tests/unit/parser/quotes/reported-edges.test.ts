/**
 * Reported speech at its edges: a cue inside a relative clause of the subject, and
 * reporting-verb forms that report nothing (a noun, a participle modifying a noun).
 */
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../../../src/shared/analysis';
import { quotes, mention } from './find';

describe('a cue inside a relative clause of the subject', () => {
  it('skips a comma-closed relative clause of any length for the verb after it', () => {
    const found = quotes('A council official, who asked not to be named because the contracts had not yet been signed, said two firms had bid.');
    expect(found).toHaveLength(1);
    expect(found[0].text).toBe('two firms had bid');
    expect(found[0].cue?.text).toBe('said');
    expect(found[0].speaker?.anonymous).toBe(true);
    expect(found[0].speaker?.name.startsWith('A council official, who asked not to be named')).toBe(true);
  });

  it('still skips an anonymity clause without commas', () => {
    const found = quotes('An inspector who asked not to be identified by name said the depot had been closed for months.');
    expect(found.map((q) => [q.text, q.cue?.text])).toEqual([['the depot had been closed for months', 'said']]);
  });

  it('reads what a relative clause reports up to its comma, spoken by the subject it describes', () => {
    const found = quotes('Ines Duarte, who says the tunnel is safe because it was inspected twice, said the tolls would stay.');
    expect(found.map((q) => [q.text, q.cue?.text, q.speaker?.name])).toEqual([
      ['the tunnel is safe because it was inspected twice', 'says', 'Ines Duarte'],
      ['the tolls would stay', 'said', 'Ines Duarte'],
    ]);
  });

  it('keeps a cue whose clause is followed by a comma and no later cue', () => {
    const found = quotes('Dana Wills, who asked the council to wait, left the meeting early.');
    expect(found.every((q) => q.cue?.text !== 'said')).toBe(true);
  });
});

describe('reporting-verb forms that report nothing', () => {
  it('does not read a noun after an article or possessive as a cue', () => {
    const text = 'Priya Raman, a coastal engineer at the University of Glasgow who reviewed the plans for the agency, disagreed.';
    expect(quotes(text)).toEqual([]);
  });

  it('does not read a participle modifying a plain noun as a cue', () => {
    expect(quotes('A remark quoted in an earlier version of this article has been removed.')).toEqual([]);
    expect(quotes('The figures released on Thursday covered only the first quarter.')).toEqual([]);
  });
});

describe('one-word names', () => {
  it('resolves each one-word mention to the nearest fuller entity before it', () => {
    const text = 'Tom Okafor spoke first. Tom Brandt spoke next. The vote is final, Tom said.';
    const entities: Entity[] = [
      { id: 'e0', name: 'Tom Okafor', type: 'PERSON', mentions: [mention(text, 'Tom Okafor')] },
      { id: 'e1', name: 'Tom Brandt', type: 'PERSON', mentions: [mention(text, 'Tom Brandt')] },
      { id: 'e2', name: 'Tom', type: 'PERSON', mentions: [mention(text, 'Tom', text.lastIndexOf('Tom'))] },
    ];
    expect(quotes(text, entities).at(-1)?.speaker).toMatchObject({ name: 'Tom Brandt', entityId: 'e1' });
  });
});

describe('anonymity words inside a content', () => {
  it('keeps a content that says someone is "familiar with" something', () => {
    const found = quotes('Maria Lopez says she is not familiar with the details of the contract.');
    expect(found).toHaveLength(1);
    expect(found[0].text).toBe('she is not familiar with the details of the contract');
    expect(found[0].speaker?.name).toBe('Maria Lopez');
  });

  it('still drops a cue whose next words ask for anonymity', () => {
    expect(quotes('An inspector spoke on condition of anonymity because the report is not yet public.')).toEqual([]);
  });
});

describe('a content interrupted by its attribution', () => {
  function partsOf(text: string): string[] {
    const found = quotes(text);
    expect(found).toHaveLength(1);
    return (found[0].parts ?? []).map(([start, end]) => text.slice(start, end));
  }

  it('keeps a quoted fragment in the rest, as a mixed quotation', () => {
    const text = 'The tram network, Maria Lopez said, is \u201cdoing much better than it has in years.\u201d';
    expect(partsOf(text)).toEqual(['The tram network', 'is \u201cdoing much better than it has in years.\u201d']);
    expect(quotes(text)[0].kind).toBe('mixed');
  });

  it('keeps a stance verb in the rest', () => {
    expect(partsOf('At one point, Maria Lopez said, she was considering supporting the tram plan.'))
      .toEqual(['At one point', 'she was considering supporting the tram plan']);
  });
});

describe('an unnamed source with a post-modifier', () => {
  it('keeps "people familiar with the talks" whole as the source of a trailing attribution', () => {
    const found = quotes('The deal is close to done, two people familiar with the talks said on Monday.');
    expect(found.map((q) => [q.text, q.speaker?.name, q.speaker?.anonymous])).toEqual([
      ['The deal is close to done', 'two people familiar with the talks', true],
    ]);
  });

  it('reads a sentence-opening capital of such a source as no name', () => {
    const found = quotes('Sources close to the mayor said the budget would be cut.');
    expect(found.map((q) => [q.text, q.speaker?.name, q.speaker?.anonymous])).toEqual([
      ['the budget would be cut', 'Sources close to the mayor', true],
    ]);
  });
});

describe('a name ending in an abbreviated suffix', () => {
  it('keeps "Jr." with the name, before and after the cue', () => {
    expect(quotes('The tax plan will not pass, Hunter Biden Jr. said.').map((q) => [q.text, q.speaker?.name]))
      .toEqual([['The tax plan will not pass', 'Hunter Biden Jr.']]);
    expect(quotes('The plan will fail, said Martin Luther King Jr. on Monday.').map((q) => [q.text, q.speaker?.name]))
      .toEqual([['The plan will fail', 'Martin Luther King Jr.']]);
  });
});

describe("typewriter double marks ('' … '')", () => {
  it('hand a quoted clause over to a trailing attribution as a straight double mark does', () => {
    for (const text of ["They ''actually had chemistry,'' said Ben Rhodes.", 'They "actually had chemistry," said Ben Rhodes.']) {
      expect(quotes(text).map((q) => [q.kind, q.speaker?.name])).toEqual([['mixed', 'Ben Rhodes']]);
    }
  });

  it('let a cue right before the marks introduce a quotation that ends the sentence, text following or not', () => {
    for (const [open, close] of [["''", "''"], ['"', '"']]) {
      const quotation = `${open}we will rebuild the pier.${close}`;
      for (const text of [`The mayor said ${quotation} The vote is on Monday.`, `The mayor said ${quotation}`]) {
        expect(quotes(text).map((q) => [q.text, q.kind])).toEqual([[quotation, 'direct']]);
      }
    }
  });
});

describe('an attribution that ends in a colon', () => {
  it('reports nothing of the words before it: the colon introduces what follows', () => {
    const text = 'In a wide-ranging interview, President Obama also said:\n\nThe UK must stay in the EU to have influence on the world stage';
    expect(quotes(text).map((q) => q.text)).not.toContain('In a wide-ranging interview');
  });

  it('still reports a clause before an attribution that ends the sentence', () => {
    expect(quotes('The UK must stay in the EU, President Obama said.').map((q) => q.text)).toEqual(['The UK must stay in the EU']);
  });
});

describe('a phrasal particle after the cue', () => {
  it('belongs to the cue, not to the content', () => {
    const [quote] = quotes('Senator Graham called out his rival for alienating voters in the state.');
    expect(quote.cue?.text).toBe('called out');
    expect(quote.text).toBe('his rival for alienating voters in the state');
  });

  it('is no particle in "up to" and "out of", which open the content', () => {
    expect(quotes('The governor said up to 40 people had been hurt.').map((q) => q.text)).toEqual(['up to 40 people had been hurt']);
    expect(quotes('The survey found out of ten voters, six would stay home.').map((q) => q.cue?.text)).toEqual(['found']);
  });
});

describe('"by" after a cue', () => {
  it('opens a passive cue\'s agent, which is no content', () => {
    expect(quotes('Her view is shared by Sen. Elizabeth Warren and other lawmakers.').map((q) => q.text)).toEqual(['Her view']);
    expect(quotes('Trump was supported by 42 percent of the Republicans surveyed.')).toEqual([]);
  });

  it('opens the agent of a phrasal cue in the passive, after its particle', () => {
    expect(quotes('Parata is the leading whale expert, called on by tribes around the country for guidance.')).toEqual([]);
    expect(quotes('He is called on by tribes around the country for guidance.')).toEqual([]);
    expect(quotes('Parata, renowned as the leading whale expert, is called on by tribes for guidance as strandings grow.')).toEqual([]);
  });

  it('opens a gerund that goes on to the content, after an adverb or not', () => {
    expect(quotes('The senator responded by saying the plan would fail.').length).toBe(1);
    expect(quotes('Mr. Bush responded by first saying some good things about Mr. Trump.').length).toBe(1);
  });
});
