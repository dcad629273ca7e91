import { describe, expect, it } from 'vitest';
import { valueMentions } from '../../../../src/parser/entities/numeric';
import { segment } from '../../../../src/parser/segment';

function values(text: string): string[] {
  return valueMentions(segment(text)).map((value) => `${value.type}:${text.slice(value.start, value.end)}`);
}

describe('valueMentions', () => {
  it('finds money with symbols, prefixes and currency words', () => {
    expect(values('They gave US$20 million, then $5 and 300 million yuan.')).toEqual([
      'MONEY:US$20 million', 'MONEY:$5', 'MONEY:300 million yuan',
    ]);
  });

  it('never runs a value over a line break, and takes no currency sign alone on its line', () => {
    expect(values('Interest payments:\n\n$915\n\nbillion\n\nin 2028')).toEqual(['MONEY:$915', 'DATE:2028']);
    expect(values('Total: $\n915 dollars')).toEqual(['MONEY:915 dollars']);
  });

  it('finds percentages and quantities', () => {
    expect(values('Sales rose 40 percent, or 3.5%, over 5 km of road.')).toEqual(['PERCENT:40 percent', 'PERCENT:3.5%', 'QUANTITY:5 km']);
  });

  it('finds dates and times', () => {
    expect(values('On Thursday, April 2, 2020 at 16:58, and again last week, in 1998.')).toEqual([
      'DATE:Thursday', 'DATE:April 2, 2020', 'TIME:16:58', 'DATE:last week', 'DATE:1998',
    ]);
  });

  it('finds dates opened by an abbreviated month, an ISO date, a relative day or a modifier', () => {
    expect(values('Filed Sept. 5, 2019 and 2020-03-01; heard yesterday and decided next month, by noon.')).toEqual([
      'DATE:Sept. 5, 2019', 'DATE:2020-03-01', 'DATE:yesterday', 'DATE:next month', 'TIME:noon',
    ]);
  });

  it('keeps the time zone with a time', () => {
    expect(values('The show airs at 6:00 a.m. Eastern and 9 pm GMT.')).toEqual(['TIME:6:00 a.m. Eastern', 'TIME:9 pm GMT']);
  });

  it('does not take the verb "may" or a lone number for a value', () => {
    expect(values('Prices may rise, she said, citing 42 reasons.')).toEqual([]);
    expect(values('It opens on 5 May.')).toEqual(['DATE:5 May']);
  });
});
