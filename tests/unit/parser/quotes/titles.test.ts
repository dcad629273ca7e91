/**
 * Marks around the name of a work (a show, a book, a slogan) or a headline credited to its writer
 * are no quotation; an utterance in the same marks, a title-case line that an attribution
 * introduces, or words shown on a sign ("a hat reading “...”") still are.
 */
import { describe, expect, it } from 'vitest';
import { quotes } from './find';

describe('quoted titles', () => {
  it('finds no quotation in the title of a show that nothing attributes', () => {
    expect(quotes('Two hours after that interview aired on “The Rachel Maddow Show” on MSNBC, the governor did just that.')).toEqual([]);
    expect(quotes('He is now host of “The Nightly Show with Larry Wilmore.”')).toEqual([]);
  });

  it('keeps an unattributed quotation in sentence case', () => {
    const text = 'The hall went quiet. “We will take this fight all the way to the convention.”';
    expect(quotes(text).map((q) => q.text)).toEqual(['“We will take this fight all the way to the convention.”']);
  });

  it('finds no quotation in a title after a work noun, even with a speech verb beside it', () => {
    const text = 'Sam Solovey, a contestant on the reality show, “The Apprentice,” said his boss was kind.';
    expect(quotes(text).some((q) => q.kind === 'direct')).toBe(false);
  });

  it('keeps a title-case slogan that an attribution introduces', () => {
    const text = 'The protesters chanted, “Dump Trump.”';
    expect(quotes(text).map((q) => [q.kind, q.text, q.cue?.text])).toEqual([['direct', '“Dump Trump.”', 'chanted']]);
  });

  it('keeps title-case words shown on a sign or a hat', () => {
    const text = 'Two supporters wore campaign hats reading, “Make Mexico Great Again Also” on Wednesday night.';
    expect(quotes(text).map((q) => q.text)).toEqual(['“Make Mexico Great Again Also”']);
  });

  it('keeps a chant in capitals', () => {
    const text = 'Their chants of “Ted! Ted! Ted! Ted” were cut short when the feeds moved on.';
    expect(quotes(text).map((q) => q.text)).toContain('“Ted! Ted! Ted! Ted”');
  });

  it('keeps a one-word answer in capitals', () => {
    const text = '“Absolutely,” he said when a reporter asked.';
    expect(quotes(text).map((q) => q.text)).toEqual(['“Absolutely,”']);
  });

  it('finds no quotation in a headline credited to its writer', () => {
    const text = 'FAREWELL— “The Living Room to close at the end of the year,” by Times\' Ben Sisario.';
    expect(quotes(text)).toEqual([]);
  });
});
