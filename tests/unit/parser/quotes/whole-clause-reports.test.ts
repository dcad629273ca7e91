/**
 * Reports that PolNeAR spans as their whole clause, subject and cue inside, from no source: an evidential
 * verb before an infinitive of action ("seemed to match"), an evidential adverb ("reportedly"), and a
 * cue of judging or naming in the passive ("was declared the winner", "is considered unsafe"), whose source
 * is only an agent after the complement ("... by Maria Lopez"). An infinitive of saying or showing after
 * an evidential ("seemed to blame") is the real cue, spoken by the subject.
 */
import { describe, expect, it } from 'vitest';
import { only, summary } from './find';

describe('evidential verbs before an infinitive', () => {
  it.each([
    ['The new mayor seemed to match the mood of the city.', 'The new mayor seemed to match the mood of the city', 'seemed'],
    ['The transit agency appeared to end the year with a deficit.', 'The transit agency appeared to end the year with a deficit', 'appeared'],
    ['Maria Lopez seemed to care about the night trams more than the buses.', 'Maria Lopez seemed to care about the night trams more than the buses', 'seemed'],
  ])('report the whole clause when the infinitive is an act: %s', (text, content, cue) => {
    const quote = only(text);
    expect(quote.text).toBe(content);
    expect(quote.cue?.text).toBe(cue);
    expect(quote.speaker).toBeNull();
  });

  it('take an infinitive of saying or showing as the cue, spoken by the subject', () => {
    const quote = only('Maria Lopez seemed to blame the mayor for the delays.');
    expect(quote.text).toBe('the mayor for the delays');
    expect(quote.cue?.text).toBe('seemed to blame');
    expect(quote.speaker?.name).toBe('Maria Lopez');
  });
});

describe('the subject of a whole-clause report', () => {
  it('starts where its noun phrase does, not at the name inside it', () => {
    expect(only("Mr. Lopez's transit plan is widely expected to pass next week.").text).toBe("Mr. Lopez's transit plan is widely expected to pass next week");
    expect(only('The head of the transit agency is not expected to resign.').text).toBe('The head of the transit agency is not expected to resign');
  });

  it('starts at the relative word of a relative clause, which ends at its comma', () => {
    expect(summary('The depot chief, who seemed to lose his temper, left the meeting.')).toEqual([['who seemed to lose his temper', 'seemed', undefined]]);
    expect(summary('The trams were late, and Maria Lopez, who was declared the winner in May, now faces a recount.'))
      .toEqual([['who was declared the winner in May', 'declared', undefined]]);
  });

  it('ends where the main clause starts after a subordinate one', () => {
    expect(summary('If the new line seemed to work, Maria Lopez would build another.')).toEqual([['the new line seemed to work', 'seemed', undefined]]);
  });
});

describe('the end of a whole-clause report', () => {
  it('comes at the first comma, before the writer\'s addition', () => {
    expect(only('The depot is expected to close in May, giving workers time to prepare.').text).toBe('The depot is expected to close in May');
  });

  it('lets examples after a comma go on', () => {
    expect(only('Maria Lopez is accused of taking bribes from three firms, including Tramco.').text)
      .toBe('Maria Lopez is accused of taking bribes from three firms, including Tramco');
  });

  it('lets a second adjective after "and" go on', () => {
    expect(only('The trams appeared headed for a long and heated contest.').text).toBe('The trams appeared headed for a long and heated contest');
  });
});

describe('evidential adverbs', () => {
  it('report the whole clause with the adverb as cue and no speaker', () => {
    const quote = only('The transit agency is reportedly planning a new line to the airport.');
    expect(quote.text).toBe('The transit agency is reportedly planning a new line to the airport');
    expect(quote.cue?.text).toBe('reportedly');
    expect(quote.speaker).toBeNull();
  });

  it('leave the report to a speech verb after them', () => {
    expect(summary('Maria Lopez reportedly said the trams would be late.')).toEqual([['the trams would be late', 'said', 'Maria Lopez']]);
  });
});

describe('cues in the passive with no agent', () => {
  it.each([
    ['Maria Lopez was declared the winner in the second district.', 'Maria Lopez was declared the winner in the second district', 'declared'],
    ['The old depot is considered unsafe.', 'The old depot is considered unsafe', 'considered'],
    ['The mayor has been criticized for closing the night line.', 'The mayor has been criticized for closing the night line', 'criticized'],
  ])('report the whole clause: %s', (text, content, cue) => {
    const quote = only(text);
    expect(quote.text).toBe(content);
    expect(quote.cue?.text).toBe(cue);
    expect(quote.speaker).toBeNull();
  });

  it('take an agent after the complement as the source, outside the clause', () => {
    expect(summary('The old depot is considered unsafe by Maria Lopez.')).toEqual([['The old depot is considered unsafe', 'considered', 'Maria Lopez']]);
  });

  it('leave a verb that names its listener to report what follows', () => {
    expect(summary('Maria Lopez was asked whether the trams would run.')).toEqual([['whether the trams would run', 'asked', 'Maria Lopez']]);
  });

  it('leave a cue in the infinitive after them to report, spoken by the subject', () => {
    expect(summary('Maria Lopez is reported to have called the plan a disaster.')).toEqual([['to have called the plan a disaster', 'reported', 'Maria Lopez']]);
  });
});
