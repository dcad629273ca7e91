/**
 * Where a stance verb's object ends when the writer adds to it: the occasion of the act ("during a
 * debate") and a description of the object set off by a comma ("the Trans-Pacific Partnership, the
 * 12-country trade deal"). PolNeAR leaves both out of the content, as studied on its train split.
 */
import { describe, expect, it } from 'vitest';
import { quotes, summary } from './find';

describe('the occasion of a stance verb\'s act', () => {
  it('ends the object before "in / at / during a <event>"', () => {
    expect(summary('Duarte criticized the city council during a debate on Monday.')).toEqual([['the city council', 'criticized', 'Duarte']]);
    expect(summary('Duarte praised the new budget plan in a tweet.')).toEqual([['the new budget plan', 'praised', 'Duarte']]);
    expect(summary('Duarte endorsed the mayor at a surprise news conference outside City Hall.')).toEqual([['the mayor', 'endorsed', 'Duarte']]);
  });

  it('keeps an occasion with a definite article, which may be the object\'s own', () => {
    expect(summary('Duarte criticized his rival in the debate over taxes.')).toEqual([['his rival in the debate over taxes', 'criticized', 'Duarte']]);
  });

  it('keeps the occasion when the object goes on past it', () => {
    expect(summary('Duarte described the plan during an interview as a disaster.')).toEqual([['the plan during an interview as a disaster', 'described', 'Duarte']]);
  });

  it('keeps the occasion of an object too short to stand alone', () => {
    expect(summary('Duarte is thanking supporters at a victory rally.')).toEqual([['supporters at a victory rally', 'thanking', 'Duarte']]);
  });

  it('leaves a speech verb\'s clause whole', () => {
    expect(summary('Duarte said the council would vote at a hearing.')).toEqual([['the council would vote at a hearing', 'said', 'Duarte']]);
  });

  it('reads no cue inside the occasion it left out', () => {
    expect(summary('Duarte endorsed the mayor during a conference call with reporters.')).toEqual([['the mayor', 'endorsed', 'Duarte']]);
  });
});

describe('a description after a stance verb\'s object', () => {
  it('ends the object before ", the / a / an <description>"', () => {
    expect(summary('Duarte railed against the new trade pact, the deal the administration signed last year.')).toEqual([
      ['the new trade pact', 'railed', 'Duarte'],
    ]);
    expect(summary('Duarte mocked the mayor\'s budget plan, a reference to the cuts of last year.')).toEqual([
      ['the mayor\'s budget plan', 'mocked', 'Duarte'],
    ]);
  });

  it('keeps a list whole', () => {
    expect(summary('Duarte criticized the new tax plan, the budget cuts, and the pension reform.')).toEqual([
      ['the new tax plan, the budget cuts, and the pension reform', 'criticized', 'Duarte'],
    ]);
  });

  it('keeps a title after the comma', () => {
    expect(summary('Duarte praised his latest new book, The War on Women.')).toEqual([['his latest new book, The War on Women', 'praised', 'Duarte']]);
  });

  it('keeps a short object whose description may be its own', () => {
    expect(summary('Duarte cited Johnson, an heir to the fortune.')).toEqual([['Johnson, an heir to the fortune', 'cited', 'Duarte']]);
  });
});

describe('the start of a stance verb\'s object', () => {
  it('starts after "in favor of", which belongs to the cue', () => {
    expect(summary('Duarte voted in favor of the new budget.')).toEqual([['the new budget', 'voted', 'Duarte']]);
  });

  it('is none when a preposition that opens no object follows the verb', () => {
    expect(quotes('Duarte voted in the Michigan primary.')).toEqual([]);
    expect(quotes('The mayor enjoys strong support among union members.')).toEqual([]);
  });

  it('keeps an object that opens with a noun', () => {
    expect(summary('Duarte supported the new budget.')).toEqual([['the new budget', 'supported', 'Duarte']]);
  });
});
