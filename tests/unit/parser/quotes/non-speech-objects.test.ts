/**
 * Objects and cue words that report nothing: a medium that a verb of publishing names with no words of what it
 * said, the time of the act at the end of a short object, nouns and phrasal verbs that only look like cues, a
 * passive cue with an "as" complement (its whole clause, from no source), and an infinitive in a relative clause
 * that must not run into the main clause. Each rule has a case it changes and a true quotation it keeps.
 */
import { describe, expect, it } from 'vitest';
import { quotes, summary } from './find';

describe('a medium named by a verb of publishing', () => {
  it('is no content on its own', () => {
    expect(quotes('Clinton released the following statement.')).toEqual([]);
    expect(quotes('Mateen also posted messages on Facebook.')).toEqual([]);
    expect(quotes('The committee issued a statement Thursday.')).toEqual([]);
  });

  it('hands its content to a participle after it', () => {
    expect(summary('Sanders released a statement saying the plan would fail.')).toEqual([['the plan would fail', 'saying', 'Sanders']]);
  });

  it('is the content of a verb that reports the words it names', () => {
    expect(summary('Other Republicans echoed those comments.')).toEqual([['those comments', 'echoed', 'Other Republicans']]);
  });
});

describe('the time of the act after a short object', () => {
  it('is left out of the object', () => {
    expect(summary('Christie endorsed Trump last week.')).toEqual([['Trump', 'endorsed', 'Christie']]);
    expect(summary('The senator praised the plan on Monday evening.')).toEqual([['the plan', 'praised', 'The senator']]);
  });

  it('stays in a reported clause', () => {
    expect(summary('He said that he won Iowa last week.')).toEqual([['that he won Iowa last week', 'said', 'He']]);
  });

  it('stays when it is a name ("Super Tuesday") or measures a span ("for months")', () => {
    expect(summary('Sanders praised the voters of Super Tuesday.')).toEqual([['the voters of Super Tuesday', 'praised', 'Sanders']]);
  });
});

describe('a cue word inside a noun or a phrasal verb of another meaning', () => {
  it('is no cue at the end of a compound noun', () => {
    expect(quotes('Republicans begin the roll call vote to nominate Trump.')).toEqual([]);
  });

  it('stays a cue as a noun of speech', () => {
    expect(summary('Cruz made an unprompted call for an end to sugar subsidies.').map(([text, cue]) => [text, cue])).toEqual([['an end to sugar subsidies', 'call']]);
  });

  it('reports nothing in "add up to", "adding to", "pledged delegates", "found a"', () => {
    expect(quotes('In all, those promises add up to more than $8.5 million.')).toEqual([]);
    expect(quotes('Clinton is adding to her delegate lead.')).toEqual([]);
    expect(quotes('The figures include pledged delegates and superdelegates.')).toEqual([]);
    expect(quotes('Sanders found a receptive audience.')).toEqual([]);
  });

  it('still reports with the same verbs where they speak or find', () => {
    expect(summary('Clinton added that the plan was flawed.')).toEqual([['that the plan was flawed', 'added', 'Clinton']]);
    expect(summary('The study found that wages rose.')).toEqual([['that wages rose', 'found', 'The study']]);
  });

  it('gives a noun its name after "known as"', () => {
    expect(quotes('He won the contests known as Super Tuesday.')).toEqual([]);
  });
});

describe('a passive cue with an "as" complement', () => {
  it('reports its whole clause, from no source', () => {
    const found = quotes('The kingdom is viewed as a bulwark against Iran.');
    expect(found.map((q) => [q.text, q.cue?.text, q.speaker])).toEqual([['The kingdom is viewed as a bulwark against Iran', 'viewed', null]]);
  });

  it('keeps its agent as the source, and a progressive keeps its object', () => {
    expect(summary('The plan was described as reckless by the mayor.')).toEqual([['The plan was described as reckless', 'described', 'the mayor']]);
    expect(summary('Some critics are criticizing the plan as reckless.')).toEqual([['the plan as reckless', 'criticizing', 'Some critics']]);
  });
});

describe('an infinitive in a relative clause', () => {
  it('ends before the main clause resumes', () => {
    const text = 'To make sure the progress continues, the executive order that President Obama plans to sign will have a review period.';
    const found = quotes(text);
    expect(found.map((q) => q.text)).toEqual(['that President Obama plans to sign']);
    expect(found[0].parts?.map(([s, e]) => text.slice(s, e))).toEqual(['that', 'to sign']);
  });

  it('keeps a reported clause with an auxiliary of its own', () => {
    const text = 'They want a wall, which he said Mexico should pay for.';
    const reported = quotes(text).find((q) => q.cue?.text === 'said');
    expect(reported?.parts?.map(([s, e]) => text.slice(s, e))).toEqual(['which', 'Mexico should pay for']);
  });
});
