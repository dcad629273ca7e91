/**
 * Where a reported content starts after a cue that names its listener ("told the crowd
 * he ..."), after a passive agent ("was asked by a reporter whether ..."), and the
 * constructions added for recall: a plain subject before a listed speech verb, and a
 * sentence that opens with the poll it reports. Hand-written sentences, one that each
 * rule handles and one it must leave alone.
 */
import { describe, expect, it } from 'vitest';
import { quotes } from './find';

const texts = (text: string): string[] => quotes(text).map((q) => q.text);

describe('the listener of "tell", "assure", "remind", "ask"', () => {
  it('leaves a plain listener out of the content when a subject pronoun opens it', () => {
    expect(texts('Mayor Ines Duarte told the crowd she was the first one to say it.')).toEqual(['she was the first one to say it']);
  });

  it('leaves a long listener with places in it out before "that"', () => {
    const text = 'Duarte was telling customers at a popular Porto, Portugal, breakfast spot that the bridge would open in June.';
    expect(texts(text)).toEqual(['that the bridge would open in June']);
  });

  it('takes a listener pronoun as the whole listener', () => {
    expect(texts('Duarte told them Lisbon has a number of new tunnels.')).toEqual(['Lisbon has a number of new tunnels']);
  });

  it('starts at the subject of an auxiliary after the listener', () => {
    expect(texts('Duarte told reporters the tunnel will be finished by June.')).toEqual(['the tunnel will be finished by June']);
  });

  it('starts at a question word after the listener', () => {
    expect(texts('Duarte asked the engineers whether the tunnel could open in June.')).toEqual(['whether the tunnel could open in June']);
  });

  it('starts after a preposition that closes the listener', () => {
    expect(texts('Duarte reminded viewers about the long delays on the old bridge.')).toEqual(['the long delays on the old bridge']);
  });

  it('keeps the listener before an infinitive, as PolNeAR mostly does', () => {
    expect(texts('Duarte asked the council to approve the new tunnel budget.')).toEqual(['the council to approve the new tunnel budget']);
  });

  it('does not take a pronoun in an adjunct clause for the content start', () => {
    const text = 'Duarte told the council before she left the meeting that the tunnel would open in June.';
    expect(texts(text)).toEqual(['that the tunnel would open in June']);
  });

  it('does not take "who" opening a relative clause of the listener for a question', () => {
    const found = texts('Duarte tells voters who live near the old bridge that the tunnel will open in June.');
    expect(found).toEqual(['that the tunnel will open in June']);
  });
});

describe('a passive agent and an opening "Asked ..."', () => {
  it('starts after the agent of a passive "asked"', () => {
    expect(texts('Duarte was asked by a reporter whether the tunnel would open in June.')).toEqual(['whether the tunnel would open in June']);
  });

  it('starts an opening question after its agent or preposition', () => {
    const found = quotes('Asked by reporters if the tunnel would open in June, Duarte said it would. Asked about her own plans for the bridge, she smiled.');
    expect(found.map((q) => q.text)).toContain('if the tunnel would open in June');
    expect(found.map((q) => q.text)).toContain('her own plans for the bridge');
  });

  it('keeps the preposition before a lone pronoun', () => {
    const found = texts('Asked about it after the council meeting, Duarte told reporters that the tunnel would open in June.');
    expect(found).toContain('about it after the council meeting');
  });
});

describe('a plain subject before a listed speech verb', () => {
  it('reports what a bare number of respondents said, with that number as its source', () => {
    const found = quotes('Among Democrats, 43 said the tunnel was too expensive.');
    expect(found.map((q) => [q.text, q.cue?.text, q.speaker?.name])).toEqual([['the tunnel was too expensive', 'said', '43']]);
  });

  it('takes no clause opened by a subordinator for a subject', () => {
    expect(texts('Long before 43 said the tunnel was too expensive, the council had voted.')).toEqual([]);
  });
});

describe('a sentence that opens with a poll', () => {
  it('reports the rest of the sentence from the poll', () => {
    const found = quotes('In an early-October Porto Daily poll, Duarte led her rival 56 percent to 32 percent.');
    expect(found.map((q) => [q.text, q.cue?.text, q.speaker?.name])).toEqual([
      ['Duarte led her rival 56 percent to 32 percent', 'In', 'an early-October Porto Daily poll'],
    ]);
  });

  it('leaves a rest with its own speech cue to that cue', () => {
    const found = quotes('In the poll, most residents said the tunnel was too expensive.');
    expect(found.map((q) => [q.text, q.cue?.text])).toEqual([['the tunnel was too expensive', 'said']]);
  });

  it('reports nothing after an opening "In" that names no poll', () => {
    expect(texts('In the old harbour, the fishing boats were painted blue.')).toEqual([]);
  });
});

describe('short infinitive contents', () => {
  it('reports "declined to comment" with the infinitive as its content', () => {
    const found = quotes('A spokesman for the port authority declined to comment.');
    expect(found.map((q) => [q.text, q.cue?.text])).toEqual([['to comment', 'declined']]);
  });

  it('still takes no two-word content that is no infinitive', () => {
    expect(texts('The mayor said more.')).toEqual([]);
  });
});

describe('a participle that shares the subject of its sentence', () => {
  it('follows a quotation whose comma is inside its marks', () => {
    const found = quotes('The mayor praised the “bold, clean design,” claiming that the tunnel would pay for itself.');
    expect(found.map((q) => [q.text, q.cue?.text, q.speaker?.name])).toContainEqual(['that the tunnel would pay for itself', 'claiming', 'The mayor']);
  });

  it('takes no words after it for an inverted speaker', () => {
    const found = texts('The clerk later sued, claiming the new rules violated her constitutional rights.');
    expect(found).not.toContain('The clerk later sued');
  });
});

describe('a speech verb right after a comma', () => {
  it('belongs to the main clause, not to a content that opened inside the subject', () => {
    const found = quotes('Duarte, a former engineer and self-described optimist, said the tunnel would open in June.');
    expect(found.map((q) => [q.text, q.cue?.text, q.speaker?.name])).toEqual([['the tunnel would open in June', 'said', 'Duarte']]);
  });

  it('leaves an inverted attribution, with its speaker after the verb, to the trailing rule', () => {
    const found = quotes('The tunnel would open in June, said a spokesman for the council.');
    expect(found.map((q) => [q.text, q.cue?.text])).toEqual([['The tunnel would open in June', 'said']]);
  });
});
