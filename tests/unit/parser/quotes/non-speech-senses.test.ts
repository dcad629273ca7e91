/**
 * Senses of a cue word that report no one: a naming verb after a new thing's noun phrase, a sale at a price, a
 * physical act with an instrument, a participle after "with" and a number, a participle that describes a published
 * medium, and a question to the reader. Each rule has a case it removes and a true quotation it keeps.
 */
import { describe, expect, it } from 'vitest';
import { quotes, summary } from './find';

describe('a naming verb after a new thing', () => {
  it('names it, whatever follows the name', () => {
    expect(quotes('Scientists studied a family of proteins called G protein-coupled receptors in the cells.')).toEqual([]);
    expect(quotes('She was practicing a move called the boneless, in which she grabbed her board with one hand.')).toEqual([]);
  });

  it('keeps a subject that names a speaker, and a demand', () => {
    expect(summary('The senator called the deal a disaster.')).toEqual([['the deal a disaster', 'called', 'The senator']]);
    expect(summary('A group of rabbis called for a boycott of his speech.')).toEqual([['a boycott of his speech', 'called', 'A group of rabbis']]);
  });
});

describe('a sale at a price', () => {
  it('is no stance', () => {
    expect(quotes('Amazon is offering the Echo Sensor for $30 this week.')).toEqual([]);
  });

  it('keeps an offer with no price', () => {
    expect(summary('Trump offered Cruz a speaking slot.')).toEqual([['Cruz a speaking slot', 'offered', 'Trump']]);
  });
});

describe('a physical act with an instrument', () => {
  it('reports no words', () => {
    expect(quotes('Thieves attacked a sperm whale with an axe.')).toEqual([]);
  });

  it('keeps an attack in words', () => {
    expect(summary('Trump attacked Clinton over her emails.')).toEqual([['Clinton over her emails', 'attacked', 'Trump']]);
  });
});

describe('a participle after "with" and a number', () => {
  it('is an adjective', () => {
    expect(summary('Officials said the outbreak began with three confirmed diagnoses.')).toEqual([['the outbreak began with three confirmed diagnoses', 'said', 'Officials']]);
    expect(quotes('The clinic opened with three confirmed cases.')).toEqual([]);
  });

  it('keeps the verb of a counted subject', () => {
    expect(summary('Three officials confirmed that the clinic opened.')).toEqual([['that the clinic opened', 'confirmed', 'Three officials']]);
  });
});

describe('a participle that describes a published medium', () => {
  it('is a passive with no content of its own', () => {
    expect(quotes('She made the charge in a video posted to her Facebook account.')).toEqual([]);
  });

  it('keeps the verb of publishing with its subject', () => {
    expect(summary('The campaign posted that the rally was canceled.')).toEqual([['that the rally was canceled', 'posted', 'The campaign']]);
  });
});

describe('a question to the reader', () => {
  it('reports no one when it opens the paragraph', () => {
    expect(quotes('Do you support Donald Trump?')).toEqual([]);
  });

  it('keeps an interviewer\'s question within a paragraph, and a statement about "you"', () => {
    expect(quotes('But he is a socialist. Do you think a socialist can win?').map((q) => q.cue?.text)).toEqual(['think']);
    expect(quotes('Do you support Donald Trump, she asked.').map((q) => q.cue?.text)).toEqual(['asked']);
  });
});
