/**
 * Reported speech whose cue the parser knows but which it used to miss: a relative word as the cue's subject
 * ("the union, which endorsed ...") or as its object ("the plan, which the board opposed."), a passive relative
 * clause with its agent, an anonymity word inside a "that" clause, an infinitive after a verb that follows an
 * opening clause, "As reported by X, <clause>", a possessive "her" in a short object, and a one-word stance object.
 */
import { describe, expect, it } from 'vitest';
import { summary } from './find';

describe('a relative word before a cue', () => {
  it('is the speaker of the cue right after it', () => {
    expect(summary('The bus drivers spoke to the Transit Workers Union, which endorsed Maria Lopez.'))
      .toEqual([['Maria Lopez', 'endorsed', 'which']]);
    expect(summary('The council cited a report from the state auditor, which found that the depot had lost money for years.'))
      .toContainEqual(['that the depot had lost money for years', 'found', 'which']);
  });

  it('ends its content at the comma that closes a clause set off by commas', () => {
    expect(summary('Norton Transit, which declined to comment, sold the depot in May.')).toEqual([['to comment', 'declined', 'which']]);
    expect(summary('Maria Lopez, who opposed the fare rise, has taken a harder line on parking.'))
      .toEqual([['the fare rise', 'opposed', 'who']]);
  });

  it('is no speaker after a coordinator, where "that" points back', () => {
    expect(summary('The trams were late. And that would have meant a longer trip for everyone.')).toEqual([]);
  });
});

describe('a relative word before the subject of a cue that ends its clause', () => {
  it('is the content, spoken by that subject', () => {
    expect(summary('The mayor vetoed the fare plan, which the transit board strongly opposed.'))
      .toContainEqual(['which', 'opposed', 'the transit board']);
    expect(summary('That is what the depot chief wrote last week.')).toEqual([['what', 'wrote', 'the depot chief']]);
  });

  it('is no content when it is a determiner or a preposition\'s object', () => {
    expect(summary('The city will look at which route you prefer.')).toEqual([]);
    expect(summary('The board kept the plan, to which the mayor objected.')).toEqual([]);
  });

  it('stands as a passive\'s subject before its agent', () => {
    expect(summary('The delays followed a strike in May, which was first reported by the Daily Courier.'))
      .toEqual([['which', 'reported', 'the Daily Courier']]);
  });
});

describe('cues the parser knows, in frames it used to drop', () => {
  it('keeps a "that" clause that speaks of unnamed people', () => {
    expect(summary('Maria Lopez asserted that unnamed officials agree with her.'))
      .toEqual([['that unnamed officials agree with her', 'asserted', 'Maria Lopez']]);
  });

  it('still drops a request for anonymity after the cue', () => {
    expect(summary('An official, who spoke on condition of anonymity to discuss the plan, said it would fail.').map(([text]) => text))
      .toEqual(['it would fail']);
  });

  it('reports the infinitive after a verb that follows an opening clause, not the clause', () => {
    expect(summary('As the depot faces pressure from the unions, the city has pledged to hire more drivers.'))
      .toEqual([['to hire more drivers', 'pledged', 'the city']]);
  });

  it('reports the rest of a sentence that opens "As reported by X,", from X', () => {
    expect(summary('As reported by the Daily Courier, the depot will close in May.'))
      .toEqual([['the depot will close in May', 'reported', 'the Daily Courier']]);
  });

  it('takes "her" before a noun as a possessive in a short object', () => {
    expect(summary('The mayor thanked Maria Lopez and praised her effort.')).toContainEqual(['her effort', 'praised', 'The mayor']);
    expect(summary('He supported her.')).toEqual([['her', 'supported', 'He']]);
  });

  it('takes one word closed by a mark as a stance object, but not a particle or an adverb', () => {
    expect(summary('The union expressed concern.')).toEqual([['concern', 'expressed', 'The union']]);
    expect(summary('The union backed down.')).toEqual([]);
    expect(summary('The mayor looks well.')).toEqual([]);
  });
});
