/**
 * A direct quotation whose attribution clause "according to" closes is, with that clause, what the
 * outer source reports: one mixed quotation credited to that source.
 */
import { describe, expect, it } from 'vitest';
import { quotes } from './find';

describe('quotations an outer source reports', () => {
  it('takes the attribution into the quotation and credits the source after "according to"', () => {
    const text = '“We will win this county,” Duarte said at a closed meeting, according to the Harbor Times.';
    const found = quotes(text);
    expect(found.map((q) => [q.kind, q.text, q.cue?.text])).toEqual([
      ['mixed', '“We will win this county,” Duarte said at a closed meeting', 'according to'],
    ]);
    expect(found[0].speaker?.name).toContain('Harbor Times');
  });

  it('leaves alone an attribution that no outer source closes', () => {
    const text = '“We will win this county,” Duarte said at a closed meeting on Friday.';
    expect(quotes(text).map((q) => [q.kind, q.text, q.speaker?.name])).toEqual([['direct', '“We will win this county,”', 'Duarte']]);
  });
});
