/**
 * Constructions added from the study of missed PolNeAR train quotations, each on
 * hand-written sentences: a source that runs to the end of the sentence, a second
 * cue of the same subject that ends the first content, and headline quotations.
 */
import { describe, expect, it } from 'vitest';
import { segment } from '../../../../src/parser/segment';
import { findQuotes } from '../../../../src/parser/quotes';
import type { Quote } from '../../../../src/shared/analysis';

function quotes(text: string): Quote[] {
  return findQuotes(segment(text), []);
}

describe('"according to" with a long source', () => {
  it('takes a source that runs to the end of the sentence as all attribution', () => {
    const found = quotes('Ferry fares will rise by a third next year, according to a report the port authority published on Monday.');
    expect(found.map((q) => [q.text, q.cue?.text, q.speaker?.name])).toEqual([
      ['Ferry fares will rise by a third next year', 'according to', 'a report the port authority published on Monday'],
    ]);
  });

  it('accepts a trailing source without a comma before it', () => {
    const found = quotes('The council spent twice its budget on repairs according to the annual audit.');
    expect(found.map((q) => q.text)).toEqual(['The council spent twice its budget on repairs']);
  });
});

describe('a second cue of the same subject', () => {
  it('ends the first content before "and added"', () => {
    const found = quotes('Mayor Ines Duarte said the tunnel would open in June and added that tolls would stay low.');
    expect(found.map((q) => [q.text, q.cue?.text])).toEqual([
      ['the tunnel would open in June', 'said'],
      ['that tolls would stay low', 'added'],
    ]);
    expect(found[1].speaker?.name).toBe('Ines Duarte');
  });
});

describe('headline quotations', () => {
  it('reads "Name: ‘...’" on a line of its own, single marks included', () => {
    const text = 'Duarte: \u2018We Will Not Raise The Tolls This Year\u2019\n\nThe mayor spoke on Monday.';
    const found = quotes(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ kind: 'direct', text: '\u2018We Will Not Raise The Tolls This Year\u2019' });
    expect(found[0].speaker?.name).toBe('Duarte');
  });

  it('leaves a line with an apostrophe after the colon alone', () => {
    expect(quotes("Note: 'tis the season for tolls.\n\nThe mayor spoke.")).toEqual([]);
  });
});
