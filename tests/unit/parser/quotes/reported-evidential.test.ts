/**
 * "seem" / "appear" and infinitives that PolNeAR counts in the cue: an evidential reports its
 * whole clause from no source; an infinitive after it (or after "continue") is the real cue.
 */
import { describe, expect, it } from 'vitest';
import { segment } from '../../../../src/parser/segment';
import { findQuotes } from '../../../../src/parser/quotes';
import { only } from './find';

describe('evidential verbs', () => {
  it.each([
    ['The new depot appears to be running late.', 'The new depot appears to be running late', 'appears'],
    ['Maria Lopez seemed pleased with the timetable.', 'Maria Lopez seemed pleased with the timetable', 'seemed'],
  ])('report the whole clause, subject and cue included, with no speaker: %s', (text, content, cue) => {
    const quote = only(text);
    expect(quote.text).toBe(content);
    expect(quote.cue?.text).toBe(cue);
    expect(quote.speaker).toBeNull();
  });

  it('never lend a floating quotation their missing speaker', () => {
    const text = '"We will open in May," Maria Lopez said.\n\nThe new depot appears to be running late.\n\n"The trams are ready."';
    const found = findQuotes(segment(text), []);
    expect(found.map((q) => q.speaker?.name ?? null)).toEqual(['Maria Lopez', null, 'Maria Lopez']);
  });

  it('leave "appeared at" alone: a preposition follows, not a predicate', () => {
    expect(findQuotes(segment('Maria Lopez appeared at the depot on Monday.'), [])).toEqual([]);
  });

  it('leave "appeared this month" alone: a time follows, not a predicate', () => {
    expect(findQuotes(segment('New signs in stores appeared this month, spelling out the offer.'), [])).toEqual([]);
  });

  it('take another infinitive as the real cue, spoken by the subject', () => {
    const quote = only('Maria Lopez appeared to imply that the trams would be late.');
    expect(quote.text).toBe('that the trams would be late');
    expect(quote.cue?.text).toBe('appeared to imply');
    expect(quote.speaker?.name).toBe('Maria Lopez');
  });

  it('count the infinitive and its preposition in the cue', () => {
    const quote = only('Maria Lopez seemed to hint at a fare rise in the spring.');
    expect(quote.text).toBe('a fare rise in the spring');
    expect(quote.cue?.text).toBe('seemed to hint');
    expect(quote.speaker?.name).toBe('Maria Lopez');
  });
});

describe('"continue" and its infinitive', () => {
  it('counts "to push for" in the cue', () => {
    const quote = only('Maria Lopez continued to push for a single fare on every line.');
    expect(quote.text).toBe('a single fare on every line');
    expect(quote.speaker?.name).toBe('Maria Lopez');
  });

  it('keeps "that" after a listed infinitive, as after any speech verb', () => {
    const quote = only('Maria Lopez continued to insist that the fares were too high.');
    expect(quote.text).toBe('that the fares were too high');
  });
});

describe('passive evidentials', () => {
  it('report "X is expected to ..." whole, with no speaker', () => {
    const quote = only('The new depot is expected to open in May.');
    expect(quote.text).toBe('The new depot is expected to open in May');
    expect(quote.speaker).toBeNull();
  });

  it('leave the active verb a cue of its subject', () => {
    const quote = only('Maria Lopez expected that the depot would open in May.');
    expect(quote.text).toBe('that the depot would open in May');
    expect(quote.speaker?.name).toBe('Maria Lopez');
  });
});
