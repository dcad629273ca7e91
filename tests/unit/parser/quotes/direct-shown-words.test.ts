/** Words shown as written ("a sign that read "15%!"") are a quotation however short; a short scare quote is none. */
import { describe, expect, it } from 'vitest';
import { quotes } from './find';

describe('short quotations of words shown as written', () => {
  it('keeps a short quotation after a word that shows it', () => {
    const text = 'At the rally, a girl hoisted a sign that read “Duarte 4 Mayor” and waved it around.';
    expect(quotes(text).map((q) => [q.kind, q.text])).toEqual([['direct', '“Duarte 4 Mayor”']]);
  });

  it('leaves out a short quoted phrase that nothing shows', () => {
    const text = 'At the rally, the mayor wore a “harbor vote” pin on his coat.';
    expect(quotes(text)).toEqual([]);
  });
});
