/**
 * A quotation after an attribution sentence continues the speaker's quote unless that sentence
 * hands the turn to someone else ("..., and her husband cut in."); a relative clause that
 * describes the speaker hands over nothing.
 */
import { describe, expect, it } from 'vitest';
import { quotes } from './find';

describe('a clause with a subject of its own after the attribution', () => {
  it('keeps the next quotation apart from the one before', () => {
    const found = quotes('“Tell her I sent a picture,” Lena Ruiz said, and her husband cut in. “Do not forget me. We were in the same grade.”');
    expect(found.map((q) => q.text)).toEqual(['“Tell her I sent a picture,”', '“Do not forget me. We were in the same grade.”']);
  });

  it('does not count a relative clause describing the speaker', () => {
    const text = '“The tax plans are reckless,” said Tom Becker, a port director, and a Republican who ran the budget office. “It leaves me speechless.”';
    const found = quotes(text);
    expect(found).toHaveLength(1);
    expect(found[0].parts?.map(([start, end]) => text.slice(start, end))).toEqual(['“The tax plans are reckless,”', '“It leaves me speechless.”']);
    const who = '“I would call it old-school,” said Tom Becker, who ran the port for years, and who is now retired. “Humility is what I love.”';
    expect(quotes(who)).toHaveLength(1);
  });
});
