/**
 * Where reported speech starts and ends, and which words between a subject and its cue
 * still let the cue be found, following PolNeAR's span conventions.
 */
import { describe, expect, it } from 'vitest';
import { quotes, summary } from './find';

describe('prepositions after the cue', () => {
  it('leaves a preposition that belongs to any speech verb out of the content', () => {
    expect(summary('Duarte warned of higher tolls next year.')).toEqual([['higher tolls next year', 'warned', 'Duarte']]);
    expect(summary('Duarte asked about the flooding in the tunnel.')).toEqual([['the flooding in the tunnel', 'asked', 'Duarte']]);
  });

  it('leaves out "to" only after the verbs that take it as their own', () => {
    expect(summary('Duarte pointed to the flooding last spring.')).toEqual([['the flooding last spring', 'pointed', 'Duarte']]);
    expect(summary('Duarte pledged to rebuild the old depot.')).toEqual([['to rebuild the old depot', 'pledged', 'Duarte']]);
  });

  it('does not take an infinitive for an adjunct between the cue and the content', () => {
    expect(summary("He also pledged to shut down the old depot, the mayor's office and the yard.")[0]?.[0])
      .toBe("to shut down the old depot, the mayor's office and the yard");
  });
});

describe('words between the subject and the cue', () => {
  it('looks through a negated auxiliary', () => {
    expect(summary("Duarte isn't saying which firm will build the tunnel.")).toEqual([
      ['which firm will build the tunnel', 'saying', 'Duarte'],
    ]);
  });

  it('looks through an adverb in -ly, but not a noun that ends so', () => {
    expect(summary('Duarte wrongly claimed that the tunnel was finished.')).toEqual([['that the tunnel was finished', 'claimed', 'Duarte']]);
    const family = quotes('The family said the house had been sold.');
    expect(family.map((q) => q.text)).toEqual(['the house had been sold']);
    expect(family[0].speaker?.name).toMatch(/family/);
  });
});

describe('cues that describe their source', () => {
  it('reports nothing when the words after the cue ask for anonymity', () => {
    expect(quotes('A council official spoke on the condition of anonymity to discuss the private meeting.')).toEqual([]);
  });
});

describe('short contents', () => {
  it('keeps a two-word noun phrase', () => {
    expect(summary('Duarte blasted the statement.')).toEqual([['the statement', 'blasted', 'Duarte']]);
  });

  it('does not take a listener for a content', () => {
    expect(quotes('The mayor spoke to us.')).toEqual([]);
  });
});

describe('subjects the mention rules do not know', () => {
  it('takes a plain noun phrase that opens the sentence as the subject', () => {
    const found = quotes('A person familiar with the planning for the meeting says the talks will focus on the budget.');
    expect(found.map((q) => q.text)).toEqual(['the talks will focus on the budget']);
    expect(found[0].speaker?.name).toBe('A person familiar with the planning for the meeting');
  });
});

describe('subjects of a second clause', () => {
  it('takes a quantity for the subject of the clause it opens', () => {
    expect(summary('Duarte said the tunnel was safe, and more than 4 in 10 said the tolls were too high.')).toEqual([
      ['the tunnel was safe', 'said', 'Duarte'],
      ['the tolls were too high', 'said', 'more than 4 in 10'],
    ]);
  });
});

describe('a relative clause whose verb reports its antecedent', () => {
  it('opens the content with the relative word, in two parts', () => {
    const text = 'The mayor defended the wall, which he said the state should pay for.';
    const found = quotes(text);
    expect(found.map((q) => [q.text, q.cue?.text])).toEqual([
      ['the wall', 'defended'],
      ['which he said the state should pay for', 'said'],
    ]);
    const which = text.indexOf('which');
    const rest = text.indexOf('the state');
    expect(found[1].parts).toEqual([[which, which + 'which'.length], [rest, text.length - 1]]);
  });
});

describe('"according to" set off inside the content', () => {
  it('makes one quotation of the words around it', () => {
    const text = 'The delay, according to an aide, is that the contract was never signed.';
    const found = quotes(text);
    expect(found.map((q) => [q.text, q.cue?.text])).toEqual([[text.slice(0, -1), 'according to']]);
    expect(found[0].parts).toEqual([[0, 'The delay'.length], [text.indexOf('is that'), text.length - 1]]);
  });
});

describe('where a content after its cue ends', () => {
  it('stops before a second attribution with a subject of its own', () => {
    expect(summary('Duarte said the tunnel would open in May, and aides say she will run again.')).toEqual([
      ['the tunnel would open in May', 'said', 'Duarte'],
      ['she will run again', 'say', 'aides'],
    ]);
  });

  it('stops where the main clause after a subordinate one starts', () => {
    expect(summary('When Duarte said the tunnel was safe, she meant the old one.')[0]).toEqual(['the tunnel was safe', 'said', 'Duarte']);
  });

  it('stops before ", but" or ", and" that open a clause of their own', () => {
    expect(summary('Duarte said the tunnel was safe, but she did not know when it would open.')[0]).toEqual(['the tunnel was safe', 'said', 'Duarte']);
    expect(summary('Duarte said the tunnel was safe, and cheap, and finished.')).toEqual([
      ['the tunnel was safe, and cheap, and finished', 'said', 'Duarte'],
    ]);
  });

  it('stops at a semicolon', () => {
    expect(summary('Duarte said the tunnel was safe; the tolls are another matter.')).toEqual([['the tunnel was safe', 'said', 'Duarte']]);
  });

  it('stops before a direct quotation, which is a quotation of its own', () => {
    const found = quotes('Duarte said the tunnel would open in May and the tolls would stay low: "We have the money."');
    expect(found.map((q) => [q.kind, q.text])).toEqual([
      ['indirect', 'the tunnel would open in May and the tolls would stay low'],
      ['direct', '"We have the money."'],
    ]);
  });
});

describe('a trailing attribution', () => {
  it('keeps the description after an inverted speaker out of the content', () => {
    expect(summary('The tunnel will open in May, said Ines Duarte, the engineer who inspected it.')).toEqual([
      ['The tunnel will open in May', 'said', 'Ines Duarte'],
    ]);
  });
});

describe('a quotation closed by a full stop', () => {
  it('is not attributed by the sentence after it', () => {
    const found = quotes('Lee interjected: "It is just not true." He said the budget would not go far enough.');
    expect(found.map((q) => [q.kind, q.text, q.cue?.text])).toEqual([
      ['direct', '"It is just not true."', 'interjected'],
      ['indirect', 'the budget would not go far enough', 'said'],
    ]);
  });

  it('still is after a question mark', () => {
    const found = quotes('"Who will pay for it?" Duarte asked.');
    expect(found.map((q) => [q.text, q.cue?.text, q.speaker?.name])).toEqual([['"Who will pay for it?"', 'asked', 'Duarte']]);
  });
});

describe('verbs of exclamation', () => {
  it('attribute a quotation', () => {
    expect(summary('"Never again," she screamed.')).toEqual([['"Never again,"', 'screamed', 'she']]);
  });
});
