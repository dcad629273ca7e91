/**
 * Constructions added from the study of missed PolNeAR train quotations, each on
 * hand-written sentences: a source that runs to the end of the sentence, a second
 * cue of the same subject that ends the first content, an opening "Asked ...",
 * and lines labelled with their speaker (headlines, transcripts).
 */
import { describe, expect, it } from 'vitest';
import { quotes } from './find';

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

describe('a parenthetical attribution', () => {
  it('joins a long second piece even when it opens like an adjunct', () => {
    const text = 'In the long run, many engineers say, this tunnel could carry twice the traffic of the old bridge across the bay within ten years.';
    const found = quotes(text);
    expect(found).toHaveLength(1);
    expect(found[0].parts?.map(([s, e]) => text.slice(s, e))).toEqual([
      'In the long run', 'this tunnel could carry twice the traffic of the old bridge across the bay within ten years',
    ]);
    expect(found[0].speaker?.name).toBe('many engineers');
  });
});

describe('an opening participle', () => {
  it('reads "Asked whether ..., X said ..." as the question put, up to the comma', () => {
    const found = quotes('Asked whether he would run again, Mayor Ines Duarte said the decision could wait.');
    expect(found.map((q) => [q.text, q.cue?.text])).toEqual([
      ['whether he would run again', 'Asked'],
      ['the decision could wait', 'said'],
    ]);
  });
});

describe('lines labelled with their speaker', () => {
  it('reads a headline "Name: ‘...’" as a direct quotation, single marks included', () => {
    const found = quotes('Duarte: \u2018We Will Not Raise The Tolls This Year\u2019\n\nThe mayor spoke on Monday.');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ kind: 'direct', text: '\u2018We Will Not Raise The Tolls This Year\u2019' });
    expect(found[0].speaker?.name).toBe('Duarte');
  });

  it('reads a transcript line as what its speaker says, without the final stop', () => {
    const found = quotes('The mayor spoke to us.\n\nQ: Will the tolls rise this year?\n\nDUARTE: They will not rise before the tunnel opens.');
    expect(found.map((q) => [q.kind, q.text, q.speaker?.name])).toEqual([
      ['indirect', 'Will the tolls rise this year?', 'Q'],
      ['indirect', 'They will not rise before the tunnel opens', 'DUARTE'],
    ]);
  });

  it('leaves a field label with a short value alone', () => {
    expect(quotes('Source: Port Authority\n\nThe mayor spoke.')).toEqual([]);
  });
});
