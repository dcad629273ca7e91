import { describe, expect, it } from 'vitest';
import type { Entity } from '../../../../src/shared/analysis';
import { quotes, only, mention } from './find';

describe('direct quotations', () => {
  it.each([
    ['straight', '"We will build the bridge next year," Maria Lopez said.', '"We will build the bridge next year,"'],
    ['curly', '\u201cWe will build the bridge next year,\u201d Maria Lopez said.', '\u201cWe will build the bridge next year,\u201d'],
    ['guillemets', '\u00abWe will build the bridge next year,\u00bb Maria Lopez said.', '\u00abWe will build the bridge next year,\u00bb'],
    ['low-high', '\u201eWe will build the bridge next year,\u201c Maria Lopez said.', '\u201eWe will build the bridge next year,\u201c'],
  ])('finds %s marks with the cue after, marks included', (_style, text, quoted) => {
    const quote = only(text);
    expect(quote.kind).toBe('direct');
    expect(quote.text).toBe(quoted);
    expect(quote.text).toBe(text.slice(quote.start, quote.end));
    expect(quote.speaker?.name).toBe('Maria Lopez');
    expect(quote.cue?.text).toBe('said');
  });

  it('reads an opening curly mark glued to the end of a quotation as its closing mark', () => {
    const text = 'The council met late.\n\n\u201cThe budget is out of balance and needs work now,\u201c said Tom Baker, the treasurer.';
    const quote = only(text);
    expect(quote.kind).toBe('direct');
    expect(quote.text).toBe('\u201cThe budget is out of balance and needs work now,\u201c');
    expect(quote.speaker?.name).toBe('Tom Baker');
  });

  it('still opens a new quotation at a curly mark preceded by a space', () => {
    const text = '\u201cWe are ready,\u201d Ana Ruiz said. \u201cThe trains will run on time.\u201d';
    const parts = only(text).parts ?? [];
    expect(parts.map(([start, end]) => text.slice(start, end))).toEqual(['\u201cWe are ready,\u201d', '\u201cThe trains will run on time.\u201d']);
  });

  it('joins a quotation split by a stray line break when the next paragraph closes it', () => {
    const text = '\u201cOur volunteers knock on doors and talk to people\n\nin every town we visit,\u201d Rosa Grant said.';
    const quote = only(text);
    expect(quote.text).toBe(text.slice(0, text.indexOf(' Rosa')));
    expect(quote.speaker?.name).toBe('Rosa Grant');
  });

  it('keeps single marks nested in double ones inside the quotation', () => {
    const text = '\u201cThey told us \u2018wait another year\u2019 and we waited,\u201d the mayor said.';
    const quote = only(text);
    expect(quote.text).toBe('\u201cThey told us \u2018wait another year\u2019 and we waited,\u201d');
  });

  it('reads a colon-introduced quotation with the cue before it', () => {
    const text = 'Maria Lopez told reporters: "The bridge opens in May."';
    const quote = only(text);
    expect(quote.text).toBe('"The bridge opens in May."');
    expect(quote.speaker).toMatchObject({ name: 'Maria Lopez', start: 0, end: 11 });
    expect(quote.cue?.text).toBe('told');
  });

  it('takes the inverted order "said X"', () => {
    const quote = only('"It is too early to tell," said Tom Becker, a city engineer.');
    expect(quote.speaker?.name).toBe('Tom Becker');
  });

  it('joins a quotation split by its attribution into one quote with parts', () => {
    const text = '"The bridge is safe," she said, "and it will stay open."';
    const quote = only(text);
    expect(quote.start).toBe(0);
    expect(quote.end).toBe(text.length - 0);
    expect(quote.parts).toEqual([[0, 21], [32, text.length]]);
    expect(quote.cue?.text).toBe('said');
  });

  it('does not join a quoted fragment of a report that follows the attribution', () => {
    const text = '"The bridge is safe," Tom Becker said, adding that the tunnel is "a different story."';
    const found = quotes(text);
    expect(found.map((q) => q.text)).toEqual(['"The bridge is safe,"', 'that the tunnel is "a different story."']);
    expect(found.map((q) => q.kind)).toEqual(['direct', 'mixed']);
    expect(found[1].speaker?.name).toBe('Tom Becker');
  });

  it('still joins across a description of the scene after the attribution', () => {
    const text = '"The bridge is safe," Tom Becker said, near the old crane that overlooks the river. "It will stay open."';
    expect(only(text).parts).toHaveLength(2);
  });

  it('keeps a quotation that runs over several paragraphs as one', () => {
    const text = 'Tom Becker said:\n\n"The first span was finished in March.\n\n"The second one will follow in the autumn."';
    const quote = only(text);
    expect(quote.start).toBe(text.indexOf('"The first'));
    expect(quote.end).toBe(text.length);
    expect(quote.speaker?.name).toBe('Tom Becker');
  });

  it('gives a floating quotation paragraph to the previous speaker', () => {
    const text = '"We expected delays," Maria Lopez said. The river rose overnight.\n\n"Nobody expected a flood in the middle of the summer."';
    const found = quotes(text);
    expect(found).toHaveLength(2);
    expect(found[1].kind).toBe('direct');
    expect(found[1].cue).toBeNull();
    expect(found[1].speaker?.name).toBe('Maria Lopez');
  });

  it('pairs the typewriter double mark made of two apostrophes', () => {
    const text = "''We will not stop,'' said Tom Becker.";
    expect(only(text).text).toBe("''We will not stop,''");
  });

  it('takes a colon before a quotation as its cue when no listed verb introduces it', () => {
    const text = 'Tom Becker resisted: "The budget is final and it will stay final."';
    const quote = only(text);
    expect(quote.cue?.text).toBe(':');
    expect(quote.speaker?.name).toBe('Tom Becker');
  });

  it('accepts an unlisted verb right after a quotation that hands over with a comma', () => {
    const quote = only('"Nobody told us anything about it," Maria Lopez fumed.');
    expect(quote.cue?.text).toBe('fumed');
    expect(quote.speaker?.name).toBe('Maria Lopez');
  });

  it('keeps a long quoted span without a cue, spoken by its sentence subject', () => {
    const text = 'Tom Becker mailed "my warmest thanks to every worker on the site" after the ceremony.';
    const quote = only(text);
    expect(quote.kind).toBe('direct');
    expect(quote.speaker).toMatchObject({ name: 'Tom Becker', start: 0, end: 10 });
  });

  it('does not take a scare-quoted phrase for a quotation', () => {
    expect(quotes('The so-called "smart bridge" opened on Monday in the rain.')).toEqual([]);
  });
});

describe('reported speech', () => {
  it('reads "<clause>, X said." without the final period', () => {
    const text = 'The bridge will open in May, the transport ministry said on Monday.';
    const quote = only(text);
    expect(quote.kind).toBe('indirect');
    expect(quote.text).toBe('The bridge will open in May');
    expect(quote.speaker?.name).toBe('the transport ministry');
  });

  it('reads "X said that <clause>" keeping "that", as PolNeAR does', () => {
    const text = 'Maria Lopez said in a statement on Tuesday that the bridge would open in May.';
    const quote = only(text);
    expect(quote.text).toBe('that the bridge would open in May');
    expect(quote.cue?.text).toBe('said');
  });

  it('reads "according to X, <clause>" and "<clause>, according to X"', () => {
    const before = only('According to the city engineer, the bridge is safe for trucks.');
    expect(before.text).toBe('the bridge is safe for trucks');
    expect(before.cue?.text).toBe('According to');
    const after = only('The bridge is safe for trucks, according to Tom Becker.');
    expect(after.text).toBe('The bridge is safe for trucks');
    expect(after.speaker?.name).toBe('Tom Becker');
  });

  it('marks a reported clause with a quoted fragment as mixed', () => {
    const text = 'Tom Becker said the old bridge was "a danger to everyone" and had to close.';
    const quote = only(text);
    expect(quote.kind).toBe('mixed');
    expect(quote.text).toBe('the old bridge was "a danger to everyone" and had to close');
  });

  it('joins the two pieces around a parenthetical attribution', () => {
    const text = 'The new bridge, Tom Becker said, will open in May.';
    const quote = only(text);
    expect(quote.kind).toBe('indirect');
    expect(quote.parts).toEqual([[0, 14], [33, 49]]);
    expect(quote.speaker?.name).toBe('Tom Becker');
  });

  it('gives a participle clause the subject of its sentence', () => {
    const text = 'Maria Lopez praised the night crews, saying the bridge was finished two months early.';
    const found = quotes(text);
    expect(found.map((q) => q.text)).toEqual(['the night crews', 'the bridge was finished two months early']);
    expect(found[1].speaker?.name).toBe('Maria Lopez');
    expect(found[1].cue?.text).toBe('saying');
  });

  it('reads "In an interview, X argued ..."', () => {
    const quote = only('In an interview, Maria Lopez argued the city could not afford a second bridge.');
    expect(quote.text).toBe('the city could not afford a second bridge');
    expect(quote.cue?.text).toBe('argued');
  });

  it('skips the dateline before a reported clause', () => {
    const quote = only('LISBON - The bridge will open in May, the ministry said.');
    expect(quote.text).toBe('The bridge will open in May');
  });

  it('skips a dateline with its agency credit, but not a bracket inside the clause', () => {
    expect(only('MOSCOW (AP) \u2014 The craft broke up over Siberia, the space agency said.').text).toBe('The craft broke up over Siberia');
    expect(only('NEW YORK (Reuters) - Prices rose in March, the agency said.').text).toBe('Prices rose in March');
    expect(only('The NHS (England) - unlike Wales - will pay, the ministry said.').text).toBe('The NHS (England) - unlike Wales - will pay');
  });
});

describe('pull quotes', () => {
  it('attributes a display paragraph followed by a "Name, role" line', () => {
    const text = 'The city opened the bridge.\n\nWe built it for the next hundred years and for every neighbourhood.\n\nMaria Lopez, Mayor of Riverton\n\nTraffic started at noon.';
    const quote = only(text);
    expect(quote.kind).toBe('pull');
    expect(quote.text).toBe('We built it for the next hundred years and for every neighbourhood');
    expect(quote.speaker?.name).toBe('Maria Lopez');
  });

  it('accepts a "— Name" attribution line', () => {
    const text = '"Bridges are promises that a city makes to itself and keeps."\n\n\u2014 Maria Lopez';
    const quote = only(text);
    expect(quote.kind).toBe('pull');
    expect(quote.speaker?.name).toBe('Maria Lopez');
  });
});

describe('speakers', () => {
  it('links a surname to the full name given earlier', () => {
    const text = 'Maria Lopez opened the bridge. The bridge will carry trams by autumn, Lopez said.';
    const quote = only(text);
    expect(quote.speaker).toMatchObject({ name: 'Maria Lopez', start: text.indexOf('Lopez said'), end: text.indexOf('Lopez said') + 5 });
  });

  it('resolves a pronoun to the nearest compatible entity before it', () => {
    const text = 'Maria Lopez met the Riverton Transit Authority. She said the trams would run every ten minutes.';
    const entities: Entity[] = [
      { id: 'e0', name: 'Maria Lopez', type: 'PERSON', mentions: [mention(text, 'Maria Lopez')] },
      { id: 'e1', name: 'Riverton Transit Authority', type: 'ORG', mentions: [mention(text, 'Riverton Transit Authority')] },
    ];
    const quote = only(text, entities);
    expect(quote.speaker).toMatchObject({ name: 'Maria Lopez', entityId: 'e0', start: text.indexOf('She'), end: text.indexOf('She') + 3 });
  });

  it('resolves "they" to an organisation, not to the person named last', () => {
    const text = 'The Riverton Transit Authority hired Maria Lopez. They said the trams would be free in August.';
    const entities: Entity[] = [
      { id: 'e0', name: 'Riverton Transit Authority', type: 'ORG', mentions: [mention(text, 'Riverton Transit Authority')] },
      { id: 'e1', name: 'Maria Lopez', type: 'PERSON', mentions: [mention(text, 'Maria Lopez')] },
    ];
    expect(only(text, entities).speaker).toMatchObject({ name: 'Riverton Transit Authority', entityId: 'e0' });
  });

  it('resolves "they" to the group that spoke last when it is closer than any organisation', () => {
    const text = 'Ann Lee met the board of Acme Corp on Monday. Later, White House officials said the talks had gone well. They said a deal was close.';
    const entities: Entity[] = [
      { id: 'e0', name: 'Ann Lee', type: 'PERSON', mentions: [mention(text, 'Ann Lee')] },
      { id: 'e1', name: 'Acme Corp', type: 'ORG', mentions: [mention(text, 'Acme Corp')] },
    ];
    const [, second] = quotes(text, entities);
    expect(second.speaker).toMatchObject({ name: 'White House officials', start: text.indexOf('They') });
    expect(second.speaker?.entityId).toBeUndefined();
  });

  it('resolves "they" to an anonymous group, and keeps it anonymous', () => {
    const text = 'Ann Lee met the board of Acme Corp on Monday. Later, senior administration officials said the talks had gone well. They said a deal was close.';
    const entities: Entity[] = [{ id: 'e0', name: 'Acme Corp', type: 'ORG', mentions: [mention(text, 'Acme Corp')] }];
    const [first, second] = quotes(text, entities);
    expect(first.speaker).toMatchObject({ name: 'senior administration officials', anonymous: true });
    expect(second.speaker).toMatchObject({ name: 'senior administration officials', anonymous: true, start: text.indexOf('They') });
  });

  it('never resolves "he" to a group that spoke', () => {
    const text = 'Ann Lee met Tom Ward on Monday. Later, senior administration officials said the talks had gone well. He said a deal was close.';
    const entities: Entity[] = [
      { id: 'e0', name: 'Ann Lee', type: 'PERSON', mentions: [mention(text, 'Ann Lee')] },
      { id: 'e1', name: 'Tom Ward', type: 'PERSON', mentions: [mention(text, 'Tom Ward')] },
    ];
    expect(quotes(text, entities)[1].speaker).toMatchObject({ name: 'Tom Ward', entityId: 'e1' });
  });

  it('resolves "the president" to the entity the article gave that title, and "the spokeswoman" to its appositive', () => {
    const president = 'President Barack Obama spoke in Nairobi. Later, the president said he would not fall silent.';
    const obama: Entity = { id: 'e0', name: 'Barack Obama', type: 'PERSON', mentions: [mention(president, 'Barack Obama')], descriptions: ['President'] };
    expect(only(president, [obama]).speaker).toMatchObject({ name: 'Barack Obama', entityId: 'e0', start: president.indexOf('the president') });
    const spokeswoman = 'Maria Jensen, a spokeswoman for the council, met reporters. The spokeswoman said the road would reopen.';
    const jensen: Entity = {
      id: 'e0', name: 'Maria Jensen', type: 'PERSON', mentions: [mention(spokeswoman, 'Maria Jensen')], descriptions: ['a spokeswoman for the council'],
    };
    expect(only(spokeswoman, [jensen]).speaker).toMatchObject({ name: 'Maria Jensen', entityId: 'e0' });
  });

  it('leaves "the president" as written when no one in the article has that title', () => {
    const text = 'Barack Obama spoke in Nairobi. Later, the president said he would not fall silent.';
    const obama: Entity = { id: 'e0', name: 'Barack Obama', type: 'PERSON', mentions: [mention(text, 'Barack Obama')], descriptions: ['a former senator'] };
    expect(only(text, [obama]).speaker).toMatchObject({ name: 'the president' });
  });

  it('leaves "I" to the writer, never to the last speaker', () => {
    const text = 'Microsoft says the console will ship in May. I noticed that the games loaded faster.';
    const microsoft: Entity = { id: 'e0', name: 'Microsoft', type: 'ORG', mentions: [mention(text, 'Microsoft')] };
    const [, second] = quotes(text, [microsoft]);
    expect(second.speaker).toEqual({ name: 'I', start: text.indexOf('I noticed'), end: text.indexOf('I noticed') + 1 });
  });

  it('never resolves "they" to an organisation named inside the quotation', () => {
    const text = 'The Riverton Transit Authority met on Monday. The bill stalled in Congress, and the trams will wait another year, they said.';
    const entities: Entity[] = [
      { id: 'e0', name: 'Riverton Transit Authority', type: 'ORG', mentions: [mention(text, 'Riverton Transit Authority')] },
      { id: 'e1', name: 'Congress', type: 'ORG', mentions: [mention(text, 'Congress')] },
    ];
    const quote = only(text, entities);
    expect(quote.text).toContain('Congress');
    expect(quote.speaker).toMatchObject({ name: 'Riverton Transit Authority', entityId: 'e0', start: text.indexOf('they said') });
  });

  it('still resolves "they" to an organisation named before a split quotation', () => {
    const text = 'The Riverton Transit Authority met on Monday.\n\n"Congress stalled the bill," they said, "so the trams will wait."';
    const entities: Entity[] = [
      { id: 'e0', name: 'Riverton Transit Authority', type: 'ORG', mentions: [mention(text, 'Riverton Transit Authority')] },
      { id: 'e1', name: 'Congress', type: 'ORG', mentions: [mention(text, 'Congress')] },
    ];
    expect(only(text, entities).speaker).toMatchObject({ name: 'Riverton Transit Authority', entityId: 'e0' });
  });

  it('prefers the fuller entity when the entity stage left a one-word name apart', () => {
    const text = 'Chen Weiling opened the depot. The depot will close on Sundays, Chen said.';
    const entities: Entity[] = [
      { id: 'e0', name: 'Chen Weiling', type: 'PERSON', mentions: [mention(text, 'Chen Weiling')] },
      { id: 'e1', name: 'Chen', type: 'PERSON', mentions: [mention(text, 'Chen', 20)] },
    ];
    expect(only(text, entities).speaker).toMatchObject({ name: 'Chen Weiling', entityId: 'e0' });
  });

  it('uses the entity whose mention covers the speaker', () => {
    const text = 'The bridge will open in May, the RTA said.';
    const entities: Entity[] = [{ id: 'e4', name: 'Riverton Transit Authority', type: 'ORG', mentions: [mention(text, 'RTA')] }];
    expect(only(text, entities).speaker).toMatchObject({ name: 'Riverton Transit Authority', entityId: 'e4' });
  });

  it('resolves "the authority" to an organisation named earlier', () => {
    const text = 'The Riverton Transit Authority met on Monday. The trams will be free in August, the authority said.';
    const found = quotes(text);
    expect(found.at(-1)?.speaker?.name).toBe('Riverton Transit Authority');
  });

  it('keeps a spokesman for an organisation as the speaker phrase', () => {
    const quote = only('The trams will be late, a spokesman for the Riverton Transit Authority said.');
    expect(quote.speaker?.name).toBe('a spokesman for the Riverton Transit Authority');
    expect(quote.speaker?.anonymous).toBeUndefined();
  });

  it('marks unnamed sources as anonymous without inventing a name', () => {
    const sources = only('The contract will be signed next week, sources said.');
    expect(sources.speaker).toMatchObject({ name: 'sources', anonymous: true });
    const official = only('An official who asked not to be named said the contract was late.');
    expect(official.speaker?.anonymous).toBe(true);
    expect(official.speaker?.name).toBe('An official who asked not to be named');
  });
});

describe('text that is not prose', () => {
  it('finds nothing in related-article lines and captions', () => {
    expect(quotes('ALSO READ: Mayor says the bridge will open in May\n\nREAD MORE: Officials said the trams are late')).toEqual([]);
    expect(quotes('Workers said the bridge was ready. (AP Photo/Jane Doe)')).toEqual([]);
  });

  it('tells a byline from prose that opens with the same word', () => {
    expect(quotes('By Jane Doe, staff writer said')).toEqual([]);
    expect(only('By contrast, the mayor said the bridge would open in May.').text).toBe('the bridge would open in May');
  });

  it('returns offsets that index the text exactly, for any input', () => {
    const text = 'Odd "marks" \u201cunclosed, he said. \u00bbreversed\u00ab "x," said';
    for (const quote of quotes(text)) expect(quote.text).toBe(text.slice(quote.start, quote.end));
  });
});
